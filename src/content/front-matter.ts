/**
 * Splits a Markdown file into front matter and body, and parses the front matter as YAML with
 * js-yaml's CORE schema (YAML 1.2's core types: null, booleans, numbers, strings). It has no
 * timestamp type, so an unquoted `2024-01-27T22:01:00+07:00` or `2024-01-27` stays a string: a
 * YAML 1.1 schema turns both into UTC `Date`s and loses the writer's offset. (The `yaml` package
 * does the same in YAML 1.2 mode and reports lines itself, but parses our front matter 7× slower;
 * measured in docs/design-notes.md.)
 *
 * Front matter is YAML and nothing else: content is data, never code. The splitter is our own
 * rather than gray-matter's, whose opening line may name another language (`---js`, `---coffee`…)
 * and whose `javascript` engine `eval`s what follows (issue 15). Here any word after the opening
 * `---` but `yaml` is an error, and no parser but js-yaml's is reachable from this module.
 */
import { CORE_SCHEMA, YAMLException, load } from "js-yaml";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { writerMessages } from "../writer-messages.ts";
import { controlCharacters } from "./source-text.ts";
import { explainYamlError } from "./yaml-data.ts";

export interface SourceFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of each top-level front-matter key in the whole file. */
  fieldLines: ReadonlyMap<string, number>;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** What keeps the file from being read (YAML syntax, a language tag, control characters), with its line in the whole file. */
  errors: { line?: number; field?: string; message: string }[];
}

/** A top-level `key:` at the start of a line; the key may be quoted. */
const TOP_LEVEL_KEY = /^(?:"([^"]+)"|'([^']+)'|([^\s#'"\-?:,[\]{}&*!|>%@`][^:#]*?))\s*:(?:\s|$)/;

/** The opening line: `---`, then perhaps a language tag (`---yaml`, `---js`), then spaces. */
const OPENING_LINE = /^---(?!-)[ \t]*(\S*)[ \t]*$/;
/** The only language tags an opening line may carry: they name YAML, which we parse anyway. */
const YAML_TAGS = new Set(["", "yaml", "yml"]);
const CLOSING_LINE = /^---[ \t]*$/;

/** At most this many control characters are reported per file: one is enough to find the rest. */
const MAX_CONTROL_CHARACTER_REPORTS = 10;

/**
 * Parses one file's text (LF line endings: see source-text.ts). Never throws on bad input: every
 * problem is returned with its line, in the writer's language.
 * @example parseSourceFile("---\ntitle: Tin\n---\nThân bài\n").data // { title: "Tin" }
 */
export function parseSourceFile(text: string, lang: Language = DEFAULT_LANGUAGE): SourceFile {
  const messages = writerMessages[lang];
  // Only the front matter is split into lines: the body, most of the file, is cut off whole.
  const lines: string[] = [];
  let start = 0;
  let closing = -1;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    lines.push(line);
    start = end === -1 ? text.length + 1 : end + 1;
    if (lines.length === 1 && !OPENING_LINE.test(line)) break;
    if (lines.length > 1 && CLOSING_LINE.test(line)) {
      closing = lines.length - 1;
      break;
    }
  }
  const opening = OPENING_LINE.exec(lines[0]!);
  if (!opening) {
    // No front matter: the whole file is the body, and the schema reports the missing fields.
    return { data: {}, body: text, fieldLines: new Map(), bodyLine: 1, errors: controlCharacterErrors(text, [], lang) };
  }
  const tag = opening[1]!;
  if (!YAML_TAGS.has(tag.toLowerCase())) {
    return { data: {}, body: "", fieldLines: new Map(), bodyLine: 1, errors: [{ line: 1, message: messages.frontMatterNotYaml(tag) }] };
  }
  if (closing === -1) {
    return { data: {}, body: "", fieldLines: new Map(), bodyLine: 1, errors: [{ line: 1, message: messages.frontMatterNotClosed() }] };
  }

  const fieldLines = new Map<string, number>();
  const keyLines: [line: number, key: string][] = [];
  for (let index = 1; index < closing; index++) {
    const match = TOP_LEVEL_KEY.exec(lines[index]!);
    const key = match?.[1] ?? match?.[2] ?? match?.[3];
    if (key === undefined) continue;
    keyLines.push([index + 1, key]);
    if (!fieldLines.has(key)) fieldLines.set(key, index + 1);
  }
  const body = text.slice(Math.min(start, text.length));
  const bodyLine = closing + 2;

  const errors = controlCharacterErrors(text, keyLines, lang, closing + 1);
  if (errors.length > 0) return { data: {}, body, fieldLines, bodyLine, errors };
  // A plain value that YAML would cut at " #" or refuse at ": " is reported with the line to paste,
  // before js-yaml's own message (or its silent cut) would reach the writer.
  errors.push(...unquotedValueErrors(lines.slice(0, closing), lang));
  if (errors.length > 0) return { data: {}, body, fieldLines, bodyLine, errors };

  // A leading empty line makes the YAML's line N the file's line N.
  const yamlText = "\n" + lines.slice(1, closing).join("\n");
  let value: unknown;
  try {
    value = load(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? error.mark.line + 1 : undefined;
    errors.push({ line, field: keyLines.find(([keyLine]) => keyLine === line)?.[1], message: error.reason === "duplicated mapping key" ? messages.duplicateKey : explainYamlError(error.reason, lang) });
    return { data: {}, body, fieldLines, bodyLine, errors };
  }
  if (value === null || value === undefined) return { data: {}, body, fieldLines, bodyLine, errors };
  if (typeof value !== "object" || Array.isArray(value)) {
    errors.push({ line: 2, message: messages.frontMatterNotFields });
    return { data: {}, body, fieldLines, bodyLine, errors };
  }
  return { data: value as Record<string, unknown>, body, fieldLines, bodyLine, errors };
}

/** What YAML reads as a plain value that starts like a quoted one, a list, a map, a block or a tag. */
const NOT_PLAIN = /^["'[{|>&*!%@`]/;

