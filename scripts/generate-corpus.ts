/**
 * Writes a synthetic, deterministic content folder for benchmarks and scale tests.
 *
 *   npm run generate -- --count 10000 --out /tmp/corpus --seed 1 [--until 2026-06-30]
 *
 * The logic lives in src/bench/corpus/ (write.ts writes it); this file only reads arguments and prints a summary line.
 */

import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine, usageExit } from "../src/command-line.ts";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_UNTIL } from "../src/bench/corpus/options.ts";
import { writeCorpus } from "../src/bench/corpus/write.ts";


async function main(): Promise<void> {
  const { values, lang } = commandLine({
    command: "npm run generate",
    usage: usageOf("generate"),
    required: ["out"],
    options: {
      out: { type: "string" },
      count: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      until: { type: "string", default: DEFAULT_UNTIL },
    },
  });
  const count = Number(values.count);
  if (!/^\d+$/.test(values.count) || count < 1) usageExit(`${usageOf("generate")[lang]}\n\n${cliMessages[lang].problem(cliMessages[lang].wholeNumber("--count", values.count))}`);
  const out = resolve(values.out!);
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
