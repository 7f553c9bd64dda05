/**
 * "The URL set never shrinks" (issue 18): the URLs a built site answers at, and whether every URL
 * of an earlier set still answers in a new build, with the page itself or with a redirect page
 * that leads, in one hop, to a page that answers. Run by `npm run check-urls` after every build.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { outputPathOf } from "../content/permanent-urls.ts";
import { lookupShard, postIdOfAlias } from "../query-aliases.ts";
import { isRootRelative, queryAliasLookupUrl } from "../urls.ts";

/** Folders of the output that hold no page a reader links to: assets, search bundles and the newsroom's media. */
const NOT_PAGES = /^(?:assets|pagefind|images|videos)\//;

/** The `?p=ID` lookup's shards in the output (src/query-aliases.ts), relative to it. */
const LOOKUP_FOLDER = queryAliasLookupUrl().slice(1);
const LOOKUP_SHARD = new RegExp(`^${LOOKUP_FOLDER}\\d+\\.json$`);

/** The URL a `?p=ID` lookup leads to (root-relative, as written: under the path prefix), or undefined. */
function lookedUp(outputDir: string, id: string): string | undefined {
  const file = path.join(outputDir, LOOKUP_FOLDER, `${lookupShard(id)}.json`);
  if (!existsSync(file)) return undefined;
  const urls = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  return Object.hasOwn(urls, id) ? urls[id] : undefined;
}

/**
 * Every URL a built site answers at: its HTML pages (a folder's index.html as the folder), its
 * XML files (feeds, sitemaps) and WordPress's `/?p=ID` its lookup holds, sorted.
 * @example await siteUrlSet("_site") // ["/", "/2024/", "/2024/01/27/slug/", "/?p=12", "/feed.xml", …]
 */
export async function siteUrlSet(outputDir: string): Promise<string[]> {
  const files = (await readdir(outputDir, { recursive: true })).map((file) => file.split(path.sep).join("/"));
  const pages = files
    .filter((file) => /\.(?:html|xml|aspx?|php)$/.test(file) && !NOT_PAGES.test(file) && file !== "404.html")
    .map((file) => `/${file.replace(/(?:^|(?<=\/))index\.html$/, "")}`);
  const postIds = files
    .filter((file) => LOOKUP_SHARD.test(file))
    .flatMap((file) => Object.keys(JSON.parse(readFileSync(path.join(outputDir, file), "utf8")) as Record<string, string>).map((id) => `/?p=${id}`));
  return [...pages, ...postIds].sort();
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
  const prefix = pathPrefix.replace(/\/$/, "");
  for (const url of urls) {
    // A `?p=ID` answers through the lookup, which leads to a page in one hop, as a redirect page does.
    const postId = postIdOfAlias(url);
    if (postId) {
      const written = lookedUp(outputDir, postId);
      const target = written?.startsWith(`${prefix}/`) ? written.slice(prefix.length) : written;
      const next = target === undefined ? undefined : fileOf(target);
      if (target === undefined) problems.push({ url, kind: "missing" });
      else if (!next) problems.push({ url, kind: "dead-end", target });
      else if (next.endsWith(".html") && redirectTargetOf(readFileSync(next, "utf8"), pathPrefix) !== undefined) problems.push({ url, kind: "chain", target });
      continue;
    }
    const file = fileOf(url);
    if (!file) {
      problems.push({ url, kind: "missing" });
      continue;
    }
    if (!file.endsWith(".html") && !/\.(?:aspx?|php)$/.test(file)) continue;
    const target = redirectTargetOf(readFileSync(file, "utf8"), pathPrefix);
    if (target === undefined) continue;
    if (!isRootRelative(target)) {
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
