/**
 * What the last build derived from each article file (file-derivation.ts), kept in the build's cache
 * folder, so that a rebuild parses and validates only the files that changed (issue 19).
 *
 * Finding what changed is a stat pass: a file whose size and modification and change times are those recorded,
 * and which had not been touched for a second when it was last read, is taken as read; any other
 * file is read and hashed, and derived again only when its bytes differ. (The second's margin is
 * git's "racy" rule: a file written in the same clock tick as it was read could change without its
 * time moving.) A checkout in CI moves every time but no hash: a hash pass, still no parse.
 *
 * The snapshot is one file of lines: a header (format, the key of everything a derivation depends
 * on besides the file, and a checksum of the rest), then one line per file: its record and its
 * derivation as JSON. A missing, cut or garbled snapshot, or one made by other code or for other
 * categories, is ignored whole: it costs time, never correctness.
 *
 * Cost per load: one stat per file, one JSON parse per unchanged file (the article, body included),
 * one read, hash and derivation per changed one; the snapshot is written again only when a line changed.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { replaceFile } from "../replace-file.ts";
import { DateTime } from "luxon";
import type { FileDerivation } from "./file-derivation.ts";

/** Changes when the snapshot's layout changes (the code's own changes are in the key). */
const FORMAT = 1;

/** A file changed within this long before it was read is hashed again next time (see above). */
const RACY_MS = 1000;

export const DERIVED_STORE_FILE = "article-derivations.jsonl";

export interface DerivedStore {
  /**
   * The derivation of one file: the recorded one when the file is unchanged, else `derive`'s, recorded.
   * @param key the file's name in the snapshot (relative to the content folder)
   */
  derivationOf(file: string, key: string, derive: (bytes: Buffer) => FileDerivation): FileDerivation;
  /** Writes the snapshot when anything changed: the files asked about since opening, and no others. */
  save(): void;
  /** How many files were derived again (read and hashed: `hashed`) since opening. */
  counts: { files: number; hashed: number; derived: number };
}

/** A snapshot's line, parsed only as far as its record. */
interface Line {
  size: number;
  mtimeMs: number;
  /** Moves at every write, also when a tool sets the modification time back (`cp -p`, `touch -d`). */
  ctimeMs: number;
  /** When the file was last read: see RACY_MS. */
  readAt: number;
  hash: string;
  /** The whole line, written back as it is while the file is unchanged. */
  text: string;
  /** Where the derivation's JSON starts in `text`. */
  derivationAt: number;
}

/**
 * Opens the snapshot in `dir` for derivations made under `key` (the code and what else they depend on).
 * @param clock when a file is read, in ms since the epoch (tests set it)
 * @example openDerivedStore(".cache/build", contextKey).derivationOf(file, "2024/01/x.md", derive)
 */
export function openDerivedStore(dir: string, key: string, clock: () => number = Date.now): DerivedStore {
  const file = path.join(dir, DERIVED_STORE_FILE);
  const recorded = readSnapshot(file, key);
  const lines = new Map<string, string>();
  let changed = false;
  const counts = { files: 0, hashed: 0, derived: 0 };
  return {
    counts,
    derivationOf(source, name, derive) {
      counts.files++;
      const stats = statSync(source);
      const line = recorded.get(name);
      const unmoved = line && line.size === stats.size && line.mtimeMs === stats.mtimeMs && line.ctimeMs === stats.ctimeMs;
      if (line && unmoved && Math.max(line.mtimeMs, line.ctimeMs) < line.readAt - RACY_MS) {
        const derivation = parseDerivation(line.text.slice(line.derivationAt));
        lines.set(name, line.text);
        return derivation;
      }
      const readAt = clock();
      const bytes = readFileSync(source);
      counts.hashed++;
      const hash = createHash("sha1").update(bytes).digest("hex");
      let derivationJson: string;
      if (line && line.hash === hash) derivationJson = line.text.slice(line.derivationAt);
      else {
        counts.derived++;
        const derivation = derive(bytes);
        derivationJson = serializeDerivation(derivation);
        // A file with errors is not kept: it is read anew until it is mended, so that its messages may
        // draw on what the key leaves out (the categories' names, for "did you mean").
        if (derivation.problems.some((problem) => problem.severity === "error")) {
          changed = true;
          return parseDerivation(derivationJson);
        }
      }
      lines.set(name, `${JSON.stringify([name, stats.size, stats.mtimeMs, stats.ctimeMs, readAt, hash])}\t${derivationJson}`);
      changed = true;
      // Parsed back, as an unchanged file's is: a build's articles are the same objects whether or not the cache held them.
      return parseDerivation(derivationJson);
    },
    save() {
      if (!changed && lines.size === recorded.size) return;
      const body = Buffer.from([...lines.values()].join("\n"));
      const header = JSON.stringify({ format: FORMAT, key, checksum: sha1(body) });
      mkdirSync(dir, { recursive: true });
      replaceFile(file, Buffer.concat([Buffer.from(`${header}\n`), body]));
    },
  };
}

