/**
 * `npm run import -- wordpress EXPORT.xml [--media DIR] [--categories MAPPING.yaml]` and
 * `npm run import -- html DIR [--config import.yaml]`, both with `[--fetch-media] [--content DIR] [--lang en]`:
 * brings an old archive into content/ (src/import/) and prints the report. Safe to run again.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { commandLine, usageExit } from "../src/command-line.ts";
import { parse } from "yaml";
import { parseCategoryMapping, EMPTY_MAPPING } from "../src/import/categories.ts";
import { importHtml, parseHtmlImportConfig } from "../src/import/html-import.ts";
import { formatImportReport, type ImportReport } from "../src/import/import-report.ts";
import { importMessage } from "../src/import/import-strings.ts";
import { importWordpress } from "../src/import/wordpress-import.ts";
import { WxrSyntaxError } from "../src/import/wxr-reader.ts";
import { DEFAULT_CONTENT_DIR } from "../src/project-paths.ts";

const { values, positionals, lang } = commandLine({
  command: "npm run import",
  usage: { vi: importMessage("vi", "usage"), en: importMessage("en", "usage") },
  positionals: { min: 0, max: 2 },
  options: {
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    media: { type: "string" },
    categories: { type: "string" },
    config: { type: "string" },
    "fetch-media": { type: "boolean", default: false },
  },
});
const message = (key: Parameters<typeof importMessage>[1], values?: Record<string, string | number>): string => importMessage(lang, key, values);

/** A usage error: the usage and the message, no stack trace. */
function fail(text: string): never {
  return usageExit(`${message("usage")}\n\n${text}`);
}

const [command, source] = positionals;
if (command !== "wordpress" && command !== "html") fail(message("unknownCommand", { command: command ?? "" }));
if (!source) fail(message("missingSource"));
try {
  await stat(source);
} catch {
  fail(message("sourceMissing", { path: source }));
}

async function readYaml(file: string): Promise<unknown> {
  try {
    return parse(await readFile(file, "utf8"), { version: "1.2" });
  } catch (error) {
    return fail(message("problemConfig", { message: `${file}: ${(error as Error).message.split("\n")[0]}` }));
  }
}

const contentDir = path.resolve(values.content);
let report: ImportReport;
try {
  if (command === "wordpress") {
    let mapping = EMPTY_MAPPING;
    if (values.categories) {
      const result = parseCategoryMapping(await readYaml(values.categories));
      if (result.errors.length) fail(result.errors.map((error) => `${values.categories}: ${message("problemConfig", { message: error })}`).join("\n"));
      mapping = result.mapping;
    }
    report = await importWordpress({ exportFile: source, displayName: source, contentDir, mapping, mediaDir: values.media, fetchMedia: values["fetch-media"] });
  } else {
    const result = parseHtmlImportConfig(values.config ? await readYaml(values.config) : {});
    if (result.errors.length) fail(result.errors.map((error) => `${values.config}: ${message("problemConfig", { message: error })}`).join("\n"));
    report = await importHtml({ dir: source, displayName: source, contentDir, config: result.config, fetchMedia: values["fetch-media"] });
  }
} catch (error) {
  if (error instanceof WxrSyntaxError) {
    console.error(`${source}:${error.line}: ${message("notXml", { line: error.line, message: error.message.split("\n")[0]! })}`);
    process.exit(1);
  }
  throw error;
}
for (const line of formatImportReport(report, lang)) console.log(line);
if (report.problems.some((problem) => problem.severity === "error")) process.exitCode = 1;
