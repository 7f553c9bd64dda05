/**
 * Which smaller copies of a local photo the build makes, and their URLs: a few widths up to the
 * original's (never larger), each in AVIF and WebP and in a fallback every browser shows (JPEG, or
 * PNG for a PNG, which may be transparent), plus a 1200-px JPEG for social networks.
 *
 * Pure: the plan follows from the photo's path and its size in pixels alone, so that page objects
 * (and the page cache's keys) can name every copy before any is encoded. URLs follow the photo's
 * path, never its bytes: a replaced photo keeps its URLs, as the original's own URL does.
 */

export interface PixelSize {
  width: number;
  height: number;
}

export type PhotoFormat = "avif" | "webp" | "jpeg" | "png";

/** One encoded copy of a photo. `file` is its name inside the photo's folder of copies. */
export interface PhotoCopy extends PixelSize {
  format: PhotoFormat;
  file: string;
  url: string;
}

export interface PhotoPlan {
  /** The photo as articles name it: `/images/a.jpg`. */
  src: string;
  /** Where its copies go in the output, relative to the output folder: `photo-sizes/images/a.jpg`. */
  folder: string;
  /** Modern formats first, as `<source>` elements list them; the fallback last, for `<img srcset>`. */
  sources: { format: PhotoFormat; mime: string; copies: PhotoCopy[] }[];
  fallback: { format: "jpeg" | "png"; copies: PhotoCopy[] };
  /** The JPEG for `og:image` and JSON-LD: 1200 px wide, or the original's width when narrower. */
  share: PhotoCopy;
  /** Every copy once (the share copy may also be a fallback copy). */
  copies: PhotoCopy[];
}

/**
 * The widths made of every photo, capped at the original's. 400 serves a list thumbnail (7rem) on a
 * 2× phone and the full column of a 1× one; 800 the full column (≈ 360 CSS px) of a 2× phone;
 * 1200 and 1600 tablets and desktops (column at most 42rem = 672 px, ×2).
 */
export const PHOTO_WIDTHS = [400, 800, 1200, 1600] as const;

/** The width social networks expect of a shared photo (Facebook's and X's large-card previews). */
export const SHARE_WIDTH = 1200;

/** The folder of the output that holds every photo's copies. */
export const PHOTO_COPIES_DIR = "photo-sizes";

const MIME: Record<PhotoFormat, string> = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg", png: "image/png" };
const EXTENSION: Record<PhotoFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg", png: "png" };

/** Formats the build re-encodes. GIF (maybe animated) and SVG (drawn, not photographed) are shown as they are. */
const RESIZABLE = /\.(jpe?g|png|webp|avif|tiff?)$/i;

/**
 * Whether the build makes copies of the photo at `src` (its extension decides: GIF and SVG pass untouched).
 * @example isResizablePhoto("/images/a.JPG") // true
 */
export function isResizablePhoto(src: string): boolean {
  return src.startsWith("/") && RESIZABLE.test(pathOf(src));
}

/**
 * The widths of a photo's copies: those of PHOTO_WIDTHS below its width, then its width itself when
 * that is below the largest, so that no copy is wider than the original.
 * @example copyWidths(1000) // [400, 800, 1000]
 */
export function copyWidths(originalWidth: number): number[] {
  const widest = Math.min(originalWidth, PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]!);
  return [...PHOTO_WIDTHS.filter((width) => width < widest), widest];
}

/**
 * The copies of the photo at `src`, of `size` as a browser shows it (EXIF rotation applied).
 * @example photoPlan("/images/a.jpg", { width: 1000, height: 500 }).share.url // "/photo-sizes/images/a.jpg/1000.jpg"
 */
export function photoPlan(src: string, size: PixelSize): PhotoPlan {
  const sourcePath = decodedPath(src).replace(/^\/+/, "");
  const folder = `${PHOTO_COPIES_DIR}/${sourcePath}`;
  const folderUrl = `/${encodeURI(folder)}`;
  const widths = copyWidths(size.width);
  const copy = (width: number, format: PhotoFormat): PhotoCopy => {
    const file = `${width}.${EXTENSION[format]}`;
    return { format, width, height: Math.max(1, Math.round((size.height * width) / size.width)), file, url: `${folderUrl}/${file}` };
  };
  const fallbackFormat = /\.png$/i.test(sourcePath) ? "png" : "jpeg";
  const sources = (["avif", "webp"] as const).map((format) => ({ format, mime: MIME[format], copies: widths.map((width) => copy(width, format)) }));
  const fallback = { format: fallbackFormat, copies: widths.map((width) => copy(width, fallbackFormat)) } as const;
  const share = copy(Math.min(SHARE_WIDTH, size.width), "jpeg");
  const copies = [...sources.flatMap((source) => source.copies), ...fallback.copies];
  if (!copies.some((each) => each.file === share.file)) copies.push(share);
  return { src, folder, sources, fallback, share, copies };
}

/**
 * `400w` descriptors for `srcset`.
 * @example srcset([{ url: "/a/400.jpg", width: 400 }]) // "/a/400.jpg 400w"
 */
export function srcset(copies: readonly Pick<PhotoCopy, "url" | "width">[]): string {
  return copies.map((copy) => `${copy.url} ${copy.width}w`).join(", ");
}

/** The path of a site-root URL, without query or fragment. */
function pathOf(src: string): string {
  return src.split(/[?#]/)[0]!;
}

/** The path as the file is named (`/images/h%E1%BB%99i.jpg` → `/images/hội.jpg`); as written when it is not valid percent-encoding. */
function decodedPath(src: string): string {
  try {
    return decodeURIComponent(pathOf(src));
  } catch {
    return pathOf(src);
  }
}

/**
 * The original a copy's URL was made from, as a site-root path; undefined for any other URL.
 * The preview (`npm start`) answers a copy's URL with this file (src/eleventy/dev-server.ts).
 * @example originalOfCopyUrl("/photo-sizes/images/a.jpg/800.avif") // "/images/a.jpg"
 */
export function originalOfCopyUrl(url: string): string | undefined {
  const match = new RegExp(`^/${PHOTO_COPIES_DIR}(/.+)/\\d+\\.(?:avif|webp|jpg|png)$`).exec(pathOf(url));
  if (!match) return undefined;
  const original = decodedPath(match[1]!);
  return original.split("/").includes("..") ? undefined : original;
}
