/**
 * The preview's pages (src/pipeline/preview-site.ts), rendered by Eleventy on a copy of the fixture:
 * only the pages asked for, again only when what they print changed; a content error is kept and
 * shown, and the next good reading replaces it.
 */
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { AnyPage } from "../../src/pages/page-kinds.ts";
import { type PreviewAnswer, createPreviewSite, pageAt } from "../../src/pipeline/preview-site.ts";
import { readSettings } from "../../src/settings.ts";
import { FIXTURE_EPOCH, FIXTURE_SITE } from "../support/build-site.ts";

const scratch = await mkdtemp(path.join(os.tmpdir(), "tintuc-preview-site-"));
const contentDir = path.join(scratch, "content");
const outputDir = path.join(scratch, "preview");
await cp(FIXTURE_SITE, contentDir, { recursive: true });
const settings = readSettings({ SOURCE_DATE_EPOCH: FIXTURE_EPOCH, FORM_ENDPOINT: "https://forms.example.org" });
const preview = createPreviewSite({ contentDir, mode: "preview", settings, writerLanguage: "en" }, outputDir);

const ARTICLE = path.join(contentDir, "articles", "2024", "03", "nua-dem.md");
const ARTICLE_URL = "/2024/03/02/ban-tin-luc-nua-dem/";
const OTHER_URL = "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/";
const good = await readFile(ARTICLE, "utf8");
const htmlFiles = async (): Promise<string[]> =>
  existsSync(outputDir) ? (await readdir(outputDir, { recursive: true })).map(String).filter((file) => file.endsWith(".html")).sort() : [];
const pageHtml = (answer: PreviewAnswer, url: string): Promise<string> =>
  answer.kind === "page" ? Promise.resolve(answer.html) : readFile(path.join(outputDir, url, "index.html"), "utf8");

test("URL paths name the pages' files", () => {
  const index = new Map<string, AnyPage>(["/index.html", "/2024/01/27/a/index.html", "/feed.xml", "/tag/đồng/index.html"].map((file) => [file, { outputPath: file }]));
  const table: [string, string | undefined][] = [
    ["/", "/index.html"],
    ["/2024/01/27/a/", "/2024/01/27/a/index.html"],
    ["/2024/01/27/a", "/2024/01/27/a/index.html"],
    ["/2024/01/27/a/?utm=x", "/2024/01/27/a/index.html"],
    ["/feed.xml", "/feed.xml"],
    ["/tag/%C4%91%E1%BB%93ng/", "/tag/đồng/index.html"],
    ["/%E0%A4%A/", undefined],
    ["/assets/site.css", undefined],
  ];
  for (const [url, file] of table) assert.is(pageAt(index, url)?.outputPath, file, url);
});

test("nothing is rendered until asked; then only the pages asked for", async () => {
  const loaded = await preview.load();
  assert.equal(loaded.problems, []);
  assert.is(loaded.articles, 5);
  assert.equal(await htmlFiles(), []);
  assert.equal(await preview.answer(ARTICLE_URL), { kind: "file" });
  assert.equal(await preview.answer(OTHER_URL), { kind: "file" });
  assert.equal(await preview.answer(ARTICLE_URL), { kind: "file" });
  assert.is(preview.renders, 2, "a page asked for twice is rendered once");
  assert.equal(await htmlFiles(), [`${OTHER_URL.slice(1)}index.html`, `${ARTICLE_URL.slice(1)}index.html`]);
  assert.ok(existsSync(path.join(outputDir, "assets")), "with the site's assets");
});

test("after a save, only the opened page whose content changed is rendered again", async () => {
  await writeFile(ARTICLE, good.replace("Tin do phòng thí nghiệm", "Tin đã sửa: do phòng thí nghiệm"));
  const loaded = await preview.load();
  assert.is(loaded.stale, 1);
  await preview.answer(ARTICLE_URL);
  await preview.answer(OTHER_URL);
  assert.is(preview.renders, 3);
  assert.match(await readFile(path.join(outputDir, ARTICLE_URL, "index.html"), "utf8"), "Tin đã sửa");
});

