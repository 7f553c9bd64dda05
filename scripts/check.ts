/**
 * `npm run check`: validates every article and data file without building, with the same loader
 * and schema as the build, and checks that the record of published URLs is current
 * (src/content/published-record.ts). Prints every problem as `path:line: field: message`; exits 1 on errors.
 * Usage: tsx scripts/check.ts [--content DIR] [--lang vi|en]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildTime } from "../src/build-time.ts";
import { loadArchive } from "../src/content/load-archive.ts";
import { formatProblem, hasErrors, sortProblems } from "../src/content/problems.ts";
import { staleRecordProblems } from "../src/content/published-record.ts";
import { DEFAULT_LANGUAGE, isLanguage } from "../src/language.ts";
import { DEFAULT_CONTENT_DIR } from "../src/project-paths.ts";

const { values } = parseArgs({ options: { content: { type: "string", default: DEFAULT_CONTENT_DIR }, lang: { type: "string", default: DEFAULT_LANGUAGE } } });
const lang = isLanguage(values.lang) ? values.lang : DEFAULT_LANGUAGE;

const started = performance.now();
const archive = await loadArchive({ contentDir: path.resolve(values.content), buildTime: buildTime(), lang });
const { record, applied, displayPath, fileOf } = archive.published;
const problems = sortProblems([...archive.problems, ...staleRecordProblems(archive.articles, record, applied, { displayPath, fileOf, lang })]);
for (const problem of problems) console.log(formatProblem(problem));

const errors = problems.filter((problem) => problem.severity === "error").length;
const warnings = problems.length - errors;
const count = (status: string): number => archive.articles.filter((article) => article.status === status).length;
console.log(
  `${archive.articles.length} articles checked (${count("published")} published, ${count("draft")} drafts, ` +
    `${count("scheduled")} scheduled): ${errors} errors, ${warnings} warnings ` +
    `in ${((performance.now() - started) / 1000).toFixed(2)} s`,
);
if (hasErrors(problems)) process.exitCode = 1;
