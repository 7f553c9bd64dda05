/**
 * An imported article as a file: front matter written with the `yaml` package (every string
 * double-quoted, so a `#` or `: ` in a headline survives), the Markdown body, and the import record
 * (`imported: { source, hash }`) that lets a later import tell its own unchanged file from one a
 * writer has edited since (src/import/import-record.ts).
 */
import { createHash } from "node:crypto";
import { Document } from "yaml";
import { parseSourceFile } from "../content/front-matter.ts";
import type { ARTICLE_FIELDS } from "../content/schema.ts";

/** The front-matter field the importer records itself in: the schema's (src/content/schema.ts checks its shape), spelt here once. */
export const IMPORT_RECORD_FIELD = "imported" satisfies (typeof ARTICLE_FIELDS)[number];

export interface ImportRecord {
  /** Where the article came from: `wordpress:<post id>` or `html:<page path>`. */
  source: string;
  /** sha256 of the article as the importer wrote it, record left out (`contentHash`). */
  hash: string;
}

/** YAML's own short escapes for the control characters JSON writes as `\u00XX`. */
const YAML_ESCAPES: Record<string, string> = { "00": "\\0", "07": "\\a", "0b": "\\v", "1b": "\\e" };

/**
 * A double-quoted YAML string: JSON's, which YAML 1.2 reads as the same string, with the control
 * characters escaped as the `yaml` package escapes them.
 * @example quoted('Tin "mới" # 1') // '"Tin \\"mới\\" # 1"'
 */
function quoted(text: string): string {
  return JSON.stringify(text).replace(/\\(u00[01][0-9a-f]|[^u])/g, (escape, code: string) =>
    code.startsWith("u00") ? (YAML_ESCAPES[code.slice(3)] ?? `\\x${code.slice(3)}`) : escape,
  );
}

/** One front-matter value as the `yaml` package writes it, for the shapes the importer writes; undefined for another. */
function yamlValue(value: unknown): string | undefined {
  if (typeof value === "string") return ` ${quoted(value)}`;
  if (typeof value === "boolean") return ` ${value}`;
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string")) return value.map((item) => `\n  - ${quoted(item)}`).join("");
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([key, item]) => /^[a-z]+$/.test(key) && typeof item === "string")) return entries.map(([key, item]) => `\n  ${key}: ${quoted(item as string)}`).join("");
  }
  return undefined;
}

/**
 * The file's text. The front matter is written by hand for the importer's few shapes (text, yes/no,
 * lists of text, groups of text), byte for byte what the `yaml` package writes (a test holds the two
 * together): the package's general writer measured as a tenth of an import's CPU (issue 23).
 */
function serialize(frontMatter: Record<string, unknown>, body: string): string {
  let yaml = "";
  for (const [key, value] of Object.entries(frontMatter)) {
    const written = /^[a-z]+$/.test(key) ? yamlValue(value) : undefined;
    if (written === undefined) {
      yaml = new Document(frontMatter).toString({ defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
      break;
    }
    yaml += `${key}:${written}\n`;
  }
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
