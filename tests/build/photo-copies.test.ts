import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { makePhotoCopies, photoJobsOf } from "../../src/pipeline/photo-copies.ts";
import { photoPlan } from "../../src/images/photo-variants.ts";

const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-photo-copies-"));
const content = path.join(root, "content");
await mkdir(path.join(content, "images"), { recursive: true });

const photo = (width: number, height: number, colour: string): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: colour } }).composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#fff"/></svg>`) }]).jpeg().toBuffer();

await writeFile(path.join(content, "images", "mot.jpg"), await photo(900, 600, "#246"));
await writeFile(path.join(content, "images", "hai.jpg"), await photo(600, 400, "#642"));
const jobs = () => [
  { plan: photoPlan("/images/mot.jpg", { width: 900, height: 600 }), file: path.join(content, "images", "mot.jpg") },
  { plan: photoPlan("/images/hai.jpg", { width: 600, height: 400 }), file: path.join(content, "images", "hai.jpg") },
];
const cacheDir = path.join(root, "cache");

/** Every file under `dir` with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((each) => each.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file));
  }
  return files;
}

test("a cold run encodes each photo; a second encodes nothing, links the same bytes from the cache", async () => {
  const cold = await makePhotoCopies(jobs(), path.join(root, "out1"), cacheDir);
  assert.equal([cold.photos, cold.encoded, cold.failures], [2, 2, []]);
  const warm = await makePhotoCopies(jobs(), path.join(root, "out2"), cacheDir);
  assert.equal([warm.encoded, warm.files], [0, cold.files]);
  const [first, second] = [await filesOf(path.join(root, "out1")), await filesOf(path.join(root, "out2"))];
  assert.equal([...second.keys()].sort(), [...first.keys()].sort());
  assert.ok([...first.keys()].includes(path.join("photo-sizes", "images", "mot.jpg", "900.avif")));
  for (const [file, bytes] of first) assert.ok(bytes.equals(second.get(file)!), file);
  const copy = path.join(root, "out2", "photo-sizes", "images", "mot.jpg", "800.webp");
  assert.ok((await stat(copy)).nlink >= 2, "a hard link of the cache's file, not a copy");
});

test("a changed photo re-encodes only it; a photo renamed keeps its copies (same bytes, same key)", async () => {
  await writeFile(path.join(content, "images", "hai.jpg"), await photo(600, 400, "#264"));
  const changed = await makePhotoCopies(jobs(), path.join(root, "out3"), cacheDir);
  assert.is(changed.encoded, 1);
  const renamed = [{ plan: photoPlan("/images/ba.jpg", { width: 900, height: 600 }), file: path.join(content, "images", "mot.jpg") }];
  assert.is((await makePhotoCopies(renamed, path.join(root, "out4"), cacheDir)).encoded, 0);
  await rm(cacheDir, { recursive: true });
  const twins = [...renamed, { plan: photoPlan("/images/bon.jpg", { width: 900, height: 600 }), file: path.join(content, "images", "mot.jpg") }];
  const twinReport = await makePhotoCopies(twins, path.join(root, "out6"), cacheDir);
  assert.equal([twinReport.encoded, twinReport.failures], [1, []], "two names for one photo, encoded at once: once");
});

test("a damaged photo is reported by name, never thrown; the others are made", async () => {
  await writeFile(path.join(content, "images", "hong.jpg"), "không phải ảnh");
  const report = await makePhotoCopies(
    [...jobs(), { plan: photoPlan("/images/hong.jpg", { width: 900, height: 600 }), file: path.join(content, "images", "hong.jpg") }],
    path.join(root, "out5"),
    cacheDir,
  );
  assert.equal(report.failures.map((failure) => failure.file), [path.join(content, "images", "hong.jpg")]);
  assert.is(report.photos - report.failures.length, 2);
  assert.ok((await readdir(path.join(root, "out5", "photo-sizes", "images", "mot.jpg"))).length > 0);
});

test("the photos pages show: lead, body (as Markdown encodes it) and poster, once each; GIF and SVG left as they are", () => {
  const page = (imageSizes: Record<string, { width: number; height: number }>) => ({ imageSizes }) as never;
  const jobsFound = photoJobsOf(
    {
      byKind: { article: [
        page({ "/images/hội.jpg": { width: 900, height: 600 }, "/images/h%E1%BB%99i.jpg": { width: 900, height: 600 }, "/images/chay.gif": { width: 10, height: 10 } }),
        page({ "/images/poster.png": { width: 1280, height: 720 }, "/images/so-do.svg": { width: 10, height: 10 } }),
      ] },
    },
    content,
  );
  assert.equal(jobsFound.map((job) => [job.plan.folder, path.relative(content, job.file)]), [
    ["photo-sizes/images/hội.jpg", path.join("images", "hội.jpg")],
    ["photo-sizes/images/poster.png", path.join("images", "poster.png")],
  ]);
});

test("the header's logo: its copies when it is a photo, none when it is an SVG or on another site", () => {
  const none = { byKind: { article: [] } };
  const found = (logo: { src: string; width?: number; height?: number }) => photoJobsOf({ ...none, logo }, content).map((job) => job.plan.folder);
  assert.equal(found({ src: "/images/logo.png", width: 600, height: 120 }), ["photo-sizes/images/logo.png"]);
  assert.equal(found({ src: "/images/logo.svg", width: 240, height: 48 }), []);
  assert.equal(found({ src: "https://cdn.example.org/logo.png", width: 600, height: 120 }), []);
  assert.equal(found({ src: "/images/logo.png" }), [], "unsized: printed as it is");
});

test("site.yaml's share image: its copies (among them the 1200-px JPEG it is shared as) when it is a photo, none when it is an SVG or on another site", () => {
  const none = { byKind: { article: [] } };
  const found = (shareImage: { src: string; width?: number; height?: number }) => photoJobsOf({ ...none, site: { shareImage } }, content).map((job) => job.plan.folder);
  assert.equal(found({ src: "/images/share.png", width: 1600, height: 900 }), ["photo-sizes/images/share.png"]);
  const [job] = photoJobsOf({ ...none, site: { shareImage: { src: "/images/share.png", width: 1600, height: 900 } } }, content);
  assert.ok(job!.plan.copies.some((copy) => copy.file === "1200.jpg"));
  assert.equal(found({ src: "/images/share.svg", width: 1200, height: 630 }), []);
  assert.equal(found({ src: "https://cdn.example.org/share.jpg", width: 1200, height: 630 }), []);
  assert.equal(found({ src: "/images/share.jpg" }), [], "unsized: shared as it is");
  const logo = { src: "/images/logo.png", width: 600, height: 120 };
  assert.equal(photoJobsOf({ ...none, logo, site: { shareImage: logo } }, content).length, 1, "the same photo once");
});

test.after(() => rm(root, { recursive: true, force: true }));
test.run();
