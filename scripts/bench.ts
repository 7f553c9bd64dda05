/**
 * `npm run bench -- --count N [--seed S] [--json] [--keep] [--cold-only] [--query Q …]`: generates N
 * articles into a temporary content folder, runs the real production build on it (a child process,
 * measured as a whole process tree), measures what a reader's first search fetches (in headless
 * Chromium, when it is installed), then changes one article and builds again. Reports, per stage,
 * wall time, CPU time and peak memory, plus files and bytes written. No test asserts these
 * figures: they are for notes.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine, usageExit } from "../src/command-line.ts";
import { CHROMIUM_PATH } from "../src/bench/chromium.ts";
import { type FirstQueryFigures, measureFirstQuery } from "../src/bench/first-query.ts";
import { type MeasuredRun, runMeasured } from "../src/bench/run-measured.ts";
import { BUILD_NODE_OPTIONS } from "../src/pipeline/heap.ts";
import { outputStats } from "../src/pipeline/output-stats.ts";
import { writeCorpus } from "../src/bench/corpus/write.ts";
import { PROJECT_DIR } from "../src/project-paths.ts";

const { values, lang } = commandLine({
  command: "npm run bench",
  usage: usageOf("bench"),
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "cold-only": { type: "boolean", default: false },
    // A word in most articles, and a rarer pair: the index a query fetches grows with its matches.
    query: { type: "string", multiple: true, default: ["khoa học", "vệ tinh"] },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) usageExit(`${usageOf("bench")[lang]}\n\n${cliMessages[lang].problem(cliMessages[lang].wholeNumber("--count", values.count))}`);

const say = (line: string): void => {
  if (!values.json) console.log(line);
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const strip = ({ output: _output, ...figures }: MeasuredRun & { files: number; bytes: number }) => figures;

const workDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-bench-"));
const contentDir = path.join(workDir, "content");
const outputDir = path.join(workDir, "site");
// The cold build starts with an empty cache; the rebuild after one change finds what it left.
const cacheDir = path.join(workDir, "cache");
// A fixed build time after every generated article but the scheduled ones (2099).
const env = { ...process.env, SOURCE_DATE_EPOCH: "1790000000", NO_COLOR: "1" };

async function build(label: string): Promise<MeasuredRun & { files: number; bytes: number }> {
  say(`\n${label}`);
  const run = await runMeasured(
    process.execPath,
    [...BUILD_NODE_OPTIONS, path.join(PROJECT_DIR, "scripts/build.ts"), "--content", contentDir, "--output", outputDir, "--cache", cacheDir],
    env,
  );
  if (run.exitCode !== 0) throw new Error(`build failed:\n${run.output}`);
  const stats = outputStats(outputDir);
  for (const stage of run.stages) {
    say(`  ${stage.name.padEnd(16)} ${stage.wallSeconds.toFixed(2).padStart(7)} s wall ${stage.cpuSeconds.toFixed(2).padStart(7)} s CPU ${mb(stage.peakRssBytes).padStart(8)} peak`);
  }
  say(`  ${"total".padEnd(16)} ${run.wallSeconds.toFixed(2).padStart(7)} s wall ${run.cpuSeconds.toFixed(2).padStart(7)} s CPU ${mb(run.peakRssBytes).padStart(8)} peak; ${stats.files} files, ${mb(stats.bytes)}`);
  return { ...run, files: stats.files, bytes: stats.bytes };
}

try {
  const generateStart = performance.now();
  const corpus = await writeCorpus({ out: contentDir, count, seed: values.seed });
  const generateSeconds = (performance.now() - generateStart) / 1000;
  say(`Generated ${corpus.articles} articles (${mb(corpus.bytes)}) in ${generateSeconds.toFixed(1)} s → ${contentDir}`);

  const cold = await build("Cold build");

  const firstQueries: FirstQueryFigures[] = [];
  if (existsSync(CHROMIUM_PATH)) {
    for (const query of values.query) {
      const figures = await measureFirstQuery(outputDir, query);
      firstQueries.push(figures);
      const { page, searchScripts, index, fragments, total } = figures.bytes;
      say(
        `\nFirst query "${query}": ${figures.results} results shown, ${figures.requests} requests, ${kb(total)} ` +
          `(page ${kb(page)}, Pagefind's scripts ${kb(searchScripts)}, index ${kb(index)}, results' text ${kb(fragments)}; text gzip-compressed)`,
      );
    }
  } else say(`\n(no ${CHROMIUM_PATH}: first query not measured)`);
  let rebuild: (MeasuredRun & { files: number; bytes: number }) | undefined;
  if (!values["cold-only"]) {

    // Change one article's body, as a writer's correction would, and build again.
    const articlesDir = path.join(contentDir, "articles");
    const someArticle = (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith(".md")).sort()[Math.floor(count / 2)]!;
    const file = path.join(articlesDir, someArticle);
    await writeFile(file, `${await readFile(file, "utf8")}\nĐính chính: bài viết đã được cập nhật.\n`);
    rebuild = await build(`Rebuild after changing ${someArticle}`);
  }

  if (values.json) {
    console.log(JSON.stringify({ count, seed: values.seed, generateSeconds, cold: strip(cold), firstQueries, rebuild: rebuild && strip(rebuild) }, null, 2));
  }
} finally {
  if (values.keep) say(`Kept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
