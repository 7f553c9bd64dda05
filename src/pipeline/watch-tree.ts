/**
 * Watches a folder and every folder under it, for the preview (scripts/serve.ts). Node's own
 * `fs.watch(folder, { recursive: true })` on Linux watches each file, and loses a file that an
 * editor saves by writing a new file and renaming it over the old one (measured: the second save of
 * an article went unseen). A watch on each folder sees every change of the names in it, whichever
 * way a file is saved; a folder made later is watched as it appears.
 */
import { type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import path from "node:path";

export interface TreeWatch {
  close(): void;
}

/**
 * Calls `changed` with the path of each file or folder under `root` that is written, made, renamed or deleted.
 * @example const watching = watchTree("content", (file) => console.log(file)); watching.close();
 */
export function watchTree(root: string, changed: (file: string) => void): TreeWatch {
  const watchers = new Map<string, FSWatcher>();

  const watchFolder = (folder: string): void => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        const file = name ? path.join(folder, String(name)) : folder;
        if (name && isFolder(file)) watchFolder(file);
        changed(file);
      });
    } catch {
      return; // gone already
    }
    // A deleted folder's watch ends with an error on some systems: forget it.
    watcher.on("error", () => {
      watcher.close();
      watchers.delete(folder);
    });
    watchers.set(folder, watcher);
    let entries: string[];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    } catch {
      return;
    }
    for (const entry of entries) watchFolder(path.join(folder, entry));
  };

  watchFolder(root);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
