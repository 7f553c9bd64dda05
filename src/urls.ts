/**
 * The one place that builds site URLs. Templates never concatenate paths.
 * URLs are root-relative (`/2024/01/27/slug/`), which is also where pages are written in the output.
 * A site served under a path (`https://example.org/tin/`) gets its prefix when pages are written:
 * Eleventy's HTML base plugin rewrites links in HTML, and `withPathPrefix` serves what it cannot
 * see (URLs handed to scripts in data attributes, paths in `_headers`).
 */
import type { DateTime } from "luxon";
import { inNewsroomZone } from "./dates.ts";
import { pad2 } from "./text/pad.ts";
import { DEFAULT_LANGUAGE, type Language } from "./language.ts";

/**
 * Where a language's URL space starts: Vietnamese at the root, English under `/en/`.
 * @example languageRoot("en") // "/en/"
 */
export function languageRoot(lang: Language = DEFAULT_LANGUAGE): string {
  return lang === DEFAULT_LANGUAGE ? "/" : `/${lang}/`;
}

/** `/` + path in the language's space: `inLanguage("en", "2024/")` → `/en/2024/`. */
const inLanguage = (lang: Language, path: string): string => `${languageRoot(lang)}${path}`;

/**
 * An article's URL: its language's space, the GMT+7 day it was published, then its slug.
 * @example articleUrl(DateTime.fromISO("2024-01-27T22:01:00+07:00"), "dang-bo") // "/2024/01/27/dang-bo/"
 * @example articleUrl(DateTime.fromISO("2024-01-27T22:01:00+07:00"), "party", "en") // "/en/2024/01/27/party/"
 */
export function articleUrl(published: DateTime, slug: string, lang: Language = DEFAULT_LANGUAGE): string {
  const local = inNewsroomZone(published);
  return `${dayUrl(local.year, local.month, local.day, lang)}${slug}/`;
}

/**
 * The output files of article pages in every language, as a glob relative to the output folder
 * (`YYYY/MM/DD/<slug>/`, `en/YYYY/MM/DD/<slug>/`): what the search indexer reads, leaving the day,
 * month, year and category lists alone.
 */
export const ARTICLE_PAGES_GLOB = "{[0-9][0-9][0-9][0-9],en/[0-9][0-9][0-9][0-9]}/[0-9][0-9]/[0-9][0-9]/*/index.html";

/** @example assetUrl("site.3f9a1c0b2d.css") // "/assets/site.3f9a1c0b2d.css" */
export function assetUrl(fileName: string): string {
  return `/assets/${fileName}`;
}

/** A language's home page: `/`, `/en/`. */
export function homeUrl(lang: Language = DEFAULT_LANGUAGE): string {
  return languageRoot(lang);
}

/** The archive index, "Lưu trữ": `/archive/`, `/en/archive/`. */
export function archiveIndexUrl(lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, "archive/");
}

/** A language's Atom feed: `/feed.xml`, `/en/feed.xml`. */
export function feedUrl(lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, "feed.xml");
}

/** @example categoryFeedUrl("khoa-hoc") // "/category/khoa-hoc/feed.xml" */
export function categoryFeedUrl(key: string, lang: Language = DEFAULT_LANGUAGE): string {
  return `${categoryUrl(key, lang)}feed.xml`;
}

/** The compact list of days with news that a language's date picker fetches. */
export function dayIndexUrl(lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, "archive/days.json");
}

/** The search page, "Tìm kiếm"; `?q=` carries the query, so that a search can be linked. `/en/search/` searches English. */
export function searchUrl(lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, "search/");
}

/** Where the search bundles are served from, one folder a period (src/pipeline/search-index.ts). */
export function searchBundleUrl(): string {
  return "/pagefind/";
}

/**
 * A day page's URL with `{yyyy}`, `{mm}` and `{dd}` to fill in: the date picker's script builds day URLs from it.
 * @example dayUrlPattern("en") // "/en/{yyyy}/{mm}/{dd}/"
 */
export function dayUrlPattern(lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, "{yyyy}/{mm}/{dd}/");
}

/** @example dayUrl(2024, 1, 27) // "/2024/01/27/" */
export function dayUrl(year: number, month: number, day: number, lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, `${year}/${pad2(month)}/${pad2(day)}/`);
}

