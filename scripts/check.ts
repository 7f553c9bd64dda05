/**
 * `npm run check`: validates every article and data file without building, with the same loader
 * and schema as the build. Prints every problem as `path:line: field: message`; exits 1 on errors.
 * Usage: tsx scripts/check.ts [--content DIR] [--lang vi|en] (src/cli-messages.ts)
 */
import path from "node:path";
import { loadContent } from "../src/content/load-content.ts";
import { formatProblem, hasErrors } from "../src/content/problems.ts";
import { usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { DEFAULT_CONTENT_DIR } from "../src/project-paths.ts";
import { readSettings } from "../src/settings.ts";

const { values } = commandLine({ command: "npm run check", usage: usageOf("check"), options: { content: { type: "string", default: DEFAULT_CONTENT_DIR } } });

const started = performance.now();
const settings = readSettings(process.env);
const content = await loadContent({ contentDir: path.resolve(values.content), buildTime: settings.now(), env: settings.siteOverrides, reportMissingFormEndpoint: false });
for (const problem of content.problems) console.log(formatProblem(problem));

const errors = content.problems.filter((problem) => problem.severity === "error").length;
const warnings = content.problems.length - errors;
const count = (status: string): number => content.articles.filter((article) => article.status === status).length;
console.log(
  `${content.articles.length} articles checked (${count("published")} published, ${count("draft")} drafts, ` +
    `${count("scheduled")} scheduled): ${errors} errors, ${warnings} warnings ` +
    `in ${((performance.now() - started) / 1000).toFixed(2)} s`,
);
if (hasErrors(content.problems)) process.exitCode = 1;
