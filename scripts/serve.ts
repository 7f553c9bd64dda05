/**
 * `npm start`: the preview (drafts and scheduled articles shown, badged) on http://localhost:8080
 * (PORT overrides). The content is read as the build reads it; each page is rendered into _preview/
 * when the browser asks for it, and again after a save changes what it prints
 * (src/pipeline/preview-site.ts); open pages reload by themselves. A content error is shown in the
 * browser, on every page, until the next good save (src/eleventy/dev-server.ts).
 * The search index is written into _preview/pagefind/ once the preview is up, so that /search/ works as in production.
 * Unless FORM_ENDPOINT is set, the reference form receiver runs beside it on 127.0.0.1:8787
 * (FORMS_PORT overrides) and the forms post there, so the whole path works locally.
 * Usage: tsx scripts/serve.ts [--content DIR] [--port N] [--output DIR] [--lang vi|en]
 */
import { existsSync } from "node:fs";
import { mkdir, rename, rm, symlink } from "node:fs/promises";
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { ContentError, formatProblem } from "../src/problems.ts";
import { PortInUseError, startPreviewServer } from "../src/eleventy/dev-server.ts";
import { createFormReceiver } from "../src/forms/receiver.ts";
import { DEFAULT_RECEIVER_PORT, receiverOptionsFromContent } from "../src/forms/receiver-setup.ts";
import { type LoadReport, createPreviewSite } from "../src/pipeline/preview-site.ts";
import type { SiteSource } from "../src/pipeline/run-build.ts";
import { rendererFingerprint } from "../src/pipeline/page-cache.ts";
import { indexPreviewSearch } from "../src/pipeline/preview-search.ts";
import { type TreeWatch, watchTree } from "../src/pipeline/watch-tree.ts";
import { DEFAULT_CONTENT_DIR, LAYOUTS_DIR, MEDIA_FOLDERS, PROJECT_DIR, displayPath } from "../src/project-paths.ts";
import { readSettings } from "../src/settings.ts";
import { searchBundleUrl } from "../src/urls.ts";

const settings = readSettings(process.env);
const { values, lang } = commandLine({
  command: "npm start",
  usage: usageOf("start"),
  folders: ["content"],
  options: {
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    port: { type: "string", default: settings.previewPort ?? "8080" },
    output: { type: "string", default: path.join(PROJECT_DIR, "_preview") },
  },
});
const messages = cliMessages[lang];
const say = (line: string): void => console.log(`[tintuc] ${line}`);

const contentDir = path.resolve(values.content);
const port = Number(values.port);
const devOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
const formEndpoint = settings.siteOverrides.FORM_ENDPOINT || (await startFormReceiver());
const source: SiteSource = {
  contentDir,
  mode: "preview",
  // The site's own URL in preview, whatever SITE_URL the shell has: the preview is served from this
  // dev server, at its root, and a plain form post comes back here.
  settings: { ...settings, siteOverrides: { ...settings.siteOverrides, SITE_URL: devOrigins[0], FORM_ENDPOINT: formEndpoint } },
  writerLanguage: lang,
  // What each article file says by itself, kept between readings and between starts (src/content/derived-store.ts):
  // a save re-reads the saved file only. A cache of its own, so that a build running beside the preview never shares it.
  derivationCache: { dir: path.join(PROJECT_DIR, ".cache", "preview"), code: await rendererFingerprint() },
  // Each reading's problems are collected and printed below (report).
  log: (line) => readingLines.push(line),
};
/** The problem lines of the reading under way; the warnings last printed, printed again only when they change. */
let readingLines: string[] = [];
let warningsShown = "";
/** The search index found content errors: it is made again after the next good reading. */
let searchWaitsForGoodContent = false;
const outputDir = path.resolve(values.output);
await freshOutput(outputDir);

const preview = createPreviewSite(source, outputDir);
// The server listens while the content is read: a page asked for meanwhile waits for the reading.
const reading = preview.load();
const server = await startPreviewServer(preview, { outputDir, port, log: (line) => console.error(`[tintuc] ${line}`) }).catch((error: unknown) => {
  if (!(error instanceof PortInUseError)) throw error;
  console.error(messages.problem(messages.previewPortInUse(error.port)));
  process.exit(1);
});
const first = await reading;
report(first);
say(messages.previewReady(`${devOrigins[0]}/`, first.articles, first.seconds));

const watchers = [watchFolder(contentDir, contentChanged), watchFolder(LAYOUTS_DIR, layoutsChanged)];
process.on("SIGINT", () => {
  for (const watcher of watchers) watcher.close();
  void server.close().finally(() => process.exit(0));
});
await indexSearch();

