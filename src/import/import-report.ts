/**
 * What an import did: counts and every problem, each as `source:item: field: message` in the
 * writer's language (src/import/import-strings.ts). Problems are kept as message keys and values,
 * so that one run's report prints in either language.
 */
import type { Language } from "../language.ts";
import { importMessage, type ImportMessageKey } from "./import-strings.ts";

export interface ImportProblem {
  severity: "warning" | "error";
  /** The export file or the saved site's folder, as given. */
  source: string;
  /** The item's line in the export, or the page's path under the folder. */
  item: string;
  field: string;
  key: ImportMessageKey;
  values?: Record<string, string | number>;
}

export type SkipReason = "skipPrivate" | "skipTrash" | "skipOtherStatus" | "skipNoDate" | "skipNoTitle" | "skipEdited";

export class ImportReport {
  readonly problems: ImportProblem[] = [];
  created = 0;
  updated = 0;
  unchanged = 0;
  scheduled = 0;
  drafts = 0;
  photosCopied = 0;
  photosReused = 0;
  photosRemote = 0;
  readonly skipped = new Map<SkipReason, number>();
  newCategories: string[] = [];

  constructor(readonly source: string) {}

  problem(item: string, field: string, key: ImportMessageKey, values?: Record<string, string | number>, severity: "warning" | "error" = "warning"): void {
    this.problems.push({ severity, source: this.source, item, field, key, values });
  }

  skip(reason: SkipReason): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  get imported(): number {
    return this.created + this.updated + this.unchanged;
  }

  get filesWritten(): number {
    return this.created + this.updated;
  }
}

/**
 * One problem as `source:item: field: message`.
 * @example formatImportProblem({ severity: "warning", source: "x.xml", item: "12", field: "image", key: "problemMissingAttachment", values: { id: 7 } }, "en") // "x.xml:12: image: the featured image (attachment 7) is not in the export (warning)"
 */
export function formatImportProblem(problem: ImportProblem, lang: Language): string {
  const label = problem.severity === "warning" ? ` ${importMessage(lang, "warningLabel")}` : "";
  return `${problem.source}:${problem.item}: ${problem.field}: ${importMessage(lang, problem.key, problem.values)}${label}`;
}

/** The report as printed lines: counts first, then every problem. */
export function formatImportReport(report: ImportReport, lang: Language): string[] {
  const m = (key: ImportMessageKey, values?: Record<string, string | number>): string => importMessage(lang, key, values);
  const skippedTotal = [...report.skipped.values()].reduce((a, b) => a + b, 0);
  const lines = [
    m("reportTitle", { source: report.source }),
    m("countImported", { count: report.imported, created: report.created, updated: report.updated, unchanged: report.unchanged }),
    m("countScheduled", { count: report.scheduled }),
    m("countDrafts", { count: report.drafts }),
    m("countSkipped", { count: skippedTotal }),
    ...[...report.skipped].sort(([a], [b]) => a.localeCompare(b)).map(([reason, count]) => m("countSkippedReason", { reason: m(reason), count })),
    m("countPhotos", { count: report.photosCopied, reused: report.photosReused, remote: report.photosRemote }),
  ];
  if (report.newCategories.length > 0) lines.push(m("countCategories", { list: report.newCategories.join(", ") }));
  if (report.filesWritten === 0 && report.newCategories.length === 0 && report.photosCopied === 0) lines.push(m("nothingWritten"));
  if (report.problems.length > 0) {
    lines.push(m("countProblems", { count: report.problems.length }));
    for (const problem of report.problems) lines.push(formatImportProblem(problem, lang));
  }
  return lines;
}
