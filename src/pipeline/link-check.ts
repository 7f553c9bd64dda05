/**
 * Every internal link and image of a built site must resolve to a file in the output: a checker
 * over the whole output, run by the test suite and available as `npm run check-links`.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { leavesSite } from "../urls.ts";

export interface BrokenLink {
  /** The page holding the link, relative to the output folder. */
  page: string;
  url: string;
}

/** `href`, `src` and `srcset` values, plus `content` of og:image-like metas are absolute and skipped. */
const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

/** Links that leave the site, or name no file (`#top`). */
const isExternal = (url: string): boolean => leavesSite(url) || url.startsWith("#");

/**
 * @param pathPrefix the path the site is served under (`/tin/` for `https://example.org/tin/`): root-relative
 * links must start with it, and name the output file under it.
 */
export async function findBrokenLinks(outputDir: string, pathPrefix = "/"): Promise<BrokenLink[]> {
  const root = path.resolve(outputDir);
  const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  const exists = new Map<string, boolean>();
  const resolves = (target: string): boolean => {
    let known = exists.get(target);
    if (known === undefined) {
      known = existsSync(target) && (!statSync(target).isDirectory() || existsSync(path.join(target, "index.html")));
      exists.set(target, known);
    }
    return known;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const html = readFileSync(path.join(root, page), "utf8");
    const pageDir = path.dirname(path.join(root, page));
    for (const match of html.matchAll(ATTRIBUTE)) {
      const url = match[1]!.replace(/&amp;/g, "&");
      if (!url || isExternal(url)) continue;
      const pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
      if (!pathname) continue;
      if (pathname.startsWith("/") && !pathname.startsWith(pathPrefix)) {
        broken.push({ page, url });
        continue;
      }
      const target = pathname.startsWith("/") ? path.join(root, pathname.slice(pathPrefix.length)) : path.resolve(pageDir, pathname);
      if (!resolves(target)) broken.push({ page, url });
    }
  }
  return broken;
}
