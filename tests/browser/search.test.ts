import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";
import { serveDirectory } from "../../src/bench/static-server.ts";
import { writeSearchBundles } from "../../src/pipeline/search-stage.ts";

const DANG_BO = { url: "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/", title: "Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực" };
const CANH_BAO = { url: "/2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/", title: 'Cảnh báo <script>alert("tieu-de")</script> & "trích dẫn"' };
const NUA_DEM = { url: "/2024/03/02/ban-tin-luc-nua-dem/", title: "Bản tin lúc nửa đêm" };

const site = useBuiltSite(test);

/** Waits until the results in view are rendered (no placeholders) and returns their links. */
async function results(page: Page): Promise<{ title: string; url: string }[]> {
  // The summary is written once the results are in the list.
  await page.waitForFunction(() => /kết quả/i.test(document.querySelector("[data-search-summary]")?.textContent ?? ""));
  const links = page.locator(".search-result .search-result__link");
  return Promise.all((await links.all()).map(async (link) => ({ title: (await link.textContent()) ?? "", url: (await link.getAttribute("href")) ?? "" })));
}

async function searchFor(query: string): Promise<{ page: Page; found: { title: string; url: string }[] }> {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
  return { page, found: await results(page) };
}

test("/search/?q=… opened directly shows that search; a query without diacritics finds the accented words", async () => {
  const { page, found } = await searchFor("khoa hoc");
  assert.equal(found.map((result) => result.url).sort(), [DANG_BO.url, CANH_BAO.url, NUA_DEM.url].sort());
  assert.is(await page.inputValue("[data-search-input]"), "khoa hoc");
  assert.is(await page.textContent("[data-search-summary]"), "3 kết quả cho “khoa hoc”");
  assert.match((await page.locator(".search-result", { hasText: DANG_BO.title }).textContent()) ?? "", "Hoạt động KH&CN · 27/01/2024");
  assert.is(await page.locator(".search-result", { hasText: DANG_BO.title }).locator("img").getAttribute("src"), "/photo-sizes/images/hoi-nghi.jpg/400.jpg", "a small copy, never the original");
  assert.is(await page.locator(".search-result", { hasText: NUA_DEM.title }).locator("img").count(), 0);
  assert.ok(await page.isHidden("[data-search-more]"), "one page of results: no 'more' button");
  await page.close();
});

test("`dai hoc` finds `Đại học`, highlighted in the excerpt, which shows none of the hidden unaccented forms", async () => {
  const { page, found } = await searchFor("dai hoc");
  assert.equal(found, [NUA_DEM]);
  const excerpt = page.locator(".search-result__excerpt");
  assert.match((await excerpt.textContent()) ?? "", "phòng thí nghiệm của Đại học Quốc gia Hà Nội");
  assert.not.match((await excerpt.textContent()) ?? "", "dem dang dai duc");
  assert.equal(await excerpt.locator("mark").allTextContents(), ["Đại", "học", "học."]);
  await page.close();
});

test("`dang uy` finds `Đảng ủy`", async () => {
  const { page, found } = await searchFor("dang uy");
  assert.equal(found, [DANG_BO]);
  assert.ok((await page.locator(".search-result__excerpt mark").allTextContents()).includes("Đảng"));
  await page.close();
});

test("choosing a category narrows the results", async () => {
  const { page } = await searchFor("khoa hoc");
  await page.selectOption("[data-search-category]", { label: "Khoa học" });
  await page.waitForFunction(() => document.querySelector("[data-search-summary]")?.textContent?.startsWith("1 "));
  assert.equal(await results(page), [NUA_DEM]);
  await page.close();
});

test("newest first is an order beside relevance", async () => {
  const { page, found } = await searchFor("khoa hoc");
  assert.is(found[0]?.url, DANG_BO.url, "relevance: the headline match first");
  await page.selectOption("[data-search-sort]", { label: "Mới nhất" });
  await page.waitForFunction((url) => document.querySelector(".search-result .search-result__link")?.getAttribute("href") === url, NUA_DEM.url);
  assert.equal((await results(page)).map((result) => result.url), [NUA_DEM.url, DANG_BO.url, CANH_BAO.url]);
  await page.close();
});

test("a result links to its article", async () => {
  const { page } = await searchFor("dai hoc");
  await Promise.all([page.waitForURL(`**${NUA_DEM.url}`), page.click(".search-result .search-result__link")]);
  assert.is(await page.textContent("h1"), NUA_DEM.title);
  await page.close();
});

test("what a reader types stays in the address, so that the search can be linked", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/search/`);
  await page.fill("[data-search-input]", "đại học");
  assert.equal(await results(page), [NUA_DEM]);
  assert.is(new URL(page.url()).searchParams.get("q"), "đại học");
  await page.close();
});

test("titles and text are shown as text, never as HTML", async () => {
  const { page, found } = await searchFor("alert");
  assert.ok(found.some((result) => result.title === CANH_BAO.title), JSON.stringify(found));
  assert.is(await page.locator("[data-search-results] script, [data-search-results] b").count(), 0);
  // "alert" is in the headline: the excerpt is the lede, its markup shown as text.
  assert.match((await page.locator(".search-result__excerpt").first().textContent()) ?? "", "<b>thẻ</b>");
  await page.close();
});

test("the header's search box submits to /search/?q=, with or without JavaScript; other pages fetch nothing of search", async () => {
  const page = await site.browser.newPage();
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}${DANG_BO.url}`);
  assert.equal(fetched.filter((url) => url.startsWith("/pagefind/") || url.includes("search")), []);
  await page.fill("#site-search", "dang uy");
  await Promise.all([page.waitForURL("**/search/?q=dang+uy"), page.click(".site-header__search button")]);
  assert.equal(await results(page), [DANG_BO]);
  await page.close();

  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`${site.origin}/`);
  await noScript.fill("#site-search", "dai hoc");
  await Promise.all([noScript.waitForURL("**/search/?q=dai+hoc"), noScript.click(".site-header__search button")]);
  assert.ok(await noScript.isVisible("[data-search-needs-script]"));
  await context.close();
});

test("Pagefind ranks an exact match with diacritics above one without, and finds both either way", async () => {
  // Two pages that differ only in their accents, indexed the way the build indexes a site.
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-search-"));
  const pageWith = (words: string) =>
    `<!doctype html><html lang="vi"><head><title>${words}</title></head><body><article data-pagefind-body><h1>Tin</h1><p>Bài về ${words} hôm nay.</p></article></body></html>`;
  const documents = [];
  for (const [name, words] of [["co-dau", "khoa học"], ["khong-dau", "khoa hoc"]] as const) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "index.html"), pageWith(words));
    documents.push({ url: `/${name}/`, year: "2024", html: pageWith(words) });
  }
  assert.is((await writeSearchBundles({ "2024": documents }, path.join(dir, "pagefind"))).records, 2);
  const accentSite = await serveDirectory(dir);
  const page = await site.browser.newPage();
  await page.goto(`${accentSite.origin}/co-dau/`);
  const urls = (query: string) =>
    page.evaluate(async (query) => {
      // A URL for the browser to resolve, not a module for Node: kept out of the type checker's sight.
      const bundle = "/pagefind/2024/pagefind.js";
      const pagefind = await import(bundle);
      const search = await pagefind.search(query);
      return Promise.all(search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url));
    }, query);
  assert.equal(await urls("khoa học"), ["/co-dau/", "/khong-dau/"]);
  assert.equal(await urls("khoa hoc"), ["/khong-dau/", "/co-dau/"]);
  await page.close();
  await accentSite.close();
});

test.run();
