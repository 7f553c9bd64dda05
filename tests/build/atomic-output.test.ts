import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createStagingArea } from "../../src/pipeline/atomic-output.ts";

async function siteWithOutput(): Promise<{ root: string; outputDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-atomic-"));
  const outputDir = path.join(root, "site");
  await mkdir(path.join(outputDir, "old"), { recursive: true });
  await writeFile(path.join(outputDir, "old", "index.html"), "old");
  return { root, outputDir };
}

test("commit swaps the staged build in; the replaced output is moved to the trash and deleted there", async () => {
  const { root, outputDir } = await siteWithOutput();
  const trashDir = path.join(root, "cache", "trash");
  const staging = await createStagingArea(outputDir, trashDir);
  await mkdir(staging.dir);
  await writeFile(path.join(staging.dir, "index.html"), "new");
  await staging.commit();
  assert.equal(await readdir(outputDir), ["index.html"]);
  assert.is(await readFile(path.join(outputDir, "index.html"), "utf8"), "new");
  assert.equal((await readdir(root)).sort(), ["cache", "site"], "nothing left beside the output");
  for (let wait = 0; wait < 100 && (await readdir(trashDir)).length > 0; wait++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(await readdir(trashDir), [], "deleted in the background");
});

test("without a trash folder, the replaced output is deleted before commit returns", async () => {
  const { root, outputDir } = await siteWithOutput();
  const staging = await createStagingArea(outputDir);
  await mkdir(staging.dir);
  await staging.commit();
  assert.equal(await readdir(root), ["site"]);
  assert.not.ok(existsSync(path.join(outputDir, "old")));
});

test.run();
