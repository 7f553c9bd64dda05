/**
 * The page cache's record of keys (issue 19): for each page whose inputs the page objects name
 * (SitePages.pageInputs: the article pages), the hash of those inputs and the key the page had. A
 * rebuild whose page has the same inputs takes the recorded key instead of serializing and hashing
 * the page object again (2 CPU-s of JSON and SHA-1 at 10,000 article pages, 120 MB of JSON).
 *
 * The record is kept under the hash of the data every page sees (the renderer included): any change
 * there starts a new record. Its header ends with a checksum of the rest, so that a record cut short,
 * garbled or another build's is ignored whole: a missing or damaged record costs the hashing it
 * would have saved, never a wrong key.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { replaceFile } from "../replace-file.ts";

export const PAGE_KEYS_FILE = "page-keys.json";

/** Changes when the record's layout changes. */
const FORMAT = 1;

/** A page's file, the hash of its inputs and its key. */
export type PageKeyEntry = [outputPath: string, inputs: string, key: string];

/** The recorded keys by output path: `[inputs, key]`; none when the record is missing, damaged or made under other shared data. */
export function readPageKeys(cacheDir: string, shared: string): Map<string, [inputs: string, key: string]> {
  const recorded = new Map<string, [string, string]>();
  let text: string;
  try {
    text = readFileSync(path.join(cacheDir, PAGE_KEYS_FILE), "utf8");
  } catch {
    return recorded;
  }
  try {
    const headerEnd = text.indexOf("\n");
    if (headerEnd === -1) return recorded;
    const header = JSON.parse(text.slice(0, headerEnd)) as { format?: unknown; shared?: unknown; checksum?: unknown };
    const body = text.slice(headerEnd + 1);
    if (header.format !== FORMAT || header.shared !== shared || header.checksum !== sha1(body)) return recorded;
    const entries: unknown = JSON.parse(body);
    if (!Array.isArray(entries)) return recorded;
    for (const entry of entries) {
      if (!Array.isArray(entry) || entry.length !== 3 || !entry.every((field) => typeof field === "string")) return new Map();
      const [outputPath, inputs, key] = entry as PageKeyEntry;
      recorded.set(outputPath, [inputs, key]);
    }
  } catch {
    recorded.clear(); // cut short or garbled: every key is computed
  }
  return recorded;
}

/** Writes the record of this build's keys (replacing the last). */
export function writePageKeys(cacheDir: string, shared: string, entries: readonly PageKeyEntry[]): void {
  const body = JSON.stringify([...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const file = path.join(cacheDir, PAGE_KEYS_FILE);
  replaceFile(file, `${JSON.stringify({ format: FORMAT, shared, checksum: sha1(body) })}\n${body}`);
}

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex");
