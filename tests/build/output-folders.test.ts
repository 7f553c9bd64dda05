import { existsSync } from "node:fs";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { makeFoldersAside, removeUnusedFolders } from "../../src/pipeline/output-folders.ts";

const treeOf = async (root: string): Promise<string[]> => (await readdir(root, { recursive: true })).map((entry) => entry.split(path.sep).join("/")).sort();

test("makes every folder, parents first or not, on a thread of its own, and says which", async () => {
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-folders-")), "staging");
  const folders = ["2024/01/27/bai-hai", "2024/01/27", "2024/01/27/bai-mot", "category/khoa-hoc", "tìm-kiếm"];
  const made = await makeFoldersAside(root, folders);
  assert.equal([...made].sort(), [...folders].sort());
  assert.equal(await treeOf(root), ["2024", "2024/01", "2024/01/27", "2024/01/27/bai-hai", "2024/01/27/bai-mot", "category", "category/khoa-hoc", "tìm-kiếm"]);
  assert.equal([...(await makeFoldersAside(path.join(root, "none"), []))], [], "nothing to make: no thread, no folder");
  assert.not.ok(existsSync(path.join(root, "none")));
});

test("a folder the build did not use goes, with the parents it leaves empty; used and written-into folders stay", async () => {
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-folders-")), "staging");
  const made = await makeFoldersAside(root, ["2023/05/10/bai-da-xoa", "2023/05/10", "2024/01/27/bai-mot", "2024/01/27/bai-cu", "category/cu", "category/moi"]);
  // Eleventy wrote a feed into a folder that held a page last time.
  await writeFile(path.join(root, "category", "cu", "feed.xml"), "<feed/>");
  await removeUnusedFolders(root, made, new Set(["2024/01/27/bai-mot", "category/moi"]));
  assert.equal(await treeOf(root), ["2024", "2024/01", "2024/01/27", "2024/01/27/bai-mot", "category", "category/cu", "category/cu/feed.xml", "category/moi"]);
});

test.run();
