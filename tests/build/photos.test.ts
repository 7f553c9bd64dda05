/**
 * Photos in the built site (src/images/, src/build/photo-copies.ts), over the fixture site plus an
 * article whose lead photo is a 4000×3000 camera JPEG, a PNG logo and a PNG share image: every local `<img>` has a `srcset` whose
 * every candidate is a file of the output no wider than its original; an article page at 390 px,
 * 2×, stays within 250 KB; a rebuild encodes nothing, one changed photo only itself, and the output
 * is byte-identical; `npm run check` warns of heavy and narrow photos and errs on damaged ones.
 */
import { spawn } from "node:child_process";
import { appendFile, cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite, checkSite, recordUrls } from "../support/build-site.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { cameraPhoto } from "../../src/bench/camera-photos.ts";

const KB = 1024;
/** HTML + CSS + JS + the first screen's images of an article page at 390 px wide, 2×. */
const FIRST_SCREEN_BUDGET = 250 * KB;
const PHONE = { width: 390, density: 2 };

const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-photos-"));
const content = path.join(root, "content");
await cp(FIXTURE_SITE, content, { recursive: true });

const LEAD = path.join(content, "images", "may-anh.jpg");
await writeFile(LEAD, await cameraPhoto(4000, 3000, 7));
const ARTICLE = "2024/02/14/anh-tu-may-anh/index.html";
await writeFile(
  path.join(content, "articles", "2024", "02-anh.md"),
  `---\ntitle: Ảnh từ máy ảnh\ncategory: khoa-hoc\npublished: 2024-02-14T09:00:00+07:00\nsummary: Ảnh lớn từ máy ảnh.\nimage:\n  src: /images/may-anh.jpg\n  alt: Toàn cảnh phòng thí nghiệm\n---\nĐoạn đầu.\n\n![Toàn cảnh](/images/toan-canh.jpg "Toàn cảnh.")\n`,
);

// The header's logo as a PNG, not an SVG: a photo like the others, with copies (src/images/picture-html.ts).
await writeFile(path.join(content, "images", "logo.png"), await sharp({ create: { width: 600, height: 120, channels: 4, background: { r: 11, g: 79, b: 138, alpha: 1 } } }).png().toBuffer());
await appendFile(path.join(content, "_data", "site.yaml"), "logo: /images/logo.png\n");
// The site's share image as a PNG wider than 1200 px (with transparency): shared as its 1200-px JPEG copy.
await writeFile(path.join(content, "images", "chia-se.png"), await sharp({ create: { width: 1600, height: 900, channels: 4, background: { r: 200, g: 40, b: 40, alpha: 0.5 } } }).png().toBuffer());
await appendFile(path.join(content, "_data", "site.yaml"), "share_image: /images/chia-se.png\n");
/** An article without a photo of its own, shared with the site's share image. */
const WITHOUT_PHOTO = "2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/index.html";

const cacheDir = path.join(root, "cache");
const args = ["--cache", cacheDir];
const first = await buildSite(content, { outputDir: path.join(root, "first"), args });

/** Every `<tag …>` of the html with its attributes. */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, "gi"))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replaceAll("&amp;", "&")])),
  );
}

async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
}

const fileOf = (outputDir: string, url: string): string => path.join(outputDir, decodeURIComponent(new URL(url, "https://tintuc.example.org/").pathname));

test("the build succeeds and reports its photos", () => {
  assert.is(first.code, 0, first.stderr);
  assert.match(first.stdout, /ảnh: 5 ảnh, 5 ảnh mã hóa lại, 0 lấy từ bộ nhớ đệm/);
});

test("every local <img> has a srcset; every candidate is a file of the output, as wide as it says, never wider than its original", async () => {
  const originals = new Map<string, number>();
  const widthOfOriginal = async (copyUrl: string): Promise<number> => {
    const original = decodeURIComponent(copyUrl).replace(/^\/photo-sizes(\/.+)\/\d+\.\w+$/, "$1");
    if (!originals.has(original)) originals.set(original, (await sharp(path.join(content, original)).metadata()).width!);
    return originals.get(original)!;
  };
  let images = 0;
  const checked = new Set<string>();
  for (const file of await htmlFiles(first.outputDir)) {
    const html = await readFile(path.join(first.outputDir, file), "utf8");
    for (const element of [...tags(html, "img"), ...tags(html, "source")]) {
      if (element.src !== undefined && !element.src.startsWith("/")) continue; // another site's image
      if (element.src?.startsWith("/assets/")) continue;
      images++;
      assert.ok(element.srcset, `${file}: ${JSON.stringify(element)} has no srcset`);
      assert.ok(element.sizes, `${file}: ${JSON.stringify(element)} has no sizes`);
      for (const candidate of element.srcset!.split(", ")) {
        const [url, descriptor] = candidate.split(" ");
        if (checked.has(url!)) continue;
        checked.add(url!);
        const target = fileOf(first.outputDir, url!);
        const meta = await sharp(target).metadata().catch(() => undefined);
        assert.ok(meta, `${file}: ${url} is not an image in the output`);
        assert.is(`${meta!.width}w`, descriptor, url);
        assert.ok(meta!.width! <= (await widthOfOriginal(url!)), `${url} is wider than its original`);
      }
    }
  }
  assert.ok(images > 20 && checked.size >= 30, `${images} images, ${checked.size} candidates`);
});

