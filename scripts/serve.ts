/**
 * `npm start`: builds the site in preview mode (drafts and scheduled articles shown, badged) into
 * _preview/ and serves it with live reload on http://localhost:8080 (PORT overrides). After the first
 * build the search index is written into _preview/pagefind/, so that /search/ works as in production.
 * Unless FORM_ENDPOINT is set, the reference form receiver runs beside it on 127.0.0.1:8787
 * (FORMS_PORT overrides) and the forms post there, so the whole path works locally.
 * Usage: tsx scripts/serve.ts [--content DIR] [--port N]
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { FORM_ENDPOINT_VARIABLE } from "../src/forms/config.ts";
import { createFormReceiver } from "../src/forms/receiver.ts";
import { DEFAULT_RECEIVER_PORT, receiverOptionsFromContent } from "../src/forms/receiver-setup.ts";
import { DEFAULT_CONTENT_DIR, PROJECT_DIR } from "../src/project-paths.ts";
import { RUN_MODE_VARIABLE } from "../src/run-mode.ts";
import { buildTime } from "../src/build-time.ts";
import { loadArchive } from "../src/content/load-archive.ts";
import { usePreloadedPages } from "../src/eleventy/archive-data.ts";
import { buildSitePages } from "../src/pages/build-pages.ts";
import { prepareSearchStage, runSearchStage } from "../src/build/search-stage.ts";
import { searchBundleUrl } from "../src/urls.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    port: { type: "string", default: process.env.PORT ?? "8080" },
  },
});

process.env[RUN_MODE_VARIABLE] = "preview";
const contentDir = path.resolve(values.content);
const port = Number(values.port);
const devOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
// The site's own URL in preview, whatever SITE_URL the shell has: the preview is served from this
// dev server, at its root, and a plain form post comes back here.
process.env.SITE_URL = devOrigins[0];
if (!process.env[FORM_ENDPOINT_VARIABLE]) await startFormReceiver();
const outputDir = path.join(PROJECT_DIR, "_preview");
// The first build's pages, read here so that the search index is built from the same archive.
const archive = await loadArchive({ contentDir, buildTime: buildTime(), mode: "preview" });
const pages = archive.problems.some((problem) => problem.severity === "error") ? undefined : buildSitePages(archive, "preview");
if (pages) usePreloadedPages(pages);
const eleventy = new Eleventy(contentDir, outputDir, {
  configPath: path.join(PROJECT_DIR, ".eleventy.js"),
  runMode: "serve",
  quietMode: true,
});
await eleventy.init();
await eleventy.watch();
if (pages) {
  // Bundles of an earlier start would stay beside the new ones: Eleventy's serve never empties the folder.
  const bundleRoot = path.join(outputDir, searchBundleUrl());
  await rm(bundleRoot, { recursive: true, force: true });
  const search = await runSearchStage(await prepareSearchStage(pages.articlePages, pages.site.pathPrefix, bundleRoot));
  console.log(`[tintuc] search: ${search.records} articles indexed (restart to index later changes)`);
}
await eleventy.serve(port);
process.on("SIGINT", async () => {
  await eleventy.stopWatch();
  process.exit(0);
});

async function startFormReceiver(): Promise<void> {
  const formsPort = Number(process.env.FORMS_PORT ?? DEFAULT_RECEIVER_PORT);
  process.env[FORM_ENDPOINT_VARIABLE] = `http://127.0.0.1:${formsPort}`;
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
}
