/**
 * The build's search stage: one Pagefind bundle per period (a year, or part of a large one:
 * src/search/search-periods.ts), each made from that period's articles alone, so a period whose
 * articles are unchanged is linked from the cache and a rebuild after one changed article
 * re-indexes one period; the headline bundles (one a period: search-periods.ts), each keyed by its
 * articles' headlines and ledes, so an edited body leaves them be; and the term layer, made anew
 * from every headline and lede once they are written (term-layer-files.ts).
 *
 * The build runs it in a process of its own, beside Eleventy (startSearchStageAside): Pagefind
 * and Eleventy then share the two cores. In the build's own process, Eleventy's rendering starved
 * the stage of turns of the event loop (measured at 10,000 articles: 38 s of indexing still left
 * after Eleventy's 22 s).
 */
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticlePage } from "../pages/article-page.ts";
import { type SearchDocument, type SearchablePage, headlineDocument, searchDocuments } from "../search/search-document.ts";
import { type SearchIndexReport, closeSearchIndexer, indexDocuments, searchBundleReport, writeDocuments } from "./search-index.ts";
import { headlineBundleOf, isHeadlineBundle, newestFirst, searchPeriodOf } from "../search/search-periods.ts";
import { cachedFolder, isCachedFolder } from "./page-cache.ts";
import { type TermSource, writeTermLayers } from "./term-layer-files.ts";

export interface SearchStageReport extends SearchIndexReport {
  /** Bundles written, one a period. */
  bundles: number;
  /** Of them, linked unchanged from the cache. */
  reused: number;
  /** Of the files and bytes, the term layer's (term-layer-files.ts), and the CPU seconds it took this process to write it. */
  termLayer: { files: number; bytes: number; cpuSeconds: number };
}

/** The stage's work once the documents are written: small enough to hand to another process. */
export interface SearchStageRequest {
  /** The documents of the periods to index, as `<documentsDir>/<period>/<url>/index.html`; removed when the stage ends. */
  documentsDir: string;
  /** Each period, newest first, with a hash of what its documents are made from: the key of its bundle in the cache. */
  periods: { period: string; inputsHash: string }[];
  bundleRoot: string;
  /** Where bundles are kept between builds, and the renderer's fingerprint (page-cache.ts); none: every year is indexed. */
  cache?: { dir: string; renderer: string };
  /** A JSON file of every article's TermSource, for the term layer written once the headline bundles are; none: no term layer. */
  termSources?: string;
}

/** What an article's search document is made from (search-document.ts): its page data and its Markdown. */
export type SearchSource = SearchablePage & Pick<ArticlePage, "body">;

/**
 * Writes the search documents of every period the cache does not hold into a scratch folder, and
 * describes the stage's work. A period's key hashes its articles' searchable data and Markdown, so
 * the documents of unchanged periods are never rendered.
 */
export async function prepareSearchStage(
  pages: readonly SearchSource[],
  pathPrefix: string,
  bundleRoot: string,
  cache?: SearchStageRequest["cache"],
): Promise<SearchStageRequest> {
  const documentsDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-search-documents-"));
  const periods: SearchStageRequest["periods"] = [];
  const termSources = path.join(documentsDir, "term-sources.json");
  try {
    const periodOf = searchPeriodOf(pages);
    const headlinesOf = (page: SearchSource): string => headlineBundleOf(periodOf(page));
    writeFileSync(termSources, JSON.stringify(pages.map((page) => termSource(page, periodOf(page)))));
    // The headline bundles: every article's headline and lede, whose fragments show the term layer's matches.
    // Keyed by what a headline document is made of (not the body's): an edited body leaves them be.
    for (const [headlines, ofPeriod] of byPeriod(pages, headlinesOf)) {
      const headlineInputs = ofPeriod.map((page) => ({
        url: page.url, lang: page.lang, title: page.title, lede: page.lede, image: page.image, video: page.video?.poster,
        category: page.category.name, published: page.published.iso, year: page.search.year, date: page.search.date, period: periodOf(page),
      }));
      const inputsHash = createHash("sha1").update(JSON.stringify({ pathPrefix, headlineInputs })).digest("hex");
      periods.push({ period: headlines, inputsHash });
      if (!cache || !(await isCachedFolder(cache.dir, searchCacheKind(headlines), { renderer: cache.renderer, data: inputsHash }))) {
        writeDocuments(ofPeriod.map((page) => headlineDocument(page, periodOf(page), pathPrefix)), path.join(documentsDir, headlines));
      }
    }
    for (const [period, ofPeriod] of byPeriod(pages, periodOf)) {
      const inputs = ofPeriod.map(({ url, lang, title, lede, image, credits, source, category, published, search, video, body }) => ({
        url, lang, title, lede, image, credits, source, category, published, search, video, body,
      }));
      const inputsHash = createHash("sha1").update(JSON.stringify({ pathPrefix, inputs })).digest("hex");
      periods.push({ period, inputsHash });
      if (!cache || !(await isCachedFolder(cache.dir, searchCacheKind(period), { renderer: cache.renderer, data: inputsHash }))) {
        writeDocuments(searchDocuments(ofPeriod, pathPrefix), path.join(documentsDir, period));
      }
    }
  } catch (error) {
    // A scratch folder is never left behind in the system's temporary folder, whatever failed.
    await rm(documentsDir, { recursive: true, force: true });
    throw error;
  }
  return { documentsDir, periods, bundleRoot, cache, termSources };
}

