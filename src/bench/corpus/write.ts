/**
 * A deterministic generator of realistic Vietnamese news articles, for benchmarks and scale tests
 * (`npm run generate`); this module writes a corpus to a content folder, the others make it:
 * options.ts (what decides it), random.ts (one seeded generator), schedule.ts (when each article is
 * published), vocabulary.ts and text.ts (what it says), articles.ts (whole files), images.ts.
 *
 * Everything flows from one seed: the same seed, count and `until` give byte-identical files on any
 * machine, in any time zone, on any day. The clock is never read and only UTC `Date` methods are
 * used, with the GMT+7 offset applied by hand (dates.ts formats the timestamps and urls.ts the URLs).
 *
 * Articles are produced in publication order, month by month, so that a writer can create each
 * month's folder once and forget the slugs of a month as soon as the next one starts: memory stays
 * flat whatever the count.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { DEFAULT_CONTENT_DIR } from "../../project-paths.ts";
import { generateCorpus } from "./articles.ts";
import { corpusImages } from "./images.ts";
import { type CorpusSummary, DEFAULT_UNTIL, type WriteCorpusOptions } from "./options.ts";
import { parseDay } from "./schedule.ts";
import { IMAGE_DIR } from "./text.ts";

export const DEFAULT_DATA_DIR = join(DEFAULT_CONTENT_DIR, "_data");
export const DATA_FILES = ["site.yaml", "categories.yaml"] as const;

/**
 * Writes a complete content folder: `_data/` copied from the repository, the articles, and the images
 * they use. Each article is written as soon as it is generated; nothing is held for the whole corpus.
 * @example await writeCorpus({ out: "/tmp/corpus", count: 10_000, seed: 1 }) // { articles: 10000, … }
 */
export async function writeCorpus(options: WriteCorpusOptions): Promise<CorpusSummary> {
  const { out, count } = options;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, got ${count}`);
  parseDay(options.until ?? DEFAULT_UNTIL); // fail before writing anything
  const existing = await readdir(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  // Leftovers of a bigger corpus would silently join this one.
  if (existing.length > 0) throw new Error(`${out} is not empty; choose a new folder or empty it first`);

  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const data = await Promise.all(DATA_FILES.map((name) => readFile(join(dataDir, name))));
  const categoriesYaml: unknown = parseYaml(data[1]!.toString("utf8"));
  const categories = categoriesYaml && typeof categoriesYaml === "object" ? Object.keys(categoriesYaml) : [];
  if (categories.length === 0) throw new Error(`no categories found in ${join(dataDir, "categories.yaml")}`);

  const summary: CorpusSummary = { articles: 0, drafts: 0, scheduled: 0, files: 0, bytes: 0 };
  // Synchronous writes on purpose: measured on 10,000 articles, they cost less CPU and less time
  // than a pool of promise-based writes, whose thread-pool round trips outweigh the overlap.
  const put = (path: string, content: string | Buffer): void => {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    writeFileSync(join(out, path), bytes);
    summary.files += 1;
    summary.bytes += bytes.length;
  };
  mkdirSync(join(out, "_data"), { recursive: true });
  mkdirSync(join(out, IMAGE_DIR), { recursive: true });
  DATA_FILES.forEach((name, i) => put(`_data/${name}`, data[i]!));
  for (const image of corpusImages()) put(image.path, image.text);

  let folder = "";
  for (const article of generateCorpus({ ...options, categories })) {
    const articleFolder = article.path.slice(0, article.path.lastIndexOf("/"));
    if (articleFolder !== folder) {
      mkdirSync(join(out, articleFolder), { recursive: true });
      folder = articleFolder;
    }
    put(article.path, article.text);
    summary.articles += 1;
    if (article.draft) summary.drafts += 1;
    if (article.scheduled) summary.scheduled += 1;
  }
  return summary;
}
