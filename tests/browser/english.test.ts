/**
 * The English section: English articles (`lang: en`) live under /en/ with their own home, archives,
 * category pages, feed and search; interface strings and dates in English; translations linked
 * both ways with hreflang alternates; nothing mixes the two languages.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { useBuiltSite } from "../support/built-site.ts";

const site = useBuiltSite(test, { contentDir: path.join(PROJECT_DIR, "tests", "fixtures", "english-site") });
const html = (url: string): Promise<string> => readFile(path.join(site.outputDir, url, url.endsWith("/") ? "index.html" : ""), "utf8");

const VI_ARTICLE = "/2024/01/27/ve-tinh-khoa-hoc-dau-tien-cua-viet-nam-hoan-thanh-thu-nghiem/";
const EN_ARTICLE = "/en/2024/01/27/first-science-satellite-completes-tests/";
const EN_WORKSHOP = "/en/2024/02/03/workshop-on-satellites-and-space-technology/";
const VI_WORKSHOP = "/2024/01/26/hoi-thao-ve-ve-tinh-va-cong-nghe-vu-tru/";

const hrefs = (page: string): string[] => [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);

test("English articles land under /en/, with their own home, archives and category pages", async () => {
  const home = await html("/en/");
  assert.match(home, '<html lang="en">');
  assert.match(home, EN_ARTICLE);
  assert.match(home, EN_WORKSHOP);
  assert.not.match(home, VI_ARTICLE);
  const viHome = await html("/");
  assert.match(viHome, '<html lang="vi">');
  assert.match(viHome, VI_ARTICLE);
  assert.not.match(viHome, "/en/2024/");
  const day = await html("/en/2024/02/03/");
  assert.match(day, "Saturday, 3 February 2024");
  assert.match(day, EN_WORKSHOP);
  assert.match(await html("/en/2024/02/"), "February 2024");
  assert.match(await html("/en/2024/"), 'href="/en/2024/01/"');
  const category = await html("/en/category/khoa-hoc/");
  assert.match(category, "<h1>Science</h1>");
  assert.match(category, EN_ARTICLE);
  assert.not.match(category, VI_ARTICLE);
  assert.match(await html("/en/archive/"), 'href="/en/2024/"');
});

test("an English page speaks English: interface strings, dates, navigation, its own search and date picker", async () => {
  const page = await html(EN_ARTICLE);
  assert.match(page, '<html lang="en">');
  assert.match(page, "Published: <time datetime=\"2024-01-27T22:01:00+07:00\">27 January 2024, 22:01 (GMT+7)</time>");
  assert.match(page, "<title>First science satellite completes tests – Science and Technology News</title>");
  assert.match(page, '<a href="/en/category/khoa-hoc/">Science</a>');
  assert.match(page, 'action="/en/search/"');
  assert.match(page, 'data-day-index="/en/archive/days.json"');
  assert.match(page, "Skip to main content");
  assert.match(page, "News by date");
  for (const vietnamese of ["Trang chủ", "Xem tin theo ngày", "Đăng:", "Tìm kiếm"]) assert.not.match(page, vietnamese, vietnamese);
  const vi = await html(VI_ARTICLE);
  assert.match(vi, "Đăng: <time");
  assert.match(vi, "27/01/2024, 22:01 (GMT+7)");
});

test("the header's language link leads to the other language's home", async () => {
  assert.match(await html(VI_ARTICLE), '<a class="site-header__language" href="/en/" hreflang="en" lang="en">English</a>');
  assert.match(await html("/en/2024/"), '<a class="site-header__language" href="/" hreflang="vi" lang="vi">Tiếng Việt</a>');
});

test("an article and its translation link to each other and carry hreflang pairs", async () => {
  const [vi, en] = [await html(VI_ARTICLE), await html(EN_ARTICLE)];
  const pair = [
    `<link rel="alternate" hreflang="en" href="https://tintuc.example.org${EN_ARTICLE}">`,
    `<link rel="alternate" hreflang="vi" href="https://tintuc.example.org${VI_ARTICLE}">`,
  ];
  for (const link of pair) {
    assert.match(vi, link);
    assert.match(en, link);
  }
  assert.match(vi, `<a href="${EN_ARTICLE}" hreflang="en" lang="en">Read in English</a>`);
  assert.match(en, `<a href="${VI_ARTICLE}" hreflang="vi" lang="vi">Đọc bản tiếng Việt</a>`);
  assert.not.match(await html(VI_WORKSHOP), 'hreflang="en" href=', "no translation, no alternates");
});

test("related lists and 'Các tin khác' never mix languages", async () => {
  for (const [url, own] of [[EN_ARTICLE, "/en/"], [EN_WORKSHOP, "/en/"], [VI_ARTICLE, "/"], [VI_WORKSHOP, "/"]] as const) {
    const page = await html(url);
    const lists = page.slice(page.indexOf("</article>"), page.indexOf("</main>"));
    const articleLinks = hrefs(lists).filter((href) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(href));
    assert.ok(articleLinks.length > 0, `${url} has related links`);
    for (const href of articleLinks) assert.ok(own === "/en/" ? href.startsWith("/en/") : !href.startsWith("/en/"), `${url} → ${href}`);
  }
});

test("each language has its feed: /en/feed.xml holds the English articles only, in English", async () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const feed = parser.parse(await readFile(path.join(site.outputDir, "en", "feed.xml"), "utf8")).feed;
  assert.is(feed["@_xml:lang"], "en");
  assert.is(feed.title, "Science and Technology News");
  const entries = [feed.entry].flat();
  assert.equal(entries.map((entry: { id: string }) => entry.id), [`https://tintuc.example.org${EN_WORKSHOP}`, `https://tintuc.example.org${EN_ARTICLE}`]);
  const viFeed = parser.parse(await readFile(path.join(site.outputDir, "feed.xml"), "utf8")).feed;
  assert.ok([viFeed.entry].flat().every((entry: { id: string }) => !entry.id.includes("/en/")));
  assert.match(await html(EN_ARTICLE), '<link rel="alternate" type="application/atom+xml" title="Science and Technology News" href="/en/feed.xml">');
});

test("the sitemap lists both languages' pages", async () => {
  const sitemap = await readFile(path.join(site.outputDir, "sitemap.xml"), "utf8");
  for (const url of ["/", "/en/", VI_ARTICLE, EN_ARTICLE, "/en/2024/02/03/", "/en/category/khoa-hoc/"]) {
    assert.match(sitemap, `<loc>https://tintuc.example.org${url}</loc>`, url);
  }
});

test("searching from /en/search/ finds English articles only; from /search/, Vietnamese only", async () => {
  const results = async (url: string): Promise<string[]> => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${url}`);
    await page.locator(".search-result__link").first().waitFor({ timeout: 20_000 });
    const found = await page.locator(".search-result__link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    await page.close();
    return found.sort();
  };
  assert.equal(await results("/en/search/?q=satellite"), [EN_ARTICLE, EN_WORKSHOP].sort());
  assert.equal(await results("/search/?q=ve+tinh"), [VI_WORKSHOP, VI_ARTICLE].sort());
});

test("the English date picker reaches English day pages and writes dates the English way", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}${EN_WORKSHOP}`);
  await page.fill("#date-picker-input", "2024-02-01");
  await Promise.all([page.waitForURL("**/en/2024/01/27/?ngay=2024-02-01"), page.click(".date-picker button")]);
  assert.is((await page.textContent("[data-picker-notice]"))?.trim(), "No news on 1 February 2024; showing the news of 27 January 2024.");
  assert.match((await page.textContent("[data-today]")) ?? "", /^[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}$/);
  await page.close();
});

test("the header writes today's GMT+7 date in the page's language, whatever the browser's clock zone", async () => {
  const context = await site.browser.newContext({ timezoneId: "America/Los_Angeles" });
  const page = await context.newPage();
  // 00:30 on Saturday 27 January in GMT+7, still Friday the 26th in UTC and in Los Angeles.
  await page.clock.setFixedTime(new Date("2024-01-26T17:30:00Z"));
  await page.goto(`${site.origin}/`);
  assert.is(await page.textContent("[data-today]"), "Thứ bảy, 27/01/2024");
  await page.goto(`${site.origin}/en/`);
  assert.is(await page.textContent("[data-today]"), "Saturday, 27 January 2024");
  await context.close();
});

test.run();
