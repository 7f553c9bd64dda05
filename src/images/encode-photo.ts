/**
 * Encodes one photo's copies (photo-variants.ts) with sharp (libvips). The original is decoded once,
 * turned upright (EXIF orientation) and brought to sRGB, scaled to the largest copy's width and held
 * as raw pixels; every smaller width is scaled from those, and each width is encoded in each format.
 * Metadata is dropped (EXIF can hold a camera's serial number and the place a photo was taken), so
 * a copy's bytes depend on the original's pixels and ENCODING_SETTINGS alone: the same input gives
 * the same bytes in every build (tests/images/encode-photo.test.ts).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type CreateRaw, type OutputInfo, type Sharp } from "sharp";
import type { PhotoCopy, PhotoFormat } from "./photo-variants.ts";

/**
 * Quality and effort per format, chosen by measuring a 3000×2000 camera-like JPEG's four widths on
 * the project's 2-core machine (docs/photos.md): AVIF effort 4 (sharp's default) took 80 s for files
 * 13 % smaller than effort 2's (12 s) and 29 % smaller than effort 0's (2.5 s); effort 1 is the knee.
 * WebP effort 2 took 40 % of effort 4's time for files 6 % larger: few browsers still take WebP over
 * AVIF. JPEG, the fallback of very old browsers and the shared copy, by libjpeg-turbo (mozjpeg's
 * trellis search is several times slower for ~10 % smaller files).
 */
export const ENCODING_SETTINGS = {
  avif: { quality: 50, effort: 1, chromaSubsampling: "4:2:0" },
  webp: { quality: 72, effort: 2 },
  jpeg: { quality: 78, progressive: true, optimiseCoding: true, mozjpeg: false },
  png: { compressionLevel: 9, palette: false },
} as const;

/** Whether the copy's format keeps transparency. */
const KEEPS_ALPHA: Record<PhotoFormat, boolean> = { avif: true, webp: true, png: true, jpeg: false };

/**
 * Writes `copies` of the photo in `file` into `targetDir`, each as its `file` name.
 * @throws when the photo cannot be decoded (a corrupt or truncated file)
 * @example await encodePhoto("content/images/a.jpg", photoPlan("/images/a.jpg", size).copies, "/tmp/copies")
 */
export async function encodePhoto(file: string, copies: readonly PhotoCopy[], targetDir: string): Promise<void> {
  await mkdir(targetDir, { recursive: true });
  const largest = Math.max(...copies.map((copy) => copy.width));
  // failOn "error": a photo with a broken scan line is an error to fix, not a grey band on the site.
  const { data, info } = await sharp(file, { failOn: "error" })
    .rotate()
    .toColourspace("srgb")
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const widths = [...new Set(copies.map((copy) => copy.width))].sort((a, b) => b - a);
  for (const width of widths) {
    const scaled = width === info.width ? { data, info } : await sharp(data, { raw: pixelsOf(info) }).resize({ width }).raw().toBuffer({ resolveWithObject: true });
    for (const copy of copies.filter((each) => each.width === width)) {
      let pipeline = sharp(scaled.data, { raw: pixelsOf(scaled.info) });
      if (!KEEPS_ALPHA[copy.format] && scaled.info.channels === 4) pipeline = pipeline.flatten({ background: "#ffffff" });
      await writeFile(path.join(targetDir, copy.file), await encoderFor(pipeline, copy.format).toBuffer());
    }
  }
}

const pixelsOf = (info: OutputInfo): CreateRaw => ({ width: info.width, height: info.height, channels: info.channels as 1 | 2 | 3 | 4 });

function encoderFor(pipeline: Sharp, format: PhotoFormat): Sharp {
  switch (format) {
    case "avif":
      return pipeline.avif({ ...ENCODING_SETTINGS.avif });
    case "webp":
      return pipeline.webp({ ...ENCODING_SETTINGS.webp });
    case "jpeg":
      return pipeline.jpeg({ ...ENCODING_SETTINGS.jpeg });
    case "png":
      return pipeline.png({ ...ENCODING_SETTINGS.png });
  }
}
