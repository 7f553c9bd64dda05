import { test } from "uvu";
import * as assert from "uvu/assert";
import { en, vi } from "../../src/i18n.ts";
import { searchPage, searchPageView } from "../../src/search/search-page.ts";

test("the search page: /search/?q=…, Pagefind's bundles under /pagefind/, orders labelled in Vietnamese", () => {
  assert.equal(searchPageView(vi, "/"), {
    lang: "vi",
    url: "/search/",
    outputPath: "/search/index.html",
    queryParam: "q",
    bundlePath: "/pagefind/",
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
  assert.is(view.outputPath, "/search/index.html");
});

test("the English search page searches the English index, at /en/search/", () => {
  const view = searchPageView(en, "/", "en");
  assert.is(view.url, "/en/search/");
  assert.is(view.outputPath, "/en/search/index.html");
  assert.is(view.lang, "en");
  assert.is(view.bundlePath, "/pagefind/", "a year's bundle holds both languages' indexes");
  assert.equal(view.sorts.map((sort) => sort.label), ["Most relevant", "Newest"]);
});

test("a language's search page searches the periods of its articles, newest first, each once, with their numbers of articles, and their headline bundles; its year filter offers their years", () => {
  assert.equal(searchPage("en", ["2023", "2025-01", "2024", "2025-07", "2025-01"]), {
    lang: "en",
    outputPath: "/en/search/index.html",
    periods: ["2025-07", "2025-01", "2024", "2023"],
    years: ["2025", "2024", "2023"],
    headlineBundles: ["headlines-2025-07", "headlines-2025-01", "headlines-2024", "headlines-2023"],
    // The term layer numbers articles newest first: these counts tell an article's period from its number.
    periodArticles: [1, 2, 1, 1],
    termBuckets: 16,
  });
  assert.equal(searchPage("vi", []).periods, [], "no articles, no bundle to search");
});

test.run();
