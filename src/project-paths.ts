/** Where tintuc's own folders are, independent of the working directory. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const LAYOUTS_DIR = path.join(PROJECT_DIR, "layouts");
export const ASSETS_DIR = path.join(LAYOUTS_DIR, "assets");
export const DEFAULT_CONTENT_DIR = path.join(PROJECT_DIR, "content");
export const DEFAULT_OUTPUT_DIR = path.join(PROJECT_DIR, "_site");

/** The folders of the content folder that the site serves as they are, at the same path: the newsroom's photos and videos. */
export const MEDIA_FOLDERS = ["images", "videos"] as const;

/**
 * A file or folder as a writer can find it from where they ran the command: relative to the current
 * folder when inside it, absolute otherwise (`../../tmp/x.md` makes a writer count folders; issue 17).
 * Always with `/`, as editors and CI logs link it.
 * @example displayPath("/work/tintuc/content/articles/a.md", "/work/tintuc") // "content/articles/a.md"
 * @example displayPath("/tmp/bai/articles/a.md", "/work/tintuc") // "/tmp/bai/articles/a.md"
 */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  const inside = relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  return (inside ? relative || "." : path.resolve(cwd, file)).split(path.sep).join("/");
}
