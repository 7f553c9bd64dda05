/**
 * The preview's search index (src/pipeline/preview-search.ts), made in a process of its own: it reads
 * the content through the preview's derivation cache, parsing anew only the files saved since the
 * preview last read them, and never writes that cache (the preview is its one writer).
 */
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DERIVED_STORE_FILE } from "../../src/content/derived-store.ts";
import { rendererFingerprint } from "../../src/pipeline/page-cache.ts";
import { type PreviewSearchRequest, indexPreviewSearch } from "../../src/pipeline/preview-search.ts";
import { createPreviewSite } from "../../src/pipeline/preview-site.ts";
import { readSettings } from "../../src/settings.ts";
import { FIXTURE_EPOCH, FIXTURE_SITE } from "../support/build-site.ts";

const scratch = await mkdtemp(path.join(os.tmpdir(), "tintuc-preview-search-"));
const contentDir = path.join(scratch, "content");
await cp(FIXTURE_SITE, contentDir, { recursive: true });
const settings = readSettings({ SOURCE_DATE_EPOCH: FIXTURE_EPOCH, FORM_ENDPOINT: "https://forms.example.org" });
const derivationCache = { dir: path.join(scratch, "cache"), code: await rendererFingerprint() };
const snapshot = path.join(derivationCache.dir, DERIVED_STORE_FILE);
const ARTICLE = path.join(contentDir, "articles", "2024", "03", "nua-dem.md");

const request = (cache?: PreviewSearchRequest["derivationCache"]): PreviewSearchRequest => ({
  contentDir,
  bundleRoot: path.join(scratch, "preview", "pagefind"),
  nowSeconds: Math.floor(settings.now().toSeconds()),
  siteOverrides: settings.siteOverrides,
  writerLanguage: "vi",
  derivationCache: cache,
});

test("the search index takes the preview's derivations, parses anew only a file saved since, and leaves the cache as it was", async () => {
  try {
    // The preview reads the content first, and writes its cache (scripts/serve.ts indexes after the first page).
    const preview = createPreviewSite({ contentDir, mode: "preview", settings, writerLanguage: "vi", derivationCache }, path.join(scratch, "preview"));
    const first = await preview.load();
    assert.is(first.problems.length, 0);
    assert.ok(existsSync(snapshot), "the preview wrote its cache");
    const written = await readFile(snapshot);
    const writtenAt = (await stat(snapshot)).mtimeMs;

    const warm = await indexPreviewSearch(request(derivationCache));
    assert.ok("records" in warm && warm.records > 0, JSON.stringify(warm));
    assert.is("records" in warm && warm.readAnew, 0, "no file parsed again: every one is the preview's");

    // A save the preview has not read yet: that one file is parsed, the cache still untouched.
    await writeFile(ARTICLE, (await readFile(ARTICLE, "utf8")).replace(/^title: .*$/m, "title: Bản tin lúc nửa đêm, sửa lại"));
    const afterSave = await indexPreviewSearch(request(derivationCache));
    assert.is("records" in afterSave && afterSave.readAnew, 1, "the saved file only");
    assert.is("records" in afterSave && afterSave.records, "records" in warm && warm.records);
    assert.equal(await readFile(snapshot), written, "the preview's cache has one writer: the preview");
    assert.is((await stat(snapshot)).mtimeMs, writtenAt);

    // Without a cache (as before), every file is read and nothing says how many.
    const cold = await indexPreviewSearch(request());
    assert.ok("records" in cold && cold.readAnew === undefined, JSON.stringify(cold));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

test.run();
