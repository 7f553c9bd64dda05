/**
 * The folders of the output, made before the pages that go in them are known. Every build writes a
 * fresh output folder (src/pipeline/atomic-output.ts), and every article page has a folder of its own:
 * 16,000 folders at 10,000 articles, which this disk makes at 0.1–0.2 ms each (2–3 s of a rebuild).
 * The last build's folders are nearly all this build's, so they are made on a thread of their own
 * while the build reads the archive, and those this build did not need are removed at the end.
 */
import { rmdir } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";

// Plain JavaScript, so that the thread needs no TypeScript loader. The main thread is busy reading
// the archive meanwhile, and cannot run the callbacks that chained promise-based mkdir calls need.
const MAKE_FOLDERS = `
const { mkdirSync } = require("node:fs");
const path = require("node:path");
const { workerData } = require("node:worker_threads");
for (const folder of workerData.folders) mkdirSync(path.join(workerData.root, folder), { recursive: true });
`;

/**
 * Makes `folders` (relative to `root`, parents included as needed) on a worker thread.
 * @returns the folders made
 */
export function makeFoldersAside(root: string, folders: readonly string[]): Promise<ReadonlySet<string>> {
  if (folders.length === 0) return Promise.resolve(new Set());
  return new Promise((resolve, reject) => {
    const worker = new Worker(MAKE_FOLDERS, { eval: true, workerData: { root, folders }, execArgv: [] });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve(new Set(folders)) : reject(new Error(`making the output's folders stopped with code ${code}`))));
  });
}

/**
 * Removes the folders of `made` that are not in `used` and hold nothing, and so their parents that
 * this leaves empty: the output has no folder a build from scratch would not have.
 */
export async function removeUnusedFolders(root: string, made: ReadonlySet<string>, used: ReadonlySet<string>): Promise<void> {
  // Descending order puts every folder before its parent.
  const unused = [...made].filter((folder) => !used.has(folder)).sort().reverse();
  for (const folder of unused) {
    for (let current = folder; current !== "." && current !== "" && !used.has(current); current = path.dirname(current)) {
      try {
        await rmdir(path.join(root, current));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") continue; // removed already, as the parent of another
        if (code === "ENOTEMPTY" || code === "EEXIST") break; // something was written into it
        throw error;
      }
    }
  }
}
