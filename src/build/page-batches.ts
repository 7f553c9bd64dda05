/**
 * Eleventy's memory grows faster than its page count (about 3 GB for 100,000 plain pages, most of
 * it held until the build ends), so a large site is written in batches: one Eleventy run per batch
 * of pages, each run's memory freed before the next. Pages depend on no other page's data (every
 * list a page shows is in its own page object, src/pages/), so any split writes the same files.
 */
import type { SitePages } from "../pages/build-pages.ts";

/** Pages per Eleventy run: a 10,000-article site (27,000 pages) is one batch. */
export const PAGES_PER_BATCH = 30_000;

type PageLists = Pick<SitePages, "articlePages" | "archive" | "searchPages" | "feeds" | "siteFiles" | "dayIndexFiles" | "redirectPages" | "withdrawnPages">;

/** Every list of pages Eleventy writes, by where it sits in SitePages. */
const LISTS = [
  (pages: PageLists) => pages.articlePages,
  (pages: PageLists) => pages.archive.dayPages,
  (pages: PageLists) => pages.archive.monthPages,
  (pages: PageLists) => pages.archive.yearPages,
  (pages: PageLists) => pages.archive.categoryPages,
  (pages: PageLists) => pages.archive.videoPages,
  (pages: PageLists) => pages.archive.homePages,
  (pages: PageLists) => pages.archive.archiveIndexPages,
  (pages: PageLists) => pages.searchPages,
  (pages: PageLists) => pages.feeds,
  (pages: PageLists) => pages.siteFiles,
  (pages: PageLists) => pages.dayIndexFiles,
  (pages: PageLists) => pages.redirectPages,
  (pages: PageLists) => pages.withdrawnPages,
] as const;

function withoutPages(pages: SitePages): SitePages {
  return {
    ...pages,
    articlePages: [],
    archive: { dayPages: [], monthPages: [], yearPages: [], categoryPages: [], videoPages: [], homePages: [], archiveIndexPages: [] },
    searchPages: [],
    feeds: [],
    siteFiles: [],
    dayIndexFiles: [],
    redirectPages: [],
    withdrawnPages: [],
    pageCount: 0,
  };
}

/**
 * The site's pages split into batches of at most `size` pages, in order, each with the shared data
 * (frames, forms, policy) of the whole; the one 404 page is written by every run.
 * @example pageBatches(pages, 30_000).length // 4 for 117,000 pages
 */
export function pageBatches(pages: SitePages, size = PAGES_PER_BATCH): SitePages[] {
  const batches: SitePages[] = [];
  let batch = withoutPages(pages);
  let room = size;
  for (const list of LISTS) {
    const items = list(pages) as unknown[];
    for (let from = 0; from < items.length; ) {
      if (room === 0) {
        batches.push(batch);
        batch = withoutPages(pages);
        room = size;
      }
      const slice = items.slice(from, from + room);
      (list(batch) as unknown[]).push(...slice);
      batch.pageCount += slice.length;
      room -= slice.length;
      from += slice.length;
    }
  }
  batches.push(batch);
  return batches;
}