/** What the term layer takes of an article (term-layer-files.ts). */
export const termSource = (page: SearchablePage, period: string): TermSource => ({
  url: page.url, lang: page.lang, title: page.title, lede: page.lede, published: page.published.iso, period, category: page.category.name,
});

const searchCacheKind = (period: string): string => path.join("search", period);

/** Writes a bundle for each period of the request into `bundleRoot/<period>/`. */
export async function runSearchStage(request: SearchStageRequest): Promise<SearchStageReport> {
  const report: SearchStageReport = { records: 0, files: 0, bytes: 0, bundles: 0, reused: 0, termLayer: { files: 0, bytes: 0, cpuSeconds: 0 } };
  try {
    for (const { period, inputsHash } of request.periods) {
      const bundleDir = path.join(request.bundleRoot, period);
      const make = (): Promise<void> => indexDocuments(path.join(request.documentsDir, period), bundleDir);
      const cache = request.cache;
      const reused = cache
        ? await cachedFolder(cache.dir, searchCacheKind(period), { renderer: cache.renderer, data: inputsHash }, bundleDir, make)
        : (await make(), false);
      const written = await searchBundleReport(bundleDir);
      // The headline bundles hold the same articles again: they are counted once, by their periods.
      if (!isHeadlineBundle(period)) report.records += written.records;
      report.files += written.files;
      report.bytes += written.bytes;
      report.bundles += 1;
      if (reused) report.reused += 1;
    }
    if (request.termSources) {
      const cpuBefore = process.cpuUsage();
      const written = writeTermLayers(JSON.parse(readFileSync(request.termSources, "utf8")) as TermSource[], request.bundleRoot);
      const cpu = process.cpuUsage(cpuBefore);
      report.termLayer = { ...written, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
      report.files += report.termLayer.files;
      report.bytes += report.termLayer.bytes;
    }
  } finally {
    await closeSearchIndexer();
    await rm(request.documentsDir, { recursive: true, force: true });
  }
  return report;
}

/** Writes a bundle of each period's documents into `bundleRoot/<period>/`, in this process, with no cache. */
export async function writeSearchBundles(documentsByPeriod: Record<string, SearchDocument[]>, bundleRoot: string, termSources?: readonly TermSource[]): Promise<SearchStageReport> {
  const documentsDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-search-documents-"));
  let periods: SearchStageRequest["periods"];
  const termSourcesFile = termSources && path.join(documentsDir, "term-sources.json");
  try {
    if (termSourcesFile) writeFileSync(termSourcesFile, JSON.stringify(termSources));
    periods = Object.keys(documentsByPeriod)
      .sort(newestFirst)
      .map((period) => {
        writeDocuments(documentsByPeriod[period]!, path.join(documentsDir, period));
        return { period, inputsHash: "" };
      });
  } catch (error) {
    await rm(documentsDir, { recursive: true, force: true });
    throw error;
  }
  return runSearchStage({ documentsDir, periods, bundleRoot, termSources: termSourcesFile });
}

/** Items grouped by period, newest period first, each period's items in the given order. */
function byPeriod<T>(items: readonly T[], periodOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const period = periodOf(item);
    const group = groups.get(period);
    if (group) group.push(item);
    else groups.set(period, [item]);
  }
  return [...groups].sort(([a], [b]) => newestFirst(a, b));
}

export type SearchStageAnswer = { report: SearchStageReport } | { error: string };

/** The search stage running in its own process. */
export interface SearchStageAside {
  /** Hands the process its work; once only. */
  run(request: SearchStageRequest): void;
  /** Settles when the process has written every bundle (or failed). */
  report: Promise<SearchStageReport>;
  /** Ends the process, if it still runs, and waits until it has ended: nothing more is written. */
  stop(): Promise<void>;
}

/**
 * runSearchStage() in a process of its own (search-stage-process.ts), started before its request is
 * ready: its start (Node, tsx and Pagefind's module: 0.75 s here, more beside a busy build) then
 * overlaps the build's first stages instead of delaying the index.
 */
export function startSearchStageAside(): SearchStageAside {
  let documentsDir: string | undefined;
  // The same Node options as this process: tsx's loader among them.
  const child = fork(fileURLToPath(new URL("./search-stage-process.ts", import.meta.url)), [], {
    execArgv: process.execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ended = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const report = new Promise<SearchStageReport>((resolve, reject) => {
    let answer: SearchStageAnswer | undefined;
    child.on("message", (message: SearchStageAnswer) => {
      answer = message;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (answer && "report" in answer) return resolve(answer.report);
      if (documentsDir) void rm(documentsDir, { recursive: true, force: true });
      reject(new Error(answer && "error" in answer ? answer.error : `search index: its process ended (${signal ?? `exit code ${code}`}) without an index`));
    });
  });
  // A failed build stops the stage and reports its own error, not this one.
  report.catch(() => {});
  return {
    run(request) {
      documentsDir = request.documentsDir;
      child.send(request);
    },
    report,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await ended;
    },
  };
}
