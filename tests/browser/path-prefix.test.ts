/**
 * A site served under a path (`https://example.org/tin/`): every internal link, script URL, feed
 * link and header rule carries the prefix, and search and the date picker work when served there.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findBrokenLinks } from "../../src/pipeline/link-check.ts";
import { useBuiltSite } from "../support/built-site.ts";

const PREFIX = "/tin/";
const site = useBuiltSite(test, { env: { SITE_URL: "https://example.org/tin/" }, pathPrefix: PREFIX });

const read = (file: string): Promise<string> => readFile(path.join(site.outputDir, file), "utf8");
const ARTICLE = "2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/";

/** Attributes holding a URL: those the HTML base plugin rewrites and those our scripts read. */
const URL_ATTRIBUTE = /\s(href|src|action|srcset|poster|data-day-index|data-day-url|bundle-path)="([^"]*)"/g;

test("pages are written where they always are; every site-relative URL in them starts with the prefix", async () => {
  const pages = (await readdir(site.outputDir, { recursive: true })).filter((file) => file.endsWith(".html"));
  assert.ok(pages.includes(path.join(ARTICLE, "index.html")), "output paths carry no prefix");
  const unprefixed: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const [, attribute, url] of (await read(page)).matchAll(URL_ATTRIBUTE)) {
      if (!url!.startsWith("/") || url!.startsWith("//")) continue;
      checked++;
      if (!url!.startsWith(PREFIX)) unprefixed.push(`${page}: ${attribute}="${url}"`);
    }
  }
  assert.ok(checked > 100, `checked ${checked} URLs`);
  assert.equal(unprefixed, []);
});

test("every internal link and image resolves under the prefix", async () => {
  assert.equal(await findBrokenLinks(site.outputDir, PREFIX), []);
  const broken = await findBrokenLinks(site.outputDir, "/");
  assert.ok(broken.length > 0, "the same output checked as a root site has links outside it");
});

test("absolute URLs carry the prefix: canonical, OpenGraph, JSON-LD, feeds and their bodies, sitemap, robots.txt", async () => {
  const article = await read(path.join(ARTICLE, "index.html"));
  assert.match(article, `<link rel="canonical" href="https://example.org/tin/${ARTICLE}">`);
  assert.match(article, '<meta property="og:image" content="https://example.org/tin/photo-sizes/images/');
  assert.match(article, '"url":"https://example.org/tin/"');
  const feed = await read("feed.xml");
  assert.match(feed, '<link href="https://example.org/tin/feed.xml" rel="self"');
  assert.match(feed, `<link href="https://example.org/tin/${ARTICLE}"`);
  assert.match(feed, "src=&quot;https://example.org/tin/photo-sizes/images/", "images in feed bodies");
  assert.match(feed, "srcset=&quot;https://example.org/tin/photo-sizes/images/", "their srcset too");
  assert.not.match(feed, "https://example.org/images/");
  assert.not.match(feed, "https://example.org/photo-sizes/");
  const locs = [...(await read("sitemap.xml")).matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
  assert.ok(locs.length > 10 && locs.every((loc) => loc.startsWith("https://example.org/tin/")), locs.join("\n"));
  assert.match(await read("robots.txt"), "Sitemap: https://example.org/tin/sitemap.xml");
});

test("_headers names the paths the host receives, under the prefix", async () => {
  const paths = (await read("_headers")).split("\n").filter((line) => line.startsWith("/"));
  const bundle = (name: string): string[] => ["fragment/*", "index/*", "filter/*", "pagefind.vi_*", "pagefind.en_*"].map((files) => `/tin/pagefind/${name}/${files}`);
  assert.equal(paths, ["/tin/*", "/tin/assets/*", ...bundle("2024"), ...bundle("headlines-2024")]);
});

test("served under the prefix, a search finds an article and its result leads to it", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}${PREFIX}search/?q=khoa+hoc`);
  const result = page.locator(".search-result__link").first();
  await result.waitFor({ timeout: 20_000 });
  assert.match((await result.getAttribute("href")) ?? "", /^\/tin\/2024\//);
  // The lead photo's small copy (src/images/photo-variants.ts), under the prefix too.
  assert.match((await page.getAttribute(".search-result__image", "src")) ?? "", /^\/tin\/photo-sizes\//);
  await Promise.all([page.waitForURL(`**${PREFIX}2024/**`), result.click()]);
  assert.ok((await page.title()).length > 0);
  await page.close();
});

test("served under the prefix, the date picker fetches its index and reaches day pages", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}${PREFIX}2024/03/02/ban-tin-luc-nua-dem/`);
  await page.fill("#date-picker-input", "2024-02-29");
  await Promise.all([page.waitForURL(`**${PREFIX}2024/01/27/?ngay=2024-02-29`), page.click(".date-picker button")]);
  assert.match((await page.textContent("h1")) ?? "", "27/01/2024");
  await page.close();
});

test.run();