/** Reads the content again after a save, then reloads the open pages (which are rendered again if they changed). */
async function contentChanged(): Promise<void> {
  const loaded = await preview.load();
  report(loaded);
  server.reload();
  if (loaded.problems.length === 0 && searchWaitsForGoodContent) void indexSearch();
}

/** A layout or an asset changed: every page is rendered again (an asset's hashed name changes with it). */
function layoutsChanged(): void {
  preview.rendererChanged();
  server.reload();
}

function report(loaded: LoadReport): void {
  const lines = readingLines;
  readingLines = [];
  if (loaded.problems.length > 0) {
    say(messages.previewStopped(loaded.problems.length));
    for (const problem of loaded.problems) console.log(`  ${formatProblem(problem, lang)}`);
    return;
  }
  if (loaded !== first) say(messages.previewReloaded(loaded.seconds, loaded.stale));
  // Warnings (a photo too small, a scheduled article…) are the writer's to act on, but not again on every save.
  const warnings = lines.join("\n");
  if (warnings !== warningsShown && warnings !== "") console.log(warnings);
  warningsShown = warnings;
}

/**
 * Calls `changed` after files under `folder` change, once per burst (an editor's save is often a
 * write and a rename); editors' swap and backup files do not count.
 */
function watchFolder(folder: string, changed: (file: string) => void | Promise<void>): TreeWatch {
  let timer: NodeJS.Timeout | undefined;
  return watchTree(folder, (file) => {
    if (/^\.|~$|\.swp$|\.tmp$/.test(path.basename(file))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      void Promise.resolve(changed(file)).catch((error: unknown) => {
        console.error(`[tintuc] ${messages.previewFault()}\n${(error as Error).stack ?? error}`);
      });
    }, 50);
  });
}

/**
 * Empties the output folder (pages of an earlier start may no longer exist) and links the
 * newsroom's photos and videos into it: the pages are rendered without copying them.
 */
async function freshOutput(folder: string): Promise<void> {
  if (existsSync(folder)) {
    // Renamed away at once and deleted behind the preview's back: an earlier full preview may hold 20,000 pages.
    const old = `${folder}.old-${process.pid}`;
    await rename(folder, old);
    void rm(old, { recursive: true, force: true });
  }
  await mkdir(folder, { recursive: true });
  for (const media of MEDIA_FOLDERS) {
    if (existsSync(path.join(contentDir, media))) await symlink(path.join(contentDir, media), path.join(folder, media), "dir");
  }
}

/**
 * Indexes the articles for /search/, in a process of its own (src/pipeline/preview-search.ts), once
 * the writer's first page is shown: the index is not what a writer opens first. A reading with
 * errors is not indexed (the preview says so on every page already).
 */
async function indexSearch(): Promise<void> {
  await preview.firstRender;
  searchWaitsForGoodContent = false;
  try {
    const indexed = await indexPreviewSearch({
      contentDir,
      bundleRoot: path.join(outputDir, searchBundleUrl()),
      nowSeconds: Math.floor(source.settings.now().toSeconds()),
      siteOverrides: source.settings.siteOverrides,
      writerLanguage: lang,
      // The preview's own derivations, read-only: the search index parses only what was saved since.
      derivationCache: source.derivationCache,
    });
    if ("records" in indexed) say(messages.previewSearchIndexed(indexed.records));
    // The content had errors when the index read it: it is made again now if they are fixed already, else after the next good save.
    else if (preview.problems.length === 0) void indexSearch();
    else searchWaitsForGoodContent = true;
  } catch (error) {
    console.error(`[tintuc] ${messages.previewFault()}\n${(error as Error).message}`);
  }
}

/** Starts the reference form receiver; returns where the forms post to it. */
async function startFormReceiver(): Promise<string> {
  const formsPort = Number(settings.formsPort ?? DEFAULT_RECEIVER_PORT);
  const endpoint = `http://127.0.0.1:${formsPort}`;
  try {
    const options = await receiverOptionsFromContent({
      contentDir,
      extraOrigins: devOrigins,
      messageLanguage: lang,
      log: (line) => say(`${messages.receiverPrefix}${line}`),
    });
    createFormReceiver(options).listen(formsPort, "127.0.0.1", () =>
      say(messages.receiverListening(`${endpoint}/`, options.siteOrigins.join(", "), displayPath(options.store.file))),
    );
  } catch (error) {
    // e.g. a captcha in site.yaml without FORM_CAPTCHA_SECRET: the site is still served.
    // Content errors are listed with the preview's own, once.
    const reason = error instanceof ContentError ? messages.receiverWaitsForContent() : (error as Error).message;
    console.error(`[tintuc] ${messages.receiverNotStarted(reason)}`);
  }
  return endpoint;
}
