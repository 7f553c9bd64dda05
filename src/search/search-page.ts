/**
 * What the search page and the header's search box print: where they point, the query parameter,
 * the orders the page offers with their labels, and the years whose bundles the page searches.
 */
import { PAGE_SIZE } from "../pager.ts";
import type { Strings } from "../i18n.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { headlineBundleOf, newestFirst as newestFirstOrder } from "./search-periods.ts";
import { termBucketCount } from "./term-layer.ts";
import { permalinkFor, searchBundleUrl, searchUrl, withPathPrefix } from "../urls.ts";

export interface SearchOption {
  value: string;
  label: string;
}

export interface SearchPageView {
  /** Each language searches its own articles: Pagefind keeps one index per page language. */
  lang: Language;
  /** `/search/`: the header's form submits here as a GET form, with or without JavaScript. */
  url: string;
  outputPath: string;
  /** The query parameter, `q`: `/search/?q=khoa+hoc` shows that search. */
  queryParam: string;
  /**
   * Where the bundles are served, one a period (`/pagefind/2024/`, src/pipeline/search-index.ts), with the
   * site's path prefix: the search script builds the bundles' URLs from it, out of reach of the HTML
   * base plugin, and Pagefind derives its results' base URL from a bundle's.
   */
  bundlePath: string;
  /** Orders as `key:direction` (Pagefind's sort), relevance first as the default (`""`). */
  sorts: SearchOption[];
  /** Results shown at a time, as many as a list page shows; "Nhiều kết quả hơn" shows more. */
  pageSize: number;
}

/** A language's search page: the frame's SearchPageView plus the periods it searches. */
export interface SearchPage {
  lang: Language;
  outputPath: string;
  /** Periods with articles in the page's language, newest first (search-periods.ts): one bundle each, searched in this order. */
  periods: string[];
  /** Their years, newest first, for the year filter. */
  years: string[];
  /** Their headline bundles (search-periods.ts), whose fragments show the term layer's matches. */
  headlineBundles: string[];
  /** How many articles each period holds, in the order of `periods`: the term layer numbers articles newest first, so a number tells its period. */
  periodArticles: number[];
  /** How many files the language's term layer spreads its terms over (term-layer.ts termBucketCount). */
  termBuckets: number;
}

/**
 * @param periods the period of each of the language's articles, in any order
 * @example searchPage("vi", ["2023", "2024-05", "2024-01", "2024-05"]).periods // ["2024-05", "2024-01", "2023"]
 */
export function searchPage(lang: Language, periods: Iterable<string>): SearchPage {
  const ofArticles = [...periods];
  const newestFirst = [...new Set(ofArticles)].sort(newestFirstOrder);
  return {
    lang,
    outputPath: permalinkFor(searchUrl(lang)),
    periods: newestFirst,
    years: [...new Set(newestFirst.map((period) => period.slice(0, 4)))],
    headlineBundles: newestFirst.map(headlineBundleOf),
    periodArticles: newestFirst.map((period) => ofArticles.filter((of) => of === period).length),
    termBuckets: termBucketCount(ofArticles.length),
  };
}

/** @example searchPageView(strings.vi, "/").url // "/search/" */
export function searchPageView(strings: Strings, pathPrefix: string, lang: Language = DEFAULT_LANGUAGE): SearchPageView {
  return {
    lang,
    url: searchUrl(lang),
    outputPath: permalinkFor(searchUrl(lang)),
    queryParam: "q",
    bundlePath: withPathPrefix(pathPrefix, searchBundleUrl()),
    sorts: [
      { value: "", label: strings.searchSortRelevance },
      { value: "published:desc", label: strings.searchSortNewest },
    ],
    pageSize: PAGE_SIZE,
  };
}
