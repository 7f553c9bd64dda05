/** The preview's watch (src/pipeline/watch-tree.ts): every save seen, however an editor writes it, in folders made later too. */
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { watchTree } from "../../src/pipeline/watch-tree.ts";

const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-watch-tree-"));
await mkdir(path.join(root, "articles", "2024"), { recursive: true });
const article = path.join(root, "articles", "2024", "a.md");
await writeFile(article, "một");
const seen: string[] = [];
const watching = watchTree(root, (file) => seen.push(file));

/** Waits (polling, up to a minute) until `file` is among the changes seen since `from`. */
async function sees(file: string, from: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (seen.slice(from).includes(file)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.unreachable(`${file} not seen; seen: ${seen.slice(from).join(", ")}`);
}

test("a save by writing a new file and renaming it over the old one, then a save in place: both seen", async () => {
  let from = seen.length;
  await writeFile(`${article}.tmp`, "hai");
  await rename(`${article}.tmp`, article);
  await sees(article, from);
  from = seen.length;
  await writeFile(article, "ba");
  await sees(article, from);
});

test("a file in a folder made after the watch began", async () => {
  const folder = path.join(root, "articles", "2025", "01");
  const from = seen.length;
  await mkdir(folder, { recursive: true });
  await sees(path.join(root, "articles", "2025"), from);
  // The new folders are watched as they appear; a file written at once may come before the watch of its folder.
  const file = path.join(folder, "b.md");
  const deadline = Date.now() + 60_000;
  let wrote = 0;
  while (!seen.includes(file) && Date.now() < deadline) {
    await writeFile(file, `bài ${wrote++}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(seen.includes(file));
});

test.after(async () => {
  watching.close();
  await rm(root, { recursive: true, force: true });
});

test.run();
