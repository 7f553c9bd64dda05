/**
 * What the search page and the header's search box print: where they point, the query parameter,
 * and the filters and orders the page offers, with their Vietnamese labels. Pagefind's own interface
 * strings come from its Vietnamese translation; these are the ones it does not have.
 */
import { PAGE_SIZE } from "../archive.ts";
import type { Strings } from "../i18n.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
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
  /** Pagefind's bundle: the index and the scripts and styles loaded only by the search page. */
  bundleUrl: string;
  /**
   * The bundle's URL as Pagefind's script is told it (`<pagefind-config bundle-path>`), with the site's
   * path prefix, which the HTML base plugin does not add there. Pagefind derives its results' base URL from it.
   */
  bundlePath: string;
  /** Filters by Pagefind key (as article pages declare them) with their labels. */
  filters: SearchOption[];
  /** Orders as `key:direction` (Pagefind's sort), relevance first as the default (`""`). */
  sorts: SearchOption[];
  /**
   * Results shown at a time, as many as a list page shows; "Nhiều kết quả hơn" shows more. Pagefind's
   * results element would otherwise lay out every match at once: seconds for a common word in 10,000 articles.
   */
  pageSize: number;
}

/** @example searchPageView(strings.vi, "/").url // "/search/" */
export function searchPageView(strings: Strings, pathPrefix: string, lang: Language = DEFAULT_LANGUAGE): SearchPageView {
  return {
    lang,
    url: searchUrl(lang),
    outputPath: permalinkFor(searchUrl(lang)),
    queryParam: "q",
    bundleUrl: searchBundleUrl(),
    bundlePath: withPathPrefix(pathPrefix, searchBundleUrl()),
    filters: [
      { value: "category", label: strings.categories },
      { value: "year", label: strings.searchYear },
    ],
    sorts: [
      { value: "", label: strings.searchSortRelevance },
      { value: "published:desc", label: strings.searchSortNewest },
    ],
    pageSize: PAGE_SIZE,
  };
}
