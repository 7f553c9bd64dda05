/**
 * An imported article as a file: front matter written with the `yaml` package (every string
 * double-quoted, so a `#` or `: ` in a headline survives), the Markdown body, and the import record
 * (`imported: { source, hash }`) that lets a later import tell its own unchanged file from one a
 * writer has edited since (src/import/import-record.ts).
 */
import { createHash } from "node:crypto";
import { Document } from "yaml";
import { parseSourceFile } from "../content/front-matter.ts";

/**
 * The front-matter field the importer records itself in; src/content/schema.ts knows it as `imported`
 * (a field no page shows), so that check accepts imported files. This constant is the importer's spelling.
 */
export const IMPORT_RECORD_FIELD = "imported";

export interface ImportRecord {
  /** Where the article came from: `wordpress:<post id>` or `html:<page path>`. */
  source: string;
  /** sha256 of the article as the importer wrote it, record left out (`contentHash`). */
  hash: string;
}

function serialize(frontMatter: Record<string, unknown>, body: string): string {
  const document = new Document(frontMatter);
  const yaml = document.toString({ defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

/**
 * The hash of an article file's front matter (record left out) and body, as the loader reads them,
 * so that re-quoting by the writer's editor counts as no change, and any change of a value counts.
 * @example contentHash('---\ntitle: "A"\n---\n\nBody\n') // "sha256:…"
 */
export function contentHash(text: string): string {
  const { data, body } = parseSourceFile(text);
  const rest = { ...data };
  delete rest[IMPORT_RECORD_FIELD];
  return hashOf(rest, body);
}

function hashOf(frontMatter: Record<string, unknown>, body: string): string {
  return `sha256:${createHash("sha256").update(JSON.stringify(frontMatter)).update("\n").update(body.trim()).digest("hex")}`;
}

/**
 * The file's text: front matter, body, and the record of this import.
 * @example articleFileText({ title: "Tin: mới # 1" }, "Thân bài.", "wordpress:12")
 */
export function articleFileText(frontMatter: Record<string, unknown>, body: string, source: string): string {
  // Strings, lists, groups and booleans read back from the YAML as written, so the hash of the data
  // is the hash of the file the loader reads (the tests hold the two to each other).
  const hash = hashOf(frontMatter, body);
  const record: ImportRecord = { source, hash };
  return serialize({ ...frontMatter, [IMPORT_RECORD_FIELD]: record }, body);
}

/** The record an imported file carries, if it carries one. */
export function readImportRecord(text: string): (ImportRecord & { edited: boolean }) | undefined {
  const { data } = parseSourceFile(text);
  const record = data[IMPORT_RECORD_FIELD] as Partial<ImportRecord> | undefined;
  if (!record || typeof record !== "object" || typeof record.source !== "string" || typeof record.hash !== "string") return undefined;
  return { source: record.source, hash: record.hash, edited: contentHash(text) !== record.hash };
}
