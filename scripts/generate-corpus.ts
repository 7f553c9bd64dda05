/**
 * Writes a synthetic, deterministic content folder for benchmarks and scale tests.
 *
 *   npm run generate -- --count 10000 --out /tmp/corpus --seed 1 [--until 2026-06-30]
 *
 * The logic lives in src/bench/corpus/ (write.ts writes it); this file only reads arguments and prints a summary line.
 */

import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_UNTIL } from "../src/bench/corpus/options.ts";
import { writeCorpus } from "../src/bench/corpus/write.ts";

const USAGE = `Usage: npm run generate -- --out DIR [--count N] [--seed S] [--until YYYY-MM-DD]

  --out DIR     folder to write (created; must be empty if it exists)
  --count N     number of articles (default 1000)
  --seed S      any string; the same seed gives the same files (default 1)
  --until DATE  last day of the 20-year archive span, GMT+7 (default ${DEFAULT_UNTIL})`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      count: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      until: { type: "string", default: DEFAULT_UNTIL },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const count = Number(values.count);
  if (!values.out || !/^\d+$/.test(values.count)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const out = resolve(values.out);
  const started = performance.now();
  const summary = await writeCorpus({ out, count, seed: values.seed, until: values.until });
  const seconds = (performance.now() - started) / 1000;
  const megabytes = summary.bytes / 1024 / 1024;
  console.log(
    `Wrote ${summary.articles} articles (${summary.drafts} drafts, ${summary.scheduled} scheduled), ` +
      `${summary.files} files, ${summary.bytes} bytes (${megabytes.toFixed(1)} MiB) in ${seconds.toFixed(2)} s to ${out}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
