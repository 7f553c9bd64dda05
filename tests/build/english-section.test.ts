/**
 * The English section exists only where English is shown: its categories say what they are in
 * English or nothing, a category without English news has no English page, feed or sitemap entry,
 * and a site without English articles has no `/en/` at all.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const ENGLISH_SITE = path.join(PROJECT_DIR, "tests", "fixtures", "english-site");
// 2024-02-04T08:00+07:00: the English workshop of 03/02 is news for the news sitemap.
const [english, vietnameseOnly] = await Promise.all([
  buildSite(ENGLISH_SITE, { env: { SOURCE_DATE_EPOCH: "1707008400" } }),
  buildSite(FIXTURE_SITE),
]);
const read = (dir: string, url: string): string => {
  const file = path.join(dir, url, url.endsWith("/") ? "index.html" : "");
  assert.ok(existsSync(file), `expected ${url}`);
  return readFileSync(file, "utf8");
};

test("both builds succeed", () => {
  assert.is(english.code, 0, english.stderr);
  assert.is(vietnameseOnly.code, 0, vietnameseOnly.stderr);
});

test("an English category page shows description_en, visibly and as its description", () => {
  const page = read(english.outputDir, "/en/category/khoa-hoc/");
  assert.match(page, '<p class="category-description">Research and discoveries at home and abroad.</p>');
  assert.match(page, '<meta name="description" content="Research and discoveries at home and abroad.">');
  assert.not.match(page, "Nghiên cứu, phát hiện");
});

test("an English category without description_en shows none, never the Vietnamese one", () => {
  const page = read(english.outputDir, "/en/category/cong-nghe/");
  assert.not.match(page, "category-description");
  assert.not.match(page, "Công nghệ thông tin, chuyển đổi số");
  assert.not.match(read(english.outputDir, "/en/category/cong-nghe/feed.xml"), "Công nghệ thông tin, chuyển đổi số");
});

test("a category without English news: no English page, feed, link or sitemap entry; the Vietnamese one stays", () => {
  assert.not.ok(existsSync(path.join(english.outputDir, "en", "category", "chinh-sach")));
  assert.ok(existsSync(path.join(english.outputDir, "category", "chinh-sach", "index.html")));
  assert.not.match(read(english.outputDir, "/en/"), 'href="/en/category/chinh-sach/"');
  const sitemap = read(english.outputDir, "/sitemap.xml");
  assert.not.match(sitemap, "/en/category/chinh-sach/");
  // Every English list in the sitemap has news, so each has its lastmod.
  for (const match of sitemap.matchAll(/<url><loc>[^<]*\/en\/[^<]*<\/loc>(<lastmod>)?/g)) {
    if (!/\/en\/\d{4}\/<\/loc>/.test(match[0])) assert.ok(match[1], `${match[0]} has no lastmod`);
  }
});

test("the news sitemap names the English publication for English entries", () => {
  const news = read(english.outputDir, "/news-sitemap.xml");
  assert.match(news, "<news:name>S&amp;T News Agency</news:name><news:language>en</news:language>");
});

test("no English article: no /en/ at all, no English link in the header, no English entry in the sitemap", () => {
  assert.not.ok(existsSync(path.join(vietnameseOnly.outputDir, "en")));
  const home = read(vietnameseOnly.outputDir, "/");
  assert.not.match(home, "site-header__language");
  assert.not.match(home, 'href="/en/');
  assert.not.match(read(vietnameseOnly.outputDir, "/sitemap.xml"), "/en/");
});

test("with English articles the header links to the other language's home", () => {
  assert.match(read(english.outputDir, "/"), '<a class="site-header__language" href="/en/" hreflang="en" lang="en">English</a>');
});

test("/en/ has a front page of its own: the newest English story leads, no Vietnamese one appears", () => {
  const page = read(english.outputDir, "/en/");
  assert.match(page, '<h3 class="front-lead__title"><a href="/en/2024/02/03/workshop-on-satellites-and-space-technology/">');
  assert.match(page, 'href="/en/2024/01/27/first-science-satellite-completes-tests/"');
  assert.not.match(page, 'href="/2024/01/');
});

test("English tag and author pages live under /en/, apart from the Vietnamese ones", () => {
  assert.match(read(english.outputDir, "/en/tag/satellite/"), "<h1>Tags: satellite</h1>");
  assert.match(read(english.outputDir, "/en/author/dang-minh/"), "<h1>Author: Dang Minh</h1>");
  assert.match(read(english.outputDir, "/tag/ve-tinh/"), "<h1>Từ khóa: vệ tinh</h1>");
  assert.not.ok(existsSync(path.join(english.outputDir, "en", "tag", "ve-tinh")));
  assert.not.ok(existsSync(path.join(english.outputDir, "tag", "satellite")));
});

test.run();
