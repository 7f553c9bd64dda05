/**
 * Splits a Markdown file into front matter and body with gray-matter, parsing the YAML with
 * js-yaml's CORE schema (YAML 1.2's core types: null, booleans, numbers, strings). It has no
 * timestamp type, so an unquoted `2024-01-27T22:01:00+07:00` or `2024-01-27` stays a string:
 * gray-matter's default YAML 1.1 schema turns both into UTC `Date`s and loses the writer's offset.
 * (The `yaml` package does the same in YAML 1.2 mode and reports lines itself, but parses our
 * front matter 7× slower; measured in the README's design notes.)
 */
import matter from "gray-matter";
import { CORE_SCHEMA, YAMLException, load } from "js-yaml";

export interface SourceFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of each top-level front-matter key in the whole file. */
  fieldLines: ReadonlyMap<string, number>;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** YAML syntax errors, with their line in the whole file. */
  syntaxErrors: { line?: number; message: string }[];
}

/** A top-level `key:` at the start of a line; the key may be quoted. */
const TOP_LEVEL_KEY = /^(?:"([^"]+)"|'([^']+)'|([^\s#'"\-?:,[\]{}&*!|>%@`][^:#]*?))\s*:(?:\s|$)/;

/** Parses one file's text. Never throws on bad YAML: errors are returned with their lines. */
export function parseSourceFile(text: string): SourceFile {
  const fieldLines = new Map<string, number>();
  const syntaxErrors: SourceFile["syntaxErrors"] = [];

  // gray-matter hands the engine everything after the opening `---`, beginning with the rest of
  // line 1 (normally just its line break), so the YAML's line N is the file's line N.
  const parseYaml = (yamlText: string): Record<string, unknown> => {
    let value: unknown;
    try {
      value = load(yamlText, { schema: CORE_SCHEMA });
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      syntaxErrors.push({ line: error.mark ? error.mark.line + 1 : undefined, message: `front matter is not valid YAML: ${error.reason}` });
      return {};
    }
    if (value === null || value === undefined) return {};
    if (typeof value !== "object" || Array.isArray(value)) {
      syntaxErrors.push({ line: 2, message: "front matter must be a list of `field: value` lines" });
      return {};
    }
    yamlText.split("\n").forEach((line, index) => {
      const match = TOP_LEVEL_KEY.exec(line);
      const key = match?.[1] ?? match?.[2] ?? match?.[3];
      if (key !== undefined && !fieldLines.has(key)) fieldLines.set(key, index + 1);
    });
    return value as Record<string, unknown>;
  };

  // Passing options also keeps gray-matter from caching every file it has seen, which would hold the archive twice.
  const file = matter(text, { engines: { yaml: { parse: parseYaml, stringify: () => "" } }, language: "yaml" });
  const headerLength = text.length - file.content.length;
  const bodyLine = countLines(text, headerLength);
  return { data: file.data as Record<string, unknown>, body: file.content, fieldLines, bodyLine, syntaxErrors };
}

function countLines(text: string, upTo: number): number {
  let line = 1;
  for (let i = 0; i < upTo; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
