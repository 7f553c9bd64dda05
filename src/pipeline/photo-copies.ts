/**
 * The build's stage for photos: every local photo the site shows gets its copies (src/images/photo-variants.ts),
 * encoded once. Encoded copies are kept in the build's cache under a key that hashes the original's
 * bytes and the encoding settings, and hard-linked into the output (src/pipeline/file-tree.ts), so a
 * rebuild encodes only new or changed photos and links the rest: one directory entry per copy.
 *
 * Hashing every original in every build would read the whole photo archive (hundreds of GB in a
 * twenty-year archive); the hash of each file is kept beside the copies with the file's size, mtime
 * and inode, and read again only when one of those changed (as git's index does). A fresh checkout
 * (CI) has new mtimes: its first build hashes every photo once, a read, never an encode.
 *
 * Cost: photos are encoded PHOTOS_AT_ONCE at a time, each by libvips on libuv's thread pool, beside
 * Eleventy on the main thread; each holds at most its largest copy's raw pixels (1600 px wide, ≈ 8 MB).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { displayPath } from "../project-paths.ts";
import sharp from "sharp";
import { ENCODING_SETTINGS, encodePhoto } from "../images/encode-photo.ts";
import { type PhotoPlan, type PixelSize, isResizablePhoto, photoPlan } from "../images/photo-variants.ts";
import { photoMessages } from "../images/photo-messages.ts";
import { contentPathOf } from "../content/image-references.ts";
import type { Problem } from "../problems.ts";
import type { Language } from "../language.ts";
import type { SitePages } from "../pages/build-pages.ts";
import { linkFile } from "./file-tree.ts";

/** One photo to copy: its plan and its file. */
export interface PhotoJob {
  plan: PhotoPlan;
  /** The original, e.g. `/site/content/images/a.jpg`. */
  file: string;
}

export interface PhotoCopiesReport {
  photos: number;
  /** Photos encoded in this build; the rest were linked from the cache. */
  encoded: number;
  /** Copies linked into the output. */
  files: number;
  /** Photos that could not be encoded, each with libvips' reason. */
  failures: { file: string; reason: string }[];
  /** Wall time from the first photo to the last, encoding and linking. */
  seconds: number;
}

/**
 * Photos encoded at once: one per core. libvips runs each photo's pipeline on a thread of its own
 * (sharp.concurrency(1)), so memory stays at a few photos' pixels whatever the core count.
 */
const PHOTOS_AT_ONCE = Math.max(1, os.availableParallelism());

/** What a copy's bytes depend on besides the original: a change here re-encodes every photo. Not sharp's version: an upgrade must not re-encode an archive. */
const SETTINGS_KEY = JSON.stringify(ENCODING_SETTINGS);

const HASHES_FILE = "photo-hashes.json";

type HashRecord = [size: number, mtimeMs: number, ino: number, sha256: string];

/**
 * Makes the copies of every photo of `jobs` under `outputDir` (each in its plan's folder), from the
 * cache in `cacheDir/photos` where it holds them. Photos that fail are reported, never thrown: the
 * build reports them all as content errors.
 * @example await makePhotoCopies([{ plan: photoPlan("/images/a.jpg", size), file: "content/images/a.jpg" }], "_site", ".cache/build")
 */
