import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { cameraPhoto, giveArticlesPhotos, withComment } from "../../src/bench/camera-photos.ts";

test("withComment: the same picture in other bytes, readable as a JPEG of the same size", async () => {
  const jpeg = await cameraPhoto(64, 48, 3);
  const commented = withComment(jpeg, "tintuc bench photo 3");
  assert.not.ok(commented.equals(jpeg));
  assert.equal([...commented.subarray(0, 4)], [0xff, 0xd8, 0xff, 0xfe]);
  const [before, after] = await Promise.all([jpeg, commented].map((file) => sharp(file).raw().toBuffer({ resolveWithObject: true })));
  assert.equal(after!.info.width, 64);
  assert.equal(after!.info.height, 48);
  assert.ok(after!.data.equals(before!.data), "decoded pixels are unchanged");
});

test("giveArticlesPhotos: beyond the drawn photos, every file is still distinct and every article points at its own", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "tintuc-camera-"));
  try {
    await mkdir(path.join(dir, "articles"), { recursive: true });
    for (let i = 0; i < 30; i++) await writeFile(path.join(dir, "articles", `a-${String(i).padStart(2, "0")}.md`), `---\ntitle: Bài ${i}\n---\nThân bài.\n`);
    await giveArticlesPhotos(dir, 30, { width: 32, height: 24 });
    const photos = (await readdir(path.join(dir, "images", "photos"))).sort();
    assert.is(photos.length, 30);
    const hashes = new Set(await Promise.all(photos.map(async (file) => createHash("sha1").update(await readFile(path.join(dir, "images", "photos", file))).digest("hex"))));
    assert.is(hashes.size, 30, "each photo is encoded by the build: its cache keys photos by their bytes");
    const last = await readFile(path.join(dir, "articles", "a-29.md"), "utf8");
    assert.match(last, "image: { src: /images/photos/photo-30.jpg");
    assert.is((await sharp(path.join(dir, "images", "photos", "photo-30.jpg")).metadata()).width, 32);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
