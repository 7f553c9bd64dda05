/**
 * The build's cache of written pages, so that a rebuild writes only what changed. Eleventy keeps
 * nothing between processes; this cache, a folder CI can keep between runs (`.cache/` by default),
 * holds every page file a build wrote, named by a key that hashes everything the file is made from:
 * the page object itself, the data every page sees (the frames, the forms, the policy), and the
 * renderer (the layouts, tintuc's code and the locked dependencies). A page whose key is in the
 * cache is copied from it; the rest go to Eleventy. Which kinds of page the cache holds is the table's
 * to say (src/pages/page-kinds.ts). Equal keys mean equal inputs, so a warm
 * rebuild writes the same bytes as a cold one (tests/build/page-cache.test.ts).
 *
 * Cost per build: one JSON serialization and SHA-1 of each page object, one hard link per page
 * (src/pipeline/file-tree.ts): cached pages into the output, written pages into the cache.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SitePages } from "../pages/build-pages.ts";
import { type AnyPage, mapPageKinds } from "../pages/page-kinds.ts";
import { PROJECT_DIR } from "../project-paths.ts";
import { eachConcurrently, linkFile, linkTree } from "./file-tree.ts";
import { type PageKeyEntry, readPageKeys, writePageKeys } from "./page-keys.ts";

/** Where the build keeps its cache unless told otherwise. */
export const DEFAULT_CACHE_DIR = path.join(PROJECT_DIR, ".cache", "build");

/** What the renderer is made of: a change to any of these files changes every key. */
const RENDERER_SOURCES = ["layouts", "src", ".eleventy.js", "package-lock.json"];

/** A page file of the build: where it goes in the output and the key of its inputs. */
interface PageFile {
  outputPath: string;
  key: string;
}

export interface CachePlan {
  /** The pages for Eleventy: only those the cache does not hold. */
  toRender: SitePages;
  /** Links the cached pages into the output folder, making the folders they need but those in `existing`. */
  copyCached(outputDir: string, existing?: ReadonlySet<string>): Promise<void>;
  /** The folders of all the build's pages, relative to the output (`2024/01/27/slug`). */
  pageFolders: ReadonlySet<string>;
  /** Stores the pages Eleventy wrote, forgets those no longer written, and notes the pages' folders (readPageFolders). */
  update(outputDir: string): Promise<void>;
  cachedCount: number;
  renderedCount: number;
  /** Every page's key by its output path (the 404 page, never cached, has none). */
  pageKeys: ReadonlyMap<string, string>;
  /** Pages whose key was taken from the last build's record, their inputs unchanged (page-keys.ts). */
  reusedKeyCount: number;
  /** The hash of the renderer's files, read once per build; other cached outputs key on it too. */
  renderer: string;
}

/**
 * Splits the site's pages into those the cache holds and those Eleventy must write.
 * @param cacheDir the cache folder; a build should have it to itself while it runs
 * @param renderer rendererFingerprint(), when the build has it already
 */
export async function planPageCache(pages: SitePages, cacheDir: string, renderer?: string): Promise<CachePlan> {
  const pagesDir = path.join(cacheDir, "pages");
  await mkdir(pagesDir, { recursive: true });
  const held = new Set(await readdir(pagesDir));
  renderer ??= await rendererFingerprint();
  const shared = sha1(`${renderer}\n${JSON.stringify({ frames: pages.frames, forms: pages.forms, csp: pages.csp, queryAliases: pages.queryAliases })}`);
  const cached: PageFile[] = [];
  const rendered: PageFile[] = [];
  const recordedKeys = readPageKeys(cacheDir, shared);
  const keyRecord: PageKeyEntry[] = [];
  let reusedKeyCount = 0;
  const hashPage = pageHasher(shared);
  /** The page's key: the recorded one while the page's inputs are those recorded, else a hash of the page object. */
  const keyOf = (item: AnyPage): string => {
    const inputs = pages.pageInputs?.get(item);
    if (inputs === undefined) return hashPage(item);
    const recorded = recordedKeys.get(item.outputPath);
    const reuse = recorded !== undefined && recorded[0] === inputs;
    const key = reuse ? recorded[1] : hashPage(item);
    if (reuse) reusedKeyCount++;
    keyRecord.push([item.outputPath, inputs, key]);
    return key;
  };
  /** The pages of one list that the cache does not hold, noting every page's file either way. */
  const uncached = (items: readonly AnyPage[]): AnyPage[] =>
    items.filter((item) => {
      const file = { outputPath: item.outputPath, key: keyOf(item) };
      const hit = held.has(file.key);
      (hit ? cached : rendered).push(file);
      return !hit;
    });
  const toRender: SitePages = {
    ...pages,
    byKind: mapPageKinds(pages.byKind, (_name, rules, list) => (rules.cached ? uncached(list) : [...list])),
  };
  // Written now, not at the cache's update: a recorded key is true of its inputs whether or not the page is then written.
  writePageKeys(cacheDir, shared, keyRecord);
  const outputFile = (outputDir: string, file: PageFile): string => path.join(outputDir, file.outputPath);
  const folderOf = (file: PageFile): string => path.posix.dirname(file.outputPath).replace(/^\/+/, "");
  const pageFolders = new Set([...cached, ...rendered].map(folderOf).filter((folder) => folder !== ""));
  return {
    toRender,
    cachedCount: cached.length,
    renderedCount: rendered.length,
    reusedKeyCount,
    pageKeys: new Map([...cached, ...rendered].map((file) => [file.outputPath, file.key])),
    renderer,
    pageFolders,
    async copyCached(outputDir, existing = new Set()) {
      const folders = new Set(cached.map(folderOf).filter((folder) => folder !== "" && !existing.has(folder)));
      for (const folder of [...folders].sort()) await mkdir(path.join(outputDir, folder), { recursive: true });
      await eachConcurrently(cached, (file) => linkFile(path.join(pagesDir, file.key), outputFile(outputDir, file)));
    },
    async update(outputDir) {
      // Every key is new: a rendered page is one whose key the cache did not hold, and keys hash the output path.
      await eachConcurrently(rendered, (file) => linkFile(outputFile(outputDir, file), path.join(pagesDir, file.key)));
      const used = new Set([...cached, ...rendered].map((file) => file.key));
      await eachConcurrently([...held].filter((key) => !used.has(key)), (key) => rm(path.join(pagesDir, key), { force: true }));
      await writeFile(path.join(cacheDir, PAGE_FOLDERS_FILE), JSON.stringify([...pageFolders].sort()));
    },
  };
}

