/**
 * `npm run check`: validates every article and data file without building, with the same loader
 * and schema as the build, and checks that the record of published URLs is current
 * (src/content/published-record.ts). Prints every problem as `path:line: field: message`; exits 1 on errors.
 * Usage: tsx scripts/check.ts [--content DIR] [--cache DIR] [--lang vi|en]
 * --lang: the language of the messages (Vietnamese by default); the usage is in src/cli-messages.ts.
 */
import path from "node:path";
import { loadContent } from "../src/content/load-content.ts";
import { formatProblem, hasErrors, sortProblems } from "../src/problems.ts";
import { staleRecordProblems } from "../src/content/published-record.ts";
import { usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { DEFAULT_CONTENT_DIR, PROJECT_DIR } from "../src/project-paths.ts";
import { rendererFingerprint } from "../src/pipeline/page-cache.ts";
import { readSettings } from "../src/settings.ts";
import { scheduleLines } from "../src/content/schedule.ts";
import { writerMessages } from "../src/writer-messages.ts";

const { values, lang } = commandLine({ command: "npm run check", usage: usageOf("check"), folders: ["content"], options: { content: { type: "string", default: DEFAULT_CONTENT_DIR }, cache: { type: "string", default: path.join(PROJECT_DIR, ".cache", "check") } } });

const started = performance.now();
const settings = readSettings(process.env);
const content = await loadContent({
  contentDir: path.resolve(values.content),
  buildTime: settings.now(),
  env: settings.siteOverrides,
  writerLanguage: lang,
  reportMissingFormEndpoint: false,
  // What was derived from each unchanged article file is kept (src/content/derived-store.ts), in a
  // folder of check's own: a check and a build running side by side never write each other's snapshot.
  cache: { dir: path.resolve(values.cache), code: await rendererFingerprint() },
});
const { record, applied, displayPath, fileOf, unread } = content.published;
const problems = sortProblems([...content.problems, ...staleRecordProblems(content.articles, record, applied, { displayPath, fileOf, lang, unread })]);
for (const problem of problems) console.log(formatProblem(problem, lang));

const errors = problems.filter((problem) => problem.severity === "error").length;
const warnings = problems.length - errors;
const count = (status: string): number => content.articles.filter((article) => article.status === status).length;
for (const line of scheduleLines(content.articles, lang)) console.log(line);
console.log(
  writerMessages[lang].checkSummary({
    articles: content.articles.length,
    published: count("published"),
    drafts: count("draft"),
    scheduled: count("scheduled"),
    errors,
    warnings,
    seconds: (performance.now() - started) / 1000,
  }),
);
if (hasErrors(problems)) process.exitCode = 1;
