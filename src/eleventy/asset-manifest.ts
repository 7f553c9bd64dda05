/**
 * Content-hashed names for the site's own CSS and JavaScript (`site.css` → `site.3f9a1c0b2d.css`),
 * so that a CDN may cache them forever: a changed file gets a new name, and the HTML that names it
 * is not cached long.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

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

/** Every file of an assets folder, by its plain name, sorted. */
export function assetManifest(assetsDir: string): Map<string, HashedAsset> {
  const manifest = new Map<string, HashedAsset>();
  for (const name of readdirSync(assetsDir).sort()) {
    const source = path.join(assetsDir, name);
    manifest.set(name, { source, hashedName: hashedName(name, readFileSync(source)) });
  }
  return manifest;
}
