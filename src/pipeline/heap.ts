/**
 * Large archives need more heap than Node's default limit (about 4 GB on 64-bit). Rather than
 * asking users to know `--max-old-space-size`, the build re-runs itself with the limit it needs.
 */
import { spawn } from "node:child_process";
import { getHeapStatistics } from "node:v8";

/** Enough for 100,000 articles with room to spare; it is a ceiling, not an allocation. */
export const BUILD_HEAP_MB = 8192;

/** Set for the re-run build: when the command started, in ms since the epoch. */
export const COMMAND_STARTED_VARIABLE = "TINTUC_COMMAND_STARTED";

/**
 * Node's options for a process that runs the build: the heap it needs, and tsx's loader. `npm run build`
 * (package.json) starts with the same, so that it never pays for a second start (about 1.2 s).
 */
export const BUILD_NODE_OPTIONS: readonly string[] = [`--max-old-space-size=${BUILD_HEAP_MB}`, "--import", "tsx"];

/**
 * Resolves `false` when the heap limit is already high enough, so the caller goes on; otherwise runs
 * the same script again with a higher limit, forwards its exit code, and resolves `true`.
 */
export async function rerunWithHeapLimit(limitMb = BUILD_HEAP_MB): Promise<boolean> {
  if (getHeapStatistics().heap_size_limit >= limitMb * 1024 * 1024 * 0.95) return false;
  const args = [...process.execArgv, `--max-old-space-size=${limitMb}`, ...process.argv.slice(1)];
  // The child reports the build's time from the parent's start, the time the writer waited.
  const env = { ...process.env, [COMMAND_STARTED_VARIABLE]: process.env[COMMAND_STARTED_VARIABLE] ?? String(Math.round(performance.timeOrigin)) };
  const child = spawn(process.execPath, args, { stdio: "inherit", env });
  const code = await new Promise<number>((resolve) => child.on("close", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))));
  process.exitCode = code;
  return true;
}
