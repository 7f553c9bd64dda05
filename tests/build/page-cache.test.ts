/**
 * The cache of written pages never changes the output: a rebuild that takes most pages from the
 * cache writes the same bytes as a cold build of the same content.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DERIVED_STORE_FILE } from "../../src/content/derived-store.ts";
import { readPageFolders } from "../../src/pipeline/page-cache.ts";
import { FIXTURE_SITE, buildSite, copyOfProject } from "../support/build-site.ts";
import { fileHashes } from "../support/file-hashes.ts";

const cacheLine = (stdout: string): [number, number] => {
  const match = /bộ nhớ đệm: (\d+) trang không đổi, (\d+) trang cần ghi/.exec(stdout);
  if (!match) throw new Error(`no cache line in:\n${stdout}`);
  return [Number(match[1]), Number(match[2])];
};

test("a warm rebuild after changing one article is byte-identical to a cold build, and writes only what changed", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-cache-"));
  const content = path.join(root, "content");
  await cp(FIXTURE_SITE, content, { recursive: true });
  // The fixture's draft from 2023, published: the search index gets a second year's bundle.
  const draft = (await readdir(path.join(content, "articles"), { recursive: true })).map((file) => path.join(content, "articles", file));
  for (const file of draft.filter((file) => file.endsWith(".md"))) {
    const text = await readFile(file, "utf8");
    if (text.includes("published: 2023-05-10")) await writeFile(file, text.replace("draft: true\n", ""));
  }
  const cache = ["--cache", path.join(root, "cache")];

  const first = await buildSite(content, { outputDir: path.join(root, "warm"), args: cache });
  assert.is(first.code, 0, first.stderr);
  assert.equal(cacheLine(first.stdout)[0], 0, "the first build finds nothing");
  const unchanged = await buildSite(content, { outputDir: path.join(root, "warm"), args: cache });
  assert.equal(cacheLine(unchanged.stdout)[1], 0, "nothing changed, nothing to write");
  assert.match(unchanged.stdout, "trong 4 gói (4 gói không đổi: lấy từ bộ nhớ đệm)", "two periods and their headline bundles");

  const article = path.join(content, "articles", "2024", "03", "nua-dem.md");
  await writeFile(article, (await readFile(article, "utf8")).replace("Bản tin lúc nửa đêm", "Bản tin lúc nửa đêm (cập nhật)"));
  const warm = await buildSite(content, { outputDir: path.join(root, "warm"), args: cache });
  assert.is(warm.code, 0, warm.stderr);
  const [fromCache, written] = cacheLine(warm.stdout);
  assert.ok(fromCache > 0 && written > 0 && written < fromCache, `${fromCache} from the cache, ${written} written`);
  assert.match(warm.stdout, "trong 4 gói (2 gói không đổi: lấy từ bộ nhớ đệm)", "a changed headline re-indexes its period and that period's headline bundle only");

  const cold = await buildSite(content, { outputDir: path.join(root, "cold"), args: ["--cache", path.join(root, "fresh-cache")] });
  assert.is(cold.code, 0, cold.stderr);
  assert.equal(cacheLine(cold.stdout)[0], 0);
  const [warmFiles, coldFiles] = [await fileHashes(warm.outputDir), await fileHashes(cold.outputDir)];
  assert.equal([...warmFiles.keys()], [...coldFiles.keys()], "the same files");
  const differing = [...coldFiles].filter(([file, hash]) => warmFiles.get(file) !== hash).map(([file]) => file);
  assert.equal(differing, [], "the same bytes");
  assert.match(await readFile(path.join(warm.outputDir, "2024", "03", "02", "index.html"), "utf8"), "Bản tin lúc nửa đêm (cập nhật)");
});

test("a rebuild after an article is deleted has the folders a cold build has: the last build's, made ahead, are cleared of what is gone", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-cache-"));
  const content = path.join(root, "content");
  await cp(FIXTURE_SITE, content, { recursive: true });
  const args = ["--cache", path.join(root, "cache")];
  const first = await buildSite(content, { outputDir: path.join(root, "warm"), args });
  assert.is(first.code, 0, first.stderr);
  const gone = "2024/03/02/ban-tin-luc-nua-dem";
  assert.ok(readPageFolders(path.join(root, "cache")).includes(gone), "the cache notes the folders of the pages it holds");

  await rm(path.join(content, "articles", "2024", "03", "nua-dem.md"));
  const warm = await buildSite(content, { outputDir: path.join(root, "warm"), args });
  assert.is(warm.code, 0, warm.stderr);
  const cold = await buildSite(content, { outputDir: path.join(root, "cold"), args: ["--cache", path.join(root, "fresh-cache")] });
  assert.is(cold.code, 0, cold.stderr);
  const tree = async (dir: string): Promise<string[]> => (await readdir(dir, { recursive: true })).sort();
  const warmTree = await tree(warm.outputDir);
  assert.not.ok(warmTree.includes(gone.split("/").join(path.sep)), "the deleted article's folder is gone");
  assert.equal(warmTree, await tree(cold.outputDir), "the same folders and files as a cold build");
});

/** `[files, read anew]` from the build's line about its article files (src/content/derived-store.ts). */
const articlesLine = (stdout: string): [number, number] => {
  const match = /bài viết: (\d+) tệp, .* (\d+) đọc lại/.exec(stdout);
  if (!match) throw new Error(`no articles line in:\n${stdout}`);
  return [Number(match[1]), Number(match[2])];
};

