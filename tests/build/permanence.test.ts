/**
 * URLs are forever (issue 18): build the permanence fixture, record its complete URL set, make the
 * edits a newsroom makes (headline, time, day, file move, slug edit, category rename, withdrawal,
 * the record updated as the writer would), build again: every URL of the first build still answers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { redirectTargetOf, siteUrlSet, unansweredUrls } from "../../src/pipeline/url-set.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { buildSitePages } from "../../src/pages/build-pages.ts";
import { DateTime } from "luxon";
import { FIXTURE_EPOCH, PERMANENCE_FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const FIXTURE = PERMANENCE_FIXTURE_SITE;
const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-permanence-"));
const content = path.join(root, "content");
await cp(FIXTURE, content, { recursive: true });

const script = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_DIR, "scripts", name), "--content", content, ...args], {
    cwd: PROJECT_DIR,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXTURE_EPOCH },
  });
const edit = async (file: string, from: string | RegExp, to: string): Promise<void> => {
  const full = path.join(content, "articles", file);
  const text = await readFile(full, "utf8");
  const edited = text.replace(from, to);
  assert.is.not(edited, text, `the edit of ${file} changed nothing`);
  await writeFile(full, edited);
};

const first = await buildSite(content, { outputDir: path.join(root, "first") });
const firstUrls = await siteUrlSet(first.outputDir);

// The edits, each on its own article.
await edit("2024/01/tieu-de.md", "đạt nhiều kết quả tích cực", "đạt nhiều kết quả rất tích cực"); // headline
await edit("2024/01/gio-dang.md", "2024-01-28 08:00", "2024-01-28 09:15"); // time
await edit("2024/01/ngay-dang.md", "2024-01-29 23:30", "2024-01-30 00:30"); // day
await mkdir(path.join(content, "articles", "2024", "03"));
await rename(path.join(content, "articles", "2024/02/chuyen-tep.md"), path.join(content, "articles", "2024/03/giai-thuong.md")); // file move
await edit("2024/02/doi-slug.md", "slug: chinh-sach-moi", "slug: chinh-sach-khoa-hoc-moi"); // slug edit
await edit("2024/02/go-bai.md", "published: 2024-02-10 10:00", 'published: 2024-02-10 10:00\nwithdrawn: { date: 2024-03-01, reason: "Gỡ theo yêu cầu của cơ quan chức năng" }');
const categories = path.join(content, "_data", "categories.yaml");
await writeFile(categories, (await readFile(categories, "utf8")).replace("khoa-hoc:\n", "khoa-hoc-doi-song:\n  former: [khoa-hoc]\n"));
for (const file of ["2024/01/tieu-de.md", "2024/01/ngay-dang.md", "2024/02/doi-slug.md", "2024/02/dinh-chinh.md"]) {
  await edit(file, "category: khoa-hoc", "category: khoa-hoc-doi-song");
}

const staleCheck = script("check.ts");
const recorded = script("record-urls.ts");
const recordText = await readFile(path.join(content, "_data", "published-urls.tsv"), "utf8");
const recordedAgain = script("record-urls.ts");
const freshCheck = script("check.ts");
const second = await buildSite(content, { outputDir: path.join(root, "second") });
const html = (url: string): string => readFileSync(path.join(second.outputDir, url.endsWith("/") ? `${url}index.html` : url), "utf8");

const OLD = {
  headline: "/2024/01/27/dang-bo-bo-dat-nhieu-ket-qua-tich-cuc/",
  time: "/2024/01/28/hoi-thao-ve-tri-tue-nhan-tao/",
  day: "/2024/01/29/ve-tinh-moi-duoc-phong/",
  moved: "/2024/02/03/giai-thuong-sang-tao-tre/",
  slug: "/2024/02/05/chinh-sach-moi/",
  withdrawn: "/2024/02/10/bai-se-bi-go/",
};

test("both builds succeed; the edits left the record stale, and record-urls made it current", () => {
  assert.is(first.code, 0, first.stderr);
  assert.is(second.code, 0, second.stderr);
  assert.is(staleCheck.status, 1, staleCheck.stdout);
  assert.match(staleCheck.stdout, "/2024/02/05/chinh-sach-khoa-hoc-moi/");
  assert.match(staleCheck.stdout, "npm run record-urls");
  assert.is(recorded.status, 0, recorded.stdout + recorded.stderr);
  assert.is(recordedAgain.status, 0);
  assert.is(readFileSync(path.join(content, "_data", "published-urls.tsv"), "utf8"), recordText, "record-urls is idempotent");
  assert.match(recordText, "articles/2024/02/doi-slug.md\t/2024/02/05/chinh-sach-khoa-hoc-moi/\t/2024/02/05/chinh-sach-moi/\n");
  assert.match(recordText, "articles/2024/03/giai-thuong.md\t/2024/02/03/giai-thuong-sang-tao-tre/\n");
  assert.is(freshCheck.status, 0, freshCheck.stdout);
});

test("every URL of the first build answers in the second: its page, or a redirect page one hop from a page", () => {
  assert.ok(firstUrls.length > 30, `the first build's URL set: ${firstUrls.length}`);
  assert.equal(unansweredUrls(second.outputDir, firstUrls), []);
});

test("headline, time, day, file move and category change keep the article's own page at its first URL", () => {
  assert.match(html(OLD.headline), "đạt nhiều kết quả rất tích cực</h1>");
  assert.match(html(OLD.time), 'datetime="2024-01-28T09:15:00+07:00"');
  assert.match(html(OLD.day), 'datetime="2024-01-30T00:30:00+07:00"');
  assert.match(html(OLD.moved), "Giải thưởng sáng tạo trẻ</h1>");
  for (const url of [OLD.headline, OLD.time, OLD.day, OLD.moved]) assert.is(redirectTargetOf(html(url)), undefined, url);
  assert.not.ok(existsSync(path.join(second.outputDir, "2024/01/27/dang-bo-bo-dat-nhieu-ket-qua-rat-tich-cuc")));
});

test("a slug edit moves the article; its old URL redirects to the new one", () => {
  assert.match(html("/2024/02/05/chinh-sach-khoa-hoc-moi/"), "Chính sách mới về khoa học</h1>");
  assert.is(redirectTargetOf(html(OLD.slug)), "/2024/02/05/chinh-sach-khoa-hoc-moi/");
});

test("the day a corrected article left leads to its month; a renamed category's pages and feeds answer", () => {
  assert.is(redirectTargetOf(html("/2024/01/29/")), "/2024/01/");
  assert.is(redirectTargetOf(html("/category/khoa-hoc/")), "/category/khoa-hoc-doi-song/");
  // The fixture has no English article, so no English section, and no English redirect that would lead nowhere.
  assert.not.ok(existsSync(path.join(second.outputDir, "en/category/khoa-hoc/index.html")));
  const feed = html("/category/khoa-hoc/feed.xml");
  assert.match(feed, "<feed");
  assert.match(feed, 'href="https://tintuc.example.org/category/khoa-hoc-doi-song/feed.xml" rel="self"');
});

test("the withdrawn URL says when and why, and the article is in no list, feed, sitemap or search document", () => {
  const page = html(OLD.withdrawn);
  assert.match(page, "Bài viết đã được gỡ");
  assert.match(page, "01/03/2024");
  assert.match(page, "Gỡ theo yêu cầu của cơ quan chức năng");
  assert.match(page, '<meta name="robots" content="noindex">');
  assert.not.match(page, "Nội dung bài sẽ bị gỡ");
  for (const url of ["/", "/2024/02/", "/2024/02/10/", "/category/cong-nghe/", "/feed.xml", "/category/cong-nghe/feed.xml", "/sitemap.xml", "/2024/02/12/so-lieu-nghien-cuu-nam-2023/"]) {
    assert.not.match(html(url), "bai-se-bi-go", url);
  }
  // Nothing in the fixture is recent enough for the news sitemap, which is then not written at all.
  if (existsSync(path.join(second.outputDir, "news-sitemap.xml"))) assert.not.match(html("/news-sitemap.xml"), "bai-se-bi-go");
});

test("the withdrawn article is no page object the search index, lists or related blocks are made from", async () => {
  const loaded = await loadContent({ contentDir: content, projectDir: root, buildTime: DateTime.fromSeconds(Number(FIXTURE_EPOCH)), env: {} });
  const pages = buildSitePages(loaded, "production").byKind;
  assert.not.ok(pages.article.some((page) => page.url === OLD.withdrawn));
  assert.not.ok(JSON.stringify(pages.article.map((page) => page.lists)).includes(OLD.withdrawn));
  assert.equal(pages.withdrawn.map((page) => page.url).sort(), [OLD.withdrawn, "/2024/02/11/bai-da-go-tu-truoc/"]);
});

test("a correction: the notice on the article, updated bumped, the feed entry, JSON-LD correction", () => {
  const page = html("/2024/02/12/so-lieu-nghien-cuu-nam-2023/");
  assert.match(page, /<aside class="correction" role="note">\s*<p><span class="dateline">Đính chính: <time datetime="2024-02-13T09:30:00\+07:00">13\/02\/2024, 09:30 \(GMT\+7\)<\/time><\/span><\/p>\s*<p>Bản trước ghi nhầm số đề tài là 120; đúng là 102.<\/p>/);
  assert.match(page, 'Cập nhật: <time datetime="2024-02-13T09:30:00+07:00">');
  assert.match(page, '"correction":[{"@type":"CorrectionComment","text":"Bản trước ghi nhầm số đề tài là 120; đúng là 102.","datePublished":"2024-02-13T09:30:00+07:00"}]');
  const feed = html("/feed.xml");
  assert.match(feed, "Đính chính (13/02/2024, 09:30 (GMT+7)):&lt;/strong&gt; Bản trước ghi nhầm số đề tài là 120; đúng là 102.");
  assert.match(feed, "<updated>2024-02-13T09:30:00+07:00</updated>");
});

test("redirect pages: valid HTML, immediate refresh, canonical, a visible link, noindex, in the article's language", async () => {
  const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "doctype-style": "off" } });
  for (const url of ["/tin-tuc/12345.html", "/Pages/TinTuc/12345.aspx", "/tin-cu/dang-bo/", "/tin-tức/đảng-bộ.html", OLD.slug, "/category/khoa-hoc/"]) {
    const page = html(url);
    const report = await validator.validateString(page);
    assert.ok(report.valid, `${url}: ${JSON.stringify(report.results.flatMap((result) => result.messages.map((m) => m.message)))}`);
    const target = redirectTargetOf(page)!;
    assert.ok(target, url);
    assert.match(page, '<html lang="vi">');
    assert.match(page, '<meta name="robots" content="noindex">');
    assert.match(page, `<link rel="canonical" href="https://tintuc.example.org${target}">`);
    assert.match(page, `<a href="https://tintuc.example.org${target}">`);
    assert.match(page, `<meta http-equiv="refresh" content="0; url=${target}">`);
  }
});

test("_redirects: one `from to 301` line per old URL, to this site, one hop; 410 for the withdrawn URL", () => {
  const lines = html("/_redirects").split("\n").filter((line) => line && !line.startsWith("#"));
  const rules = lines.map((line) => line.split(" "));
  for (const rule of rules) {
    assert.is(rule.length, 3, rule.join(" "));
    assert.ok(rule[0]!.startsWith("/") && rule[1]!.startsWith("/") && !rule[1]!.startsWith("//"), rule.join(" "));
    assert.ok(["301", "410!"].includes(rule[2]!), rule.join(" "));
  }
  const sources = new Set(rules.map((rule) => rule[0]));
  for (const rule of rules.filter((rule) => rule[2] === "301")) assert.not.ok(sources.has(rule[1]), `a chain: ${rule.join(" ")}`);
  assert.ok(lines.includes("/tin-tuc/12345.html /2024/01/27/dang-bo-bo-dat-nhieu-ket-qua-tich-cuc/ 301"));
  assert.ok(lines.includes("/tin-t%E1%BB%A9c/%C4%91%E1%BA%A3ng-b%E1%BB%99.html /2024/01/27/dang-bo-bo-dat-nhieu-ket-qua-tich-cuc/ 301"));
  assert.ok(lines.includes(`${OLD.slug} /2024/02/05/chinh-sach-khoa-hoc-moi/ 301`));
  assert.ok(lines.includes("/category/khoa-hoc/feed.xml /category/khoa-hoc-doi-song/feed.xml 301"));
  assert.ok(lines.includes(`${OLD.withdrawn} ${OLD.withdrawn}index.html 410!`));
  assert.match(html("/redirects.nginx.map"), `"/tin-cu/dang-bo" "/2024/01/27/dang-bo-bo-dat-nhieu-ket-qua-tich-cuc/";`);
  assert.match(html("/gone.nginx.map"), `"${OLD.withdrawn}" 1;`);
});

test("check-urls passes over the second build against the first build's URL list, and fails when a URL is gone", async () => {
  const list = path.join(root, "first-urls.txt");
  await writeFile(list, `${firstUrls.join("\n")}\n`);
  const passing = script("check-urls.ts", "--output", second.outputDir, "--previous", list);
  assert.is(passing.status, 0, passing.stdout);
  await writeFile(list, `${firstUrls.join("\n")}\n/2019/05/03/khong-co/\n`);
  const failing = script("check-urls.ts", "--output", second.outputDir, "--previous", list);
  assert.is(failing.status, 1, failing.stdout);
  assert.match(failing.stdout, "/2019/05/03/khong-co/ không còn trả lời");
});

test("under a path prefix, every redirect's refresh is under it, once, and every first-build URL still answers", async () => {
  const prefixed = await buildSite(content, { outputDir: path.join(root, "prefixed"), env: { SITE_URL: "https://tintuc.example.org/tin" } });
  assert.is(prefixed.code, 0, prefixed.stderr);
  const page = (file: string): string => readFileSync(path.join(prefixed.outputDir, file), "utf8");
  assert.match(page("tin-cu/dang-bo/index.html"), '<meta http-equiv="refresh" content="0; url=/tin/2024/01/27/dang-bo-bo-dat-nhieu-ket-qua-tich-cuc/">');
  assert.match(page("Pages/TinTuc/12345.aspx"), '<meta http-equiv="refresh" content="0; url=/tin/2024/01/27/dang-bo-bo-dat-nhieu-ket-qua-tich-cuc/">');
  assert.match(page("_redirects"), "/tin/tin-tuc/12345.html /tin/2024/01/27/dang-bo-bo-dat-nhieu-ket-qua-tich-cuc/ 301");
  assert.equal(unansweredUrls(prefixed.outputDir, firstUrls, "/tin/"), []);
});

test.run();
