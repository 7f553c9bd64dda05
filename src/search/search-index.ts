/**
 * The search stage: Pagefind's Node API (which drives Pagefind's own binary, shipped in the npm
 * package for this platform) indexes the articles' search documents (search-document.ts) and writes
 * its bundle into the site at searchBundleUrl(). Pagefind keeps one index per language, from each
 * document's `lang`, so /en/search/ searches English articles only.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { outputStats } from "../build/output-stats.ts";
import type { SearchDocument } from "./search-document.ts";

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
 * Indexes `documents` and writes the bundle to `bundleDir`.
 * @example await writeSearchIndex(documents, "_site/pagefind") // { records: 3, files: 19, bytes: 612345 }
 */
export async function writeSearchIndex(documents: readonly SearchDocument[], bundleDir: string): Promise<SearchIndexReport> {
  // Pagefind reads files itself, in parallel, far faster than it takes documents one message at a
  // time (5 s against 15 s for 10,000 articles): the documents go to a scratch folder first.
  const scratch = await mkdtemp(path.join(os.tmpdir(), "tintuc-search-documents-"));
  try {
    for (const document of documents) {
      const dir = path.join(scratch, document.url);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "index.html"), document.html);
    }
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new SearchIndexError("starting Pagefind", errors);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length > 0) throw new SearchIndexError("indexing the articles", added.errors);
    const written = await index.writeFiles({ outputPath: path.resolve(bundleDir) });
    if (written.errors.length > 0) throw new SearchIndexError("writing the index", written.errors);
  } finally {
    await pagefind.close();
    await rm(scratch, { recursive: true, force: true });
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
