/**
 * Writes a build into a fresh folder beside the output and swaps it in only when every stage has
 * succeeded, so that a failed build leaves the previous output exactly as it was.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

export interface StagingArea {
  /** Where this build writes. */
  dir: string;
  /** Replaces the output with the staged build. */
  commit(): Promise<void>;
  /** Removes the staged build (in the background, like a replaced output), leaving the output untouched. */
  discard(): Promise<void>;
}

/**
 * A staging folder next to `outputDir` (same file system, so the swap is two renames).
 * @param trashDir where the replaced output goes to be deleted in the background (deleting the
 *   26,000 files of a 10,000-article site took 5–10 s of every rebuild); without it, or on another
 *   file system, the build deletes it before it ends
 */
export async function createStagingArea(outputDir: string, trashDir?: string): Promise<StagingArea> {
  const resolved = path.resolve(outputDir);
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const dir = `${resolved}.staging-${suffix}`;
  const previous = `${resolved}.previous-${suffix}`;
  await removeAbandonedStaging(resolved);
  return {
    dir,
    async commit() {
      let hadPrevious = true;
      try {
        await rename(resolved, previous);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        hadPrevious = false;
      }
      try {
        await rename(dir, resolved);
      } catch (error) {
        if (hadPrevious) await rename(previous, resolved);
        throw error;
      }
      if (hadPrevious) await throwAway(previous, trashDir);
    },
    async discard() {
      await throwAway(dir, trashDir);
    },
  };
}

/** Deletes `folder`: in the background from `trashDir` where it can be moved there, here otherwise. */
async function throwAway(folder: string, trashDir: string | undefined): Promise<void> {
  if (trashDir && process.platform !== "win32") {
    try {
      await mkdir(trashDir, { recursive: true });
      const trashed = path.join(trashDir, path.basename(folder));
      await rename(folder, trashed);
      // Leftovers of earlier builds whose deletion was cut short go too.
      spawn("rm", ["-rf", "--", ...(await readdir(trashDir)).map((name) => path.join(trashDir, name))], { detached: true, stdio: "ignore" }).unref();
      return;
    } catch {
      // Another file system, or no rm: deleted here.
    }
  }
  await rm(folder, { recursive: true, force: true });
}

/** Staging folders of builds that were killed (their process is gone), so they don't pile up. */
async function removeAbandonedStaging(outputDir: string): Promise<void> {
  const parent = path.dirname(outputDir);
  const prefix = `${path.basename(outputDir)}.`;
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter((name) => /^(staging|previous)-\d+-/.test(name.slice(prefix.length)) && name.startsWith(prefix));
  for (const name of leftovers) {
    const pid = Number(/-(\d+)-/.exec(name.slice(prefix.length))![1]);
    if (isRunning(pid)) continue;
    const leftover = path.join(parent, name);
    // Killed between its two renames: the previous output is all there is, so it goes back in place.
    if (name.slice(prefix.length).startsWith("previous-") && !existsSync(outputDir)) await rename(leftover, outputDir);
    else await rm(leftover, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
