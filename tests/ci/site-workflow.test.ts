// The publishing workflow (issue 19): a content-only push is checked, built and deployed without the
// test suite; a change to code runs the suite first; the scheduled run builds only when something came
// due; every build runs check-links and the URL-set check. The job graph is run here with the
// workflow's own `if:` expressions, and .ci/changed-outside-content against a real git repository.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { load } from "js-yaml";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { evaluateCondition } from "../support/actions-expression.ts";

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown> & { schedule?: { cron: string }[] };
  jobs: Record<string, Job>;
}

const workflow = load(readFileSync(path.join(PROJECT_DIR, ".github/workflows/site.yml"), "utf8")) as Workflow;
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : typeof job.needs === "string" ? [job.needs] : job.needs);
const runs = (job: Job): string[] => job.steps.flatMap((step) => (step.run ? [step.run] : []));
const jobsRunning = (command: RegExp): string[] => Object.entries(workflow.jobs).filter(([, job]) => runs(job).some((run) => command.test(run))).map(([name]) => name);

type Result = "success" | "failure" | "skipped";
interface Scenario {
  event: "push" | "pull_request" | "schedule" | "workflow_dispatch";
  /** What the jobs that decide report: their outputs. */
  outputs?: Record<string, Record<string, string>>;
  /** The test suite's outcome, when it runs. */
  suite?: "success" | "failure";
  /** Jobs that fail when they run. */
  failing?: string[];
}

/** Runs the job graph as GitHub does: in order of `needs`, each job's `if` over its needs' results and outputs. */
function simulate(scenario: Scenario): Record<string, Result> {
  const results: Record<string, Result> = {};
  const pending = new Set(Object.keys(workflow.jobs));
  while (pending.size > 0) {
    const name = [...pending].find((each) => needsOf(workflow.jobs[each]!).every((need) => need in results));
    assert.ok(name, "the needs form no cycle");
    pending.delete(name);
    const job = workflow.jobs[name]!;
    const needs = Object.fromEntries(needsOf(job).map((need) => [need, { result: results[need], outputs: results[need] === "success" ? (scenario.outputs?.[need] ?? {}) : {} }]));
    const context = { github: { event_name: scenario.event, ref_name: "main", event: { repository: { default_branch: "main" } } }, needs, cancelled: false };
    // Without a status function, GitHub adds success(): every job needed succeeded.
    const condition = job.if ?? "true";
    const statusFunction = /\b(?:cancelled|always|success|failure)\(\)/.test(condition);
    const runsAtAll = (statusFunction || needsOf(job).every((need) => results[need] === "success")) && evaluateCondition(condition, context);
    results[name] = !runsAtAll ? "skipped" : scenario.failing?.includes(name) ? "failure" : name === "test" ? (scenario.suite ?? "success") : "success";
  }
  return results;
}

const ran = (results: Record<string, Result>): string[] => Object.keys(results).filter((name) => results[name] !== "skipped").sort();

test("the test suite runs in one job, and the build needs it", () => {
  assert.equal(jobsRunning(/\bnpm test\b/), ["test"]);
  assert.ok(needsOf(workflow.jobs.build!).includes("test"));
  assert.equal(needsOf(workflow.jobs.deploy!), ["build"]);
});

test("a content-only push: checked, built and deployed, without the test suite", () => {
  assert.equal(ran(simulate({ event: "push", outputs: { changes: { code: "false" } } })), ["build", "changes", "deploy"]);
});

test("a push that changes code: the suite first, and no deploy when it fails", () => {
  assert.equal(ran(simulate({ event: "push", outputs: { changes: { code: "true" } } })), ["build", "changes", "deploy", "test"]);
  const failed = simulate({ event: "push", outputs: { changes: { code: "true" } }, suite: "failure" });
  assert.equal([failed.build, failed.deploy], ["skipped", "skipped"]);
});

test("a pull request: built and checked, never deployed; the suite when code changed", () => {
  assert.equal(ran(simulate({ event: "pull_request", outputs: { changes: { code: "false" } } })), ["build", "changes"]);
  assert.equal(ran(simulate({ event: "pull_request", outputs: { changes: { code: "true" } } })), ["build", "changes", "test"]);
});

test("when the changes cannot be told, or the schedule's check fails, nothing is built", () => {
  assert.equal(ran(simulate({ event: "push", failing: ["changes"] })), ["changes"]);
  assert.equal(ran(simulate({ event: "schedule", failing: ["due"] })), ["due"]);
  assert.equal(ran(simulate({ event: "workflow_dispatch", failing: ["due"] })), ["due"]);
});

