/**
 * `npm run lighthouse -- [--count N] [--runs R] [--json] [--keep]`: Lighthouse's mobile Performance
 * score and LCP of the home page and of an article whose lead photo is a 4000×3000 camera JPEG, on a
 * generated archive built for production and served on loopback (src/bench/lighthouse.ts). Exits 1
 * when a page misses issue #22's bars (Performance ≥ 95, LCP ≤ 2.5 s). Not part of the test suite:
 * its figures are for notes, and it needs Debian's Chromium.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine, usageExit } from "../src/command-line.ts";
import { lighthouseSite } from "../src/bench/lighthouse.ts";
import { missedBars } from "../src/bench/lighthouse-figures.ts";

const { values, lang } = commandLine({
  command: "npm run lighthouse",
  usage: usageOf("lighthouse"),
  options: {
    count: { type: "string", default: "30" },
    runs: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const usageError = (reason: string): never => usageExit(`${usageOf("lighthouse")[lang]}\n\n${cliMessages[lang].problem(reason)}`);
const count = Number(values.count);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1) usageError(cliMessages[lang].wholeNumber("--count", values.count));
if (!Number.isInteger(runs) || runs < 1) usageError(cliMessages[lang].wholeNumber("--runs", values.runs));

const say = (line: string): void => {
  if (!values.json) console.log(line);
};
const workDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-lighthouse-"));
try {
  const result = await lighthouseSite(workDir, { count, runs, say });
  const missed = result.pages.flatMap((page) => missedBars(page.median));
  if (values.json) console.log(JSON.stringify({ ...result, loadAverage: os.loadavg(), missed }, null, 2));
  for (const { label, median: m } of result.pages) {
    say(`\n${label} ${m.url}${runs > 1 ? ` (median of ${runs})` : ""}`);
    say(`  Performance ${m.performance}, LCP ${(m.lcpMs / 1000).toFixed(2)} s, FCP ${(m.fcpMs / 1000).toFixed(2)} s, TBT ${m.totalBlockingTimeMs.toFixed(0)} ms, CLS ${m.cumulativeLayoutShift.toFixed(3)}, Speed Index ${(m.speedIndexMs / 1000).toFixed(2)} s`);
    if (m.lcpElement) say(`  LCP element: ${m.lcpElement}`);
    for (const opportunity of m.opportunities) say(`  could save ${opportunity.lcpSavingsMs.toFixed(0)} ms of LCP: ${opportunity.title} (${opportunity.id})`);
    for (const warning of m.warnings) say(`  warning: ${warning}`);
    if (m.benchmarkIndex !== undefined) say(`  machine's benchmark index ${m.benchmarkIndex.toFixed(0)}`);
  }
  say(`\nLoad average ${os.loadavg().map((load) => load.toFixed(1)).join(", ")}`);
  say(missed.length ? `Below the bars:\n${missed.map((line) => `  ${line}`).join("\n")}` : "Both pages meet the bars (Performance ≥ 95, LCP ≤ 2.5 s).");
  process.exitCode = missed.length ? 1 : 0;
} finally {
  if (values.keep) say(`Kept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