test("a new article, a deleted one, a changed category file and a damaged cache: each warm rebuild is byte-identical to a cold one, and reads anew only what changed", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-cache-"));
  const content = path.join(root, "content");
  await cp(FIXTURE_SITE, content, { recursive: true });
  const cacheDir = path.join(root, "cache");
  const first = await buildSite(content, { outputDir: path.join(root, "warm"), args: ["--cache", cacheDir] });
  assert.is(first.code, 0, first.stderr);
  const [files, readFirst] = articlesLine(first.stdout);
  assert.is(readFirst, files, "a cold build reads every file");
  let cold = 0;
  const sameAsCold = async (what: string, read: number): Promise<void> => {
    const warm = await buildSite(content, { outputDir: path.join(root, "warm"), args: ["--cache", cacheDir] });
    assert.is(warm.code, 0, warm.stderr);
    assert.is(articlesLine(warm.stdout)[1], read, `${what}: files read anew`);
    const fresh = await buildSite(content, { outputDir: path.join(root, `cold-${++cold}`), args: ["--cache", path.join(root, `fresh-cache-${cold}`)] });
    assert.is(fresh.code, 0, fresh.stderr);
    const [warmFiles, coldFiles] = [await fileHashes(warm.outputDir), await fileHashes(fresh.outputDir)];
    assert.equal([...warmFiles.keys()], [...coldFiles.keys()], `${what}: the same files`);
    assert.equal([...coldFiles].filter(([file, hash]) => warmFiles.get(file) !== hash).map(([file]) => file), [], `${what}: the same bytes`);
  };

  const added = path.join(content, "articles", "2024", "03", "moi.md");
  await writeFile(added, "---\ntitle: Tin mới về đổi mới sáng tạo\ncategory: khoa-hoc\npublished: 2024-03-05 08:00\ntags: [Đổi mới]\n---\nĐoạn đầu của tin mới.\n");
  await sameAsCold("a new article", 1);
  await rm(path.join(content, "articles", "2024", "01", "canh-bao.md"));
  await sameAsCold("a deleted article", 0);
  // A category renamed: its keys are the same, so no article file is read again; its pages change.
  const categories = path.join(content, "_data", "categories.yaml");
  await writeFile(categories, (await readFile(categories, "utf8")).replace("name: Khoa học\n", "name: Khoa học và đời sống\n"));
  await sameAsCold("a renamed category", 0);
  // A new category: `category:` may name it now, so every file is validated again.
  await writeFile(categories, `${await readFile(categories, "utf8")}moi-truong:\n  name: Môi trường\n`);
  await sameAsCold("a new category", files);
  const snapshot = path.join(cacheDir, DERIVED_STORE_FILE);
  const bytes = await readFile(snapshot);
  await writeFile(snapshot, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await sameAsCold("a cache cut short", files);
});

