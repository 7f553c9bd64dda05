/**
 * The site build: validate → compute pages → plan the page cache → search documents → Eleventy
 * (with the search index, and the linking of cached pages and of the newsroom's media, beside it)
 * → cache update → swap into the output folder.
 * Each stage is timed and reported; any failure leaves the previous output untouched.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { type DerivationCacheOptions, loadContent } from "../content/load-content.ts";
import { ContentError, formatProblem, hasErrors } from "../problems.ts";
import { scheduleLines } from "../content/schedule.ts";
import { handOffTo } from "./hand-off.ts";
import { type SitePages, buildSitePages } from "../pages/build-pages.ts";
import { pageCount } from "../pages/page-kinds.ts";
import { MEDIA_FOLDERS, PROJECT_DIR } from "../project-paths.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { type BuildStage, cliMessages } from "../cli-messages.ts";
import { displayPath } from "../project-paths.ts";
import type { RunMode } from "../run-mode.ts";
import type { Settings } from "../settings.ts";
import { searchBundleUrl } from "../urls.ts";
import { DEFAULT_CACHE_DIR, planPageCache, readPageFolders, rendererFingerprint } from "./page-cache.ts";
import { linkTree } from "./file-tree.ts";
import { openRelatedRecord } from "./related-record.ts";
import { makeFoldersAside, removeUnusedFolders } from "./output-folders.ts";
import { pageBatches } from "./page-batches.ts";
import { eleventyInputPath } from "./eleventy-input.ts";
import { type SearchStageRequest, prepareSearchStage, startSearchStageAside } from "./search-stage.ts";
import { createStagingArea } from "./atomic-output.ts";
import { type OutputStats, outputStats } from "./output-stats.ts";
import { progressReporter } from "./progress.ts";
import { makePhotoCopies, photoFailureProblems, photoJobsOf } from "./photo-copies.ts";

/** What the site is made from: the build's and the preview's alike. */
export interface SiteSource {
  contentDir: string;
  /** `production` (default) publishes only what is due; `preview` also drafts and scheduled articles, badged. */
  mode?: RunMode;
  /** What the command line read from the environment (src/settings.ts). */
  settings: Settings;
  /** Receives one line per stage, per progress step and per problem. */
  log?: (line: string) => void;
  /**
   * Receives the engine's own figures (how many article files were read anew): the build's log shows
   * them; the preview, which prints only what a writer can act on, does not ask.
   */
  logProgress?: (line: string) => void;
  /** The language of messages about content (`--lang`); Vietnamese by default. */
  writerLanguage?: Language;
  /**
   * Where loading keeps what it derived from each article file (src/content/derived-store.ts; the
   * build's cache folder), and `code`, the renderer's fingerprint (src/pipeline/page-cache.ts) it is
   * keyed on. None: every file is read and validated.
   */
  derivationCache?: DerivationCacheOptions;
  /** Receives the derivation cache's counts (files; read and hashed; parsed and validated anew) when there is one. */
  onDerivations?: (counts: { files: number; hashed: number; derived: number }) => void;
}

export interface BuildOptions extends SiteSource {
  outputDir: string;
  /** The cache of written pages and of the search bundle (src/pipeline/page-cache.ts); `.cache/build/` by default. */
  cacheDir?: string;
  /** The most pages one Eleventy run writes (src/pipeline/page-batches.ts); PAGES_PER_BATCH by default. */
  pagesPerBatch?: number;
  /**
   * When the command started (ms since the epoch), so that the reported time is the wall time a writer
   * waited, start-up included; by default this process's start (`performance.timeOrigin`).
   */
  commandStartedAt?: number;
}

export interface StageReport {
  name: string;
  seconds: number;
}

export interface BuildReport {
  stages: StageReport[];
  articles: number;
  pages: number;
  output: OutputStats;
  seconds: number;
}

type Timed = <T>(name: BuildStage, work: () => Promise<T> | T) => Promise<T>;

/**
 * Reads and validates the content and computes its pages: the build's first two stages, and each
 * build of the preview (npm start), so that the two read content by one path.
 * @throws ContentError when the content has any error, listing all of them (each is logged too).
 */
export async function loadSitePages(source: SiteSource, timed: Timed = async (_name, work) => work()): Promise<SitePages> {
  const log = source.log ?? (() => {});
  const mode = source.mode ?? "production";
  const content = await timed("validate", () =>
    loadContent({
      contentDir: source.contentDir,
      projectDir: process.cwd(),
      buildTime: source.settings.now(),
      env: source.settings.siteOverrides,
      mode,
      writerLanguage: source.writerLanguage,
      cache: source.derivationCache,
    }),
  );
  const derived = content.derivations;
  if (derived) source.onDerivations?.(derived);
  const say = cliMessages[source.writerLanguage ?? DEFAULT_LANGUAGE];
  if (derived) source.logProgress?.(say.derivations(derived.files, derived.files - derived.hashed, derived.hashed - derived.derived, derived.derived));
  for (const problem of content.problems) log(`  ${formatProblem(problem, source.writerLanguage ?? DEFAULT_LANGUAGE)}`);
  for (const line of scheduleLines(content.articles, source.writerLanguage)) log(`  ${line}`);
  if (hasErrors(content.problems)) throw new ContentError(content.problems);
  return timed("pages", () => {
    // The related lists are kept beside the derivations, under the same code (src/pages/related-memo.ts).
    // A read-only reader of another's cache (the preview's search index) reads the lists and never writes them.
    const cache = source.derivationCache;
    const related = cache && openRelatedRecord(cache.dir, cache.code);
    const pages = buildSitePages(content, mode, { related });
    if (!cache?.readOnly) related?.save();
    return pages;
  });
}

