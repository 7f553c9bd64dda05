/**
 * "The URL set never shrinks" (issue 18): the URLs a built site answers at, and whether every URL
 * of an earlier set still answers in a new build, with the page itself or with a redirect page
 * that leads, in one hop, to a page that answers. Run by `npm run check-urls` after every build.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { outputPathOf } from "../content/permanent-urls.ts";

/** Folders of the output that hold no page a reader links to: assets, search bundles and the newsroom's media. */
const NOT_PAGES = /^(?:assets|pagefind|images|videos)\//;

/**
 * Every URL a built site answers at: its HTML pages (a folder's index.html as the folder) and its
 * XML files (feeds, sitemaps), sorted.
 * @example await siteUrlSet("_site") // ["/", "/2024/", "/2024/01/27/slug/", "/feed.xml", …]
 */
export async function siteUrlSet(outputDir: string): Promise<string[]> {
  const files = await readdir(outputDir, { recursive: true });
  return files
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => /\.(?:html|xml|aspx?|php)$/.test(file) && !NOT_PAGES.test(file) && file !== "404.html")
    .map((file) => `/${file.replace(/(?:^|(?<=\/))index\.html$/, "")}`)
    .sort();
}

const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)">/;

/** Where a redirect page leads (root-relative, without the path prefix); undefined for any other file. */
export function redirectTargetOf(html: string, pathPrefix = "/"): string | undefined {
  const target = REFRESH.exec(html)?.[1]?.replace(/&amp;/g, "&");
  if (target === undefined) return undefined;
  const prefix = pathPrefix.replace(/\/$/, "");
  return target.startsWith(`${prefix}/`) ? target.slice(prefix.length) : target;
}

export interface UrlProblem {
  url: string;
  kind: "missing" | "chain" | "dead-end" | "external";
  /** Where a redirect led, when it did. */
  target?: string;
}

/**
 * The URLs of `urls` that the build in `outputDir` no longer answers at: no file; a redirect to
 * another host, to nothing, or to another redirect (a chain).
 */
export function unansweredUrls(outputDir: string, urls: readonly string[], pathPrefix = "/"): UrlProblem[] {
  const fileOf = (url: string): string | undefined => {
    const file = path.join(outputDir, outputPathOf(url));
    if (existsSync(file) && statSync(file).isFile()) return file;
    return undefined;
  };
  const problems: UrlProblem[] = [];
  for (const url of urls) {
    const file = fileOf(url);
    if (!file) {
      problems.push({ url, kind: "missing" });
      continue;
    }
    if (!file.endsWith(".html") && !/\.(?:aspx?|php)$/.test(file)) continue;
    const target = redirectTargetOf(readFileSync(file, "utf8"), pathPrefix);
    if (target === undefined) continue;
    if (!target.startsWith("/") || target.startsWith("//")) {
      problems.push({ url, kind: "external", target });
      continue;
    }
    const next = fileOf(target);
    if (!next) problems.push({ url, kind: "dead-end", target });
    else if (next.endsWith(".html") && redirectTargetOf(readFileSync(next, "utf8"), pathPrefix) !== undefined) problems.push({ url, kind: "chain", target });
  }
  return problems;
}

/** A URL list file: one URL a line, `#` comments; what `check-urls --write` writes and `--previous` reads. */
export function parseUrlList(text: string): string[] {
  return text.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#"));
}