test("the schedule: every 15 minutes, and a build only when something came due", () => {
  // Every 15 minutes, every hour and day, and not at :00 (GitHub's busiest minute).
  const [cron] = workflow.on.schedule ?? [];
  const [minutes, ...rest] = cron!.cron.split(" ");
  const each = minutes!.split(",").map(Number);
  assert.equal(rest, ["*", "*", "*", "*"]);
  assert.equal(each.map((minute, i) => (each[(i + 1) % each.length]! - minute + 60) % 60), [15, 15, 15, 15]);
  assert.not.ok(each.includes(0));
  const quiet = { due: { due: "false", changed: "false", code: "false" } };
  assert.equal(ran(simulate({ event: "schedule", outputs: quiet })), ["due"]);
  assert.equal(ran(simulate({ event: "schedule", outputs: { due: { due: "true", changed: "false", code: "false" } } })), ["build", "deploy", "due"]);
  // Content pushed and not deployed (its run replaced while it waited): built at once, untested.
  assert.equal(ran(simulate({ event: "schedule", outputs: { due: { due: "false", changed: "true", code: "false" } } })), ["build", "deploy", "due"]);
  // Code pushed since the last deploy: its own run tests and deploys it; a due build tests it first.
  assert.equal(ran(simulate({ event: "schedule", outputs: { due: { due: "false", changed: "true", code: "true" } } })), ["due"]);
  assert.equal(ran(simulate({ event: "schedule", outputs: { due: { due: "true", changed: "true", code: "true" } } })), ["build", "deploy", "due", "test"]);
  const failed = simulate({ event: "schedule", outputs: { due: { due: "true", changed: "true", code: "true" } }, suite: "failure" });
  assert.equal(failed.build, "skipped");
});

test("a run by hand builds and deploys at once, after the suite only if code changed since the last deploy", () => {
  const nothingDue = (code: string) => ({ due: { due: "false", changed: "true", code } });
  assert.equal(ran(simulate({ event: "workflow_dispatch", outputs: nothingDue("false") })), ["build", "deploy", "due"]);
  assert.equal(ran(simulate({ event: "workflow_dispatch", outputs: nothingDue("true") })), ["build", "deploy", "due", "test"]);
  assert.equal(simulate({ event: "workflow_dispatch", outputs: nothingDue("true"), suite: "failure" }).build, "skipped");
});

test("every build: check, build with the recorded clock, the URL-set check, check-links; .cache kept", () => {
  const build = workflow.jobs.build!;
  const order = ["npm run check", "npm run build", "npm run check-urls", "npm run check-links"].map((command) =>
    build.steps.findIndex((step) => step.run?.startsWith(command) && !step.run.startsWith(`${command}-`)),
  );
  assert.ok(order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1]!)), `in order: ${order}`);
  const cache = build.steps.find((step) => step.uses?.startsWith("actions/cache@"));
  assert.is(cache?.with?.path, ".cache");
  const buildStep = build.steps.find((step) => step.run === "npm run build") as Step & { env?: Record<string, string> };
  assert.match(buildStep.env?.SOURCE_DATE_EPOCH ?? "", "steps.clock.outputs.epoch");
  // The URL-set check knows which recorded articles are still scheduled by the build's own clock.
  const checkUrls = build.steps.find((step) => step.run?.startsWith("npm run check-urls")) as Step & { env?: Record<string, string> };
  assert.match(checkUrls.env?.SOURCE_DATE_EPOCH ?? "", "steps.clock.outputs.epoch");
  // What the scheduled run compares with: the deploy records the build's clock and commit.
  const envOf = (job: Job, command: string): Record<string, string> =>
    ((job.steps.find((step) => step.run?.includes(command)) as Step & { env?: Record<string, string> } | undefined)?.env ?? {});
  assert.match(runs(workflow.jobs.deploy!).join("\n"), "> .last-deploy");
  assert.match(envOf(workflow.jobs.deploy!, ".last-deploy").EPOCH ?? "", "needs.build.outputs.epoch");
  assert.match(runs(workflow.jobs.due!).join("\n"), 'npm run --silent due-since -- --since "$LAST_EPOCH"');
  assert.match(envOf(workflow.jobs.due!, "due-since").LAST_EPOCH ?? "", "steps.last.outputs.epoch");
});

// .ci/changed-outside-content against a repository with a content commit, a code commit and a mixed one.
function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: dir, encoding: "utf8" }).trim();
}
function commit(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "x");
  return git(dir, "rev-parse", "HEAD");
}
const changedSince = (dir: string, base: string): string =>
  execFileSync(path.join(PROJECT_DIR, ".ci/changed-outside-content"), [base], { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } }).trim();

test(".ci/changed-outside-content: content only, code, mixed, nothing, and no base", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-changes-"));
  git(dir, "init", "-q");
  const first = commit(dir, { "content/articles/2024/05/a.md": "a", "src/x.ts": "x" });
  const content = commit(dir, { "content/articles/2024/05/bài-mới.md": "b", "content/_data/site.yaml": "title: T" });
  assert.is(changedSince(dir, first), "changed=true\ncode=false");
  const code = commit(dir, { "src/x.ts": "y" });
  assert.is(changedSince(dir, content), "changed=true\ncode=true");
  assert.is(changedSince(dir, first), "changed=true\ncode=true", "mixed");
  commit(dir, { "package-lock.json": "{}" });
  assert.is(changedSince(dir, code), "changed=true\ncode=true", "dependencies");
  assert.is(changedSince(dir, git(dir, "rev-parse", "HEAD")), "changed=false\ncode=false");
  // A file moved out of src/ into content/: the rename's old path counts.
  const beforeMove = git(dir, "rev-parse", "HEAD");
  git(dir, "mv", "src/x.ts", "content/x.ts");
  git(dir, "commit", "-qm", "move");
  assert.is(changedSince(dir, beforeMove), "changed=true\ncode=true", "a move out of src/");
  for (const base of ["", "0000000000000000000000000000000000000000", "1234567890abcdef1234567890abcdef12345678"]) {
    assert.is(changedSince(dir, base), "changed=true\ncode=true", `base "${base}"`);
  }
});

test.run();
