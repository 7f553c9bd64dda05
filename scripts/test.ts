/**
 * `npm test`: type-checks, then runs every uvu test file under each time zone the product must be
 * indifferent to, and ends with one line `N passed, N failed`. A test file that runs zero tests
 * fails (uvu itself exits 0 with `Total: 0` when a file forgets `test.run()`). Each file gets a
 * temporary folder of its own as TMPDIR, removed once the file passes: the suite's builds and
 * browsers leave nothing behind in /tmp (a failing file's folder is kept, and named, to look into).
 * Usage: tsx scripts/test.ts [--filter TEXT] [--tz ZONE] [--skip-types]
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { PROJECT_DIR } from "../src/project-paths.ts";
import { parseUvuSummary } from "../src/testing/uvu-summary.ts";

const TIME_ZONES = ["UTC", "America/Los_Angeles"];
const CONCURRENCY = 2;

const { values } = commandLine({
  command: "npm test",
  usage: usageOf("test"),
  options: {
    filter: { type: "string" },
    tz: { type: "string", multiple: true },
    "skip-types": { type: "boolean", default: false },
  },
});

interface RunResult {
  code: number | null;
  output: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_DIR, env: { ...env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
}

let passed = 0;
let failed = 0;

if (!values["skip-types"]) {
  const typeCheck = await run(process.execPath, [path.join(PROJECT_DIR, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."]);
  if (typeCheck.code === 0) {
    console.log("✓ tsc --noEmit");
  } else {
    console.log(`✗ tsc --noEmit\n${typeCheck.output}`);
    failed++;
  }
}

const testsDir = path.join(PROJECT_DIR, "tests");
const files = (await readdir(testsDir, { recursive: true }))
  .filter((file) => file.endsWith(".test.ts") && !file.split(path.sep).includes("fixtures"))
  .filter((file) => !values.filter || file.includes(values.filter))
  .sort()
  .map((file) => path.join("tests", file));
const zones = values.tz ?? TIME_ZONES;
const jobs = zones.flatMap((zone) => files.map((file) => ({ file, zone })));

let nextJob = 0;
async function worker(): Promise<void> {
  while (nextJob < jobs.length) {
    const { file, zone } = jobs[nextJob++]!;
    const started = performance.now();
    const tmpDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-test-"));
    const result = await run(process.execPath, ["--import", "tsx", file], { ...process.env, TZ: zone, TMPDIR: tmpDir });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = parseUvuSummary(result.output);
    const label = `${file} [TZ=${zone}]`;
    if (result.code === 0 && summary && summary.total > 0 && summary.passed === summary.total - summary.skipped) {
      passed += summary.passed;
      console.log(`✓ ${label}: ${summary.passed} passed (${seconds} s)`);
      await rm(tmpDir, { recursive: true, force: true });
    } else {
      const fileFailed = summary ? Math.max(1, summary.total - summary.passed - summary.skipped) : 1;
      passed += summary?.passed ?? 0;
      failed += fileFailed;
      const reason = !summary ? "no uvu summary (crashed?)" : summary.total === 0 ? "ran zero tests" : `${fileFailed} failed`;
      console.log(`✗ ${label}: ${reason} (${seconds} s), its temporary files in ${tmpDir}\n${result.output.trimEnd()}\n`);
    }
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));

if (files.length === 0) {
  console.log("✗ no test files found");
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