const PAGE_FOLDERS_FILE = "page-folders.json";

/** The folders of the pages of the last build that updated the cache (CachePlan.pageFolders); none without one. */
export function readPageFolders(cacheDir: string): string[] {
  try {
    // Synchronous, so that the folders can be begun before the build's first long stretch of work.
    const folders: unknown = JSON.parse(readFileSync(path.join(cacheDir, PAGE_FOLDERS_FILE), "utf8"));
    // Only folders inside the output: the file is the cache's, but a cache is restored from elsewhere in CI.
    const inside = (folder: unknown): folder is string => typeof folder === "string" && folder !== "" && !path.isAbsolute(folder) && !folder.split(/[\\/]/).includes("..");
    return Array.isArray(folders) ? folders.filter(inside) : [];
  } catch {
    return []; // no earlier build, or a file cut short: the folders are made as the pages need them
  }
}

/** A hash of every file the renderer is made of, in path order: tintuc's code, its layouts and its dependencies. */
export async function rendererFingerprint(): Promise<string> {
  const hash = createHash("sha1");
  for (const source of RENDERER_SOURCES) {
    const root = path.join(PROJECT_DIR, source);
    const files = source.includes(".") ? [root] : (await readdir(root, { recursive: true })).map((file) => path.join(root, file)).sort();
    for (const file of files) {
      const content = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "EISDIR") return undefined;
        throw error;
      });
      if (content) hash.update(path.relative(PROJECT_DIR, file)).update("\0").update(content).update("\0");
    }
  }
  return hash.digest("hex");
}

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex");

/**
 * A folder of the output made from `inputs` alone (the search bundle, from the search documents,
 * by the renderer's code): copied from the cache when `inputs` are unchanged, made by `make` and kept otherwise. Only the
 * latest folder of each kind is kept.
 * @returns whether it came from the cache
 */
export async function cachedFolder(
  cacheDir: string,
  kind: string,
  inputs: { renderer: string; data: string },
  target: string,
  make: () => Promise<void>,
): Promise<boolean> {
  const kindDir = path.join(cacheDir, kind);
  const stored = path.join(kindDir, sha1(`${inputs.renderer}\n${inputs.data}`));
  if (await isCachedFolder(cacheDir, kind, inputs)) {
    await linkTree(stored, target);
    return true;
  }
  await make();
  await rm(kindDir, { recursive: true, force: true });
  await linkTree(target, `${stored}.partial`);
  await rename(`${stored}.partial`, stored);
  return false;
}

/** Whether cachedFolder() would find the folder of `kind` made from `inputs` in the cache. */
export function isCachedFolder(cacheDir: string, kind: string, inputs: { renderer: string; data: string }): Promise<boolean> {
  return exists(path.join(cacheDir, kind, sha1(`${inputs.renderer}\n${inputs.data}`)));
}

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

/** The lists of objects that many pages share: listing pages' article summaries, feeds' entries. */
const SHARED_LISTS = ["articles", "entries"] as const;

/**
 * A page object's key: a hash of the shared data and the page as JSON, except that the lists of
 * SHARED_LISTS are named by their objects' hashes, each object serialized and hashed once per build.
 * Listing pages, tag and author pages and feeds show the same article summaries and feed entries
 * again and again (a summary on some six pages, an entry in several feeds): at 10,000 articles
 * this is 70 MB of JSON a build no longer makes for its keys. Equal keys still mean equal page objects.
 */
function pageHasher(shared: string): (page: AnyPage) => string {
  const elementHashes = new WeakMap<object, string>();
  const elementHash = (element: object): string => {
    let hash = elementHashes.get(element);
    if (hash === undefined) elementHashes.set(element, (hash = sha1(JSON.stringify(element))));
    return hash;
  };
  return (page) => {
    const fields = page as unknown as Record<string, unknown>;
    const lists = SHARED_LISTS.filter((field) => Array.isArray(fields[field]));
    if (lists.length === 0) return sha1(`${shared}\n${JSON.stringify(page)}`);
    const rest: Record<string, unknown> = { ...fields };
    for (const field of lists) rest[field] = undefined;
    // JSON is one line: the lists' hashes, on lines of their own, are never taken for part of it.
    const named = lists.map((field) => `\n${field}:${(fields[field] as object[]).map(elementHash).join(",")}`);
    return sha1(`${shared}\n${JSON.stringify(rest)}${named.join("")}`);
  };
}
