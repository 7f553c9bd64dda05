import { cp, mkdir, mkdtemp, readdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FAIL_ELEVENTY, FIXTURE_SITE, buildSite } from "../support/build-site.ts";

async function siteWith(extraFiles: Record<string, string>): Promise<{ contentDir: string; outputDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-failed-"));
  const contentDir = path.join(root, "content");
  await cp(FIXTURE_SITE, contentDir, { recursive: true });
  for (const [name, text] of Object.entries(extraFiles)) {
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
    await writeFile(path.join(contentDir, name), text);
  }
  const outputDir = path.join(root, "site");
  await mkdir(outputDir);
  await writeFile(path.join(outputDir, "previous.html"), "the previous build");
  return { contentDir, outputDir };
}

async function snapshot(dir: string): Promise<string[]> {
  const root = path.dirname(dir);
  return (await readdir(root, { recursive: true })).sort();
}

test("invalid content: every error reported with file and line; the previous output untouched", async () => {
  const { contentDir, outputDir } = await siteWith({
    "articles/2024/05/sai.md": "---\ntitle: Sai\ncategory: khong-co\npublished: 2024-05-01\n---\nx\n",
    "articles/2024/05/sai-nua.md": "---\ncategory: khoa-hoc\npublished: hôm qua\n---\nx\n",
  });
  const before = await snapshot(outputDir);
  const run = await buildSite(contentDir, { outputDir });
  assert.is(run.code, 1);
  assert.match(run.stdout + run.stderr, /articles\/2024\/05\/sai\.md:3: category: không có chuyên mục "khong-co"/);
  assert.match(run.stdout + run.stderr, /articles\/2024\/05\/sai-nua\.md:1: title: thiếu trường này/);
  assert.match(run.stdout + run.stderr, /articles\/2024\/05\/sai-nua\.md:3: published: "hôm qua" không phải ngày/);
  assert.equal(await snapshot(outputDir), before);
  assert.is(await readFile(path.join(outputDir, "previous.html"), "utf8"), "the previous build");
});

test("a failure inside Eleventy (after it wrote its pages) leaves the previous output exactly as it was", async () => {
  const { contentDir, outputDir } = await siteWith({});
  const before = await snapshot(outputDir);
  const run = await buildSite(contentDir, { outputDir, nodeArgs: FAIL_ELEVENTY });
  assert.is(run.code, 1);
  assert.match(run.stderr, /Bản dựng trước được giữ nguyên/, run.stdout + run.stderr);
  assert.equal(await snapshot(outputDir), before, "no staging folder left behind, nothing written");
});

test("a failure inside Eleventy on a rebuild, while unchanged pages are linked from the cache, leaves the previous output as it was", async () => {
  const { contentDir, outputDir } = await siteWith({});
  const cache = ["--cache", await mkdtemp(path.join(os.tmpdir(), "tintuc-failed-cache-"))];
  const first = await buildSite(contentDir, { outputDir, args: cache });
  assert.is(first.code, 0, first.stderr);
  const before = await snapshot(outputDir);
  const run = await buildSite(contentDir, { outputDir, args: cache, nodeArgs: FAIL_ELEVENTY });
  assert.is(run.code, 1);
  assert.match(run.stdout, /bộ nhớ đệm: [1-9]\d* trang không đổi/, "the rebuild had pages to link from the cache");
  assert.match(run.stderr, /Bản dựng trước được giữ nguyên/);
  assert.equal(await snapshot(outputDir), before, "no staging folder left behind, nothing written");
});

test("a successful build replaces the previous output whole", async () => {
  const { contentDir, outputDir } = await siteWith({});
  const run = await buildSite(contentDir, { outputDir });
  assert.is(run.code, 0, run.stderr);
  const files = await readdir(outputDir);
  assert.not.ok(files.includes("previous.html"));
  assert.ok(files.includes("404.html"));
  assert.equal((await readdir(path.dirname(outputDir))).sort(), ["content", "site"]);
});

test("a build killed mid-way leaves folders that the next build clears, restoring the output if it was between swaps", async () => {
  const { contentDir, outputDir } = await siteWith({});
  const abandonedStaging = `${outputDir}.staging-999999-x`;
  const abandonedPrevious = `${outputDir}.previous-999998-x`;
  await mkdir(abandonedStaging);
  await rename(outputDir, abandonedPrevious);
  const run = await buildSite(contentDir, { outputDir });
  assert.is(run.code, 0, run.stderr);
  assert.equal((await readdir(path.dirname(outputDir))).sort(), ["content", "site"]);
});

test.run();
