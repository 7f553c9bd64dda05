/**
 * The one printer of a local photo: `<picture>` with AVIF and WebP sources and a JPEG (or PNG)
 * `<img>`, each with a `srcset` of the copies photo-variants.ts plans and a `sizes` that says how
 * wide the layout shows the photo, so that a phone fetches a copy as wide as its screen, not the
 * camera's file. Layouts print it through the `picture` macro (layouts/partials/picture.njk), article
 * bodies through the Markdown renderer (src/content/markdown.ts); nothing else prints a local `<img>`.
 *
 * A photo whose size is unknown, a GIF or SVG, or an image on another site is printed as the plain
 * `<img>` it was: there are no copies of it.
 */
import { escapeHtml } from "../text/escape.ts";
import { type PhotoCopy, isResizablePhoto, photoPlan, srcset } from "./photo-variants.ts";

/** Where a photo stands in the layout (layouts/assets/site.css), which decides its `sizes` and how it loads. */
export type PhotoRole = "lead" | "front" | "body" | "poster" | "thumbnail" | "sidebar" | "logo";

export interface PictureImage {
  src: string;
  alt?: string;
  /** A tooltip (Markdown's `![alt](/a.jpg "title")` outside a figure). */
  title?: string;
  /** The original's size as a browser shows it; without it, no copies. */
  width?: number;
  height?: number;
}

/**
 * The width the layout gives each role. The article column is 42rem at most, the page's padding
 * 1rem a side, and from 60rem the sidebar (18rem, 2rem gap) stands beside the column.
 */
export const LAYOUT_SIZES: Record<Exclude<PhotoRole, "logo">, string> = {
  lead: "(min-width: 64rem) 42rem, (min-width: 60rem) calc(100vw - 22rem), (min-width: 44rem) 42rem, calc(100vw - 2rem)",
  // The front page's top story spans the main column: at most 72rem less padding, gap and sidebar.
  front: "(min-width: 72rem) 50rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)",
  body: "(min-width: 64rem) 42rem, (min-width: 60rem) calc(100vw - 22rem), (min-width: 44rem) 42rem, calc(100vw - 2rem)",
  poster: "(min-width: 64rem) 42rem, (min-width: 60rem) calc(100vw - 22rem), (min-width: 44rem) 42rem, calc(100vw - 2rem)",
  thumbnail: "7rem",
  sidebar: "(min-width: 60rem) 18rem, calc(100vw - 2rem)",
};

/** The header's logo is drawn this high, as wide as its shape makes it (`.site-header__logo`). */
const LOGO_HEIGHT_REM = 2.5;

/**
 * The `sizes` of a role; the logo's follows from its shape, its height being fixed.
 * @example sizesOf("logo", { width: 600, height: 120 }) // "12.5rem"
 */
function sizesOf(role: PhotoRole, box: { width: number; height: number }): string {
  return role === "logo" ? `${Math.round((LOGO_HEIGHT_REM * box.width * 100) / box.height) / 100}rem` : LAYOUT_SIZES[role];
}

/**
 * How each role loads: the lead photo (and a video's poster, at the top of its article) is the page's
 * largest paint, fetched first and never lazily; the rest wait until the reader scrolls near them.
 */
const LOADING: Record<PhotoRole, string> = {
  lead: ` fetchpriority="high" decoding="async"`,
  front: ` fetchpriority="high" decoding="async"`,
  poster: ` fetchpriority="high" decoding="async"`,
  body: ` loading="lazy" decoding="async"`,
  thumbnail: ` loading="lazy" decoding="async"`,
  sidebar: ` loading="lazy" decoding="async"`,
  // At the top of every page but never its largest paint: fetched at once, at the usual priority.
  logo: "",
};

/** Roles whose photo sits beside a link that says what it shows: their `alt` is empty, so a screen reader does not read the title twice. */
const DECORATIVE: Record<PhotoRole, boolean> = { lead: false, front: false, body: false, poster: true, thumbnail: true, sidebar: true, logo: true };

/** The copy an `<img>` without `srcset` support shows: the fallback nearest a phone's column at 2×. */
const PLAIN_SRC_WIDTH = 800;
/** The copy a thumbnail drawn by a script shows (a search result's 7rem picture, 2×). */
const THUMBNAIL_WIDTH = 400;

