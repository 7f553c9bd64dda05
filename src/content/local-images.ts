/**
 * The site-local image files articles point to: whether each exists, and its size in pixels, so that
 * pages can give every photo its `width` and `height`. With them a browser reserves the photo's box
 * before the file arrives; without them, each photo that arrives late on a slow link pushes the text
 * (and a field the reader is typing in) down the page.
 *
 * Each file is looked at once per build, however many articles show it, and only its first bytes
 * are read: the size stands in the header of every format a browser shows.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { contentPathOf } from "./image-references.ts";

export interface ImageSize {
  width: number;
  height: number;
}

/** What a site-root path names: a file in the content folder, a folder, nothing, or a place outside the folder. */
export type LocalFileStatus = "file" | "folder" | "missing" | "outside";

export interface LocalImages {
  /** Whether the path names a file inside the content folder. */
  exists(src: string): boolean;
  status(src: string): LocalFileStatus;
  /** The size a browser shows the image at (EXIF rotation applied), or undefined when the file is missing or unreadable. */
  sizeOf(src: string): ImageSize | undefined;
}

/** Enough for the header of JPEG, PNG, GIF, WebP and AVIF files, EXIF blocks included, in all but rare files. */
const HEAD_BYTES = 64 * 1024;

/** Larger files are not read whole for a header past HEAD_BYTES: no photo's header lies that deep. */
const WHOLE_FILE_LIMIT = 16 * 1024 * 1024;

/** The images under `contentDir`, named as articles name them: site-root paths such as `/images/a.jpg`. */
export function localImages(contentDir: string): LocalImages {
  const statuses = new Map<string, LocalFileStatus>();
  const sizes = new Map<string, ImageSize | undefined>();
  const head = Buffer.alloc(HEAD_BYTES);
  const fileOf = (src: string): string => path.join(contentDir, contentPathOf(src)!);
  const status = (src: string): LocalFileStatus => {
    let found = statuses.get(src);
    if (found === undefined) {
      found = statusOf(contentDir, contentPathOf(src));
      statuses.set(src, found);
    }
    return found;
  };
  const exists = (src: string): boolean => status(src) === "file";
  return {
    // Only a look at the folder: video files are checked here too, and are never read.
    exists,
    status,
    sizeOf: (src) => {
      if (!sizes.has(src)) sizes.set(src, exists(src) ? readSize(fileOf(src), head) : undefined);
      return sizes.get(src);
    },
  };
}

function statusOf(contentDir: string, relative: string | undefined): LocalFileStatus {
  if (relative === undefined) return "outside";
  try {
    const stats = statSync(path.join(contentDir, relative), { throwIfNoEntry: false });
    return stats === undefined ? "missing" : stats.isDirectory() ? "folder" : "file";
  } catch {
    // A name the file system refuses (too long, a NUL byte): no such file.
    return "missing";
  }
}

function readSize(file: string, head: Buffer): ImageSize | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(file, "r");
  } catch {
    return undefined;
  }
  try {
    const { size: fileBytes } = fstatSync(descriptor);
    const read = readSync(descriptor, head, 0, Math.min(HEAD_BYTES, fileBytes), 0);
    let size = measure(head.subarray(0, read));
    if (!size && fileBytes > read && fileBytes <= WHOLE_FILE_LIMIT) {
      // A header behind a large EXIF or ICC block: read the whole file, once.
      const whole = Buffer.alloc(fileBytes);
      size = measure(whole.subarray(0, readSync(descriptor, whole, 0, fileBytes, 0)));
    }
    return size;
  } catch {
    // A folder, or a file that cannot be read: its size is unknown.
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

function measure(bytes: Uint8Array): ImageSize | undefined {
  try {
    const { width, height, orientation } = imageSize(bytes);
    if (!width || !height) return undefined;
    // EXIF orientations 5–8 turn the photo a quarter: browsers show it with width and height swapped.
    return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return undefined;
  }
}
