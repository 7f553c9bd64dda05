/**
 * Photos of an imported archive. A local file (the export's uploads folder, or a saved page's
 * neighbour) is copied into `content/images/YYYY/MM/`, named by its slug and content hash, so that
 * the same photo is stored once however many articles or months use it, and a second import finds
 * it there. A remote photo stays remote (with a warning) unless fetching was asked for.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, stat, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { slugify } from "../slug.ts";

export interface MediaOptions {
  /** The content folder: photos go to `<contentDir>/images/YYYY/MM/`. */
  contentDir: string;
  /** A local copy of the old site's uploads (`wp-content/uploads`) or of its root, where remote URLs are looked up first. */
  localRoot?: string;
  /** Download photos found neither locally nor in `localRoot`. */
  fetchMedia?: boolean;
  /** The most bytes one download may have. */
  maxBytes?: number;
}

export type MediaResult =
  | { kind: "local"; src: string; copied: boolean }
  | { kind: "remote"; src: string; failure?: string };

const EXTENSIONS = new Set([".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"]);
const MAX_BYTES = 32 * 1024 * 1024;

/** The `YYYY/MM` of a WordPress upload path (`/wp-content/uploads/2024/01/x.jpg`), if it has one. */
function uploadMonth(urlPath: string): string | undefined {
  const match = /\/(\d{4})\/(\d{2})\/[^/]+$/.exec(urlPath);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Where a remote URL's file may be in a local copy of the site: the full path, then the part after `uploads/`. */
function localCandidates(url: URL, localRoot: string): string[] {
  const pathname = decodeURIComponent(url.pathname);
  const candidates = [path.join(localRoot, pathname)];
  const afterUploads = pathname.split("/uploads/")[1];
  if (afterUploads) candidates.push(path.join(localRoot, afterUploads));
  return candidates;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Copies photos in once each and remembers where each went. */
export class MediaStore {
  private readonly bySource = new Map<string, MediaResult>();
  private readonly byHash = new Map<string, string>();

  constructor(private readonly options: MediaOptions) {}

  /**
   * The `src` an article should use for a photo found at `url` (`file:`, `http(s):`), stored under
   * `fallbackMonth` (`2024/01`) when the URL names no month.
   */
  async resolve(url: string, fallbackMonth: string): Promise<MediaResult> {
    const known = this.bySource.get(url);
    if (known) return known.kind === "local" ? { ...known, copied: false } : known;
    const result = await this.locate(url, fallbackMonth);
    this.bySource.set(url, result);
    return result;
  }

  private async locate(url: string, fallbackMonth: string): Promise<MediaResult> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { kind: "remote", src: url, failure: "not a URL" };
    }
    const month = uploadMonth(parsed.pathname) ?? fallbackMonth;
    const name = path.posix.basename(decodeURIComponent(parsed.pathname));
    if (parsed.protocol === "file:") {
      const file = fileURLToPath(parsed);
      if (await isFile(file)) return this.store(await readFile(file), name, month);
      return { kind: "remote", src: url, failure: "missing file" };
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return { kind: "remote", src: url, failure: "not a URL" };
    if (this.options.localRoot) {
      for (const candidate of localCandidates(parsed, this.options.localRoot)) {
        if (await isFile(candidate)) return this.store(await readFile(candidate), name, month);
      }
    }
    if (!this.options.fetchMedia) return { kind: "remote", src: url };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: "follow" });
      if (!response.ok) return { kind: "remote", src: url, failure: `HTTP ${response.status}` };
      const type = response.headers.get("content-type") ?? "";
      if (!type.startsWith("image/")) return { kind: "remote", src: url, failure: `not an image (${type || "no type"})` };
      const bytes = Buffer.from(await response.arrayBuffer());
      if (bytes.length > (this.options.maxBytes ?? MAX_BYTES)) return { kind: "remote", src: url, failure: "too large" };
      return this.store(bytes, name, month, `.${type.slice("image/".length).replace("jpeg", "jpg").replace("svg+xml", "svg")}`);
    } catch (error) {
      return { kind: "remote", src: url, failure: (error as Error).message };
    }
  }

  private async store(bytes: Buffer, name: string, month: string, typeExtension?: string): Promise<MediaResult> {
    const hash = createHash("sha256").update(bytes).digest("hex");
    const already = this.byHash.get(hash);
    if (already) return { kind: "local", src: already, copied: false };
    let extension = path.extname(name).toLowerCase();
    if (!EXTENSIONS.has(extension)) extension = typeExtension && EXTENSIONS.has(typeExtension) ? typeExtension : ".jpg";
    const stem = slugify(path.basename(name, path.extname(name))) || "anh";
    const relative = `${month}/${stem}-${hash.slice(0, 10)}${extension === ".jpeg" ? ".jpg" : extension}`;
    const src = `/images/${relative}`;
    this.byHash.set(hash, src);
    const file = path.join(this.options.contentDir, "images", relative);
    if (await isFile(file)) return { kind: "local", src, copied: false };
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(`${file}.importing`, bytes);
    await rename(`${file}.importing`, file);
    return { kind: "local", src, copied: true };
  }
}
