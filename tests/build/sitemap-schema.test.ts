/**
 * Every sitemap (urlset) the build writes validates against the official sitemap schema (sitemaps.org's
 * sitemap.xsd, from the `sitemap` package), and the news sitemap carries every element Google News
 * requires. The news extension's own schema is not shipped with any package we can fetch, so its
 * `<url>` structure is validated against sitemap.xsd with the extension taken out, and its required
 * elements are checked one by one (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { sitemapFiles } from "../../src/feeds/sitemap.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { buildSite } from "../support/build-site.ts";
import { SITEMAP_XSD, schemaErrors } from "../support/xml-schema.ts";

// 2024-02-04T08:00+07:00: the English workshop of 03/02 is in the news sitemap.
const build = await buildSite(path.join(PROJECT_DIR, "tests", "fixtures", "english-site"), { env: { SOURCE_DATE_EPOCH: "1707008400" } });
const file = (name: string): string => readFileSync(path.join(build.outputDir, name), "utf8");

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

test("sitemap.xml validates against sitemap.xsd", () => {
  assert.equal(schemaErrors(file("sitemap.xml"), SITEMAP_XSD), []);
});

test("past the limit, each numbered sitemap validates; the index names each with loc and lastmod", () => {
  const entries = Array.from({ length: 5 }, (_, i) => ({ url: `/a&b/${i}/`, lastmod: `2024-01-0${i + 1}T00:00:00+07:00` }));
  const [index, ...parts] = sitemapFiles(entries, "https://tin.example.org/tin", 2);
  for (const part of parts) assert.equal(schemaErrors(part.content, SITEMAP_XSD), [], part.outputPath);
  // sitemap.xsd declares urlset only (sitemapindex has siteindex.xsd, which the package does not ship).
  const sitemaps: Record<string, string>[] = new XMLParser({ isArray: (name) => name === "sitemap" }).parse(index!.content).sitemapindex.sitemap;
  assert.equal(sitemaps.map((entry) => entry.loc), parts.map((part) => `https://tin.example.org/tin${part.outputPath}`));
  for (const entry of sitemaps) assert.match(entry.lastmod ?? "", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
});

test("the check fails on a sitemap that breaks the schema", () => {
  assert.ok(schemaErrors('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', SITEMAP_XSD).length > 0, "an empty urlset");
  assert.ok(schemaErrors('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>x</lastmod></url></urlset>', SITEMAP_XSD).length > 0);
});

test("news-sitemap.xml: valid urlset structure, and every entry has the elements Google News requires", () => {
  const news = file("news-sitemap.xml");
  const withoutExtension = news.replace(/<news:news>[\s\S]*?<\/news:news>/g, "");
  assert.equal(schemaErrors(withoutExtension, SITEMAP_XSD), []);
  const parsed = new XMLParser({ isArray: (name) => name === "url" }).parse(news);
  const urls: Record<string, any>[] = parsed.urlset.url;
  assert.ok(urls.length >= 1);
  for (const url of urls) {
    const entry = url["news:news"];
    assert.ok(url.loc, "loc");
    assert.ok(entry?.["news:publication"]?.["news:name"], `${url.loc}: news:name`);
    assert.match(String(entry["news:publication"]["news:language"]), /^[a-z]{2,3}$/, `${url.loc}: news:language`);
    assert.match(String(entry["news:publication_date"]), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/, `${url.loc}: news:publication_date`);
    assert.ok(entry["news:title"], `${url.loc}: news:title`);
  }
});

test.run();
