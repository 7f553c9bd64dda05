/** Tests of src/pager.ts: a list's pages, their titles and the links between them. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleSummary } from "../src/article-summary.ts";
import { type PagerItem, paginate, paginationItems, pager } from "../src/pager.ts";

/** `1 2 [3] … 48`: the current page in brackets. */
const renderPager = (items: PagerItem[]): string =>
  items.map((item) => ("ellipsis" in item ? "…" : item.current ? `[${item.number}]` : String(item.number))).join(" ");

const pagerCases: [current: number, total: number, expected: string][] = [
  [1, 1, "[1]"],
  [1, 2, "[1] 2"],
  [1, 5, "[1] 2 3 4 5"],
  [3, 5, "1 2 [3] 4 5"],
  [5, 5, "1 2 3 4 [5]"],
  [1, 48, "[1] 2 3 … 48"],
  [4, 48, "1 2 3 [4] 5 6 … 48"],
  [5, 48, "1 2 3 4 [5] 6 7 … 48"],
  [6, 48, "1 … 4 5 [6] 7 8 … 48"],
  [24, 48, "1 … 22 23 [24] 25 26 … 48"],
  [44, 48, "1 … 42 43 [44] 45 46 47 48"],
  [48, 48, "1 … 46 47 [48]"],
];

for (const [current, total, expected] of pagerCases) {
  test(`paginationItems: page ${current} of ${total} → ${expected}`, () => {
    assert.is(renderPager(paginationItems("/category/khoa-hoc/", current, total)), expected);
  });
}

test("paginationItems: page 1 is the list's own URL, never /page/1/", () => {
  const items = paginationItems("/2024/01/", 2, 3);
  assert.equal(
    items.map((item) => ("url" in item ? item.url : "…")),
    ["/2024/01/", "/2024/01/page/2/", "/2024/01/page/3/"],
  );
});

const pagerLinkCases: [current: number, total: number, previousUrl: string | undefined, nextUrl: string | undefined][] = [
  [1, 1, undefined, undefined],
  [1, 3, undefined, "/2024/01/27/page/2/"],
  [2, 3, "/2024/01/27/", "/2024/01/27/page/3/"],
  [3, 3, "/2024/01/27/page/2/", undefined],
];

for (const [current, total, previousUrl, nextUrl] of pagerLinkCases) {
  test(`pager: previous and next of page ${current} of ${total}`, () => {
    const links = pager("/2024/01/27/", current, total);
    assert.equal([links.previousUrl, links.nextUrl], [previousUrl, nextUrl]);
  });
}

test("paginate: pages of pageSize, at least one; the first at the list's URL, the others numbered in URL and title", () => {
  const summaries = Array.from({ length: 5 }, (_, index) => ({ url: `/bai-${index}/` }) as ArticleSummary);
  const pages = paginate("vi", "/tag/ve-tinh/", "Chủ đề: vệ tinh", summaries, 2, (list) => list);
  assert.equal(pages.map((page) => [page.url, page.outputPath, page.title, page.articles.map((article) => article.url).join(" ")]), [
    ["/tag/ve-tinh/", "/tag/ve-tinh/index.html", "Chủ đề: vệ tinh", "/bai-0/ /bai-1/"],
    ["/tag/ve-tinh/page/2/", "/tag/ve-tinh/page/2/index.html", "Chủ đề: vệ tinh – Trang 2", "/bai-2/ /bai-3/"],
    ["/tag/ve-tinh/page/3/", "/tag/ve-tinh/page/3/index.html", "Chủ đề: vệ tinh – Trang 3", "/bai-4/"],
  ]);
  assert.is(pages[1]!.pager.previousUrl, "/tag/ve-tinh/");
  assert.is(paginate("en", "/en/tag/satellites/", "Topic: satellites", summaries, 4, (list) => list)[1]!.title, "Topic: satellites – Page 2");
  const empty = paginate("vi", "/category/khoa-hoc/", "Khoa học", [], 20, (list) => ({ ...list, kind: "category" }));
  assert.equal(empty.map((page) => [page.url, page.articles.length, page.pager.total, page.kind]), [["/category/khoa-hoc/", 0, 1, "category"]]);
});

test.run();
