/** Counts the files and bytes of a built site: static hosts cap both. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { eachConcurrently } from "./file-tree.ts";

export interface OutputStats {
  files: number;
  bytes: number;
  htmlFiles: number;
}

export async function outputStats(dir: string): Promise<OutputStats> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const stats: OutputStats = { files: files.length, bytes: 0, htmlFiles: files.filter((entry) => entry.name.endsWith(".html")).length };
  await eachConcurrently(files, async (entry) => {
    // Read first, then added: `bytes += await …` would add to the total as it was before the wait.
    const { size } = await stat(path.join(entry.parentPath, entry.name));
    stats.bytes += size;
  });
  return stats;
}
