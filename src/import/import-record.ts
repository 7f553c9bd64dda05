/**
 * Makes an import safe to run again. The articles folder is read once for the files earlier imports
 * wrote (by their `imported.source`); each article then goes to the file that holds its source, or
 * to a new free path. A file is rewritten only when its text changes and nobody has edited it since
 * the importer wrote it; an edited file is kept and reported.
 */
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { IMPORT_RECORD_FIELD, readImportRecord } from "./article-file.ts";

const digestOf = (text: string): string => createHash("sha256").update(text).digest("base64");

interface KnownFile {
  /** Relative to the articles folder, with `/`. */
  path: string;
  /** A digest of its text: an archive's worth of texts would not fit in memory. */
  digest: string;
  edited: boolean;
}

export type WriteOutcome =
  | { action: "created" | "updated" | "unchanged"; path: string; renamedFrom?: string }
  | { action: "kept-edited"; path: string };

async function markdownFiles(dir: string, prefix = ""): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await markdownFiles(path.join(dir, entry.name), relative)));
    else if (entry.name.endsWith(".md")) files.push(relative);
  }
  return files;
}

/** The articles folder as the importer sees it: its earlier files by source, and the paths taken. */
export class ArticleFolder {
  private readonly bySource = new Map<string, KnownFile>();
  private readonly taken = new Set<string>();
  private readonly folders = new Set<string>();

  private constructor(readonly dir: string) {}

  /** Reads `dir` (content/articles) once. */
  static async open(dir: string): Promise<ArticleFolder> {
    const folder = new ArticleFolder(dir);
    for (const relative of await markdownFiles(dir)) {
      folder.taken.add(relative);
      const text = await readFile(path.join(dir, relative), "utf8");
      if (!text.includes(`\n${IMPORT_RECORD_FIELD}:`)) continue;
      const record = readImportRecord(text);
      if (record) folder.bySource.set(record.source, { path: relative, digest: digestOf(text), edited: record.edited });
    }
    return folder;
  }

  /**
   * Writes one article's text: into the file of the same source, or a new `month/slug.md` (with
   * `-2`, `-3`… when taken). Returns what it did and where; writes nothing when nothing changed.
   */
  write(source: string, month: string, slug: string, render: (slug: string) => string): WriteOutcome {
    const known = this.bySource.get(source);
    if (known) {
      if (known.edited) return { action: "kept-edited", path: known.path };
      const existingSlug = path.basename(known.path, ".md");
      const text = render(existingSlug);
      const digest = digestOf(text);
      if (digest === known.digest) return { action: "unchanged", path: known.path };
      known.digest = digest;
      this.writeWhole(known.path, text);
      return { action: "updated", path: known.path };
    }
    let candidate = slug;
    for (let n = 2; this.taken.has(`${month}/${candidate}.md`); n++) candidate = `${slug}-${n}`;
    const relative = `${month}/${candidate}.md`;
    const text = render(candidate);
    this.taken.add(relative);
    this.bySource.set(source, { path: relative, digest: digestOf(text), edited: false });
    this.writeWhole(relative, text);
    return { action: "created", path: relative, renamedFrom: candidate === slug ? undefined : `${month}/${slug}.md` };
  }

  /**
   * Whole or nothing: a file is never left half-written. Written synchronously: a few kilobytes go to
   * the page cache at once, and the promise API's file handles cost the main thread three times the
   * CPU (measured, issue 23) while the bodies are converted on the other cores.
   */
  private writeWhole(relative: string, text: string): void {
    const file = path.join(this.dir, relative);
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    const temporary = `${file}.importing`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  }
}
