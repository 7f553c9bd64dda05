import { test } from "uvu";
import * as assert from "uvu/assert";
import { en, vi } from "../../src/i18n.ts";
import { searchPageView } from "../../src/search/search-page.ts";

test("the search page: /search/?q=…, Pagefind's bundle at /pagefind/, filters and orders labelled in Vietnamese", () => {
  assert.equal(searchPageView(vi, "/"), {
    lang: "vi",
    url: "/search/",
    outputPath: "/search/index.html",
    queryParam: "q",
    bundleUrl: "/pagefind/",
    bundlePath: "/pagefind/",
    filters: [
      { value: "category", label: "Chuyên mục" },
      { value: "year", label: "Năm" },
    ],
    sorts: [
      { value: "", label: "Phù hợp nhất" },
      { value: "published:desc", label: "Mới nhất" },
    ],
    pageSize: 20,
  });
});

test("under a path prefix, Pagefind is told its bundle's served path (it derives result URLs from it)", () => {
  const view = searchPageView(vi, "/tin/");
  assert.is(view.bundlePath, "/tin/pagefind/");
  assert.is(view.bundleUrl, "/pagefind/", "links and script sources get the prefix from the HTML base plugin");
  assert.is(view.outputPath, "/search/index.html");
});

test("the English search page searches the English index, at /en/search/", () => {
  const view = searchPageView(en, "/", "en");
  assert.is(view.url, "/en/search/");
  assert.is(view.outputPath, "/en/search/index.html");
  assert.is(view.lang, "en");
  assert.is(view.bundlePath, "/pagefind/", "one bundle holds both languages' indexes");
  assert.equal(view.sorts.map((sort) => sort.label), ["Most relevant", "Newest"]);
});

test.run();
