import { test } from "uvu";
import * as assert from "uvu/assert";
import { PHOTO_WIDTHS, copyWidths, isResizablePhoto, originalOfCopyUrl, photoPlan, srcset } from "../../src/images/photo-variants.ts";

test("copy widths: the ladder below the original, then the original's width up to the largest step; never wider", () => {
  const cases: [number, number[]][] = [
    [4000, [400, 800, 1200, 1600]],
    [1600, [400, 800, 1200, 1600]],
    [1601, [400, 800, 1200, 1600]],
    [1000, [400, 800, 1000]],
    [800, [400, 800]],
    [400, [400]],
    [30, [30]],
  ];
  for (const [width, expected] of cases) assert.equal(copyWidths(width), expected, String(width));
  assert.equal(PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1], 1600);
});

test("which files get copies: photos by extension, case aside; GIF, SVG and other sites' images pass untouched", () => {
  const cases: [string, boolean][] = [
    ["/images/a.jpg", true],
    ["/images/a.JPEG", true],
    ["/images/a.png", true],
    ["/images/a.webp", true],
    ["/images/a.avif", true],
    ["/images/a.jpg?v=2", true],
    ["/images/chay.gif", false],
    ["/images/so-do.svg", false],
    ["https://example.org/a.jpg", false],
    ["/videos/a.mp4", false],
  ];
  for (const [src, expected] of cases) assert.is(isResizablePhoto(src), expected, src);
});

test("a plan: AVIF and WebP sources, a JPEG fallback, heights kept in proportion, the shared copy 1200 px", () => {
  const plan = photoPlan("/images/2024/hội nghị.jpg", { width: 4000, height: 3000 });
  assert.is(plan.folder, "photo-sizes/images/2024/hội nghị.jpg");
  assert.equal(plan.sources.map((source) => [source.format, source.mime]), [["avif", "image/avif"], ["webp", "image/webp"]]);
  assert.is(plan.fallback.format, "jpeg");
  assert.equal(plan.fallback.copies.map((copy) => [copy.width, copy.height]), [[400, 300], [800, 600], [1200, 900], [1600, 1200]]);
  assert.is(plan.sources[0]!.copies[1]!.url, "/photo-sizes/images/2024/h%E1%BB%99i%20ngh%E1%BB%8B.jpg/800.avif");
  assert.equal(plan.share, { format: "jpeg", width: 1200, height: 900, file: "1200.jpg", url: "/photo-sizes/images/2024/h%E1%BB%99i%20ngh%E1%BB%8B.jpg/1200.jpg" });
  assert.is(plan.copies.length, 12, "the shared copy is the 1200-px fallback, not a thirteenth file");
});

test("the src as Markdown encodes it and as written name the same folder", () => {
  assert.is(photoPlan("/images/h%E1%BB%99i.jpg", { width: 900, height: 600 }).folder, photoPlan("/images/hội.jpg", { width: 900, height: 600 }).folder);
});

test("a PNG keeps PNG as its fallback (it may be transparent); a narrow photo is shared at its own width, as a JPEG", () => {
  const plan = photoPlan("/images/bieu-do.png", { width: 700, height: 350 });
  assert.is(plan.fallback.format, "png");
  assert.equal(plan.fallback.copies.map((copy) => copy.file), ["400.png", "700.png"]);
  assert.equal(plan.share, { format: "jpeg", width: 700, height: 350, file: "700.jpg", url: "/photo-sizes/images/bieu-do.png/700.jpg" });
  assert.ok(plan.copies.some((copy) => copy.file === "700.jpg"), "the shared JPEG is among the copies to encode");
});

test("srcset descriptors", () => {
  assert.is(srcset([{ url: "/a/400.jpg", width: 400 }, { url: "/a/800.jpg", width: 800 }]), "/a/400.jpg 400w, /a/800.jpg 800w");
});

test("a copy's URL leads back to its original (for the preview); nothing else does", () => {
  const cases: [string, string | undefined][] = [
    ["/photo-sizes/images/a.jpg/800.avif", "/images/a.jpg"],
    ["/photo-sizes/images/h%E1%BB%99i.jpg/400.webp", "/images/hội.jpg"],
    ["/photo-sizes/images/a.png/700.png?x=1", "/images/a.png"],
    ["/images/a.jpg", undefined],
    ["/photo-sizes/images/a.jpg/abc.avif", undefined],
    ["/photo-sizes/../secret/800.jpg", undefined],
    ["/photo-sizes/%2e%2e/secret/800.jpg", undefined],
  ];
  for (const [url, expected] of cases) assert.is(originalOfCopyUrl(url), expected, url);
});

test.run();
