/**
 * A YAML data file of content/_data/ (polls, the front page's pins), parsed so that every message can
 * name its line: the document's root node, a function from a node to its line, and the file's syntax
 * errors as problems. One reading of YAML 1.2's core schema for every data file.
 */
import { LineCounter, type Node, isMap, isScalar, parseDocument } from "yaml";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { writerMessages } from "../writer-messages.ts";
import type { Problem } from "../problems.ts";

export interface YamlData {
  /** The root node; `undefined` when the file has syntax errors, `null` when it holds nothing. */
  root: unknown;
  /** The 1-based line where a node starts, when it has a place in the file. */
  lineOf(node: unknown): number | undefined;
  /** Syntax errors, each at its line. */
  problems: Problem[];
}

/** YAML's reasons, from js-yaml (front matter) or the yaml package (data files), by what a writer did. */
const YAML_REASONS: readonly [RegExp, "yamlUnclosedBracket" | "yamlUnclosedDouble" | "yamlUnclosedSingle" | "yamlTab" | "yamlIndentation" | "yamlMissingColon"][] = [
  [/flow collection|end with a [\]}]/i, "yamlUnclosedBracket"],
  [/double quoted|closing "quote/i, "yamlUnclosedDouble"],
  [/single quoted|closing 'quote/i, "yamlUnclosedSingle"],
  [/\btabs?\b/i, "yamlTab"],
  [/indent|same column|compact mappings|node end/i, "yamlIndentation"],
  [/document separator|implicit key/i, "yamlMissingColon"],
];

/**
 * A YAML syntax error said the writer's way: what the mistake usually is and its fix, or YAML's own
 * reason with the usual causes when it is none of those.
 * @example explainYamlError("unexpected end of the stream within a flow collection", "en") // "YAML cannot read this: a list opened with [ …"
 */
export function explainYamlError(reason: string, lang: Language = DEFAULT_LANGUAGE): string {
  const known = YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1];
  return known ? writerMessages[lang][known] : writerMessages[lang].notYaml(reason);
}

/**
 * The line of each top-level key of a mapping, for messages about a setting (site.yaml's `url:`).
 * @example topLevelKeyLines(parseYamlData("title: A\nurl: x", "s.yaml")).get("url") // 2
 */
export function topLevelKeyLines({ root, lineOf }: YamlData): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(root)) return lines;
  for (const pair of root.items) {
    const line = lineOf(pair.key);
    if (isScalar(pair.key) && line !== undefined) lines.set(String(pair.key.value), line);
  }
  return lines;
}

/**
 * Parses the text of a data file.
 * @example parseYamlData("a: 1\nb: [", "x.yaml").problems[0]?.line // 2
 */
export function parseYamlData(text: string, displayPath: string, lang: Language = DEFAULT_LANGUAGE): YamlData {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { version: "1.2", schema: "core", lineCounter, prettyErrors: false });
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as Node | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const problems: Problem[] = document.errors.map((error) => ({
    severity: "error",
    file: displayPath,
    line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line,
    message: error.code === "DUPLICATE_KEY" ? writerMessages[lang].duplicateKey : explainYamlError(error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""), lang),
  }));
  if (problems.length > 0) return { root: undefined, lineOf, problems };
  const root = document.contents;
  return { root: root === null || (isScalar(root) && root.value === null) ? null : root, lineOf, problems };
}
