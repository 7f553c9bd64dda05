import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { eachConcurrently, linkTree } from "../../src/pipeline/file-tree.ts";

test("linkTree recreates every folder and file, each file the same bytes and the same inode", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-file-tree-"));
  const from = path.join(root, "from");
  await mkdir(path.join(from, "fragment", "deep"), { recursive: true });
  await mkdir(path.join(from, "empty"));
  await writeFile(path.join(from, "pagefind.js"), "script");
  await writeFile(path.join(from, "fragment", "a.pf_fragment"), "a");
  await writeFile(path.join(from, "fragment", "deep", "b"), "tiếng Việt");
  const to = path.join(root, "to");
  await linkTree(from, to);
  const list = async (dir: string) => (await readdir(dir, { recursive: true })).sort();
  assert.equal(await list(to), await list(from));
  assert.is(await readFile(path.join(to, "fragment", "deep", "b"), "utf8"), "tiếng Việt");
  assert.is((await stat(path.join(to, "pagefind.js"))).ino, (await stat(path.join(from, "pagefind.js"))).ino, "linked, not copied");
  assert.ok((await stat(path.join(to, "empty"))).isDirectory());
});

test("eachConcurrently does every item once, however many there are", async () => {
  const done: number[] = [];
  await eachConcurrently(Array.from({ length: 100 }, (_, i) => i), async (i) => {
    await new Promise((resolve) => setTimeout(resolve, i % 3));
    done.push(i);
  });
  assert.equal(done.sort((a, b) => a - b), Array.from({ length: 100 }, (_, i) => i));
  await eachConcurrently([], async () => assert.unreachable());
});

test.run();
