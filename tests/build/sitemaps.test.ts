import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

// Build time 2024-01-28T08:00+07:00: the two articles of 27/01 are news, the one of 02/03 is in the future.
const build = await buildSite(FIXTURE_SITE, { env: { SOURCE_DATE_EPOCH: "1706403600", SITE_URL: "https://bao.example.vn" } });
const file = (name: string): string => readFileSync(path.join(build.outputDir, name), "utf8");

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

test("sitemap.xml lists every page with absolute URLs (SITE_URL) and lastmod", () => {
  const sitemap = file("sitemap.xml");
  for (const url of ["/", "/archive/", "/category/khoa-hoc/", "/2024/", "/2024/01/", "/2024/01/27/", "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/"]) {
    assert.match(sitemap, `<loc>https://bao.example.vn${url}</loc>`, url);
  }
  assert.match(sitemap, "<loc>https://bao.example.vn/2024/01/27/</loc><lastmod>2024-01-27T22:01:00+07:00</lastmod>");
  assert.not.match(sitemap, "hen-gio", "scheduled articles are not in the sitemap");
  assert.not.match(sitemap, "ban-tin-luc-nua-dem", "nor articles after the build time");
});

test("news-sitemap.xml: the articles of the two days before build time, Google News fields", () => {
  const news = file("news-sitemap.xml");
  assert.is((news.match(/<url>/g) ?? []).length, 2);
  assert.match(news, "<news:name>Tin tức Khoa học và Công nghệ</news:name><news:language>vi</news:language>");
  assert.match(news, "<news:publication_date>2024-01-27T22:01:00+07:00</news:publication_date><news:title>Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực</news:title>");
});

test("robots.txt names the sitemaps", () => {
  assert.match(file("robots.txt"), "Sitemap: https://bao.example.vn/sitemap.xml\nSitemap: https://bao.example.vn/news-sitemap.xml");
});

test("nothing published in the two days before build time: no news sitemap, and robots.txt names none", async () => {
  const quiet = await buildSite(FIXTURE_SITE);
  assert.is(quiet.code, 0, quiet.stderr);
  assert.not.ok(existsSync(path.join(quiet.outputDir, "news-sitemap.xml")));
  const robots = readFileSync(path.join(quiet.outputDir, "robots.txt"), "utf8");
  assert.match(robots, "Sitemap: https://tintuc.example.org/sitemap.xml");
  assert.not.match(robots, "news-sitemap");
});

test("the 404 page declares no canonical URL", () => {
  assert.not.match(file("404.html"), 'rel="canonical"');
});

test.run();
