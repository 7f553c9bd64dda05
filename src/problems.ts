import { DEFAULT_LANGUAGE, type Language } from "./language.ts";

/** A problem found in content, precise enough for a writer to fix it without reading code. */
export interface Problem {
  severity: "error" | "warning";
  /** Path of the file, relative to the project (e.g. `content/articles/2024/01/x.md`). */
  file: string;
  /** 1-based line in that file, when it can be known. */
  line?: number;
  /** Front-matter field, or `body`, when the problem belongs to one. */
  field?: string;
  message: string;
}

/** How a warning is marked, in each language of the messages. */
const WARNING_LABELS: Record<Language, string> = { vi: " (cảnh báo)", en: " (warning)" };

/**
 * `path:line: field: message`, the form editors and CI logs turn into links; a warning is marked in
 * the language the messages were written in, the writer's (`--lang`, Vietnamese unless given).
 * No default: a caller that forgot its language would label Vietnamese messages in English.
 * @example formatProblem({ severity: "error", file: "a.md", line: 3, field: "title", message: "is required" }, "en") // "a.md:3: title: is required"
 * @example formatProblem({ severity: "warning", file: "a.md", message: "ảnh nhỏ" }, "vi") // "a.md: ảnh nhỏ (cảnh báo)"
 */
export function formatProblem(problem: Problem, lang: Language): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` ${problem.field}:` : "";
  const label = problem.severity === "warning" ? WARNING_LABELS[lang] : "";
  return `${where}:${field} ${problem.message}${label}`;
}

/** Sorts problems by file, then line, so that reports read top to bottom and are identical run to run. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? "").localeCompare(b.field ?? "") ||
      a.message.localeCompare(b.message),
  );
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === "error");

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    // Errors only, which carry no label: the language changes nothing here. The command lines
    // catch this error and print its problems in the writer's language themselves.
    super(
      `${errors.length} content error${errors.length === 1 ? "" : "s"}:\n` +
        errors.map((p) => `  ${formatProblem(p, DEFAULT_LANGUAGE)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
