/** Counts the files and bytes of a built site: static hosts cap both. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface OutputStats {
  files: number;
  bytes: number;
  htmlFiles: number;
}

export async function outputStats(dir: string): Promise<OutputStats> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const stats: OutputStats = { files: 0, bytes: 0, htmlFiles: 0 };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const parent = (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path: string }).path;
    const info = await stat(path.join(parent, entry.name));
    stats.files++;
    stats.bytes += info.size;
    if (entry.name.endsWith(".html")) stats.htmlFiles++;
  }
  return stats;
}
