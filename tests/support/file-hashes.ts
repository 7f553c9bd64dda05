/** What the build tests compare outputs by: every file of a folder with a hash of its bytes, in path order. */
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

export async function fileHashes(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const result = new Map<string, string>();
  for (const entry of files) {
    const full = path.join(entry.parentPath, entry.name);
    result.set(path.relative(dir, full), createHash("sha256").update(await readFile(full)).digest("hex"));
  }
  return new Map([...result].sort(([a], [b]) => (a < b ? -1 : 1)));
}