export interface PictureOptions {
  /** The `<img>`'s class. */
  className?: string;
  /** The `<img>`'s width and height when the layout fixes them (a list's 16:9 thumbnail); the photo's own otherwise. */
  box?: { width: number; height: number };
}

/**
 * @example pictureHtml({ src: "/images/a.jpg", alt: "Hội nghị", width: 3000, height: 2000 }, "lead") // "<picture><source type=\"image/avif\" srcset=\"/photo-sizes/images/a.jpg/400.avif 400w, …"
 */
export function pictureHtml(image: PictureImage, role: PhotoRole, options: PictureOptions = {}): string {
  const box = options.box ?? (image.width && image.height ? { width: image.width, height: image.height } : undefined);
  const attributes =
    `alt="${DECORATIVE[role] ? "" : escapeHtml(image.alt ?? "")}"` +
    (image.title ? ` title="${escapeHtml(image.title)}"` : "") +
    (options.className ? ` class="${escapeHtml(options.className)}"` : "") +
    (box ? ` width="${box.width}" height="${box.height}"` : "") +
    LOADING[role];
  if (!image.width || !image.height || !isResizablePhoto(image.src)) return `<img src="${escapeHtml(image.src)}" ${attributes}>`;
  const plan = photoPlan(image.src, { width: image.width, height: image.height });
  const sizes = escapeHtml(sizesOf(role, { width: image.width, height: image.height }));
  const sources = plan.sources.map((source) => `<source type="${source.mime}" srcset="${escapeHtml(srcset(source.copies))}" sizes="${sizes}">`).join("");
  const fallback = plan.fallback.copies;
  const plain = plainCopy(fallback);
  return `<picture>${sources}<img src="${escapeHtml(plain.url)}" srcset="${escapeHtml(srcset(fallback))}" sizes="${sizes}" ${attributes}></picture>`;
}

/**
 * The URL of one copy for places that take a single image (`<video poster>`, a feed's `<img>`): the
 * fallback copy nearest 800 px; the original when there are no copies.
 * @example singleCopyUrl({ src: "/images/a.jpg", width: 3000, height: 2000 }) // "/photo-sizes/images/a.jpg/800.jpg"
 */
export function singleCopyUrl(image: PictureImage): string {
  if (!image.width || !image.height || !isResizablePhoto(image.src)) return image.src;
  return plainCopy(photoPlan(image.src, { width: image.width, height: image.height }).fallback.copies).url;
}

/**
 * The URL of a small copy for a thumbnail that a script draws from one URL (a search result's
 * picture, 7rem wide): the fallback copy nearest 400 px, never the camera's file; the original when
 * there are no copies.
 * @example thumbnailCopyUrl({ src: "/images/a.jpg", width: 3000, height: 2000 }) // "/photo-sizes/images/a.jpg/400.jpg"
 */
export function thumbnailCopyUrl(image: PictureImage): string {
  if (!image.width || !image.height || !isResizablePhoto(image.src)) return image.src;
  return plainCopy(photoPlan(image.src, { width: image.width, height: image.height }).fallback.copies, THUMBNAIL_WIDTH).url;
}

/** The widest of `copies` (narrowest first) not over `widest`; the narrowest when all are. */
function plainCopy(copies: readonly PhotoCopy[], widest = PLAIN_SRC_WIDTH): PhotoCopy {
  return [...copies].reverse().find((copy) => copy.width <= widest) ?? copies[0]!;
}


/**
 * The image social networks and search engines are given (`og:image`, JSON-LD `image`): the photo's
 * 1200-px JPEG copy with its size; the original, with its size if known, when there are no copies.
 * @example sharedImage({ src: "/images/a.jpg", width: 3000, height: 2000 }) // { url: "/photo-sizes/images/a.jpg/1200.jpg", width: 1200, height: 800 }
 */
export function sharedImage(image: PictureImage): { url: string; width?: number; height?: number } {
  if (!image.width || !image.height || !isResizablePhoto(image.src)) return { url: image.src, width: image.width, height: image.height };
  const { url, width, height } = photoPlan(image.src, { width: image.width, height: image.height }).share;
  return { url, width, height };
}
