import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { encodePhoto } from "../../src/images/encode-photo.ts";
import { photoPlan } from "../../src/images/photo-variants.ts";

const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-encode-"));

/** A small photo with some detail (a gradient and shapes), made here so that the test needs no binary fixture. */
async function photo(width: number, height: number, options: { alpha?: boolean } = {}): Promise<Sharp> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#246"/><stop offset="1" stop-color="#eb7"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)" ${options.alpha ? 'opacity="0.5"' : ""}/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#c33"/></svg>`;
  return sharp(Buffer.from(svg));
}

test("every planned copy, in its format and size; a camera's EXIF rotation applied; metadata dropped", async () => {
  // Stored 900×600 with EXIF orientation 6: a browser shows it 600×900, and so is it planned.
  const source = path.join(dir, "xoay.jpg");
  await writeFile(source, await (await photo(900, 600)).jpeg().withMetadata({ orientation: 6 }).toBuffer());
  const plan = photoPlan("/images/xoay.jpg", { width: 600, height: 900 });
  const target = path.join(dir, "xoay");
  await encodePhoto(source, plan.copies, target);
  assert.equal((await readdir(target)).sort(), plan.copies.map((copy) => copy.file).sort());
  for (const copy of plan.copies) {
    const meta = await sharp(path.join(target, copy.file)).metadata();
    assert.equal([meta.format, meta.width, meta.height], [copy.format === "avif" ? "heif" : copy.format, copy.width, copy.height], copy.file);
    assert.is(meta.exif, undefined, `${copy.file} carries no EXIF`);
    assert.ok(!meta.orientation || meta.orientation === 1, `${copy.file} is upright`);
  }
});

test("the same photo encodes to the same bytes, run after run", async () => {
  const source = path.join(dir, "a.jpg");
  await writeFile(source, await (await photo(900, 600)).jpeg().toBuffer());
  const plan = photoPlan("/images/a.jpg", { width: 900, height: 600 });
  await encodePhoto(source, plan.copies, path.join(dir, "one"));
  await encodePhoto(source, plan.copies, path.join(dir, "two"));
  for (const copy of plan.copies) assert.ok((await readFile(path.join(dir, "one", copy.file))).equals(await readFile(path.join(dir, "two", copy.file))), copy.file);
});

test("a transparent PNG stays transparent in PNG, AVIF and WebP; its shared JPEG is flattened on white", async () => {
  const source = path.join(dir, "bieu-do.png");
  await writeFile(source, await (await photo(500, 300, { alpha: true })).png().toBuffer());
  const plan = photoPlan("/images/bieu-do.png", { width: 500, height: 300 });
  await encodePhoto(source, plan.copies, path.join(dir, "png"));
  for (const file of ["500.png", "500.webp", "500.avif"]) assert.ok((await sharp(path.join(dir, "png", file)).metadata()).hasAlpha, file);
  const shared = await sharp(path.join(dir, "png", plan.share.file)).metadata();
  assert.equal([shared.format, shared.hasAlpha], ["jpeg", false]);
});

test("a damaged photo throws (the build reports it), whatever part is damaged", async () => {
  const good = await (await photo(900, 600)).jpeg().toBuffer();
  const plan = photoPlan("/images/x.jpg", { width: 900, height: 600 });
  for (const [name, bytes] of [["not-a-photo.jpg", Buffer.from("không phải ảnh")], ["cut-short.jpg", good.subarray(0, good.length / 2)]] as const) {
    await writeFile(path.join(dir, name), bytes);
    let failed = false;
    await encodePhoto(path.join(dir, name), plan.copies, path.join(dir, `${name}-copies`)).catch(() => (failed = true));
    assert.ok(failed, name);
  }
});

test.after(() => rm(dir, { recursive: true, force: true }));
test.run();
