/**
 * The related lists kept between builds in the cache folder (src/pages/related-memo.ts says why and
 * when they are reused): one file, the lists of each language under the hash of their inputs, with
 * the code's fingerprint and a checksum in its header. A file missing, damaged or made by other code
 * is ignored whole: the lists are computed, as in a build without a cache.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { replaceFile } from "../replace-file.ts";
import type { RelatedMemo } from "../pages/related-memo.ts";
import type { RelatedLinks } from "../related.ts";

export const RELATED_LISTS_FILE = "related-lists.json";

/** Changes when the file's layout changes. */
const FORMAT = 1;

type Entry = [inputs: string, lists: [url: string, links: RelatedLinks][]];

/** A memo over the file in `dir`, made by code `code`; `save()` writes it back when this build used other lists. */
export function openRelatedRecord(dir: string, code: string): RelatedMemo & { save(): void } {
  const file = path.join(dir, RELATED_LISTS_FILE);
  const recorded = readRecord(file, code);
  const used = new Map<string, ReadonlyMap<string, RelatedLinks>>();
  return {
    get: (inputs) => recorded.get(inputs),
    set(inputs, links) {
      used.set(inputs, links);
    },
    save() {
      if (used.size === recorded.size && [...used.keys()].every((inputs) => recorded.has(inputs))) return;
      const entries: Entry[] = [...used].map(([inputs, links]) => [inputs, [...links]]);
      const body = JSON.stringify(entries);
      mkdirSync(dir, { recursive: true });
      replaceFile(file, `${JSON.stringify({ format: FORMAT, code, checksum: sha1(body) })}\n${body}`);
    },
  };
}

function readRecord(file: string, code: string): Map<string, ReadonlyMap<string, RelatedLinks>> {
  const recorded = new Map<string, ReadonlyMap<string, RelatedLinks>>();
  try {
    const text = readFileSync(file, "utf8");
    const headerEnd = text.indexOf("\n");
    if (headerEnd === -1) return recorded;
    const header = JSON.parse(text.slice(0, headerEnd)) as { format?: unknown; code?: unknown; checksum?: unknown };
    const body = text.slice(headerEnd + 1);
    if (header.format !== FORMAT || header.code !== code || header.checksum !== sha1(body)) return recorded;
    // The checksum holds, so the body is this code's own writing: its shape is trusted.
    for (const [inputs, lists] of JSON.parse(body) as Entry[]) recorded.set(inputs, new Map(lists));
  } catch {
    recorded.clear(); // missing, cut short or garbled: the lists are computed
  }
  return recorded;
}

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex");