test("the header's PNG logo is a picture of its copies, 2.5rem high, on list and article pages", async () => {
  for (const file of ["index.html", ARTICLE]) {
    const html = await readFile(path.join(first.outputDir, file), "utf8");
    const logo = tags(html, "img").find((img) => img.class === "site-header__logo");
    assert.equal([logo?.src, logo?.srcset, logo?.sizes, logo?.alt, logo?.width, logo?.height], ["/photo-sizes/images/logo.png/600.png", "/photo-sizes/images/logo.png/400.png 400w, /photo-sizes/images/logo.png/600.png 600w", "12.5rem", "", "600", "120"], file);
    assert.match(html, /<picture><source type="image\/avif" srcset="\/photo-sizes\/images\/logo.png\/400.avif 400w, \/photo-sizes\/images\/logo.png\/600.avif 600w"/);
  }
});

test("the lead photo is fetched first, never lazily; the body's and the lists' wait", async () => {
  const html = await readFile(path.join(first.outputDir, ARTICLE), "utf8");
  const [lead, body] = tags(html, "img").filter((img) => img.src?.startsWith("/photo-sizes/") && img.class !== "site-header__logo");
  assert.equal([lead!.fetchpriority, lead!.loading, lead!.width, lead!.height], ["high", undefined, "4000", "3000"]);
  assert.equal([body!.loading, body!.decoding], ["lazy", "async"]);
  const home = await readFile(path.join(first.outputDir, "index.html"), "utf8");
  const thumbnails = tags(home, "img").filter((img) => img.class === "news-list__thumb");
  assert.ok(thumbnails.length > 0 && thumbnails.every((img) => img.loading === "lazy" && img.sizes === "7rem"));
});

test("og:image and JSON-LD: the 1200-px JPEG copy with its real size", async () => {
  const html = await readFile(path.join(first.outputDir, ARTICLE), "utf8");
  const og = (key: string) => tags(html, "meta").find((meta) => meta.property === key)?.content;
  assert.is(og("og:image"), "https://tintuc.example.org/photo-sizes/images/may-anh.jpg/1200.jpg");
  const meta = await sharp(fileOf(first.outputDir, og("og:image")!)).metadata();
  assert.equal([meta.format, String(meta.width), String(meta.height)], ["jpeg", og("og:image:width"), og("og:image:height")]);
  assert.equal([og("og:image:width"), og("og:image:height")], ["1200", "900"]);
  assert.match(html, '"image":[{"@type":"ImageObject","url":"https://tintuc.example.org/photo-sizes/images/may-anh.jpg/1200.jpg","width":1200,"height":900}]');
});

test("site.yaml's PNG share image: shared as its 1200-px JPEG copy with its real size, by articles without a photo and by list pages", async () => {
  const SHARE_COPY = "https://tintuc.example.org/photo-sizes/images/chia-se.png/1200.jpg";
  const meta = await sharp(fileOf(first.outputDir, SHARE_COPY)).metadata();
  assert.equal([meta.format, meta.width, meta.height], ["jpeg", 1200, 675]);
  for (const file of [WITHOUT_PHOTO, "index.html", "category/khoa-hoc/index.html"]) {
    const html = await readFile(path.join(first.outputDir, file), "utf8");
    const og = (key: string) => tags(html, "meta").find((each) => each.property === key)?.content;
    assert.equal([og("og:image"), og("og:image:width"), og("og:image:height")], [SHARE_COPY, "1200", "675"], file);
  }
  const article = await readFile(path.join(first.outputDir, WITHOUT_PHOTO), "utf8");
  assert.is(tags(article, "meta").find((each) => each.name === "twitter:image")?.content, SHARE_COPY);
  assert.match(article, `"image":[{"@type":"ImageObject","url":"${SHARE_COPY}","width":1200,"height":675}]`);
});

/** The width `sizes` gives at a viewport `width` px wide (1rem = 16 px), for the forms our layouts use. */
function slotWidth(sizes: string, width: number): number {
  for (const entry of sizes.split(/,\s*(?![^()]*\))/)) {
    const match = /^(?:\(min-width: ([\d.]+)rem\)\s+)?(.+)$/.exec(entry.trim())!;
    if (match[1] && width < Number(match[1]) * 16) continue;
    const length = match[2]!;
    const rem = /^([\d.]+)rem$/.exec(length);
    if (rem) return Number(rem[1]) * 16;
    const calc = /^calc\(100vw - ([\d.]+)rem\)$/.exec(length);
    if (calc) return width - Number(calc[1]) * 16;
    throw new Error(`unknown length ${length}`);
  }
  throw new Error(`no size in ${sizes}`);
}

