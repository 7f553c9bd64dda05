import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleSummary } from "../../src/article-summary.ts";
import { termIndex, termKey } from "../../src/pages/term-index.ts";
import { tagFeedUrl, tagUrl } from "../../src/urls.ts";

const summary = (url: string): ArticleSummary => ({
  url, title: url, summary: "", category: { key: "k", name: "k", url: "/category/k/", feedUrl: "/category/k/feed.xml" }, published: { iso: "", text: "" }, publishedAt: { iso: "", text: "" },
});
const URLS = { page: (slug: string) => tagUrl(slug), feed: (slug: string) => tagFeedUrl(slug) };
/** Newest first: each entry is an article's URL and its tags. */
const index = (articles: [string, string[]][]) => termIndex(articles.map(([url, names]) => ({ names, summary: summary(url) })), URLS);
const pages = (map: ReturnType<typeof index>) => [...map.values()].map((term) => [term.name, term.url, term.summaries.map((s) => s.url)]);

test("termKey: spellings of one word are one term; tone marks keep words apart", () => {
  assert.is(termKey("  Vệ   Tinh "), "vệ tinh");
  assert.is.not(termKey("đồng"), termKey("động"));
});

test("a term per word, its articles newest first, named as the newest article writes it; pages in slug order", () => {
  const terms = index([["/c/", ["Vệ tinh", "khoa học"]], ["/b/", ["vệ tinh"]], ["/a/", ["Khoa học", "khoa học"]]]);
  assert.equal(pages(terms), [
    ["khoa học", "/tag/khoa-hoc/", ["/c/", "/a/"]],
    ["Vệ tinh", "/tag/ve-tinh/", ["/c/", "/b/"]],
  ]);
  assert.is(terms.get("vệ tinh")!.feedUrl, "/tag/ve-tinh/feed.xml");
});

test("two words with one slug (đồng, động): the older keeps the plain slug, the other gets a suffix of its own", () => {
  const terms = index([["/moi/", ["động"]], ["/cu/", ["đồng"]]]);
  assert.is(terms.get("đồng")!.url, "/tag/dong/");
  assert.match(terms.get("động")!.url, /^\/tag\/dong-[0-9a-f]{6}\/$/);
  // The suffix is the word's own: a third word does not move it.
  const more = index([["/moi/", ["động"]], ["/giua/", ["Đông"]], ["/cu/", ["đồng"]]]);
  assert.is(more.get("động")!.url, terms.get("động")!.url);
  assert.is(more.get("đồng")!.url, "/tag/dong/");
});

test("a name without letters or digits still gets a page of its own; an empty one none", () => {
  const terms = index([["/a/", ["#", " "]]]);
  assert.equal([...terms.keys()], ["#"]);
  assert.match(terms.get("#")!.url, /^\/tag\/t-[0-9a-f]{6}\/$/);
});

test("no article, no term", () => {
  assert.is(index([]).size, 0);
});

test.run();
