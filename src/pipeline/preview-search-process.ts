/**
 * The preview's search index process (started by indexPreviewSearch() in preview-search.ts): reads
 * the content as the preview does, through its derivation cache without writing it, writes the
 * bundles, answers with the count or the error, and ends.
 */
import { rmSync } from "node:fs";
import { ContentError } from "../problems.ts";
import { readSettings } from "../settings.ts";
import type { PreviewSearchAnswer, PreviewSearchRequest } from "./preview-search.ts";
import { loadSitePages } from "./run-build.ts";
import { prepareSearchStage, runSearchStage } from "./search-stage.ts";

/** The scratch folder of search documents, once written: removed if the stage is cut short. */
let documentsDir: string | undefined;

// The preview gone (stopped, or killed by a test), its index is no one's: end rather than write on.
process.once("disconnect", () => {
  if (documentsDir) rmSync(documentsDir, { recursive: true, force: true });
  process.exit(0);
});

process.once("message", async (request: PreviewSearchRequest) => {
  let answer: PreviewSearchAnswer;
  try {
    // The preview's settings, handed over rather than read from this process's environment.
    const settings = readSettings({ SOURCE_DATE_EPOCH: String(request.nowSeconds), ...request.siteOverrides });
    let readAnew: number | undefined;
    const pages = await loadSitePages({
      contentDir: request.contentDir,
      mode: "preview",
      settings,
      writerLanguage: request.writerLanguage,
      // Read-only: the preview writes this snapshot, and two writers could each drop the other's lines.
      derivationCache: request.derivationCache && { ...request.derivationCache, readOnly: true },
      onDerivations: (counts) => (readAnew = counts.derived),
    });
    const stage = await prepareSearchStage(pages.byKind.article, pages.site.pathPrefix, request.bundleRoot);
    documentsDir = stage.documentsDir;
    const report = await runSearchStage(stage);
    answer = { records: report.records, ...(readAnew === undefined ? {} : { readAnew }) };
  } catch (error) {
    answer = error instanceof ContentError ? { contentErrors: true } : { error: error instanceof Error ? error.message : String(error) };
  }
  process.send!(answer, () => process.exit(0));
});
