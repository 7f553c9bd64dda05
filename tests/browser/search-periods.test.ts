// The search page over one bundle a period: the newest period's index first, older periods fetched
// only when the reader asks for more results than the newer ones hold; in relevance order, the
// headline and lede matches of the whole archive first, ranked by the term layer, whatever their
// headline shard (layouts/assets/search.js, src/search/term-layer.ts).
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";
import { type StaticServer, serveDirectory } from "../../src/bench/static-server.ts";
import { writeSearchBundles } from "../../src/pipeline/search-stage.ts";
import type { TermSource } from "../../src/pipeline/term-layer-files.ts";
import { type SearchDocument, headlineDocument } from "../../src/search/search-document.ts";

const site = useBuiltSite(test);
let periodsSite: StaticServer | undefined;
let periodsDir: string | undefined;

/** A search document of the fixture's shape, in `period`, with a headline and a body. */
function searchDocument(url: string, period: string, date: string, title: string, body: string): SearchDocument {
  const [year, mm, day] = date.split("-");
  return {
    url,
    html:
      `<html lang="vi"><body><span data-pagefind-filter="category" data-pagefind-meta="category">Khoa học</span>` +
      `<article data-pagefind-body data-pagefind-filter="year:${year}" data-pagefind-meta="published:${day}/${mm}/${year}" ` +
      `data-pagefind-sort="published:${date}T08:00:00+07:00"><span data-pagefind-meta="period:${period}"></span><h1>${title}</h1>` +
      (body ? `<p>${body}</p>` : "") +
      `</article></body></html>`,
  };
}

/** The headline document of an article of `searchDocument`'s shape (search-document.ts headlineDocument). */
function headline(url: string, period: string, date: string, title: string, lede?: string): SearchDocument {
  const [year, mm, day] = date.split("-");
  const published = { iso: `${date}T08:00:00+07:00`, text: "" };
  const search = { year: year!, month: `${year}-${mm}`, date: `${day}/${mm}/${year}`, foldedForms: [] };
  return headlineDocument({ url, lang: "vi", title, lede, credits: [], category: { name: "Khoa học" }, published, search }, period, "/");
}

/** What the term layer takes of an article of `headline`'s shape. */
function termSource(url: string, period: string, date: string, title: string, lede?: string): TermSource {
  return { url, lang: "vi", title, lede, published: `${date}T08:00:00+07:00`, period, category: "Khoa học" };
}

/** `count` articles about robots (in their bodies) published in `month` (`2025-07`), each a day later than the one before, with their headline documents. */
function articles(period: string, month: string, count: number): { documents: SearchDocument[]; headlines: SearchDocument[]; terms: TermSource[] } {
  const [year, mm] = month.split("-");
  const made = Array.from({ length: count }, (_, i) => {
    const day = String(i + 1).padStart(2, "0");
    const url = `/${year}/${mm}/${day}/robot-${i + 1}/`;
    const title = `Tin số ${i + 1} tháng ${mm}/${year}`;
    const date = `${year}-${mm}-${day}`;
    return { document: searchDocument(url, period, date, title, "Robot tự hành thử nghiệm ở phòng thí nghiệm."), headline: headline(url, period, date, title), terms: termSource(url, period, date, title) };
  });
  return { documents: made.map((item) => item.document), headlines: made.map((item) => item.headline), terms: made.map((item) => item.terms) };
}

/** A 2024 headline about balloons, a January 2025 one, a July 2025 lede that mentions them and a July 2025 body that does. */
const BALLOON_2024 = ["/2024/03/20/khinh-khi-cau/", "2024", "2024-03-20", "Khinh khí cầu thám hiểm tầng bình lưu"] as const;
const BALLOON_2025 = ["/2025/01/15/khinh-khi-cau-tay-nguyen/", "2025-01", "2025-01-15", "Khinh khí cầu bay qua Tây Nguyên"] as const;
const BALLOON_LEDE = ["/2025/07/27/trien-lam/", "2025-07", "2025-07-27", "Triển lãm hàng không"] as const;
const BALLOON_LEDE_TEXT = "Có cả khinh khí cầu và tàu lượn.";
const BALLOON_BODY = ["/2025/07/28/bay-thu/", "2025-07", "2025-07-28", "Chuyến bay thử"] as const;