/** @example monthUrl(2024, 1) // "/2024/01/" */
export function monthUrl(year: number, month: number, lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, `${year}/${pad2(month)}/`);
}

/** @example yearUrl(2024, "en") // "/en/2024/" */
export function yearUrl(year: number, lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, `${year}/`);
}

/** @example categoryUrl("khoa-hoc") // "/category/khoa-hoc/" */
export function categoryUrl(key: string, lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, `category/${key}/`);
}

/** A tag's page: every article with the tag, newest first. @example tagUrl("ve-tinh", "en") // "/en/tag/ve-tinh/" */
export function tagUrl(slug: string, lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, `tag/${slug}/`);
}

/** @example tagFeedUrl("ve-tinh") // "/tag/ve-tinh/feed.xml" */
export function tagFeedUrl(slug: string, lang: Language = DEFAULT_LANGUAGE): string {
  return `${tagUrl(slug, lang)}feed.xml`;
}

/** An author's page: every article the author wrote, newest first. @example authorUrl("dang-minh") // "/author/dang-minh/" */
export function authorUrl(slug: string, lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, `author/${slug}/`);
}

/** @example authorFeedUrl("dang-minh", "en") // "/en/author/dang-minh/feed.xml" */
export function authorFeedUrl(slug: string, lang: Language = DEFAULT_LANGUAGE): string {
  return `${authorUrl(slug, lang)}feed.xml`;
}

/** The video section, "Video": every video article, newest first. @example videoSectionUrl("en") // "/en/video/" */
export function videoSectionUrl(lang: Language = DEFAULT_LANGUAGE): string {
  return inLanguage(lang, "video/");
}

/**
 * Page N of a paginated list; page 1 is the list's own URL.
 * @example paginatedUrl("/category/khoa-hoc/", 3) // "/category/khoa-hoc/page/3/"
 */
export function paginatedUrl(baseUrl: string, pageNumber: number): string {
  return pageNumber <= 1 ? baseUrl : `${baseUrl}page/${pageNumber}/`;
}

/** RFC 3986's scheme and its colon: a letter, then letters, digits, `+`, `-` or `.`. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Whether a URL starts with a scheme (`https:`, `mailto:`, `data:`), so it names its own place
 * rather than one on this site.
 * @example hasScheme("mailto:toa-soan@example.org") // true
 */
export function hasScheme(url: string): boolean {
  return SCHEME.test(url);
}

/**
 * Protocol-relative: `//host/path`, which names a host. Browsers read a backslash as a slash in
 * http(s) URLs, so `/\host/path` (and `\\host`) goes to that host too.
 */
const PROTOCOL_RELATIVE = /^[/\\]{2}/;

/**
 * Whether a URL leaves the site: it has a scheme, or it is protocol-relative (`//host/path`) and
 * names another host.
 * @example leavesSite("//cdn.example.org/x.js") // true
 */
export function leavesSite(url: string): boolean {
  return hasScheme(url) || PROTOCOL_RELATIVE.test(url);
}

/**
 * Whether a URL is a path from the site's root (`/2024/01/27/a/`), never a protocol-relative one
 * (`//host/path`), which starts with `/` too but names another host.
 * @example isRootRelative("/images/a.jpg") // true
 * @example isRootRelative("//cdn.example.org/a.jpg") // false
 */
export function isRootRelative(url: string): boolean {
  return url.startsWith("/") && !PROTOCOL_RELATIVE.test(url);
}

/**
 * A root-relative URL as served under the site's path prefix.
 * @example withPathPrefix("/tin/", "/archive/days.json") // "/tin/archive/days.json"
 */
export function withPathPrefix(pathPrefix: string, url: string): string {
  return isRootRelative(url) ? `${pathPrefix.replace(/\/+$/, "")}${url}` : url;
}

/**
 * Joins the site's absolute URL and a root-relative path; an absolute URL is left as it is.
 * @example absoluteUrl("https://x.org/tin", "/2024/") // "https://x.org/tin/2024/"
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${siteUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The output file Eleventy writes for a root-relative URL ending in `/`. */
export function permalinkFor(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** The folder of the `?p=ID` lookup's shards (src/query-aliases.ts): `/query-aliases/p/`. */
export function queryAliasLookupUrl(): string {
  return "/query-aliases/p/";
}
