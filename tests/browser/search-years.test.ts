// The search page over yearly bundles: the newest year's index first, older years fetched only
// when the reader asks for more results than the newer years hold (layouts/assets/search.js).
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";
import { type StaticServer, serveDirectory } from "../support/static-server.ts";
import { writeSearchBundles } from "../../src/build/search-stage.ts";
import type { SearchDocument } from "../../src/search/search-document.ts";

const site = useBuiltSite(test);
let yearsSite: StaticServer | undefined;
let yearsDir: string | undefined;

/** `count` articles about robots published in `year`, each a day later than the one before. */
function articles(year: string, count: number): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(i + 1).padStart(2, "0");
    return {
      url: `/${year}/01/${day}/robot-${i + 1}/`,
      year,
      html:
        `<html lang="vi"><body><span data-pagefind-filter="category" data-pagefind-meta="category">Khoa học</span>` +
        `<article data-pagefind-body data-pagefind-filter="year:${year}" data-pagefind-meta="published:${day}/01/${year}" ` +
        `data-pagefind-sort="published:${year}-01-${day}T08:00:00+07:00"><h1>Robot số ${i + 1} năm ${year}</h1>` +
        `<p>Robot tự hành thử nghiệm ở phòng thí nghiệm.</p></article></body></html>`,
    };
  });
}

test.before(async () => {
  // The built fixture site's search page, over bundles of 25 articles from 2025 and 5 from 2024.
  const dir = (yearsDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-search-years-")));
  await cp(site.outputDir, dir, { recursive: true });
  await rm(path.join(dir, "pagefind"), { recursive: true });
  await writeSearchBundles([...articles("2024", 5), ...articles("2025", 25)], path.join(dir, "pagefind"));
  const searchPage = path.join(dir, "search", "index.html");
  const html = await readFile(searchPage, "utf8");
  assert.match(html, 'data-years="2024"', "the fixture site's own years");
  await writeFile(searchPage, html.replace('data-years="2024"', 'data-years="2025 2024"'));
  yearsSite = await serveDirectory(dir);
});

test.after(async () => {
  await yearsSite?.close();
  if (yearsDir) await rm(yearsDir, { recursive: true, force: true });
});

/** Opens a search, recording which yearly bundles the page fetches from. */
async function openSearch(query: string): Promise<{ page: Page; bundles: Set<string> }> {
  const page = await site.browser.newPage();
  const bundles = new Set<string>();
  page.on("request", (request) => {
    const year = /^\/pagefind\/(\d{4})\//.exec(new URL(request.url()).pathname)?.[1];
    if (year) bundles.add(year);
  });
  await page.goto(`${yearsSite!.origin}/search/?q=${encodeURIComponent(query)}`);
  return { page, bundles };
}

const summary = (page: Page, text: string) => page.waitForFunction((text) => document.querySelector("[data-search-summary]")?.textContent === text, text);
const shownUrls = (page: Page) => page.locator(".search-result__link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));

test("a first query fetches the newest year's index alone when that year fills a page of results", async () => {
  const { page, bundles } = await openSearch("robot");
  await summary(page, "25 kết quả cho “robot” từ năm 2025 đến nay");
  assert.is((await shownUrls(page)).length, 20, "one page of results");
  assert.equal([...bundles], ["2025"]);
  assert.ok(await page.isVisible("[data-search-more]"));
  await page.close();
});

test("'more results' goes on into the older years, which come after the newer ones", async () => {
  const { page, bundles } = await openSearch("robot");
  await summary(page, "25 kết quả cho “robot” từ năm 2025 đến nay");
  await page.click("[data-search-more]");
  await summary(page, "30 kết quả cho “robot”");
  const urls = await shownUrls(page);
  assert.is(urls.length, 30);
  assert.ok(urls.slice(0, 25).every((url) => url.startsWith("/2025/")), urls.join(" "));
  assert.ok(urls.slice(25).every((url) => url.startsWith("/2024/")), urls.join(" "));
  assert.equal([...bundles].sort(), ["2024", "2025"]);
  assert.ok(await page.isHidden("[data-search-more]"), "every year searched, every result shown");
  await page.close();
});

test("newest first runs across years: by date within a year, newer years first", async () => {
  const { page } = await openSearch("robot");
  await summary(page, "25 kết quả cho “robot” từ năm 2025 đến nay");
  await page.selectOption("[data-search-sort]", { label: "Mới nhất" });
  await page.waitForFunction(() => document.querySelector(".search-result__link")?.getAttribute("href") === "/2025/01/25/robot-25/");
  await page.click("[data-search-more]");
  await summary(page, "30 kết quả cho “robot”");
  const urls = await shownUrls(page);
  const expected = [...Array.from({ length: 25 }, (_, i) => `/2025/01/${String(25 - i).padStart(2, "0")}/robot-${25 - i}/`), ...Array.from({ length: 5 }, (_, i) => `/2024/01/${String(5 - i).padStart(2, "0")}/robot-${5 - i}/`)];
  assert.equal(urls, expected);
  await page.close();
});

test("choosing a year searches that year's bundle", async () => {
  const { page, bundles } = await openSearch("robot");
  await summary(page, "25 kết quả cho “robot” từ năm 2025 đến nay");
  await page.selectOption("[data-search-year]", "2024");
  await summary(page, "5 kết quả cho “robot”");
  assert.ok((await shownUrls(page)).every((url) => url.startsWith("/2024/")));
  assert.ok(bundles.has("2024"));
  await page.close();
});

test("a word in no year says so, after every year is searched", async () => {
  const { page, bundles } = await openSearch("khủng long");
  await summary(page, "Không tìm thấy kết quả cho “khủng long”");
  assert.equal([...bundles].sort(), ["2024", "2025"]);
  await page.close();
});

test.run();
