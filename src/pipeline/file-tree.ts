/**
 * Puts the cache's files into the output and the output's into the cache as hard links: one
 * directory entry each, no bytes copied (0.2 s for the 10,700 files of a 10,000-article search
 * index, against 2.2 s copying them and 4.8 s with fs.cp). The build only ever writes new files,
 * never into existing ones, so an output file and its cached twin stay equal. Where a link cannot
 * be made (the cache on another file system), the file is copied.
 */
import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

/** How many links are made at once: the file system's latency, not the CPU, bounds this work. */
const CONCURRENCY = 32;

/** Links (or copies) `from` to `to`; `to` must not exist yet. */
export async function linkFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP" && code !== "EMLINK") throw error;
    await copyFile(from, to);
  }
}

/** Runs `work` on every item, CONCURRENCY at a time. */
export async function eachConcurrently<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

/** Recreates the tree of folders and files under `from` at `to`, its files linked (linkFile). */
export async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  await mkdir(to, { recursive: true });
  // Parents come before their children in a sorted list of paths.
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => path.relative(from, path.join(entry.parentPath, entry.name))).sort();
  for (const folder of folders) await mkdir(path.join(to, folder), { recursive: true });
  for (const entry of entries) if (!entry.isDirectory()) files.push(path.relative(from, path.join(entry.parentPath, entry.name)));
  await eachConcurrently(files, (file) => linkFile(path.join(from, file), path.join(to, file)));
}
