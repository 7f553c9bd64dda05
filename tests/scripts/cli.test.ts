// Every script in scripts/, started as a writer or developer would: --help, an unknown option, a missing
// argument, and `npm run new --title …` without the `--` that npm needs. Each prints the usage and one
// line of what was wrong, exits with 2, and never shows a stack trace.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cliMessages } from "../../src/cli-messages.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without npm's variables, as if the script were started by hand; `extra` adds some back. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("npm_")));
  return { ...env, ...extra };
}

function run(script: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], { cwd: PROJECT_DIR, env: environment(extraEnv) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs at most two at a time: the machine's two cores. */
async function runAll<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function assertNoStackTrace(output: string, label: string): void {
  assert.not.match(output, /^\s+at /m, `${label}: a stack frame`);
  assert.not.match(output, "TypeError", label);
  assert.not.match(output, "ERR_PARSE_ARGS", label);
}

const SCRIPTS: Record<string, string> = {
  "check.ts": "npm run check",
  "build.ts": "npm run build",
  "new-article.ts": "npm run new",
  "serve.ts": "npm start",
  "check-links.ts": "npm run check-links",
  "form-receiver.ts": "npm run forms",
  "generate-corpus.ts": "npm run generate",
  "bench.ts": "npm run bench",
  "bench-import.ts": "npx tsx scripts/bench-import.ts",
  "bench-term-layer.ts": "npx tsx scripts/bench-term-layer.ts",
  "lighthouse.ts": "npm run lighthouse",
  "import.ts": "npm run import",
  "test.ts": "npm test",
  "check-urls.ts": "npm run check-urls",
  "record-urls.ts": "npm run record-urls",
  "due-since.ts": "npm run due-since",
};
const WRITER_SCRIPTS = ["check.ts", "build.ts", "new-article.ts", "serve.ts", "check-links.ts", "import.ts", "record-urls.ts"];

const scripts = Object.keys(SCRIPTS);
const [helps, englishHelps, unknowns] = await Promise.all([
  runAll(scripts.map((script) => () => run(script, ["--help"]))),
  runAll(WRITER_SCRIPTS.map((script) => () => run(script, ["--help", "--lang", "en"]))),
  runAll(scripts.map((script) => () => run(script, ["--no-such-option"]))),
]);

test("the table above names every script in scripts/", () => {
  assert.equal(readdirSync(path.join(PROJECT_DIR, "scripts")).filter((name) => name.endsWith(".ts")).sort(), Object.keys(SCRIPTS).sort());
});

test("every script: --help prints its usage (Vietnamese by default) and exits 0", () => {
  scripts.forEach((script, index) => {
    const result = helps[index]!;
    assert.is(result.code, 0, `${script}: ${result.stderr}`);
    assert.ok(result.stdout.startsWith("Cách dùng:"), `${script}: ${result.stdout.slice(0, 80)}`);
    assert.match(result.stdout, SCRIPTS[script]!, script);
    assertNoStackTrace(result.stdout + result.stderr, script);
  });
});

test("writers' scripts: --help --lang en prints the usage in English", () => {
  WRITER_SCRIPTS.forEach((script, index) => {
    const result = englishHelps[index]!;
    assert.is(result.code, 0, `${script}: ${result.stderr}`);
    assert.ok(result.stdout.startsWith("Usage:"), `${script}: ${result.stdout.slice(0, 80)}`);
  });
});

test("every script: an unknown option prints the usage and one line naming it, exit 2, no stack trace", () => {
  scripts.forEach((script, index) => {
    const result = unknowns[index]!;
    assert.is(result.code, 2, `${script}: ${result.stdout}${result.stderr}`);
    assert.ok(result.stderr.startsWith("Cách dùng"), `${script}: the usage first`);
    assert.ok(result.stderr.trimEnd().endsWith(cliMessages.vi.problem(cliMessages.vi.unknownOption("--no-such-option"))), `${script}: ${result.stderr.slice(-200)}`);
    assertNoStackTrace(result.stdout + result.stderr, script);
  });
});

test("npm run new --title … without --: the usage and a line that says to add --", async () => {
  // What npm passes on: the title as a stray argument, --title as its own setting npm_config_title.
  const result = await run("new-article.ts", ["Tin mới"], { npm_lifecycle_event: "new", npm_config_title: "true" });
  assert.is(result.code, 2, result.stderr);
  assert.ok(result.stderr.startsWith("Cách dùng: npm run new -- "));
  assert.ok(result.stderr.trimEnd().endsWith(cliMessages.vi.problem(cliMessages.vi.missingDoubleDash("npm run new", ["title"]))), result.stderr);
  assertNoStackTrace(result.stderr, "new without --");
  const english = await run("new-article.ts", ["Breaking news", "--lang", "en"], { npm_lifecycle_event: "new", npm_config_title: "true" });
  assert.is(english.code, 2);
  assert.match(english.stderr, "add -- after the command's name");
});

test("a missing or wrong required argument: the usage and one line of what was wrong, exit 2", async () => {
  const cases: [string, string[], string][] = [
    ["new-article.ts", ["--category", "khoa-hoc"], cliMessages.vi.missingOption("title")],
    ["generate-corpus.ts", ["--count", "10"], cliMessages.vi.missingOption("out")],
    ["build.ts", ["--pages-per-batch", "0"], cliMessages.vi.wholeNumber("--pages-per-batch", "0")],
    ["check.ts", ["--content"], cliMessages.vi.optionValue("--content")],
    ["check.ts", ["--lang", "fr"], cliMessages.vi.badLanguage("fr", ["vi", "en"])],
    ["check-links.ts", ["--output", "/khong/co/thu-muc"], cliMessages.vi.folderMissing("output", "/khong/co/thu-muc")],
    ["check.ts", ["--content", "/khong/co/thu-muc"], cliMessages.vi.folderMissing("content", "/khong/co/thu-muc")],
  ];
  const results = await runAll(cases.map(([script, args]) => () => run(script, args)));
  cases.forEach(([script, args, reason], index) => {
    const result = results[index]!;
    const label = `${script} ${args.join(" ")}`;
    assert.is(result.code, 2, `${label}: ${result.stdout}${result.stderr}`);
    assert.ok(result.stderr.startsWith("Cách dùng"), label);
    assert.ok(result.stderr.trimEnd().endsWith(cliMessages.vi.problem(reason)), `${label}: ${result.stderr.slice(-200)}`);
    assertNoStackTrace(result.stdout + result.stderr, label);
  });
  const importWithoutSource = await run("import.ts", ["wordpress"]);
  assert.is(importWithoutSource.code, 2);
  assertNoStackTrace(importWithoutSource.stderr, "import without a source");
});

test.run();