test("the cache's note of page folders is trusted only for folders inside the output", async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-cache-"));
  assert.equal(readPageFolders(cacheDir), [], "no note: no folders");
  await writeFile(path.join(cacheDir, "page-folders.json"), JSON.stringify(["2024/01", "../ngoai", "/etc/x", "a/../../b", "", 7, "category/khoa-hoc"]));
  assert.equal(readPageFolders(cacheDir), ["2024/01", "category/khoa-hoc"]);
  await writeFile(path.join(cacheDir, "page-folders.json"), '["2024/0');
  assert.equal(readPageFolders(cacheDir), [], "a note cut short is no note");
});

test("a photo replaced by one of another size: the rebuild gives its article the new width and height", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-cache-"));
  const content = path.join(root, "content");
  await cp(FIXTURE_SITE, content, { recursive: true });
  const args = ["--cache", path.join(root, "cache")];
  const articlePage = path.join("2024", "01", "27", "dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc", "index.html");
  const first = await buildSite(content, { outputDir: path.join(root, "site"), args });
  assert.is(first.code, 0, first.stderr);
  assert.match(await readFile(path.join(first.outputDir, articlePage), "utf8"), /srcset="[^"]*\/toan-canh.jpg\/960.jpg 960w"[^>]* alt="Toàn cảnh" width="960" height="540"/);

  // The same name, other bytes: a PNG of 300 × 400 (browsers go by the bytes, and so does tintuc).
  const png = await sharp({ create: { width: 300, height: 400, channels: 3, background: "#808080" } }).png().toBuffer();
  await writeFile(path.join(content, "images", "toan-canh.jpg"), png);
  const second = await buildSite(content, { outputDir: path.join(root, "site"), args });
  assert.is(second.code, 0, second.stderr);
  const html = await readFile(path.join(second.outputDir, articlePage), "utf8");
  assert.match(html, '<img src="/photo-sizes/images/toan-canh.jpg/300.jpg" srcset="/photo-sizes/images/toan-canh.jpg/300.jpg 300w"');
  assert.match(html, /srcset="[^"]*\/toan-canh.jpg\/300.jpg 300w"[^>]* alt="Toàn cảnh" width="300" height="400"/);
});

test("a changed layout: the rebuild writes every page again (the renderer's fingerprint hashes all layouts) and is byte-identical to a cold build", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-cache-"));
  try {
    // A copy of the project, so that its layout can change while other tests build with the project's own.
    const projectDir = await copyOfProject(root);
    const content = path.join(root, "content");
    await cp(FIXTURE_SITE, content, { recursive: true });
    const cache = ["--cache", path.join(root, "cache")];
    const first = await buildSite(content, { projectDir, outputDir: path.join(root, "warm"), args: cache });
    assert.is(first.code, 0, first.stderr);
    const [, pageCount] = cacheLine(first.stdout);

    const layout = path.join(projectDir, "layouts", "pages", "tag.njk");
    await writeFile(layout, (await readFile(layout, "utf8")).replace('<p class="list-count">', '<p class="list-count" data-layout="changed">'));
    const warm = await buildSite(content, { projectDir, outputDir: path.join(root, "warm"), args: cache });
    assert.is(warm.code, 0, warm.stderr);
    assert.equal(cacheLine(warm.stdout), [0, pageCount], "every page is written again, not only the tag pages");
    const tagPage = (await readdir(path.join(warm.outputDir, "tag"), { recursive: true })).find((file) => file.endsWith("index.html"))!;
    assert.match(await readFile(path.join(warm.outputDir, "tag", tagPage), "utf8"), 'data-layout="changed"');

    const cold = await buildSite(content, { projectDir, outputDir: path.join(root, "cold"), args: ["--cache", path.join(root, "fresh-cache")] });
    assert.is(cold.code, 0, cold.stderr);
    const [warmFiles, coldFiles] = [await fileHashes(warm.outputDir), await fileHashes(cold.outputDir)];
    assert.equal([...warmFiles.keys()], [...coldFiles.keys()], "the same files");
    assert.equal([...coldFiles].filter(([file, hash]) => warmFiles.get(file) !== hash).map(([file]) => file), [], "the same bytes");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test.run();
