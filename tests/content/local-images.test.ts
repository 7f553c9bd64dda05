import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { localImages } from "../../src/content/local-images.ts";
import { corpusImages } from "../../src/bench/corpus/images.ts";

const u16 = (value: number): number[] => [value >> 8, value & 0xff];

/** A JPEG's markers up to its frame header, which holds the size: enough for a browser's layout and for us. */
function jpeg(width: number, height: number, options: { orientation?: number; paddingSegments?: number } = {}): Buffer {
  // SOI, then APP0 "JFIF" as every camera and encoder writes it.
  const bytes = [0xff, 0xd8, 0xff, 0xe0, ...u16(16), 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  if (options.orientation !== undefined) {
    // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112), a SHORT.
    const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, ...u16(1), ...u16(0x0112), ...u16(3), 0, 0, 0, 1, ...u16(options.orientation), 0, 0, 0, 0, 0, 0];
    const exif = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
    bytes.push(0xff, 0xe1, ...u16(exif.length + 2), ...exif);
  }
  for (let i = 0; i < (options.paddingSegments ?? 0); i++) {
    // APP2 segments of the largest size a segment can have, as a big ICC profile is stored.
    bytes.push(0xff, 0xe2, ...u16(0xffff), ...new Array<number>(0xffff - 2).fill(0x20));
  }
  bytes.push(0xff, 0xc0, ...u16(17), 8, ...u16(height), ...u16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1);
  bytes.push(0xff, 0xd9);
  return Buffer.from(bytes);
}

function png(width: number, height: number): Buffer {
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0, 0, 0, 0, 8, 2, 0, 0, 0, 0, 0, 0, 0]);
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

async function contentWith(files: Record<string, Buffer | string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-images-"));
  for (const [name, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), data);
  }
  return dir;
}

test("the size of JPEG, PNG and SVG files, by their site-root path (percent-encoded too)", async () => {
  const svg = corpusImages()[0]!;
  const images = localImages(await contentWith({ "images/a.jpg": jpeg(960, 540), "images/ảnh b.png": png(300, 400), [svg.path]: svg.text }));
  assert.equal(images.sizeOf("/images/a.jpg"), { width: 960, height: 540 });
  assert.equal(images.sizeOf("/images/ảnh b.png"), { width: 300, height: 400 });
  assert.equal(images.sizeOf("/images/%E1%BA%A3nh%20b.png"), { width: 300, height: 400 });
  const svgSize = images.sizeOf(`/${svg.path}`);
  assert.ok(svgSize, "an SVG with a viewBox has a size");
  assert.is(Math.round((svgSize.width / svgSize.height) * 9), 16, "the corpus photos are 16:9");
});

test("a photo taken on its side (EXIF orientation 6 or 8) is as wide as it is shown: width and height swap", async () => {
  const images = localImages(await contentWith({ "r6.jpg": jpeg(4000, 3000, { orientation: 6 }), "r8.jpg": jpeg(4000, 3000, { orientation: 8 }), "r1.jpg": jpeg(4000, 3000, { orientation: 1 }) }));
  assert.equal(images.sizeOf("/r6.jpg"), { width: 3000, height: 4000 });
  assert.equal(images.sizeOf("/r8.jpg"), { width: 3000, height: 4000 });
  assert.equal(images.sizeOf("/r1.jpg"), { width: 4000, height: 3000 });
});

test("a header behind more than the first bytes read (a large ICC profile) is still found", async () => {
  const big = jpeg(1200, 800, { paddingSegments: 2 });
  assert.ok(big.length > 128 * 1024, "the frame header lies past the first read");
  const images = localImages(await contentWith({ "big.jpg": big }));
  assert.equal(images.sizeOf("/big.jpg"), { width: 1200, height: 800 });
});

test("a missing file does not exist; a file that is no image exists, without a size", async () => {
  const images = localImages(await contentWith({ "images/notes.jpg": "không phải ảnh", "images/empty.png": "" }));
  assert.not.ok(images.exists("/images/thieu.jpg"));
  assert.is(images.sizeOf("/images/thieu.jpg"), undefined);
  assert.ok(images.exists("/images/notes.jpg"));
  assert.is(images.sizeOf("/images/notes.jpg"), undefined);
  assert.ok(images.exists("/images/empty.png"));
  assert.is(images.sizeOf("/images/empty.png"), undefined);
  assert.not.ok(images.exists("/images"), "a folder is not an image (issue 15)");
  assert.is(images.sizeOf("/images"), undefined);
});

test("status: a file, a folder, nothing, or a path that leaves the content folder (issue 15)", async () => {
  const contentDir = await contentWith({ "images/100%.jpg": "x", "images/a b.jpg": "x", "images/2024/anh.jpg": "x", "secret.txt": "x" });
  await writeFile(path.join(path.dirname(contentDir), "outside.jpg"), "x");
  const images = localImages(contentDir);
  const cases: [string, string][] = [
    ["/images/100%.jpg", "file"],
    ["/images/100%25.jpg", "file"],
    ["/images/a%20b.jpg", "file"],
    ["/images/a b.jpg", "file"],
    ["/images/2024/./anh.jpg", "file"],
    ["/images/2024/../2024/anh.jpg?v=1", "file"],
    ["/images/%zz.jpg", "missing"],
    ["/images/2024", "folder"],
    ["/images/2024/", "folder"],
    ["/", "folder"],
    ["/images/..", "folder"],
    ["/../outside.jpg", "outside"],
    ["/images/../../outside.jpg", "outside"],
    ["/images/%2e%2e/%2E%2E/outside.jpg", "outside"],
    ["/images/..%2F..%2Foutside.jpg", "outside"],
    ["/images/../../../../etc/passwd", "outside"],
    ["/images/a%00.jpg", "missing"],
  ];
  for (const [src, expected] of cases) assert.is(images.status(src), expected, src);
});

test.run();
