/**
 * Tag and author pages in the built site: the main fixture plus 21 generated articles tagged
 * "vệ tinh" by Đăng Minh (a second page for both), and a draft whose tag and writer appear nowhere else.
 */
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const pad2 = (n: number): string => String(n).padStart(2, "0");
const contentDir = path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-terms-")), "content");
await cp(FIXTURE_SITE, contentDir, { recursive: true });
await mkdir(path.join(contentDir, "articles", "2024", "06"), { recursive: true });
for (let day = 1; day <= 21; day++) {
  const fields = [`title: "Vệ tinh số ${day}"`, "category: khoa-hoc", `published: 2024-06-${pad2(day)}T08:00:00+07:00`, "author: Đăng Minh", `tags: [${day % 2 ? "Vệ tinh" : "vệ tinh"}]`];
  await writeFile(path.join(contentDir, "articles", "2024", "06", `ve-tinh-${day}.md`), `---\n${fields.join("\n")}\n---\nBài số ${day}.\n`);
}
await writeFile(
  path.join(contentDir, "articles", "2024", "06", "nhap.md"),
  '---\ntitle: "Bản nháp"\ncategory: khoa-hoc\npublished: 2024-06-30T08:00:00+07:00\ndraft: true\nauthor: Người Chưa Viết\ntags: [chỉ trong bản nháp]\n---\nNháp.\n',
);
const build = await buildSite(contentDir);
const read = (url: string): string => {
  const file = path.join(build.outputDir, url, url.endsWith("/") ? "index.html" : "");
  assert.ok(existsSync(file), `expected ${url}`);
  return readFileSync(file, "utf8");
};
const listed = (page: string): string[] => [...page.matchAll(/<h2 class="news-list__title"><a href="([^"]+)"/g)].map((m) => m[1]!);
const exists = (url: string): boolean => existsSync(path.join(build.outputDir, url));

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

test("a tag page: every article with the tag (any capitalisation), newest first, 20 a page, with its feed", () => {
  const first = read("/tag/ve-tinh/");
  assert.match(first, "<h1>Từ khóa: Vệ tinh</h1>");
  assert.match(first, '<p class="list-count">21 tin</p>');
  assert.is(listed(first).length, 20);
  assert.is(listed(first)[0], "/2024/06/21/ve-tinh-so-21/");
  assert.equal(listed(read("/tag/ve-tinh/page/2/")), ["/2024/06/01/ve-tinh-so-1/"]);
  assert.match(first, '<link rel="alternate" type="application/atom+xml" title="Từ khóa: Vệ tinh – Tin tức Khoa học và Công nghệ" href="/tag/ve-tinh/feed.xml">');
  const feed = read("/tag/ve-tinh/feed.xml");
  assert.is((feed.match(/<entry>/g) ?? []).length, 20);
  assert.match(feed, '<link href="https://tintuc.example.org/tag/ve-tinh/" rel="alternate" type="text/html"/>');
});

test("an author page: every article the writer signed, newest first, with its feed", () => {
  const first = read("/author/dang-minh/");
  assert.match(first, "<h1>Tác giả: Đăng Minh</h1>");
  assert.match(first, '<p class="list-count">22 tin</p>', "21 generated and the fixture's seed article");
  assert.equal(listed(read("/author/dang-minh/page/2/")), ["/2024/06/01/ve-tinh-so-1/", "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/"]);
  assert.ok(exists("/author/dang-minh/feed.xml"));
  assert.ok(exists("/author/lan-anh/index.html"));
});

test("articles link their tags and writers to those pages; names are escaped", () => {
  const seed = read("/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/");
  assert.match(seed, '<li><a href="/tag/dang-bo/" rel="tag">đảng bộ</a></li><li><a href="/tag/khoa-hoc/" rel="tag">khoa học</a></li>');
  assert.match(seed, '<a href="/author/dang-minh/" rel="author">Đăng Minh</a>');
  const warning = read("/2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/");
  assert.match(warning, '<a href="/tag/em-the-em/" rel="tag">&lt;em&gt;thẻ&lt;/em&gt;</a>');
  assert.match(read("/tag/em-the-em/"), "<h1>Từ khóa: &lt;em&gt;thẻ&lt;/em&gt;</h1>");
});

test("no page, feed or sitemap entry for a tag or writer that only a draft carries", () => {
  assert.not.ok(exists("/tag/chi-trong-ban-nhap"));
  assert.not.ok(exists("/author/nguoi-chua-viet"));
  const sitemap = read("/sitemap.xml");
  assert.not.match(sitemap, "chi-trong-ban-nhap");
  assert.not.match(sitemap, "nguoi-chua-viet");
});

test("tag and author pages are in the sitemap with their newest article's date", () => {
  const sitemap = read("/sitemap.xml");
  assert.match(sitemap, "<loc>https://tintuc.example.org/tag/ve-tinh/</loc><lastmod>2024-06-21T08:00:00+07:00</lastmod>");
  assert.match(sitemap, "<loc>https://tintuc.example.org/tag/ve-tinh/page/2/</loc>");
  assert.match(sitemap, "<loc>https://tintuc.example.org/author/dang-minh/</loc><lastmod>2024-06-21T08:00:00+07:00</lastmod>");
});

test.run();
