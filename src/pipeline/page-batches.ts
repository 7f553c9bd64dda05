/**
 * Eleventy's memory grows faster than its page count (about 3 GB for 100,000 plain pages, most of
 * it held until the build ends), so a large site is written in batches: one Eleventy run per batch
 * of pages, each run's memory freed before the next. Pages depend on no other page's data (every
 * list a page shows is in its own page object, src/pages/), so any split writes the same files.
 */
import type { SitePages } from "../pages/build-pages.ts";
import { type AnyPage, PAGE_KIND_NAMES, PAGE_KINDS, mapPageKinds } from "../pages/page-kinds.ts";

/** Pages per Eleventy run: a 10,000-article site (27,000 pages) is one batch. */
export const PAGES_PER_BATCH = 30_000;

/**
 * The site's pages split into batches of at most `size` pages, in the order of the table of page
 * kinds, each with the shared data (frames, forms, policy) of the whole; the kinds that every
 * batch writes (the one 404 page) are in every batch and count toward none.
 * @example pageBatches(pages, 30_000).length // 4 for 117,000 pages
 */
export function pageBatches(pages: SitePages, size = PAGES_PER_BATCH): SitePages[] {
  const inEveryBatch = (): SitePages => ({
    ...pages,
    byKind: mapPageKinds(pages.byKind, (_name, rules, list) => (rules.batch === "every" ? [...list] : [])),
  });
  const batches: SitePages[] = [];
  let batch = inEveryBatch();
  let room = size;
  for (const name of PAGE_KIND_NAMES) {
    if (PAGE_KINDS[name].batch === "every") continue;
    const items: readonly AnyPage[] = pages.byKind[name];
    for (let from = 0; from < items.length; ) {
      if (room === 0) {
        batches.push(batch);
        batch = inEveryBatch();
        room = size;
      }
      const slice = items.slice(from, from + room);
      (batch.byKind[name] as AnyPage[]).push(...slice);
      room -= slice.length;
      from += slice.length;
    }
  }
  batches.push(batch);
  return batches;
}
