/**
 * The checks `npm run check` and the build make of each local photo an article shows: a file over
 * 5 MB or narrower than 800 px is a warning (the site still builds), a file no decoder reads is an
 * error. GIF and SVG files are shown as they are, and only need to exist.
 *
 * Cost: one `stat` per distinct photo (memoized), beside the header read that gives its size.
 */
import { statSync } from "node:fs";
import type { Language } from "../language.ts";
import { formatNumber } from "../text/number-format.ts";
import { photoMessages } from "./photo-messages.ts";
import { isResizablePhoto } from "./photo-variants.ts";

/** Over this, a photo is a warning: camera files of 10–25 MB are exported smaller for the web. */
export const PHOTO_BYTES_WARNING = 5 * 1024 * 1024;
/** Under this width a photo is a warning: the article column is 672 px wide, twice that on a sharp screen. */
export const PHOTO_WIDTH_WARNING = 800;

export interface PhotoFinding {
  severity: "error" | "warning";
  message: string;
}

export interface PhotoChecker {
  /**
   * What is wrong with the photo at `src` (an existing file `file`, shown to writers as `shown`),
   * of size `size` as its header gives it (undefined when the header cannot be read). Each photo is
   * checked once; a second article that shows it gets no second report.
   */
  check(src: string, file: string, shown: string, size: { width: number; height: number } | undefined): PhotoFinding[];
}

/** @example photoChecker("vi").check("/images/a.jpg", "content/images/a.jpg", "content/images/a.jpg", { width: 640, height: 480 }) // [{ severity: "warning", message: "ảnh content/images/a.jpg chỉ rộng 640×480 px …" }] */
export function photoChecker(lang: Language): PhotoChecker {
  const messages = photoMessages[lang];
  const checked = new Set<string>();
  return {
    check(src, file, shown, size) {
      if (!isResizablePhoto(src) || checked.has(file)) return [];
      checked.add(file);
      if (!size) return [{ severity: "error", message: messages.unreadable(shown) }];
      const findings: PhotoFinding[] = [];
      let bytes = 0;
      try {
        bytes = statSync(file).size;
      } catch {
        return [{ severity: "error", message: messages.unreadable(shown) }];
      }
      if (bytes > PHOTO_BYTES_WARNING) findings.push({ severity: "warning", message: messages.tooLarge(shown, formatNumber(bytes / 1024 / 1024, lang, 1)) });
      if (size.width < PHOTO_WIDTH_WARNING) findings.push({ severity: "warning", message: messages.tooNarrow(shown, size.width, size.height) });
      return findings;
    },
  };
}
