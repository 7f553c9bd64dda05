/** Counts the files and bytes of a built site: static hosts cap both. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface OutputStats {
  files: number;
  bytes: number;
  htmlFiles: number;
}

/**
 * Synchronous: nothing else runs while the build counts its output, and Node's promise-based
 * recursive readdir and stat took 1.2–1.3 s for the 27,000 files of 10,000 articles, these 0.5 s.
 */
export function outputStats(dir: string): OutputStats {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  let bytes = 0;
  for (const entry of files) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  return { files: files.length, bytes, htmlFiles: files.filter((entry) => entry.name.endsWith(".html")).length };
}
