/**
 * The search stage: Pagefind's Node API (which drives Pagefind's own binary, shipped in the npm
 * package for this platform) indexes the articles' search documents (search-document.ts).
 *
 * The archive is indexed as one Pagefind bundle per period of publication (a year, or part of a
 * large one: search-periods.ts), under searchBundleUrl()/<period>/, and the search page searches
 * them newest first, merging older periods only as it needs more results
 * (layouts/assets/search.js). Pagefind holds a whole bundle in memory while it indexes (2.7 GB
 * for one bundle of 10,000 articles, 0.3 GB for a year of 500); a reader's first query fetches
 * the index of one period instead of the whole archive's; and a rebuild re-indexes only the
 * periods whose articles changed. Within a bundle, Pagefind keeps one index per language, from
 * each document's `lang`, so /en/search/ searches English articles only.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { outputStats } from "./output-stats.ts";
import type { SearchDocument } from "../search/search-document.ts";

export interface SearchIndexReport {
  /** Pages in the index (one record per article). */
  records: number;
  /** Files and bytes of the bundle Pagefind wrote (index, fragments, scripts). */
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
 * What a bundle keeps of the files Pagefind writes: its search script, the worker it starts, the
 * WebAssembly it loads from the bundle that a search starts from, and the index itself. Pagefind's
 * own user interfaces are left out: the search page has its own (layouts/assets/search.js).
 */
const KEPT_FILES = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\..*\.pagefind|pagefind\..*\.pf_meta|fragment|index|filter)$/;

/**
 * Writes each document as `dir/<url>/index.html`, where Pagefind reads it: Pagefind reads files
 * itself, in parallel, far faster than it takes documents one message at a time (5 s against 15 s
 * for 10,000 articles). Written synchronously: a build does this before anything else runs.
 */
export function writeDocuments(documents: readonly SearchDocument[], dir: string): void {
  for (const document of documents) {
    const folder = path.join(dir, document.url);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "index.html"), document.html);
  }
}

/**
 * Indexes the documents under `documentsDir` (writeDocuments) as one bundle written to
 * `bundleDir`. Call closeSearchIndexer() once every bundle of the build is written.
 * @example await indexDocuments("/tmp/documents/2024", "_site/pagefind/2024"); searchBundleReport("_site/pagefind/2024") // { records: 3, files: 12, bytes: 123456 }
 */
export async function indexDocuments(documentsDir: string, bundleDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new SearchIndexError("starting Pagefind", errors);
  try {
    const added = await index.addDirectory({ path: documentsDir });
    if (added.errors.length > 0) throw new SearchIndexError("indexing the articles", added.errors);
    const written = await index.writeFiles({ outputPath: path.resolve(bundleDir) });
    if (written.errors.length > 0) throw new SearchIndexError("writing the index", written.errors);
  } finally {
    // Frees the index in Pagefind's process, which lives on for the next bundle.
    await index.deleteIndex();
  }
  for (const file of await readdir(bundleDir)) {
    if (!KEPT_FILES.test(file)) await rm(path.join(bundleDir, file), { recursive: true });
  }
}

/** Stops Pagefind's process, started by the first indexDocuments(). */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}

/** Records, files and bytes of a written bundle. */
export async function searchBundleReport(bundleDir: string): Promise<SearchIndexReport> {
  const { files, bytes } = outputStats(bundleDir);
  return { records: await indexedRecords(bundleDir), files, bytes };
}

/** How many pages the written index holds, from Pagefind's entry file (one entry per language). */
export async function indexedRecords(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
