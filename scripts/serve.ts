/**
 * `npm start`: builds the site in preview mode (drafts and scheduled articles shown, badged) into
 * _preview/ and serves it with live reload on http://localhost:8080 (PORT overrides). After the first
 * build the search index is written into _preview/pagefind/, so that /search/ works as in production.
 * Unless FORM_ENDPOINT is set, the reference form receiver runs beside it on 127.0.0.1:8787
 * (FORMS_PORT overrides) and the forms post there, so the whole path works locally.
 * Usage: tsx scripts/serve.ts [--content DIR] [--port N] [--lang vi|en]
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import Eleventy from "@11ty/eleventy";
import { type SiteSource, loadSitePages } from "../src/pipeline/run-build.ts";
import { prepareSearchStage, runSearchStage } from "../src/pipeline/search-stage.ts";
import { handOffTo } from "../src/pipeline/hand-off.ts";
import { createFormReceiver } from "../src/forms/receiver.ts";
import { DEFAULT_RECEIVER_PORT, receiverOptionsFromContent } from "../src/forms/receiver-setup.ts";
import type { SitePages } from "../src/pages/build-pages.ts";
import { DEFAULT_CONTENT_DIR, PROJECT_DIR } from "../src/project-paths.ts";
import { eleventyInputPath } from "../src/pipeline/eleventy-input.ts";
import { readSettings } from "../src/settings.ts";
import { searchBundleUrl } from "../src/urls.ts";

const settings = readSettings(process.env);
const { values } = commandLine({
  command: "npm start",
  usage: usageOf("start"),
  folders: ["content"],
  options: {
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    port: { type: "string", default: settings.previewPort ?? "8080" },
  },
});

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
  log: (line) => console.log(`[tintuc]${line}`),
};
const outputDir = path.join(PROJECT_DIR, "_preview");
// Each build of the preview reads the content as the production build does; the first build's
// pages are kept so that the search index is built from the same archive.
let firstPages: SitePages | undefined;
const eleventy = new Eleventy(eleventyInputPath(contentDir), outputDir, {
  configPath: path.join(PROJECT_DIR, ".eleventy.js"),
  config: handOffTo({
    sitePages: async () => {
      const pages = await loadSitePages(source);
      firstPages ??= pages;
      return pages;
    },
    copyMedia: true,
  }),
  runMode: "serve",
  quietMode: true,
});
await eleventy.init();
await eleventy.watch();
if (firstPages) {
  // Bundles of an earlier start would stay beside the new ones: Eleventy's serve never empties the folder.
  const bundleRoot = path.join(outputDir, searchBundleUrl());
  await rm(bundleRoot, { recursive: true, force: true });
  const search = await runSearchStage(await prepareSearchStage(firstPages.byKind.article, firstPages.site.pathPrefix, bundleRoot));
  console.log(`[tintuc] search: ${search.records} articles indexed (restart to index later changes)`);
}
await eleventy.serve(port);
process.on("SIGINT", async () => {
  await eleventy.stopWatch();
  process.exit(0);
});

/** Starts the reference form receiver; returns where the forms post to it. */
async function startFormReceiver(): Promise<string> {
  const formsPort = Number(settings.formsPort ?? DEFAULT_RECEIVER_PORT);
  const endpoint = `http://127.0.0.1:${formsPort}`;
  try {
    const options = await receiverOptionsFromContent({
      contentDir,
      extraOrigins: devOrigins,
      log: (line) => console.log(`[tintuc] forms: ${line}`),
    });
    createFormReceiver(options).listen(formsPort, "127.0.0.1", () =>
      console.log(`[tintuc] forms: receiver on http://127.0.0.1:${formsPort}/, storing in ${options.store.file}`),
    );
  } catch (error) {
    // e.g. a captcha in site.yaml without FORM_CAPTCHA_SECRET: the site is still served.
    console.error(`[tintuc] forms: receiver not started: ${(error as Error).message}`);
  }
  return endpoint;
}
