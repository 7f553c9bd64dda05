import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { newsSitemap, robotsTxt, sitemapFiles } from "../../src/feeds/sitemap.ts";

const SITE = "https://tin.example.org/tin";

test("one sitemap with absolute URLs and lastmod, escaped", () => {
  const [file, ...rest] = sitemapFiles([{ url: "/", lastmod: "2024-01-27T22:01:00+07:00" }, { url: "/a&b/" }], SITE);
  assert.is(rest.length, 0);
  assert.is(file!.outputPath, "/sitemap.xml");
  assert.match(file!.content, "<url><loc>https://tin.example.org/tin/</loc><lastmod>2024-01-27T22:01:00+07:00</lastmod></url>");
  assert.match(file!.content, "<url><loc>https://tin.example.org/tin/a&amp;b/</loc></url>");
});

test("past the limit: a sitemap index pointing to numbered sitemaps, each within the limit", () => {
  const entries = Array.from({ length: 5 }, (_, i) => ({ url: `/${i}/`, lastmod: `2024-01-0${i + 1}T00:00:00+07:00` }));
  const files = sitemapFiles(entries, SITE, 2);
  assert.equal(files.map((file) => file.outputPath), ["/sitemap.xml", "/sitemaps/sitemap-1.xml", "/sitemaps/sitemap-2.xml", "/sitemaps/sitemap-3.xml"]);
  assert.match(files[0]!.content, "<sitemapindex");
  assert.match(files[0]!.content, "<sitemap><loc>https://tin.example.org/tin/sitemaps/sitemap-2.xml</loc><lastmod>2024-01-04T00:00:00+07:00</lastmod></sitemap>");
  assert.is((files[3]!.content.match(/<url>/g) ?? []).length, 1);
});

test("the news sitemap holds only the two days before build time", () => {
  const buildTime = DateTime.fromISO("2024-01-27T12:00:00+07:00");
  const item = (iso: string, title: string) => ({ url: `/${title}/`, title, published: DateTime.fromISO(iso) });
  const file = newsSitemap(
    [item("2024-01-27T11:00:00+07:00", "moi"), item("2024-01-25T12:30:00+07:00", "hom-kia"), item("2024-01-25T11:00:00+07:00", "cu"), item("2024-01-28T00:00:00+07:00", "hen-gio")],
    { siteUrl: SITE, publicationName: () => "Tin <KH&CN>", language: "vi", buildTime },
  )!;
  assert.is(file.outputPath, "/news-sitemap.xml");
  assert.match(file.content, "https://tin.example.org/tin/moi/");
  assert.match(file.content, "https://tin.example.org/tin/hom-kia/");
  assert.not.match(file.content, "/cu/");
  assert.not.match(file.content, "hen-gio");
  assert.match(file.content, "<news:name>Tin &lt;KH&amp;CN&gt;</news:name><news:language>vi</news:language>");
  assert.match(file.content, "<news:publication_date>2024-01-27T11:00:00+07:00</news:publication_date>");
});

test("news sitemap: nothing recent, no file (an empty urlset fails the news schema)", () => {
  const buildTime = DateTime.fromISO("2024-01-27T12:00:00+07:00");
  const old = { url: "/cu/", title: "cu", published: DateTime.fromISO("2024-01-20T12:00:00+07:00") };
  assert.is(newsSitemap([old], { siteUrl: SITE, publicationName: () => "Tin", language: "vi", buildTime }), undefined);
});

test("news sitemap: each entry names the publication in its own language", () => {
  const buildTime = DateTime.fromISO("2024-01-27T12:00:00+07:00");
  const published = DateTime.fromISO("2024-01-27T11:00:00+07:00");
  const names: Record<string, string> = { vi: "Tin KH&CN", en: "S&T News" };
  const file = newsSitemap(
    [{ url: "/en/a/", lang: "en", title: "a", published }, { url: "/b/", title: "b", published }],
    { siteUrl: SITE, publicationName: (lang) => names[lang]!, language: "vi", buildTime },
  )!;
  assert.match(file.content, "<news:name>S&amp;T News</news:name><news:language>en</news:language>");
  assert.match(file.content, "<news:name>Tin KH&amp;CN</news:name><news:language>vi</news:language>");
});

test("robots.txt names the sitemaps it is given, and only those", () => {
  assert.equal(robotsTxt(SITE, ["/sitemap.xml", "/news-sitemap.xml"]).content.split("\n").filter((line) => line.startsWith("Sitemap:")), [
    "Sitemap: https://tin.example.org/tin/sitemap.xml",
    "Sitemap: https://tin.example.org/tin/news-sitemap.xml",
  ]);
  assert.not.match(robotsTxt(SITE, ["/sitemap.xml"]).content, "news-sitemap");
});

test.run();