/** The candidate a browser picks: the narrowest at least slot × density wide, else the widest. */
function pick(srcset: string, needed: number): string {
  const candidates = srcset.split(", ").map((candidate) => candidate.split(" ")).map(([url, w]) => ({ url: url!, width: Number(w!.slice(0, -1)) }));
  return (candidates.find((candidate) => candidate.width >= needed) ?? candidates[candidates.length - 1]!).url;
}

test(`the article with a 4000×3000 lead photo, at ${PHONE.width} px ${PHONE.density}×: HTML, CSS, JS and the first screen's photo within 250 KB`, async () => {
  const html = await readFile(path.join(first.outputDir, ARTICLE), "utf8");
  const parts: [string, number][] = [["HTML", Buffer.byteLength(html)]];
  for (const link of tags(html, "link").filter((each) => each.rel === "stylesheet")) parts.push([link.href!, (await stat(fileOf(first.outputDir, link.href!))).size]);
  for (const script of tags(html, "script").filter((each) => each.src)) parts.push([script.src!, (await stat(fileOf(first.outputDir, script.src!))).size]);
  // The first screen's photo: the lead's, from the first source a current browser takes (AVIF).
  const source = tags(html, "source").find((each) => each.srcset?.includes("may-anh.jpg"))!;
  assert.is(source.type, "image/avif");
  const chosen = pick(source.srcset!, slotWidth(source.sizes!, PHONE.width) * PHONE.density);
  assert.is(chosen, "/photo-sizes/images/may-anh.jpg/800.avif", "a 358-px slot at 2× takes the 800-px copy");
  parts.push([chosen, (await stat(fileOf(first.outputDir, chosen))).size]);
  const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
  const original = (await stat(LEAD)).size;
  assert.ok(original > 2 * 1024 * KB, `the test's camera photo is ${original} bytes`);
  assert.ok(total <= FIRST_SCREEN_BUDGET, `${(total / KB).toFixed(1)} KB: ${parts.map(([name, bytes]) => `${name} ${(bytes / KB).toFixed(1)} KB`).join(", ")}`);
});

async function allFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

test("a rebuild encodes nothing and writes the same bytes; a changed photo re-encodes only itself", async () => {
  const second = await buildSite(content, { outputDir: path.join(root, "second"), args, env: { TZ: "America/Los_Angeles" } });
  assert.is(second.code, 0, second.stderr);
  assert.match(second.stdout, /ảnh: 5 ảnh, 0 ảnh mã hóa lại, 5 lấy từ bộ nhớ đệm/);
  const [one, two] = [await allFiles(first.outputDir), await allFiles(second.outputDir)];
  assert.equal([...two.keys()].sort(), [...one.keys()].sort());
  for (const [file, bytes] of one) assert.ok(bytes.equals(two.get(file)!), `${file} differs between builds`);

  await writeFile(path.join(content, "images", "toan-canh.jpg"), await cameraPhoto(960, 540, 3));
  const third = await buildSite(content, { outputDir: path.join(root, "third"), args });
  assert.is(third.code, 0, third.stderr);
  assert.match(third.stdout, /ảnh: 5 ảnh, 1 ảnh mã hóa lại, 4 lấy từ bộ nhớ đệm/);
  const changed = await allFiles(third.outputDir);
  assert.not.ok(changed.get(path.join("photo-sizes", "images", "toan-canh.jpg", "800.avif"))!.equals(one.get(path.join("photo-sizes", "images", "toan-canh.jpg", "800.avif"))!));
});

test("npm run check: a narrow photo is a warning, a damaged one an error naming the file; the build stops on it and names it too", async () => {
  await writeFile(path.join(content, "images", "toan-canh.jpg"), await cameraPhoto(640, 360, 5));
  await recordUrls(content);
  const narrow = await checkSite(content, { args: ["--lang", "en"] });
  assert.is(narrow.code, 0, narrow.stdout);
  // Reported once, at the first article that shows it.
  assert.match(narrow.stdout, /articles\/2024\/01\/dang-bo\.md:\d+: body: photo \S*content\/images\/toan-canh\.jpg is only 640×360 px \(under 800 px wide\).* \(warning\)/);
  // A header that reads, pixels that do not: only decoding finds it, so the build reports it.
  const whole = await cameraPhoto(960, 540, 9);
  await writeFile(path.join(content, "images", "toan-canh.jpg"), whole.subarray(0, whole.length / 3));
  const cut = await buildSite(content, { outputDir: path.join(root, "cut"), args });
  assert.is(cut.code, 1);
  assert.match(cut.stderr, /content\/images\/toan-canh\.jpg: không đọc được ảnh \S*toan-canh\.jpg/);
  await writeFile(path.join(content, "images", "toan-canh.jpg"), "không phải ảnh");
  const damaged = await checkSite(content);
  assert.is(damaged.code, 1);
  assert.match(damaged.stdout, /articles\/2024\/01\/dang-bo\.md:\d+: body: không đọc được ảnh \S*content\/images\/toan-canh\.jpg: tệp hỏng hoặc không phải ảnh/);
});

test.after(() => rm(root, { recursive: true, force: true }));
test.run();
