/**
 * Replaces a cache file whole, so that a reader never sees half of it: the data goes to a file
 * named after this process, which is then renamed over the old one. Two processes saving the same
 * file at once (a check beside a preview) each rename their own, never the other's half.
 *
 * A process killed between the write and the rename leaves its `.partial` behind; the next save of
 * the same file removes those of processes that are gone, so a cache kept between CI runs does not
 * collect them.
 */
import { readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** @example replaceFile(".cache/build/page-keys.json", text) // writes page-keys.json.4242.partial, then renames it */
export function replaceFile(file: string, data: string | Buffer): void {
  removeOrphanedPartials(file);
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Removes the `.partial` copies of `file` left by processes that no longer run. */
function removeOrphanedPartials(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // no folder yet: nothing left behind
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith(".partial") ? Number(name.slice(prefix.length, -".partial".length)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, but another user's
  }
}
