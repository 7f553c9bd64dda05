/** Runs the real production build (scripts/build.ts) in a child process, as a user or CI would. */
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { BUILD_NODE_OPTIONS } from "../../src/pipeline/heap.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

export const FIXTURE_SITE = path.join(PROJECT_DIR, "tests", "fixtures", "site");
/** Video articles of every kind (a YouTube, a Vimeo and a file video), kept apart so that the main fixture's counts stay put. */
export const VIDEO_FIXTURE_SITE = path.join(PROJECT_DIR, "tests", "fixtures", "video-site");
/** 2025-01-01T00:00:00+07:00: after every fixture article but the scheduled one. */
export const FIXTURE_EPOCH = "1735664400";

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputDir: string;
}

export async function buildSite(contentDir: string, options: { outputDir?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {}): Promise<BuildRun> {
  const outputDir = options.outputDir ?? path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-build-")), "site");
  const script = path.join(PROJECT_DIR, "scripts", "build.ts");
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-build-cache-"));
  return new Promise((resolve) => {
    // A cold build with a cache of its own, unless a test shares one between builds on purpose.
    const cacheArgs = options.args?.includes("--cache") ? [] : ["--cache", cacheDir];
    const child = spawn(process.execPath, [...BUILD_NODE_OPTIONS, script, "--content", contentDir, "--output", outputDir, ...cacheArgs, ...(options.args ?? [])], {
      cwd: PROJECT_DIR,
      env: { ...process.env, SOURCE_DATE_EPOCH: FIXTURE_EPOCH, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr, outputDir }));
  });
}