test("a content error is shown on every page and at URLs without one; the next good save clears it", async () => {
  await writeFile(ARTICLE, good.replace(/^category: .*$/m, "category: khong-co"));
  const broken = await preview.load();
  assert.is(broken.problems.length, 1);
  assert.is(broken.problems[0]!.field, "category");
  const other = await preview.answer(OTHER_URL);
  assert.is(other.kind, "page");
  const html = await pageHtml(other, OTHER_URL);
  assert.match(html, '<aside class="tintuc-problems" role="alert" lang="en"><h2>1 content error</h2>');
  assert.match(html, "nua-dem.md:3</code>: <span class=\"tintuc-problem-field\">category</span>");
  assert.match(html, "Đảng bộ Bộ Khoa học", "below the banner, the last good page");
  const missing = await preview.answer("/trang-chua-co/");
  assert.is(missing.kind, "page");
  assert.match(await pageHtml(missing, ""), "cannot be shown");
  assert.equal(await preview.answer("/assets/khong-co.css"), { kind: "none" }, "files other than pages are the server's");

  await writeFile(ARTICLE, good);
  const fixed = await preview.load();
  assert.equal(fixed.problems, []);
  assert.equal(await preview.answer(OTHER_URL), { kind: "file" });
  assert.match(await readFile(path.join(outputDir, ARTICLE_URL, "index.html"), "utf8"), "Tin đã sửa", "not rendered until asked");
  await preview.answer(ARTICLE_URL);
  assert.not.match(await readFile(path.join(outputDir, ARTICLE_URL, "index.html"), "utf8"), "Tin đã sửa");
  assert.equal(await preview.answer("/trang-chua-co/"), { kind: "none" }, "a 404, the server's to send");
  assert.ok(existsSync(path.join(outputDir, "404.html")), "with the site's 404 page");
});

test("while the content is read again, a page waits for the new reading; the site's files do not wait", async () => {
  const loading = preview.load();
  const asset = preview.answer("/assets/site.css").then(() => "asset");
  const page = preview.answer(OTHER_URL).then(() => "page");
  assert.is(await Promise.race([asset, loading.then(() => "reading")]), "asset");
  assert.is(await Promise.race([page, loading.then(() => "reading")]), "reading");
  await page;
});

test("after a change to the layouts, every page is rendered again on its next request", async () => {
  await preview.answer(OTHER_URL);
  const before = preview.renders;
  await preview.answer(OTHER_URL);
  assert.is(preview.renders, before);
  preview.rendererChanged();
  await preview.answer(OTHER_URL);
  assert.is(preview.renders, before + 1);
});

test("a page gone from the site is deleted from the output", async () => {
  await rm(ARTICLE);
  const loaded = await preview.load();
  assert.equal(loaded.problems, []);
  assert.not.ok(existsSync(path.join(outputDir, ARTICLE_URL, "index.html")));
  await writeFile(ARTICLE, good);
});

test("a preview started on content with an error shows the errors at every page's URL, then the site once fixed", async () => {
  await writeFile(ARTICLE, good.replace(/^category: .*$/m, "category: khong-co"));
  const started = createPreviewSite({ contentDir, mode: "preview", settings, writerLanguage: "vi" }, path.join(scratch, "started-broken"));
  assert.is((await started.load()).problems.length, 1);
  assert.is(started.pages, undefined);
  const home = await started.answer("/");
  assert.is(home.kind, "page");
  assert.match(home.kind === "page" ? home.html : "", "Chưa hiện được trang này");
  await writeFile(ARTICLE, good);
  assert.equal((await started.load()).problems, []);
  assert.equal(await started.answer("/"), { kind: "file" });
});

test("with a derivation cache, a reading after one save reads that file anew, not the archive", async () => {
  const lines: string[] = [];
  const derivationCache = { dir: path.join(scratch, "derivations"), code: "test" };
  const cached = createPreviewSite({ contentDir, mode: "preview", settings, writerLanguage: "en", derivationCache, logProgress: (line) => lines.push(line) }, path.join(scratch, "cached"));
  await cached.load();
  assert.match(lines.join("\n"), "5 read anew");
  // The racy rule (derived-store.ts) re-reads a file written within a second of its reading.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  lines.length = 0;
  await writeFile(ARTICLE, good.replace(/\n$/, " Một câu nữa.\n"));
  await cached.load();
  assert.match(lines.join("\n"), "1 read anew");
  await writeFile(ARTICLE, good);
});

test.after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

test.run();