/** The lines of a snapshot made under `key`, by file name; none when it is missing, damaged or another's. */
function readSnapshot(file: string, key: string): Map<string, Line> {
  const recorded = new Map<string, Line>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return recorded;
  }
  const headerEnd = bytes.indexOf("\n");
  try {
    const header = JSON.parse(bytes.toString("utf8", 0, headerEnd === -1 ? bytes.length : headerEnd)) as { format?: unknown; key?: unknown; checksum?: unknown };
    const bodyBytes = headerEnd === -1 ? Buffer.alloc(0) : bytes.subarray(headerEnd + 1);
    // The checksum is of the bytes: hashing them is five times faster than hashing the decoded text.
    if (header.format !== FORMAT || header.key !== key || header.checksum !== sha1(bodyBytes)) return recorded;
    const body = bodyBytes.toString("utf8");
    for (const lineText of body === "" ? [] : body.split("\n")) {
      const tab = lineText.indexOf("\t");
      const [name, size, mtimeMs, ctimeMs, readAt, hash] = JSON.parse(lineText.slice(0, tab)) as [string, number, number, number, number, string];
      recorded.set(name, { size, mtimeMs, ctimeMs, readAt, hash, text: lineText, derivationAt: tab + 1 });
    }
  } catch {
    recorded.clear(); // a snapshot cut short or garbled: start afresh
  }
  return recorded;
}

const sha1 = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("hex");

/** A date, as JSON: its instant and its zone, so that it comes back as the same DateTime. */
interface DateJson {
  instant: number;
  zone: string;
}

/** JSON of a derivation, its dates (Luxon's DateTime) kept as dates. */
export function serializeDerivation(derivation: FileDerivation): string {
  return JSON.stringify(derivation, function (this: Record<string, unknown>, name, value: unknown) {
    // `value` is the date's toJSON() already; its holder still has the DateTime.
    const original = this[name];
    return DateTime.isDateTime(original) ? ({ instant: original.toMillis(), zone: original.zone.name } satisfies DateJson) : value;
  });
}

/**
 * A derivation from its JSON. The article's dates are revived where an article has them, not by a
 * reviver that visits every value: that made parsing four times slower, on every unchanged file of
 * every rebuild (tests/content/derived-store.test.ts checks that no date is left behind).
 */
export function parseDerivation(json: string): FileDerivation {
  const derivation = JSON.parse(json) as FileDerivation;
  const article = derivation.article?.ofFile;
  if (article) {
    article.published = revive(article.published);
    if (article.updated) article.updated = revive(article.updated);
    if (article.withdrawn) article.withdrawn.date = revive(article.withdrawn.date);
    for (const correction of article.corrections) correction.date = revive(correction.date);
  }
  return derivation;
}

const revive = (date: unknown): DateTime => DateTime.fromMillis((date as DateJson).instant, { zone: (date as DateJson).zone });