/** An indented `key:` (a field of a group, such as image's caption), perhaps as a list item (`- date:`). */
const NESTED_KEY = /^(?:[ \t]*-[ \t]+|[ \t]+)(?:"[^"]+"|'[^']+'|[^\s#'"\-?:,[\]{}&*!|>%@`][^:#]*?)\s*:(?:\s|$)/;
/** A list item's dash. */
const LIST_ITEM = /^[ \t]*-[ \t]+/;

/**
 * Plain values that YAML would read other than as written, at any depth (a title, an image's caption,
 * a tag in a list): a value cut at ` #` (the rest is a comment: "Chiến dịch #VệTinhViệtNam" publishes
 * as "Chiến dịch") or holding `: ` (a syntax error in YAML's words). Each comes with its line quoted,
 * ready to paste, and the top-level field it belongs to. Block scalars (`caption: |`) and quoted values
 * running over several lines are YAML's own and left alone.
 * @param lines the front matter's lines, the opening `---` first
 */
function unquotedValueErrors(lines: readonly string[], lang: Language): SourceFile["errors"] {
  const errors: SourceFile["errors"] = [];
  let field: string | undefined;
  /** Lines indented deeper than this belong to a block scalar or a quoted value that runs on. */
  let skipDeeperThan: number | undefined;
  for (let index = 1; index < lines.length; index++) {
    const written = lines[index]!;
    const indent = written.length - written.trimStart().length;
    if (skipDeeperThan !== undefined) {
      if (written.trim() === "" || indent > skipDeeperThan) continue;
      skipDeeperThan = undefined;
    }
    if (written.trim() === "" || written.trimStart().startsWith("#")) continue;
    const topLevel = TOP_LEVEL_KEY.exec(written);
    if (topLevel) field = topLevel[1] ?? topLevel[2] ?? topLevel[3];
    const keyPart = (topLevel ?? NESTED_KEY.exec(written) ?? LIST_ITEM.exec(written))?.[0];
    if (keyPart === undefined) continue;
    const value = written.slice(keyPart.length).trim();
    if (/^[|>]/.test(value) || (/^["']/.test(value) && !value.endsWith(value[0]!))) {
      skipDeeperThan = indent;
      continue;
    }
    if (value === "" || NOT_PLAIN.test(value)) continue;
    const comment = /(^|[ \t])#/.exec(value);
    const kept = comment ? value.slice(0, comment.index).trim() : value;
    const line = index + 1;
    // A value that is only a comment (`title: # …`) is no value: the schema reports it as missing.
    if (comment && kept !== "") {
      errors.push({ line, field, message: writerMessages[lang].valueCutAtHash(kept, quotedLine(keyPart, value)) });
    } else if (/:[ \t]/.test(kept)) {
      errors.push({ line, field, message: writerMessages[lang].colonInValue(quotedLine(keyPart, value)) });
    }
  }
  return errors;
}

/** The line with its value quoted: in single quotes when the value holds a double quote and no single one. */
function quotedLine(keyPart: string, value: string): string {
  const quoted = value.includes('"') && !value.includes("'") ? `'${value}'` : `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  return `${keyPart.trim()} ${quoted}`;
}

/**
 * Control characters anywhere in the file, each named by its line and by the field it stands in:
 * the front-matter key above it, or `body` below the closing `---` (line `closingLine`).
 */
function controlCharacterErrors(
  text: string,
  keyLines: readonly [number, string][],
  lang: Language,
  closingLine = 0,
): SourceFile["errors"] {
  return controlCharacters(text)
    .slice(0, MAX_CONTROL_CHARACTER_REPORTS)
    .map(({ line, column, codePoint }) => {
      let field = line > closingLine ? "body" : undefined;
      if (line <= closingLine) {
        for (const [keyLine, key] of keyLines) {
          if (keyLine > line) break;
          field = key;
        }
      }
      return { line, field, message: writerMessages[lang].controlCharacter(codePoint, column) };
    });
}