export async function makePhotoCopies(jobs: readonly PhotoJob[], outputDir: string, cacheDir: string, options: { onProgress?: (done: number) => void } = {}): Promise<PhotoCopiesReport> {
  sharp.concurrency(1);
  const copiesDir = path.join(cacheDir, "photos");
  await mkdir(copiesDir, { recursive: true });
  const hashes = await readHashes(cacheDir);
  const nextHashes: Record<string, HashRecord> = {};
  const held = new Set(await readdir(copiesDir));
  const used = new Set<string>();
  const inFlight = new Map<string, Promise<void>>();
  const started = performance.now();
  const report: PhotoCopiesReport = { photos: jobs.length, encoded: 0, files: 0, failures: [], seconds: 0 };
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      try {
        const record = await contentHash(job.file, hashes[job.file]);
        nextHashes[job.file] = record;
        const key = sha256(`${record[3]}\n${SETTINGS_KEY}\n${job.plan.copies.map((copy) => copy.file).join(",")}`);
        used.add(key);
        const stored = path.join(copiesDir, key);
        // Two names for the same bytes share one key: the second waits for the first's encoding.
        let encoding = held.has(key) ? undefined : inFlight.get(key);
        if (!held.has(key) && !encoding) {
          encoding = (async () => {
            const partial = `${stored}.partial`;
            await rm(partial, { recursive: true, force: true });
            await encodePhoto(job.file, job.plan.copies, partial);
            await rename(partial, stored);
            report.encoded++;
          })();
          inFlight.set(key, encoding);
        }
        await encoding;
        const target = path.join(outputDir, job.plan.folder);
        await mkdir(target, { recursive: true });
        for (const copy of job.plan.copies) await linkFile(path.join(stored, copy.file), path.join(target, copy.file));
        report.files += job.plan.copies.length;
      } catch (error) {
        report.failures.push({ file: job.file, reason: (error as Error).message.split("\n")[0]! });
      }
      options.onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PHOTOS_AT_ONCE, jobs.length) }, worker));
  // Copies of photos no longer shown (replaced, or their articles gone) leave the cache.
  await Promise.all([...held].filter((key) => !used.has(key)).map((key) => rm(path.join(copiesDir, key), { recursive: true, force: true })));
  await writeFile(path.join(cacheDir, HASHES_FILE), JSON.stringify(sortedObject(nextHashes)));
  report.failures.sort((a, b) => (a.file < b.file ? -1 : 1));
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** The file's SHA-256, from `known` when its size, mtime and inode are unchanged. */
async function contentHash(file: string, known: HashRecord | undefined): Promise<HashRecord> {
  const stats = await stat(file);
  if (known && known[0] === stats.size && known[1] === stats.mtimeMs && known[2] === stats.ino) return known;
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return [stats.size, stats.mtimeMs, stats.ino, hash.digest("hex")];
}

async function readHashes(cacheDir: string): Promise<Record<string, HashRecord>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(cacheDir, HASHES_FILE), "utf8"));
    return parsed && typeof parsed === "object" ? (parsed as Record<string, HashRecord>) : {};
  } catch {
    return {}; // no earlier build, or a file cut short: every photo is hashed
  }
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

function sortedObject<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Every local photo the site's pages show (lead photos, body photos, video posters; list thumbnails
 * and the sidebar's poster are the same photos; the header's logo and site.yaml's share image when
 * they are photos, not SVGs), once each, in folder order.
 * @example photoJobsOf(pages, "content") // [{ plan: { folder: "photo-sizes/images/a.jpg", … }, file: "content/images/a.jpg" }]
 */
export function photoJobsOf(pages: { byKind: Pick<SitePages["byKind"], "article">; logo?: SitePages["logo"]; site?: Pick<SitePages["site"], "shareImage"> }, contentDir: string): PhotoJob[] {
  const jobs = new Map<string, PhotoJob>();
  const add = (src: string, size: PixelSize): void => {
    if (!isResizablePhoto(src)) return;
    const inContent = contentPathOf(src);
    if (inContent === undefined) return; // never sized: the loader refuses paths that leave content/
    const plan = photoPlan(src, size);
    if (!jobs.has(plan.folder)) jobs.set(plan.folder, { plan, file: path.join(contentDir, inContent) });
  };
  for (const page of pages.byKind.article) {
    // imageSizes holds the size of every local image the article shows that could be read: lead, body, poster.
    for (const [src, size] of Object.entries(page.imageSizes)) add(src, size);
  }
  // Their sizes are known once the loader has read the files (src/content/load-content.ts). The share
  // image is shared as its 1200-px JPEG copy, which is among its copies (photo-variants.ts).
  for (const image of [pages.logo, pages.site?.shareImage]) {
    if (image?.width && image.height) add(image.src, { width: image.width, height: image.height });
  }
  return [...jobs.values()].sort((a, b) => (a.plan.folder < b.plan.folder ? -1 : 1));
}

/** The photos that could not be encoded, as content errors naming each file. */
export function photoFailureProblems(failures: PhotoCopiesReport["failures"], lang: Language, projectDir: string): Problem[] {
  return failures.map(({ file, reason }) => ({ severity: "error", file: displayPath(file, projectDir), message: photoMessages[lang].unreadable(displayPath(file, projectDir), reason) }));
}
