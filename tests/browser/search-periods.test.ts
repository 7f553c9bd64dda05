// The search page over one bundle a period: the newest period's index first, older periods fetched
// only when the reader asks for more results than the newer ones hold (layouts/assets/search.js).
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";
import { type StaticServer, serveDirectory } from "../../src/bench/static-server.ts";
import { writeSearchBundles } from "../../src/pipeline/search-stage.ts";
import type { SearchDocument } from "../../src/search/search-document.ts";

const site = useBuiltSite(test);
let periodsSite: StaticServer | undefined;
let periodsDir: string | undefined;

/** `count` articles about robots published in `month` (`2025-07`), each a day later than the one before. */
function articles(month: string, count: number): SearchDocument[] {
  const [year, mm] = month.split("-");
  return Array.from({ length: count }, (_, i) => {
    const day = String(i + 1).padStart(2, "0");
    return {
      url: `/${year}/${mm}/${day}/robot-${i + 1}/`,
      html:
        `<html lang="vi"><body><span data-pagefind-filter="category" data-pagefind-meta="category">Khoa học</span>` +
        `<article data-pagefind-body data-pagefind-filter="year:${year}" data-pagefind-meta="published:${day}/${mm}/${year}" ` +
        `data-pagefind-sort="published:${year}-${mm}-${day}T08:00:00+07:00"><h1>Robot số ${i + 1} tháng ${mm}/${year}</h1>` +
        `<p>Robot tự hành thử nghiệm ở phòng thí nghiệm.</p></article></body></html>`,
    };
  });
}

test.before(async () => {
  // The built fixture site's search page, over three periods: 25 articles from July 2025 on, 3 from
  // January 2025 on, 5 from 2024.
  const dir = (periodsDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-search-periods-")));
  await cp(site.outputDir, dir, { recursive: true });
  await rm(path.join(dir, "pagefind"), { recursive: true });
  await writeSearchBundles({ "2025-07": articles("2025-07", 25), "2025-01": articles("2025-01", 3), "2024": articles("2024-03", 5) }, path.join(dir, "pagefind"));
  const searchPage = path.join(dir, "search", "index.html");
  let html = await readFile(searchPage, "utf8");
  assert.match(html, 'data-periods="2024"', "the fixture site's own period");
  html = html.replace('data-periods="2024"', 'data-periods="2025-07 2025-01 2024"');
  await writeFile(searchPage, html.replace('<option value="2024">2024</option>', '<option value="2025">2025</option><option value="2024">2024</option>'));
  periodsSite = await serveDirectory(dir);
});

test.after(async () => {
  await periodsSite?.close();
  if (periodsDir) await rm(periodsDir, { recursive: true, force: true });
});

/** Opens a search, recording which periods' bundles the page fetches from. */
async function openSearch(query: string): Promise<{ page: Page; bundles: Set<string> }> {
  const page = await site.browser.newPage();
  const bundles = new Set<string>();
  page.on("request", (request) => {
    const period = /^\/pagefind\/([\d-]+)\//.exec(new URL(request.url()).pathname)?.[1];
    if (period) bundles.add(period);
  });
  await page.goto(`${periodsSite!.origin}/search/?q=${encodeURIComponent(query)}`);
  return { page, bundles };
}

const summary = (page: Page, text: string) => page.waitForFunction((text) => document.querySelector("[data-search-summary]")?.textContent === text, text);
const shownUrls = (page: Page) => page.locator(".search-result__link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));

const FIRST = "25 kết quả cho “robot” từ tháng 7/2025 đến nay";

test("a first query fetches the newest period's index alone when that period fills a page of results", async () => {
  const { page, bundles } = await openSearch("robot");
  await summary(page, FIRST);
  assert.is((await shownUrls(page)).length, 20, "one page of results");
  assert.equal([...bundles], ["2025-07"]);
  assert.ok(await page.isVisible("[data-search-more]"));
  await page.close();
});

test("'more results' goes on into the older periods, which come after the newer ones", async () => {
  const { page, bundles } = await openSearch("robot");
  await summary(page, FIRST);
  await page.click("[data-search-more]");
  await summary(page, "33 kết quả cho “robot”");
  const urls = await shownUrls(page);
  assert.is(urls.length, 33);
  assert.ok(urls.slice(0, 25).every((url) => url.startsWith("/2025/07/")), urls.join(" "));
  assert.ok(urls.slice(25, 28).every((url) => url.startsWith("/2025/01/")), urls.join(" "));
  assert.ok(urls.slice(28).every((url) => url.startsWith("/2024/")), urls.join(" "));
  assert.equal([...bundles].sort(), ["2024", "2025-01", "2025-07"]);
  assert.ok(await page.isHidden("[data-search-more]"), "every period searched, every result shown");
  await page.close();
});

test("newest first runs across periods: by date within a period, newer periods first", async () => {
  const { page } = await openSearch("robot");
  await summary(page, FIRST);
  await page.selectOption("[data-search-sort]", { label: "Mới nhất" });
  await page.waitForFunction(() => document.querySelector(".search-result__link")?.getAttribute("href") === "/2025/07/25/robot-25/");
  await page.click("[data-search-more]");
  await summary(page, "33 kết quả cho “robot”");
  const newestFirst = (month: string, count: number) => Array.from({ length: count }, (_, i) => `/${month}/${String(count - i).padStart(2, "0")}/robot-${count - i}/`);
  assert.equal(await shownUrls(page), [...newestFirst("2025/07", 25), ...newestFirst("2025/01", 3), ...newestFirst("2024/03", 5)]);
  await page.close();
});

test("choosing a year searches that year's periods only", async () => {
  const { page, bundles } = await openSearch("robot");
  await summary(page, FIRST);
  await page.selectOption("[data-search-year]", "2024");
  await summary(page, "5 kết quả cho “robot”");
  assert.ok((await shownUrls(page)).every((url) => url.startsWith("/2024/")));
  assert.ok(bundles.has("2024") && !bundles.has("2025-01"), [...bundles].join(" "));
  await page.selectOption("[data-search-year]", "2025");
  await summary(page, "25 kết quả cho “robot” từ tháng 7/2025 đến nay");
  await page.click("[data-search-more]");
  await summary(page, "28 kết quả cho “robot”");
  await page.close();
});

test("a word in no period says so, after every period is searched", async () => {
  const { page, bundles } = await openSearch("khủng long");
  await summary(page, "Không tìm thấy kết quả cho “khủng long”");
  assert.equal([...bundles].sort(), ["2024", "2025-01", "2025-07"]);
  await page.close();
});

test.run();
