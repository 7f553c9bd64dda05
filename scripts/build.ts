/**
 * `npm run build`: the production build of the site into _site/.
 * Usage: tsx scripts/build.ts [--content DIR] [--output DIR] [--cache DIR] [--preview] [--pages-per-batch N] [--lang vi|en]
 * --preview also publishes drafts and scheduled articles, badged, e.g. for an editors' staging site.
 * --cache names the folder of written pages a rebuild reuses (default .cache/build/; keep it in CI).
 * --pages-per-batch bounds the pages of one Eleventy run (default 30,000; src/pipeline/page-batches.ts):
 *   lower takes less memory and a little more time.
 * --lang: the language of messages about content (Vietnamese by default).
 */
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine, usageExit } from "../src/command-line.ts";
import { COMMAND_STARTED_VARIABLE, rerunWithHeapLimit } from "../src/pipeline/heap.ts";
import { runBuild } from "../src/pipeline/run-build.ts";
import { ContentError, formatProblem } from "../src/problems.ts";
import { DEFAULT_CONTENT_DIR, DEFAULT_OUTPUT_DIR } from "../src/project-paths.ts";
import { readSettings } from "../src/settings.ts";

const { values, lang } = commandLine({
  command: "npm run build",
  usage: usageOf("build"),
  folders: ["content"],
  options: {
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    output: { type: "string", default: DEFAULT_OUTPUT_DIR },
    preview: { type: "boolean", default: false },
    cache: { type: "string" },
    "pages-per-batch": { type: "string" },
  },
});
const writerLanguage = lang;

if (!(await rerunWithHeapLimit())) await main();

function positiveWholeNumber(option: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    usageExit(`${usageOf("build")[lang]}\n\n${cliMessages[lang].problem(cliMessages[lang].wholeNumber(option, text))}`);
  }
  return value;
}

async function main(): Promise<void> {
  try {
    await runBuild({
      contentDir: path.resolve(values.content),
      outputDir: path.resolve(values.output),
      mode: values.preview ? "preview" : "production",
      settings: readSettings(process.env),
      cacheDir: values.cache === undefined ? undefined : path.resolve(values.cache),
      pagesPerBatch: values["pages-per-batch"] === undefined ? undefined : positiveWholeNumber("--pages-per-batch", values["pages-per-batch"]),
      log: (line) => console.log(line),
      commandStartedAt: Number(process.env[COMMAND_STARTED_VARIABLE]) || performance.timeOrigin,
      writerLanguage,
    });
  } catch (error) {
    const messages = cliMessages[lang];
    if (error instanceof ContentError) {
      const errors = error.problems.filter((problem) => problem.severity === "error");
      console.error(`\n${messages.buildStopped(errors.length)}\n${errors.map((problem) => `  ${formatProblem(problem, lang)}`).join("\n")}\n${messages.previousKept()}`);
    } else {
      console.error(`\n${messages.buildFailed()}\n`, error, `\n${messages.previousKept()}`);
    }
    process.exitCode = 1;
  }
}