export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? (() => {});
  const mode = options.mode ?? "production";
  const stages: StageReport[] = [];
  const started = performance.now();
  const say = cliMessages[options.writerLanguage ?? DEFAULT_LANGUAGE];
  const timed: Timed = async (name, work) => {
    const stageStart = performance.now();
    log(say.stageStarted(say.stageName(name)));
    const result = await work();
    const seconds = (performance.now() - stageStart) / 1000;
    stages.push({ name, seconds });
    log(say.stageDone(say.stageName(name), seconds));
    return result;
  };

  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const staging = await createStagingArea(options.outputDir, path.join(cacheDir, "trash"));
  // The output's folders are file-system waiting, not CPU (src/pipeline/output-folders.ts): the last
  // build's are made while the archive is read, and unchanged pages are linked from the cache while
  // the search documents are written and Eleventy renders (no page is both linked and rendered).
  const makingFolders = makeFoldersAside(staging.dir, readPageFolders(cacheDir));
  let linking: Promise<void> | undefined;
  /** Its scratch folder is the search process's to remove, unless the build fails before that process is done. */
  let searchRequest: SearchStageRequest | undefined;
  let photoCopies: ReturnType<typeof makePhotoCopies> | undefined;
  const searching = startSearchStageAside();
  // Both are awaited below; until then a failure must not count as unhandled.
  makingFolders.catch(() => undefined);
  try {
    const renderer = await rendererFingerprint();
    const pages = await loadSitePages({ ...options, logProgress: log, derivationCache: { dir: cacheDir, code: renderer } }, timed);
    const cache = await timed("cache", () => planPageCache(pages, cacheDir, renderer));
    log(say.cachePlan(cache.cachedCount, cache.renderedCount, displayPath(cacheDir)));
    // The newsroom's photos and videos are linked too, not copied by Eleventy (HandOff.copyMedia, src/eleventy/assets.ts).
    const media = MEDIA_FOLDERS.map((folder) => path.join(options.contentDir, folder)).filter((folder) => existsSync(folder));
    linking = makingFolders.then(async (made) => {
      await Promise.all([cache.copyCached(staging.dir, made), ...media.map((folder) => linkTree(folder, path.join(staging.dir, path.basename(folder))))]);
    });
    linking.catch(() => undefined);
    // Photos are encoded (or linked from the cache) on libuv's threads while Eleventy renders on this one.
    photoCopies = makePhotoCopies(photoJobsOf(pages, options.contentDir), staging.dir, cacheDir);
    photoCopies.catch(() => undefined);

    // The search index is built from the articles' data, not read back from the written pages, so
    // Pagefind runs beside Eleventy, in a process of its own: the two share the two cores (measured
    // at 10,000 articles: 52 s against 80 s one after the other; peak memory 1.7 GB). Each period's
    // bundle is made from that period's articles alone, so unchanged periods are linked from the cache.
    searchRequest = await timed("search documents", () =>
      prepareSearchStage(pages.byKind.article, pages.site.pathPrefix, path.join(staging.dir, searchBundleUrl()), { dir: cacheDir, renderer: cache.renderer }),
    );
    searching.run(searchRequest);
    await timed("eleventy", async () => {
      const { default: Eleventy } = await import("@11ty/eleventy");
      const onPageWritten = progressReporter(pageCount(cache.toRender.byKind), say.stageProgress, log);
      for (const batch of pageBatches(cache.toRender, options.pagesPerBatch)) {
        const eleventy = new Eleventy(eleventyInputPath(options.contentDir), staging.dir, {
          configPath: path.join(PROJECT_DIR, ".eleventy.js"),
          // The media are linked above, not copied by Eleventy.
          config: handOffTo({ sitePages: async () => batch, copyMedia: false, onPageWritten }),
          // From the site's URL (`https://example.org/tin/` → `/tin/`), for the HTML base plugin.
          pathPrefix: pages.site.pathPrefix,
          quietMode: true,
        });
        // Eleventy's own "Copied 9 Wrote 180 files" line, once per batch, repeats the report below.
        eleventy.disableLogger();
        await eleventy.write();
      }
    });
    await timed("linked files", async () => {
      await linking;
      await removeUnusedFolders(staging.dir, await makingFolders, cache.pageFolders);
    });
    const photos = await timed("photos", () => photoCopies!);
    log(say.photosDone(photos.photos, photos.encoded, photos.photos - photos.encoded - photos.failures.length, photos.files, photos.seconds));
    if (photos.failures.length > 0) throw new ContentError(photoFailureProblems(photos.failures, options.writerLanguage ?? DEFAULT_LANGUAGE, process.cwd()));
    const indexed = await timed("search", () => searching.report);
    log(say.searchDone(indexed.records, indexed.bundles, indexed.reused, indexed.files, indexed.bytes, indexed.termLayer));
    await timed("cache update", () => cache.update(staging.dir));
    const output = outputStats(staging.dir);
    await timed("swap", () => staging.commit());
    const seconds = (performance.now() - started) / 1000;
    const wallSeconds = (Date.now() - (options.commandStartedAt ?? performance.timeOrigin)) / 1000;
    const articles = pages.byKind.article.length;
    log(
      say.built({
        articles,
        preview: mode === "preview",
        pages: output.htmlFiles,
        feeds: pages.byKind.feed.length,
        files: output.files,
        bytes: output.bytes,
        seconds: wallSeconds,
        output: displayPath(options.outputDir),
      }),
    );
    return { stages, articles, pages: output.htmlFiles, output, seconds };
  } catch (error) {
    await Promise.allSettled([makingFolders, linking, photoCopies]);
    await searching.stop();
    if (searchRequest) await rm(searchRequest.documentsDir, { recursive: true, force: true });
    await staging.discard();
    throw error;
  }
}
