/**
 * Realistic photos for benchmarks and tests: JPEGs of the size and weight a newsroom's camera or
 * phone writes (gradients and shapes under sensor noise; 3000×2000 at quality 92 is about 2–3 MB),
 * deterministic from a seed. Placeholder SVGs would measure nothing: SVG passes through untouched.
 */
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

/**
 * A camera-like JPEG of `width`×`height` pixels.
 * @example await cameraPhoto(3000, 2000, 1) // <Buffer ff d8 ff …> of about 2.5 MB
 */
export async function cameraPhoto(width: number, height: number, seed: number): Promise<Buffer> {
  const shapes = Array.from(
    { length: 60 },
    (_, i) =>
      `<circle cx="${(i * 977 * seed) % width}" cy="${(i * 631) % height}" r="${40 + ((i * 37) % 300)}" fill="hsl(${(i * 47 + seed) % 360},55%,${30 + ((i * 13) % 50)}%)" opacity="0.7"/>`,
  ).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#3a6ea5"/><stop offset="1" stop-color="#e8c07d"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  let state = seed;
  for (let i = 0; i < data.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    data[i] = Math.max(0, Math.min(255, data[i]! + ((state >> 16) % 17) - 8));
  }
  return sharp(data, { raw: info }).jpeg({ quality: 92 }).toBuffer();
}

const LEAD_LINE = /^image: \{ src: [^,]+,/m;

/**
 * Photos whose pixels are drawn anew; beyond them, photos repeat these pixels. Drawing one costs
 * about 1.5 s of one core (3000×2000), so 10,000 drawn photos would take four hours before the
 * benchmark began; the encoder's work depends on the pixels' kind, not on their being unique.
 */
const DRAWN_PHOTOS = 24;

/**
 * Gives each of the first `count` articles under `contentDir/articles` (in path order) a lead photo
 * of its own, `images/photos/photo-N.jpg`, in place of the corpus' placeholder or as a new field.
 * Every file is distinct (a JPEG comment names its seed), so the build encodes each one: its cache
 * keys photos by their bytes.
 * @returns the photos' total bytes
 * @example await giveArticlesPhotos("/tmp/corpus", 100, { width: 3000, height: 2000 }) // 250000000
 */
export async function giveArticlesPhotos(contentDir: string, count: number, size: { width: number; height: number }, firstSeed = 1): Promise<number> {
  const articlesDir = path.join(contentDir, "articles");
  const files = (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
  await mkdir(path.join(contentDir, "images", "photos"), { recursive: true });
  const drawn: Buffer[] = [];
  let bytes = 0;
  for (const [index, file] of files.slice(0, count).entries()) {
    const seed = firstSeed + index;
    if (index < DRAWN_PHOTOS) drawn.push(await cameraPhoto(size.width, size.height, seed));
    const photo = withComment(drawn[index % DRAWN_PHOTOS]!, `tintuc bench photo ${seed}`);
    await writeFile(path.join(contentDir, "images", "photos", `photo-${seed}.jpg`), photo);
    bytes += photo.length;
    await setLeadPhoto(path.join(articlesDir, file), `/images/photos/photo-${seed}.jpg`);
  }
  return bytes;
}

/**
 * The JPEG `jpeg` with a comment segment (COM, 0xFFFE) right after its start marker: the same picture
 * in different bytes.
 * @example withComment(jpeg, "photo 7") // <Buffer ff d8 ff fe 00 09 70 68 6f …>
 */
export function withComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, "latin1");
  const header = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, text, jpeg.subarray(2)]);
}

/** Points an article's lead photo at `src` (a generated article's one-line `image: { src: …, … }`, or a new one). */
export async function setLeadPhoto(file: string, src: string): Promise<void> {
  const text = await readFile(file, "utf8");
  const next = LEAD_LINE.test(text) ? text.replace(LEAD_LINE, `image: { src: ${src},`) : text.replace(/^title: .*$/m, (title) => `${title}\nimage: { src: ${src}, alt: "Ảnh" }`);
  await writeFile(file, next);
}
