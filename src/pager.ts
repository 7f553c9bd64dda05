/**
 * A list's pages and the links between them: a list of articles cut into pages of PAGE_SIZE, each
 * page with its URL (the first without `/page/1/`), its numbered title and its pager. The URLs of a
 * list are computed once and shared by every page's pager.
 */
import type { ArticleSummary } from "./article-summary.ts";
import { strings } from "./i18n.ts";
import type { Language } from "./language.ts";
import { paginatedUrl, permalinkFor } from "./urls.ts";

/** Articles per page of a day, month or category list. */
export const PAGE_SIZE = 20;
/** Page numbers shown on each side of the current one, besides the first and the last. */
const PAGER_WINDOW = 2;

export type PagerItem = { number: number; url: string; current: boolean } | { ellipsis: true };

/**
 * Page links of a list. Named `pager`, not `pagination`, so that a template never confuses it with
 * Eleventy's own `pagination` variable (which, at size 1, walks the flat list of pages).
 */
export interface Pager {
  current: number;
  total: number;
  items: PagerItem[];
  previousUrl?: string;
  nextUrl?: string;
}

/** What every page of a paginated article list has. */
export interface ListPage {
  /** The language whose frame (strings, navigation) the page is printed in. */
  lang: Language;
  url: string;
  /** The page's title, numbered after a list's first page (`Tin ngày 27/01/2024 – Trang 2`); the layout adds the site's name. */
  title: string;
  /** The file Eleventy writes, e.g. `/2024/01/27/page/2/index.html`. */
  outputPath: string;
  pager: Pager;
  articles: ArticleSummary[];
}

/**
 * A list's pages, `pageSize` summaries each (at least one page), each made by `page` from its list part.
 * @param title the list's title, which pages after the first number: `Tin ngày 27/01/2024 – Trang 2`
 * @example paginate("vi", "/tag/x/", "Chủ đề: x", summaries, 20, (list) => list)[1].url // "/tag/x/page/2/"
 */
export function paginate<P>(lang: Language, baseUrl: string, title: string, summaries: readonly ArticleSummary[], pageSize: number, page: (list: ListPage) => P): P[] {
  const urls = pageUrls(baseUrl, Math.max(1, Math.ceil(summaries.length / pageSize)));
  return urls.map((url, index) =>
    page({
      lang,
      url,
      title: index === 0 ? title : `${title} – ${strings[lang].page} ${index + 1}`,
      outputPath: permalinkFor(url),
      pager: pagerOf(urls, index + 1),
      articles: summaries.slice(index * pageSize, (index + 1) * pageSize),
    }),
  );
}

/**
 * The page links of page `current` of `total`: first, last, and the current one with two on each
 * side; a gap of one page shows that page, a longer gap an ellipsis.
 * @example paginationItems("/x/", 24, 48) // 1 … 22 23 [24] 25 26 … 48
 */
export function paginationItems(baseUrl: string, current: number, total: number): PagerItem[] {
  return pager(baseUrl, current, total).items;
}

/**
 * The pager of page `current` of `total` (pages count from 1).
 * @example pager("/category/khoa-hoc/", 2, 3).previousUrl // "/category/khoa-hoc/"
 */
export function pager(baseUrl: string, current: number, total: number): Pager {
  return pagerOf(pageUrls(baseUrl, total), current);
}

/** The URLs of a list's pages, the first at index 0; every pager of the list shares them. */
function pageUrls(baseUrl: string, total: number): string[] {
  return Array.from({ length: total }, (_, index) => paginatedUrl(baseUrl, index + 1));
}

function pagerOf(urls: readonly string[], current: number): Pager {
  const total = urls.length;
  const link = (number: number): PagerItem => ({ number, url: urls[number - 1]!, current: number === current });
  const from = Math.max(2, current - PAGER_WINDOW);
  const to = Math.min(total - 1, current + PAGER_WINDOW);
  const items: PagerItem[] = [link(1)];
  if (from === 3) items.push(link(2));
  else if (from > 3) items.push({ ellipsis: true });
  for (let number = from; number <= to; number++) items.push(link(number));
  if (to === total - 2) items.push(link(total - 1));
  else if (to < total - 2) items.push({ ellipsis: true });
  if (total > 1) items.push(link(total));
  return { current, total, items, previousUrl: urls[current - 2], nextUrl: urls[current] };
}
