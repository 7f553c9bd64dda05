import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";
import { fileHashes } from "../support/file-hashes.ts";

test("two builds of the same content with the same SOURCE_DATE_EPOCH are byte-identical", async () => {
  // Different machine time zones too: output must not depend on TZ.
  const first = await buildSite(FIXTURE_SITE, { env: { TZ: "UTC" } });
  const second = await buildSite(FIXTURE_SITE, { env: { TZ: "Asia/Tokyo" } });
  assert.is(first.code, 0, first.stderr);
  assert.is(second.code, 0, second.stderr);
  const a = Object.fromEntries(await fileHashes(first.outputDir));
  const b = Object.fromEntries(await fileHashes(second.outputDir));
  assert.ok(Object.keys(a).length > 10);
  assert.equal(b, a);
});

test("the build report names each stage with its time, progress, and a summary", async () => {
  const run = await buildSite(FIXTURE_SITE);
  for (const stage of ["validate", "pages", "eleventy", "swap"]) assert.match(run.stdout, new RegExp(`✓ ${stage} \\(\\d+\\.\\d\\d s\\)`), stage);
  assert.match(run.stdout, /pages: \d+\/\d+/);
  assert.match(run.stdout, /Built 3 articles: \d+ pages, 16 feeds, \d+ files, [\d.]+ MB in [\d.]+ s/);
  assert.not.match(run.stdout, "\r");
});

test.run();
