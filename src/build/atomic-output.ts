/**
 * Writes a build into a fresh folder beside the output and swaps it in only when every stage has
 * succeeded, so that a failed build leaves the previous output exactly as it was.
 */
import { rename, rm } from "node:fs/promises";
import path from "node:path";

export interface StagingArea {
  /** Where this build writes. */
  dir: string;
  /** Replaces the output with the staged build. */
  commit(): Promise<void>;
  /** Removes the staged build, leaving the output untouched. */
  discard(): Promise<void>;
}

/** A staging folder next to `outputDir` (same file system, so the swap is two renames). */
export async function createStagingArea(outputDir: string): Promise<StagingArea> {
  const resolved = path.resolve(outputDir);
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const dir = `${resolved}.staging-${suffix}`;
  const previous = `${resolved}.previous-${suffix}`;
  await rm(dir, { recursive: true, force: true });
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
      if (hadPrevious) await rm(previous, { recursive: true, force: true });
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
