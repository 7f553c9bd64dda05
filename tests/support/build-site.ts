/** Runs the real production build (scripts/build.ts) in a child process, as a user or CI would. */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { BUILD_NODE_OPTIONS } from "../../src/pipeline/heap.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

export const FIXTURE_SITE = path.join(PROJECT_DIR, "tests", "fixtures", "site");
/** Video articles of every kind (a YouTube, a Vimeo and a file video), kept apart so that the main fixture's counts stay put. */
export const VIDEO_FIXTURE_SITE = path.join(PROJECT_DIR, "tests", "fixtures", "video-site");
/** Old URLs that keep answering: aliases, corrections, a withdrawn article (tests/build/permanence.test.ts edits a copy). */
export const PERMANENCE_FIXTURE_SITE = path.join(PROJECT_DIR, "tests", "fixtures", "permanence-site");
/** 2025-01-01T00:00:00+07:00: after every fixture article but the scheduled one. */
export const FIXTURE_EPOCH = "1735664400";

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputDir: string;
}

/** Preloaded with `nodeArgs: FAIL_ELEVENTY`: every Eleventy run fails once it has written its pages. */
export const FAIL_ELEVENTY = ["--import", path.join(PROJECT_DIR, "tests", "support", "fail-eleventy.ts")];

export async function buildSite(
  contentDir: string,
  /** projectDir: a copy of the project to build with (copyOfProject), for a test that changes its layouts or code. */
  options: { outputDir?: string; env?: NodeJS.ProcessEnv; args?: string[]; nodeArgs?: string[]; cwd?: string; projectDir?: string } = {},
): Promise<BuildRun> {
  const outputDir = options.outputDir ?? path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-build-")), "site");
  const script = path.join(options.projectDir ?? PROJECT_DIR, "scripts", "build.ts");
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-build-cache-"));
  // A cold build with a cache of its own, unless a test shares one between builds on purpose.
  const cacheArgs = options.args?.includes("--cache") ? [] : ["--cache", cacheDir];
  // tsx by its path: `--import tsx` is resolved from the working directory, which may be outside the project.
  const nodeOptions = BUILD_NODE_OPTIONS.map((option) => (option === "tsx" ? import.meta.resolve("tsx") : option));
  const run = await runNode([...nodeOptions, ...(options.nodeArgs ?? []), script, "--content", contentDir, "--output", outputDir, ...cacheArgs, ...(options.args ?? [])], {
    ...options,
    cwd: options.cwd ?? options.projectDir,
  });
  return { ...run, outputDir };
}

/**
 * A copy of what the build is made of (its code, layouts, scripts and locked dependencies' list) in
 * a folder of its own under `root`, its node_modules linked to the project's: a test may change the
 * copy's layouts while other tests build with the project's own.
 */
export async function copyOfProject(root: string): Promise<string> {
  const copy = path.join(root, "project");
  await mkdir(copy, { recursive: true });
  for (const entry of ["src", "layouts", "scripts", ".eleventy.js", "package.json", "package-lock.json", "tsconfig.json"]) {
    await cp(path.join(PROJECT_DIR, entry), path.join(copy, entry), { recursive: true });
  }
  await symlink(path.join(PROJECT_DIR, "node_modules"), path.join(copy, "node_modules"), "dir");
  return copy;
}

/** Runs `npm run check` (scripts/check.ts) over a content folder in a child process. */
export async function checkSite(contentDir: string, options: ScriptOptions = {}): Promise<Omit<BuildRun, "outputDir">> {
  // A check with a cache of its own, unless a test shares one between checks on purpose: never the project's .cache/check.
  const cacheArgs = options.args?.includes("--cache") ? [] : ["--cache", await mkdtemp(path.join(os.tmpdir(), "tintuc-check-cache-"))];
  return runContentScript("check.ts", contentDir, { ...options, args: [...cacheArgs, ...(options.args ?? [])] });
}

/** Runs `npm run record-urls` over a content folder: what a writer does before committing a new article. */
export function recordUrls(contentDir: string, options: ScriptOptions = {}): Promise<Omit<BuildRun, "outputDir">> {
  return runContentScript("record-urls.ts", contentDir, options);
}

interface ScriptOptions {
  args?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

function runContentScript(name: string, contentDir: string, options: ScriptOptions): Promise<Omit<BuildRun, "outputDir">> {
  const script = path.join(PROJECT_DIR, "scripts", name);
  return runNode(["--import", import.meta.resolve("tsx"), script, "--content", contentDir, ...(options.args ?? [])], options);
}

/** Runs Node with `args` at the fixtures' build time, collecting what it prints. */
function runNode(args: string[], options: Pick<ScriptOptions, "cwd" | "env">): Promise<Omit<BuildRun, "outputDir">> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? PROJECT_DIR,
      env: { ...process.env, SOURCE_DATE_EPOCH: FIXTURE_EPOCH, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
