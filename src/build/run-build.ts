/**
 * The site build: validate → compute pages → plan the page cache → search documents → Eleventy
 * (with the search index, and the linking of cached pages and of the newsroom's media, beside it)
 * → cache update → swap into the output folder.
 * Each stage is timed and reported; any failure leaves the previous output untouched.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { buildTime } from "../build-time.ts";
import { loadArchive } from "../content/load-archive.ts";
import { ContentError, formatProblem, hasErrors } from "../content/problems.ts";
import { usePreloadedPages } from "../eleventy/archive-data.ts";
import { MEDIA_FOLDERS, leaveMediaToBuild } from "../eleventy/assets.ts";
import { onEachPageWritten } from "../eleventy/progress.ts";
import { buildSitePages } from "../pages/build-pages.ts";
import { PROJECT_DIR } from "../project-paths.ts";
import { RUN_MODE_VARIABLE, type RunMode } from "../run-mode.ts";
import { searchBundleUrl } from "../urls.ts";
import { DEFAULT_CACHE_DIR, planPageCache, readPageFolders } from "./page-cache.ts";
import { linkTree } from "./file-tree.ts";
import { makeFoldersAside, removeUnusedFolders } from "./output-folders.ts";
import { pageBatches } from "./page-batches.ts";
import { prepareSearchStage, startSearchStageAside } from "./search-stage.ts";
import { createStagingArea } from "./atomic-output.ts";
import { type OutputStats, outputStats } from "./output-stats.ts";
import { progressReporter } from "./progress.ts";
import { makePhotoCopies, photoFailureProblems, photoJobsOf } from "./photo-copies.ts";
import type { Language } from "../language.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** `production` (default) publishes only what is due; `preview` also drafts and scheduled articles, badged. */
  mode?: RunMode;
  /** Receives one line per stage, per progress step and per problem. */
  log?: (line: string) => void;
  /** The cache of written pages and of the search bundle (src/build/page-cache.ts); `.cache/build/` by default. */
  cacheDir?: string;
  /** The most pages one Eleventy run writes (src/build/page-batches.ts); PAGES_PER_BATCH by default. */
  pagesPerBatch?: number;
  /** The language of messages about photos; Vietnamese by default. */
  lang?: Language;
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

export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? (() => {});
  const mode = options.mode ?? "production";
  const stages: StageReport[] = [];
  const started = performance.now();
  const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const stageStart = performance.now();
    log(`▸ ${name}…`);
    const result = await work();
    const seconds = (performance.now() - stageStart) / 1000;
    stages.push({ name, seconds });
    log(`✓ ${name} (${seconds.toFixed(2)} s)`);
    return result;
  };

  process.env[RUN_MODE_VARIABLE] = mode;
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const staging = await createStagingArea(options.outputDir, path.join(cacheDir, "trash"));
  // The output's folders are file-system waiting, not CPU (src/build/output-folders.ts): the last
  // build's are made while the archive is read, and unchanged pages are linked from the cache while
  // the search documents are written and Eleventy renders (no page is both linked and rendered).
  const makingFolders = makeFoldersAside(staging.dir, readPageFolders(cacheDir));
  let linking: Promise<void> | undefined;
  let photoCopies: ReturnType<typeof makePhotoCopies> | undefined;
  const searching = startSearchStageAside();
  // Both are awaited below; until then a failure must not count as unhandled.
  makingFolders.catch(() => undefined);
  try {
    const archive = await timed("validate", () =>
      loadArchive({ contentDir: options.contentDir, projectDir: process.cwd(), buildTime: buildTime(), mode, lang: options.lang }),
    );
    for (const problem of archive.problems) log(`  ${formatProblem(problem)}`);
    if (hasErrors(archive.problems)) throw new ContentError(archive.problems);
    const pages = await timed("pages", () => buildSitePages(archive, mode));
    const cache = await timed("cache", () => planPageCache(pages, cacheDir));
    log(`  cache: ${cache.cachedCount} pages unchanged, ${cache.renderedCount} to write (${path.relative(process.cwd(), cacheDir) || "."})`);
    // The newsroom's photos and videos are linked too, not copied by Eleventy (src/eleventy/assets.ts).
    const media = MEDIA_FOLDERS.map((folder) => path.join(options.contentDir, folder)).filter((folder) => existsSync(folder));
    leaveMediaToBuild();
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
    const searchRequest = await timed("search documents", () =>
      prepareSearchStage(pages.articlePages, pages.site.pathPrefix, path.join(staging.dir, searchBundleUrl()), { dir: cacheDir, renderer: cache.renderer }),
    );
    searching.run(searchRequest);
    await timed("eleventy", async () => {
      const { default: Eleventy } = await import("@11ty/eleventy");
      onEachPageWritten(progressReporter(cache.toRender.pageCount, "pages", log));
      try {
        for (const batch of pageBatches(cache.toRender, options.pagesPerBatch)) {
          usePreloadedPages(batch);
          const eleventy = new Eleventy(options.contentDir, staging.dir, {
            configPath: path.join(PROJECT_DIR, ".eleventy.js"),
            // From the site's URL (`https://example.org/tin/` → `/tin/`), for the HTML base plugin.
            pathPrefix: pages.site.pathPrefix,
            quietMode: true,
          });
          await eleventy.write();
        }
      } finally {
        onEachPageWritten(undefined);
      }
    });
    await timed("linked files", async () => {
      await linking;
      await removeUnusedFolders(staging.dir, await makingFolders, cache.pageFolders);
    });
    const photos = await timed("photos", () => photoCopies!);
    log(
      `  photos: ${photos.photos} photos, ${photos.encoded} encoded, ${photos.photos - photos.encoded - photos.failures.length} from the cache, ` +
        `${photos.files} files in ${photos.seconds.toFixed(2)} s (beside Eleventy)`,
    );
    if (photos.failures.length > 0) throw new ContentError(photoFailureProblems(photos.failures, options.lang ?? "vi", process.cwd()));
    const indexed = await timed("search", () => searching.report);
    log(
      `  search: ${indexed.records} articles indexed in ${indexed.bundles} bundle${indexed.bundles === 1 ? "" : "s"}` +
        `${indexed.reused ? ` (${indexed.reused} unchanged: from the cache)` : ""}, ${indexed.files} files, ${(indexed.bytes / 1024 / 1024).toFixed(1)} MB`,
    );
    await timed("cache update", () => cache.update(staging.dir));
    const output = outputStats(staging.dir);
    await timed("swap", () => staging.commit());
    const seconds = (performance.now() - started) / 1000;
    const articles = pages.articlePages.length;
    log(
      `Built ${articles} articles${mode === "preview" ? " (preview: drafts and scheduled included)" : ""}: ` +
        `${output.htmlFiles} pages, ${pages.feeds.length} feeds, ${output.files} files, ${(output.bytes / 1024 / 1024).toFixed(1)} MB ` +
        `in ${seconds.toFixed(1)} s → ${path.relative(process.cwd(), options.outputDir) || "."}`,
    );
    return { stages, articles, pages: output.htmlFiles, output, seconds };
  } catch (error) {
    await Promise.allSettled([makingFolders, linking, photoCopies]);
    await searching.stop();
    await staging.discard();
    throw error;
  }
}
