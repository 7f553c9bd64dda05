// The search page over one bundle a period: the newest period's index first, older periods fetched
// only when the reader asks for more results than the newer ones hold; in relevance order, the
// headline bundle's matches across every period first (layouts/assets/search.js).
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

/** A search document of the fixture's shape, in `period`, with a headline and a body. */
function searchDocument(url: string, period: string, date: string, headline: string, body: string): SearchDocument {
  const [year, mm, day] = date.split("-");
  return {
    url,
    html:
      `<html lang="vi"><body><span data-pagefind-filter="category" data-pagefind-meta="category">Khoa học</span>` +
      `<article data-pagefind-body data-pagefind-filter="year:${year}" data-pagefind-meta="published:${day}/${mm}/${year}" ` +
      `data-pagefind-sort="published:${date}T08:00:00+07:00"><span data-pagefind-meta="period:${period}"></span><h1>${headline}</h1>` +
      (body ? `<p>${body}</p>` : "") +
      `</article></body></html>`,
  };
}

/** `count` articles about robots (in their bodies) published in `month` (`2025-07`), each a day later than the one before, with their headline documents. */
function articles(period: string, month: string, count: number): { documents: SearchDocument[]; headlines: SearchDocument[] } {
  const [year, mm] = month.split("-");
  const made = Array.from({ length: count }, (_, i) => {
    const day = String(i + 1).padStart(2, "0");
    const url = `/${year}/${mm}/${day}/robot-${i + 1}/`;
    const headline = `Tin số ${i + 1} tháng ${mm}/${year}`;
    return { document: searchDocument(url, period, `${year}-${mm}-${day}`, headline, "Robot tự hành thử nghiệm ở phòng thí nghiệm."), headline: searchDocument(url, period, `${year}-${mm}-${day}`, headline, "") };
  });
  return { documents: made.map((item) => item.document), headlines: made.map((item) => item.headline) };
}

/** A 2024 headline about balloons, and a July 2025 body that mentions them. */
const BALLOON_HEADLINE = searchDocument("/2024/03/20/khinh-khi-cau/", "2024", "2024-03-20", "Khinh khí cầu thám hiểm tầng bình lưu", "Chuyến bay thử nghiệm.");
const BALLOON_BODY = searchDocument("/2025/07/28/bay-thu/", "2025-07", "2025-07-28", "Chuyến bay thử", "Đội thử nghiệm nhắc đến khinh khí cầu của năm trước.");
const BALLOON_BODY_HEADLINE = searchDocument("/2025/07/28/bay-thu/", "2025-07", "2025-07-28", "Chuyến bay thử", "");

test.before(async () => {
  // The built fixture site's search page, over three periods: 25 articles from July 2025 on, 3 from
  // January 2025 on, 5 from 2024.
  const dir = (periodsDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-search-periods-")));
  await cp(site.outputDir, dir, { recursive: true });
  await rm(path.join(dir, "pagefind"), { recursive: true });
  const july = articles("2025-07", "2025-07", 25);
  const january = articles("2025-01", "2025-01", 3);
  const old = articles("2024", "2024-03", 5);
  await writeSearchBundles(
    {
      "2025-07": [...july.documents, BALLOON_BODY],
      "2025-01": january.documents,
      "2024": [...old.documents, BALLOON_HEADLINE],
      headlines: [...july.headlines, ...january.headlines, ...old.headlines, BALLOON_HEADLINE, BALLOON_BODY_HEADLINE],
    },
    path.join(dir, "pagefind"),
  );
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

const summary = (page: Page, text: string) =>
  page
    .waitForFunction((text) => document.querySelector("[data-search-summary]")?.textContent === text, text, { timeout: 10_000 })
    .catch(async () => assert.unreachable(`expected the summary “${text}”, found “${await page.textContent("[data-search-summary]")}”`));
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

test("in relevance order, a headline match from an older period comes before a body match from a newer one", async () => {
  const { page } = await openSearch("khinh khí cầu");
  // The first query: the headline bundle and the newest period only.
  await summary(page, "2 kết quả cho “khinh khí cầu”: tiêu đề và sapo mọi năm, toàn văn từ tháng 7/2025 đến nay");
  assert.equal(await shownUrls(page), ["/2024/03/20/khinh-khi-cau/", "/2025/07/28/bay-thu/"]);
  await page.click("[data-search-more]");
  await summary(page, "2 kết quả cho “khinh khí cầu”");
  assert.equal(await shownUrls(page), ["/2024/03/20/khinh-khi-cau/", "/2025/07/28/bay-thu/"], "the headline match, once");
  assert.ok(await page.isHidden("[data-search-more]"));
  await page.selectOption("[data-search-sort]", { label: "Mới nhất" });
  await page.waitForFunction(() => document.querySelector(".search-result__link")?.getAttribute("href") === "/2025/07/28/bay-thu/");
  await page.click("[data-search-more]");
  await summary(page, "2 kết quả cho “khinh khí cầu”");
  assert.equal(await shownUrls(page), ["/2025/07/28/bay-thu/", "/2024/03/20/khinh-khi-cau/"], "newest first: by date alone");
  await page.close();
});

test("a word in no period says so, once the reader has had every period searched", async () => {
  const { page, bundles } = await openSearch("khủng long");
  // A first query searches the newest period alone (and the headlines of all): a rare word or one
  // found nowhere does not fetch every period's index.
  await summary(page, "0 kết quả cho “khủng long” từ tháng 7/2025 đến nay");
  assert.equal([...bundles], ["2025-07"]);
  await page.click("[data-search-more]");
  await summary(page, "Không tìm thấy kết quả cho “khủng long”");
  assert.equal([...bundles].sort(), ["2024", "2025-01", "2025-07"]);
  await page.close();
});

test.run();
