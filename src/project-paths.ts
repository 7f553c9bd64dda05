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
