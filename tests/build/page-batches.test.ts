import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pageBatches } from "../../src/pipeline/page-batches.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { type SitePages, buildSitePages } from "../../src/pages/build-pages.ts";
import { PAGE_KINDS, PAGE_KIND_NAMES, pageCount } from "../../src/pages/page-kinds.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";
import { fileHashes } from "../support/file-hashes.ts";

const archive = await loadContent({ contentDir: FIXTURE_SITE, projectDir: PROJECT_DIR, buildTime: DateTime.fromISO("2025-01-01T00:00:00+07:00"), env: {} });
const pages = buildSitePages(archive, "production");

/** Every page that batches share out, each as "<kind>:<output path>", in order. */
function pagesOf(batches: SitePages[]): string[] {
  return batches.flatMap((batch) =>
    PAGE_KIND_NAMES.filter((name) => PAGE_KINDS[name].batch === "split").flatMap((name) => batch.byKind[name].map((page) => `${name}:${page.outputPath}`)),
  );
}

test("batches hold every page once, in order, none more than the batch size; every batch writes the 404 page", () => {
  const whole = pagesOf([pages]);
  assert.ok(whole.length > 40, `${whole.length} pages in the fixture site`);
  assert.is(pageCount(pages.byKind), whole.length + 1, "the one 404 page besides");
  for (const size of [1, 7, 40, whole.length, 100_000]) {
    const batches = pageBatches(pages, size);
    assert.equal(pagesOf(batches), whole, `size ${size}`);
    assert.ok(batches.every((batch) => pagesOf([batch]).length <= size), `size ${size}`);
    assert.ok(batches.every((batch) => batch.byKind.notFound.length === 1), `size ${size}`);
    assert.is(batches.length, Math.max(1, Math.ceil(whole.length / size)), `size ${size}`);
  }
});

test("every batch carries the shared data: frames, forms, policy", () => {
  for (const batch of pageBatches(pages, 10)) {
    assert.is(batch.frames, pages.frames);
    assert.is(batch.forms, pages.forms);
    assert.is(batch.csp, pages.csp);
  }
});

test("a build in batches of 7 pages writes the same files, byte for byte, as a build in one", async () => {
  const [whole, batched] = [await buildSite(FIXTURE_SITE), await buildSite(FIXTURE_SITE, { args: ["--pages-per-batch", "7"] })];
  assert.is(batched.code, 0, batched.stderr);
  const [wholeFiles, batchedFiles] = [await fileHashes(whole.outputDir), await fileHashes(batched.outputDir)];
  assert.equal([...batchedFiles.keys()], [...wholeFiles.keys()]);
  assert.equal([...batchedFiles].filter(([file, hash]) => wholeFiles.get(file) !== hash).map(([file]) => file), []);
});

test.run();
