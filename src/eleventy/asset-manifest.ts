/**
 * Content-hashed names for the site's own CSS and JavaScript (`site.css` → `site.3f9a1c0b2d.css`),
 * so that a CDN may cache them forever: a changed file gets a new name, and the HTML that names it
 * is not cached long.
 *
 * A script that imports is bundled (esbuild, the bundler tsx itself runs on): the date picker imports
 * src/day-index.ts, so the browser decodes the day index with the very code the build encodes it
 * with, not with a copy kept in step by hand. The bundle is written to `bundleDir` under its hashed
 * name and copied from there.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { PROJECT_DIR } from "../project-paths.ts";

export interface HashedAsset {
  /** The file in layouts/assets/. */
  source: string;
  /** Its name in the output's assets folder, e.g. `site.3f9a1c0b2d.css`. */
  hashedName: string;
}

const HASH_LENGTH = 10;

/**
 * @example hashedName("site.css", "body{}") // "site.<10 hex digits>.css"
 */
export function hashedName(fileName: string, content: string | Uint8Array): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, HASH_LENGTH);
  const extension = path.extname(fileName);
  return `${fileName.slice(0, fileName.length - extension.length)}.${hash}${extension}`;
}

/** An `import` statement at the start of a line: the script is a module that needs bundling. */
const IMPORTS = /^import\s/m;

/**
 * Every file of an assets folder, by its plain name, sorted; a script that imports is bundled into `bundleDir` first.
 * @example assetManifest(ASSETS_DIR, bundleDir).get("date-picker.js")?.hashedName // "date-picker.<10 hex digits>.js"
 */
export function assetManifest(assetsDir: string, bundleDir: string): Map<string, HashedAsset> {
  const manifest = new Map<string, HashedAsset>();
  for (const name of readdirSync(assetsDir).sort()) {
    const source = path.join(assetsDir, name);
    const content = readFileSync(source);
    if (name.endsWith(".js") && IMPORTS.test(content.toString("utf8"))) {
      const bundled = bundleScript(source);
      const hashed = hashedName(name, bundled);
      manifest.set(name, { source: writeOnce(path.join(bundleDir, hashed), bundled), hashedName: hashed });
    } else {
      manifest.set(name, { source, hashedName: hashedName(name, content) });
    }
  }
  return manifest;
}

/** One ES module with everything the script imports, in the order esbuild gives it (deterministic). */
export function bundleScript(entry: string): Uint8Array {
  // Paths in the bundle's comments are relative to the project, whatever the working directory.
  const result = buildSync({ entryPoints: [entry], bundle: true, format: "esm", write: false, charset: "utf8", logLevel: "silent", absWorkingDir: PROJECT_DIR });
  return result.outputFiles[0]!.contents;
}

/** Writes `content` to `file` unless it is there: the name is its hash, so a file there holds the same bytes. */
function writeOnce(file: string, content: Uint8Array): string {
  if (existsSync(file)) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  // Builds may run side by side (tests do): each writes its own file, and the rename is atomic.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, content);
  renameSync(partial, file);
  return file;
}
