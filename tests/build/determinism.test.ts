import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

async function fingerprint(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const result: Record<string, string> = {};
  for (const entry of files) {
    const parent = (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path: string }).path;
    const file = path.join(parent, entry.name);
    result[path.relative(dir, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return result;
}

test("two builds of the same content with the same SOURCE_DATE_EPOCH are byte-identical", async () => {
  // Different machine time zones too: output must not depend on TZ.
  const first = await buildSite(FIXTURE_SITE, { env: { TZ: "UTC" } });
  const second = await buildSite(FIXTURE_SITE, { env: { TZ: "Asia/Tokyo" } });
  assert.is(first.code, 0, first.stderr);
  assert.is(second.code, 0, second.stderr);
  const a = await fingerprint(first.outputDir);
  const b = await fingerprint(second.outputDir);
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
