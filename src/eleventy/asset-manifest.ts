/**
 * Content-hashed names for the site's own CSS and JavaScript (`site.css` → `site.3f9a1c0b2d.css`),
 * so that a CDN may cache them forever: a changed file gets a new name, and the HTML that names it
 * is not cached long.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";

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
export function hashedName(fileName: string, content: string | Buffer): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, HASH_LENGTH);
  const extension = path.extname(fileName);
  return `${fileName.slice(0, fileName.length - extension.length)}.${hash}${extension}`;
}

/** A script that imports a TypeScript module of src/ (`import … from "../../src/….ts"`): bundled before it is served. */
const IMPORTS_SOURCE = /^import [^;]+ from "[^"]+\.ts";$/m;

/**
 * Every file of an assets folder, by its plain name, sorted. A script that imports our TypeScript
 * modules is bundled with them (esbuild), so that a rule the browser applies comes from the one
 * module the build applies too (search.js and src/search/query-terms.ts); `source` is then the
 * bundle, written under the system's temporary folder by its content hash.
 */
export function assetManifest(assetsDir: string): Map<string, HashedAsset> {
  const manifest = new Map<string, HashedAsset>();
  for (const name of readdirSync(assetsDir).sort()) {
    let source = path.join(assetsDir, name);
    let content = readFileSync(source);
    if (name.endsWith(".js") && IMPORTS_SOURCE.test(content.toString("utf8"))) {
      content = Buffer.from(bundledScript(source));
      source = path.join(os.tmpdir(), "tintuc-bundled-assets", hashedName(name, content));
      mkdirSync(path.dirname(source), { recursive: true });
      writeFileSync(source, content);
    }
    manifest.set(name, { source, hashedName: hashedName(name, content) });
  }
  return manifest;
}

/**
 * The script with the modules it imports, as one ES module, for the browsers the site supports.
 * Deterministic: the same sources give the same bytes.
 * @example bundledScript("layouts/assets/search.js").includes("function searchQuery") // true
 */
export function bundledScript(entry: string): string {
  const result = buildSync({ entryPoints: [entry], bundle: true, format: "esm", target: "es2022", charset: "utf8", write: false, logLevel: "silent" });
  return result.outputFiles[0]!.text;
}
