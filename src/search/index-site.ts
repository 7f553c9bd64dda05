/**
 * The search stage: indexes a built site with Pagefind's Node API (which drives Pagefind's own
 * binary, shipped in the npm package for this platform) and writes its bundle into the site at
 * searchBundleUrl(). What is indexed is decided by the layouts: only article pages carry
 * `data-pagefind-body`, so list pages, the home page and the search page are left out, and inside an
 * article the dates and tags are marked `data-pagefind-ignore`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { outputStats } from "../build/output-stats.ts";
import { ARTICLE_PAGES_GLOB, searchBundleUrl } from "../urls.ts";

export interface SearchIndexReport {
  /** Pages in the index (one record per article). */
  records: number;
  /** Files and bytes of the bundle Pagefind wrote (index, fragments, scripts, styles). */
  files: number;
  bytes: number;
}

export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`search index: ${step} failed: ${errors.join("; ") || "no index"}`);
    this.name = "SearchIndexError";
  }
}

/**
 * Indexes the article pages under `siteDir` and writes the bundle to `siteDir/pagefind/`.
 * @example await indexSite("_site") // { records: 3, files: 19, bytes: 612345 }
 */
export async function indexSite(siteDir: string, options: { glob?: string } = {}): Promise<SearchIndexReport> {
  const bundleDir = path.join(siteDir, searchBundleUrl());
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new SearchIndexError("starting Pagefind", errors);
    // Only article pages carry `data-pagefind-body`; reading just them spares parsing every list page.
    const added = await index.addDirectory({ path: path.resolve(siteDir), glob: options.glob ?? ARTICLE_PAGES_GLOB });
    if (added.errors.length > 0) throw new SearchIndexError("reading the site", added.errors);
    const written = await index.writeFiles({ outputPath: path.resolve(bundleDir) });
    if (written.errors.length > 0) throw new SearchIndexError("writing the index", written.errors);
  } finally {
    await pagefind.close();
  }
  const { files, bytes } = await outputStats(bundleDir);
  return { records: await indexedRecords(bundleDir), files, bytes };
}

/** How many pages the written index holds, from Pagefind's entry file (one entry per language). */
export async function indexedRecords(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