test.before(async () => {
  // The built fixture site's search page, over three periods: 27 articles from July 2025 on, 4 from
  // January 2025 on, 6 from 2024, each with its headline bundle; and the term layer over them all.
  const dir = (periodsDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-search-periods-")));
  await cp(site.outputDir, dir, { recursive: true });
  await rm(path.join(dir, "pagefind"), { recursive: true });
  const july = articles("2025-07", "2025-07", 25);
  const january = articles("2025-01", "2025-01", 3);
  const old = articles("2024", "2024-03", 5);
  await writeSearchBundles(
    {
      "2025-07": [...july.documents, searchDocument(...BALLOON_LEDE, BALLOON_LEDE_TEXT), searchDocument(...BALLOON_BODY, "Đội thử nghiệm nhắc đến khinh khí cầu của năm trước.")],
      "2025-01": [...january.documents, searchDocument(...BALLOON_2025, "Chuyến bay thử nghiệm.")],
      "2024": [...old.documents, searchDocument(...BALLOON_2024, "Chuyến bay thử nghiệm.")],
      "headlines-2025-07": [...july.headlines, headline(...BALLOON_LEDE, BALLOON_LEDE_TEXT), headline(...BALLOON_BODY)],
      "headlines-2025-01": [...january.headlines, headline(...BALLOON_2025, "Chuyến bay thử nghiệm.")],
      "headlines-2024": [...old.headlines, headline(...BALLOON_2024, "Chuyến bay thử nghiệm.")],
    },
    path.join(dir, "pagefind"),
    [
      ...july.terms, ...january.terms, ...old.terms,
      termSource(...BALLOON_2025, "Chuyến bay thử nghiệm."),
      termSource(...BALLOON_LEDE, BALLOON_LEDE_TEXT),
      termSource(...BALLOON_BODY),
      termSource(...BALLOON_2024, "Chuyến bay thử nghiệm."),
    ],
  );
  const searchPage = path.join(dir, "search", "index.html");
  let html = await readFile(searchPage, "utf8");
  assert.match(html, 'data-periods="2024"', "the fixture site's own period");
  assert.match(html, 'data-headlines="headlines-2024"', "the fixture site's own headline shard");
  html = html
    .replace('data-periods="2024"', 'data-periods="2025-07 2025-01 2024"')
    .replace('data-headlines="headlines-2024"', 'data-headlines="headlines-2025-07 headlines-2025-01 headlines-2024"')
    .replace(/data-period-articles="\d+"/, 'data-period-articles="27 4 6"');
  await writeFile(searchPage, html.replace('<option value="2024">2024</option>', '<option value="2025">2025</option><option value="2024">2024</option>'));
  periodsSite = await serveDirectory(dir);
});

test.after(async () => {
  await periodsSite?.close();
  if (periodsDir) await rm(periodsDir, { recursive: true, force: true });
});

/** Opens a search, recording which periods' bundles and which headline bundles the page fetches from, and which results' files. */
async function openSearch(query: string): Promise<{ page: Page; bundles: Set<string>; shards: Set<string>; fragments: string[] }> {
  const page = await site.browser.newPage();
  const bundles = new Set<string>();
  const shards = new Set<string>();
  const fragments: string[] = [];
  page.on("request", (request) => {
    const pathname = new URL(request.url()).pathname;
    const bundle = /^\/pagefind\/([\w-]+)\//.exec(pathname)?.[1];
    if (pathname.includes("/fragment/")) fragments.push(pathname);
    if (bundle?.startsWith("headlines-")) shards.add(bundle);
    else if (bundle && !bundle.startsWith("terms-")) bundles.add(bundle);
  });
  await page.goto(`${periodsSite!.origin}/search/?q=${encodeURIComponent(query)}`);
  return { page, bundles, shards, fragments };
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

test("in relevance order, a first query ranks the headlines of the whole archive: a 2024 headline before a newer lede's and body's match", async () => {
  const { page, bundles, shards } = await openSearch("khinh khí cầu");
  // The first query: the term layer, the fragments of the headline matches shown, the newest period's index.
  await summary(page, "4 kết quả cho “khinh khí cầu”: tiêu đề và sapo mọi năm, toàn văn từ tháng 7/2025 đến nay");
  assert.equal(await shownUrls(page), ["/2025/01/15/khinh-khi-cau-tay-nguyen/", "/2024/03/20/khinh-khi-cau/", "/2025/07/27/trien-lam/", "/2025/07/28/bay-thu/"]);
  assert.equal([...bundles], ["2025-07"], "one period's index");
  assert.equal([...shards].sort(), ["headlines-2024", "headlines-2025-01", "headlines-2025-07"], "the headline matches' fragments, whatever their period");
  assert.ok(await page.isVisible("[data-search-more]"));
  await page.click("[data-search-more]");
  await summary(page, "4 kết quả cho “khinh khí cầu”");
  assert.equal((await shownUrls(page)).length, 4, "each headline match once");
  assert.ok(await page.isHidden("[data-search-more]"));
  await page.selectOption("[data-search-sort]", { label: "Mới nhất" });
  await page.waitForFunction(() => document.querySelector(".search-result__link")?.getAttribute("href") === "/2025/07/28/bay-thu/");
  await page.click("[data-search-more]");
  await summary(page, "4 kết quả cho “khinh khí cầu”");
  assert.equal(await shownUrls(page), ["/2025/07/28/bay-thu/", "/2025/07/27/trien-lam/", "/2025/01/15/khinh-khi-cau-tay-nguyen/", "/2024/03/20/khinh-khi-cau/"], "newest first: by date alone");
  await page.close();
});

test("a word in no period says so, once the reader has had every period searched", async () => {
  const { page, bundles, fragments } = await openSearch("khủng long");
  // A first query searches the newest period alone (and the headlines of all): a rare word or one
  // found nowhere does not fetch every period's index, and no result's file.
  await summary(page, "0 kết quả cho “khủng long” từ tháng 7/2025 đến nay");
  assert.equal([...bundles], ["2025-07"]);
  assert.equal(fragments, [], "no result's file fetched");
  await page.click("[data-search-more]");
  await summary(page, "Không tìm thấy kết quả cho “khủng long”");
  assert.equal([...bundles].sort(), ["2024", "2025-01", "2025-07"]);
  await page.close();
});

test.run();
