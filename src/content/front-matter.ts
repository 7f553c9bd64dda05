/**
 * Splits a Markdown file into front matter and body with gray-matter, parsing the YAML as YAML 1.2
 * with the `yaml` package: an unquoted `2024-01-27T22:01:00+07:00` or `2024-01-27` stays a string
 * (YAML 1.1, gray-matter's default, turns both into UTC `Date`s and loses the writer's offset),
 * and every top-level field keeps the line it was written on, for error messages.
 */
import matter from "gray-matter";
import { LineCounter, isMap, isScalar, parseDocument } from "yaml";

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

/**
 * gray-matter hands the engine everything after the opening `---`, starting with the rest of
 * line 1 (normally just its line break), so the YAML's line N is the file's line N.
 */
const yamlLineToFileLine = (yamlLine: number): number => yamlLine;

/** Parses one file's text. Never throws on bad YAML: errors are returned with their lines. */
export function parseSourceFile(text: string): SourceFile {
  const fieldLines = new Map<string, number>();
  const syntaxErrors: SourceFile["syntaxErrors"] = [];

  const parseYaml = (yamlText: string): Record<string, unknown> => {
    const lineCounter = new LineCounter();
    const document = parseDocument(yamlText, { lineCounter, version: "1.2", schema: "core", prettyErrors: false });
    for (const error of document.errors) {
      syntaxErrors.push({
        line: yamlLineToFileLine(lineCounter.linePos(error.pos[0]).line),
        message: `front matter is not valid YAML: ${error.message.split("\n")[0]}`,
      });
    }
    if (document.errors.length > 0) return {};
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        if (isScalar(pair.key) && pair.key.range) {
          fieldLines.set(String(pair.key.value), yamlLineToFileLine(lineCounter.linePos(pair.key.range[0]).line));
        }
      }
    } else if (document.contents !== null && !isScalar(document.contents)) {
      syntaxErrors.push({ line: 2, message: "front matter must be a list of `field: value` lines" });
      return {};
    }
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
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
