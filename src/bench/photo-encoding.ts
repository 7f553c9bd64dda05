/**
 * The CPU cost of one photo's copies, measured alone: the bench's whole-build figures mix photo
 * encoding with Eleventy's work on the same process, so the cost a photo adds to a cold build (and
 * hence the 10,000-photo estimate) is measured here, encoding a few photos one after another on one
 * libvips thread as the build does (src/pipeline/photo-copies.ts), and reading the process' CPU time.
 */
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { encodePhoto } from "../images/encode-photo.ts";
import { photoPlan } from "../images/photo-variants.ts";

export interface PhotoEncodingFigures {
  photos: number;
  cpuSecondsPerPhoto: number;
  wallSecondsPerPhoto: number;
  /** What an idle machine with this many cores, one photo per core, would take for 10,000 such photos. */
  tenThousandSeconds: number;
  cores: number;
}

/**
 * Encodes every copy of each of `files` (all of `size`) into `targetDir`, one at a time.
 * @example await measurePhotoEncoding(["/tmp/a.jpg"], { width: 3000, height: 2000 }, "/tmp/copies") // { cpuSecondsPerPhoto: 0.5, … }
 */
export async function measurePhotoEncoding(files: readonly string[], size: { width: number; height: number }, targetDir: string): Promise<PhotoEncodingFigures> {
  sharp.concurrency(1);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const [index, file] of files.entries()) {
    await encodePhoto(file, photoPlan(`/images/${path.basename(file)}`, size).copies, path.join(targetDir, String(index)));
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSecondsPerPhoto = (cpu.user + cpu.system) / 1e6 / files.length;
  const cores = os.availableParallelism();
  return {
    photos: files.length,
    cpuSecondsPerPhoto,
    wallSecondsPerPhoto: (performance.now() - started) / 1000 / files.length,
    tenThousandSeconds: (10_000 * cpuSecondsPerPhoto) / cores,
    cores,
  };
}
