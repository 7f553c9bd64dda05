import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { DateTime } from "luxon";
import { parseSourceFile } from "../../src/content/front-matter.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { EMPTY_MAPPING, parseCategoryMapping } from "../../src/import/categories.ts";
import { formatImportReport } from "../../src/import/import-report.ts";
import { importWordpress } from "../../src/import/wordpress-import.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { buildSite } from "../support/build-site.ts";
import { siteUrlSet, unansweredUrls } from "../../src/pipeline/url-set.ts";

const FIXTURE = path.join(PROJECT_DIR, "tests", "fixtures", "import", "wordpress");
const exportFile = path.join(FIXTURE, "export.xml");

function freshContent(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-import-wp-"));
  cpSync(path.join(PROJECT_DIR, "tests", "fixtures", "site", "_data"), path.join(dir, "_data"), { recursive: true });
  return dir;
}
const run = (contentDir: string, mapping = EMPTY_MAPPING) =>
  importWordpress({ exportFile, displayName: "export.xml", contentDir, mapping, mediaDir: path.join(FIXTURE, "uploads") });
const read = (contentDir: string, relative: string) => parseSourceFile(readFileSync(path.join(contentDir, "articles", relative), "utf8"));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const contentDir = freshContent();
const report = await run(contentDir);

test("statuses: published, scheduled and drafts imported; private, trash and undated skipped; pages and attachments are not articles", () => {
  assert.equal([report.created, report.scheduled, report.drafts], [6, 1, 2]);
  assert.equal(Object.fromEntries(report.skipped), { skipPrivate: 1, skipTrash: 1, skipNoDate: 1 });
  assert.equal(listFiles(path.join(contentDir, "articles")), [
    "2024/01/dang-bo-tong-ket.md",
    "2024/02/robot-2.md",
    "2024/02/robot.md",
    "2024/03/ban-nhap-chua-co-ngay-gmt.md",
    "2024/03/cho-duyet-khong-co-ngay.md",
    "2099/01/hen-gio.md",
  ]);
});

test("a classic-editor post: GMT date in GMT+7, modified → updated, child category primary, the others tags, featured image, aliases, escaped headline, credit line → photo:", () => {
  const { data, body } = read(contentDir, "2024/01/dang-bo-tong-ket.md");
  assert.equal(data.title, "Đảng bộ Bộ KH&CN: tổng kết năm 2023 # 1");
  assert.equal(data.published, "2024-01-27T22:01:00+07:00");
  assert.equal(data.updated, "2024-01-28T09:00:00+07:00");
  assert.equal(data.category, "hoat-dong");
  assert.equal(data.tags, ["đảng bộ", "Khoa học"]);
  assert.equal(data.author, "Đăng Minh");
  // The body's closing credit line moves to the front matter (check would report it in the body).
  assert.equal(data.photo, "Minh Đức");
  assert.equal(data.summary, "Đảng bộ Bộ KH&CN đạt nhiều kết quả tích cực.");
  assert.equal(data.image, { src: "/images/2024/01/hoi-nghi-70cc1f77e6.jpg", alt: "Bí thư Đảng ủy phát biểu", caption: "Bí thư Đảng ủy phát biểu kết luận Hội nghị." });
  // `/?p=10` too: the build answers it with a lookup (src/query-aliases.ts).
  assert.equal(data.aliases, ["/2024/01/27/dang-bo-tong-ket/", "/?p=10"]);
  assert.equal(data.slug, "dang-bo-tong-ket");
  assert.equal((data.imported as { source: string }).source, "wordpress:10");
  assert.equal(
    body.trim(),
    [
      "Trong năm 2023, Đảng bộ đã hoàn thành tốt các nhiệm vụ & công tác.  \nDòng thứ hai của đoạn.",
      '![Toàn cảnh hội nghị](/images/2024/01/toan-canh-765d2a2ae1.jpg "Toàn cảnh Hội nghị.")',
      "## Quyết liệt trong chỉ đạo",
      "Đoạn có trình xử lý sự kiện.",
      "| Chỉ tiêu | Kết quả |\n| --- | --- |\n| Đề tài | 12 |",
    ].join("\n\n"),
  );
});

test("a block-editor post: entity title, YouTube embed → video: with the featured image as poster, gallery → photos, remote photo kept", () => {
  const { data, body } = read(contentDir, "2024/02/robot.md");
  assert.equal(data.title, "Robot điều khiển bằng giọng nói");
  assert.equal(data.published, "2024-02-01T00:30:00+07:00");
  assert.equal(data.video, { youtube: "dQw4w9WgXcQ", poster: "/images/2024/01/hoi-nghi-70cc1f77e6.jpg" });
  assert.equal(
    body.trim(),
    'Nhóm nghiên cứu giới thiệu robot mới.\n\n![Ảnh một](/images/2024/01/hoi-nghi-70cc1f77e6.jpg)\n\n![Ảnh hai](https://cdn.example.net/anh-hai.jpg "Chú thích hai")',
  );
});

test("duplicate slug → -2; [gallery ids] → consecutive photos; drafts from local time or modified date", () => {
  const second = read(contentDir, "2024/02/robot-2.md");
  assert.equal(second.data.slug, "robot-2");
  assert.match(second.body, /!\[Toàn cảnh Hội nghị\.\]\(\/images\/2024\/01\/toan-canh-765d2a2ae1\.jpg "Toàn cảnh Hội nghị\."\)\n\n!\[Bí thư Đảng ủy phát biểu\]/);
  const draft = read(contentDir, "2024/03/ban-nhap-chua-co-ngay-gmt.md").data;
  // A draft's link is its `?p=ID`, which WordPress answers once it is published: so does tintuc.
  assert.equal([draft.published, draft.draft, draft.aliases], ["2024-03-05T10:00:00+07:00", true, ["/?p=30"]]);
  const pending = read(contentDir, "2024/03/cho-duyet-khong-co-ngay.md").data;
  assert.equal([pending.published, pending.draft], ["2024-03-06T11:00:00+07:00", true]);
  assert.equal(read(contentDir, "2099/01/hen-gio.md").data.published, "2099-01-01T08:00:00+07:00");
});

test("photos copied once into images/YYYY/MM by content hash; new categories added to categories.yaml", () => {
  assert.equal(listFiles(path.join(contentDir, "images")), ["2024/01/hoi-nghi-70cc1f77e6.jpg", "2024/01/toan-canh-765d2a2ae1.jpg"]);
  assert.equal(report.photosCopied, 2);
  const categories = parse(readFileSync(path.join(contentDir, "_data", "categories.yaml"), "utf8")) as Record<string, { name: string }>;
  assert.equal(categories["hoat-dong"]?.name, "Hoạt động");
  assert.equal(categories["khoa-hoc-cu"]?.name, "Khoa học");
  assert.equal(report.newCategories, ["hoat-dong", "khoa-hoc-cu", "chua-phan-loai"]);
});

test("the report: counts and every problem as source:item: field: message, in Vietnamese and English", () => {
  const vi = formatImportReport(report, "vi");
  assert.ok(vi.includes("Đã nhập: 6 bài (mới 6, cập nhật 0, không đổi 0)"));
  assert.ok(vi.includes("export.xml:18: body: 1 đoạn script (cảnh báo)"));
  assert.ok(vi.includes("export.xml:18: body: đã bỏ [contact-form-7] (cảnh báo)"));
  assert.ok(vi.includes("export.xml:129: published: không có ngày đăng nào đọc được; bài bị bỏ qua. Thêm ngày vào bài gốc rồi nhập lại (cảnh báo)"));
  const en = formatImportReport(report, "en");
  assert.ok(en.includes("Skipped: 3"));
  assert.ok(en.includes("export.xml:18: body: 1 frames (iframes) of other sites (warning)"));
  assert.ok(en.includes("export.xml:93: slug: the path was taken; written as articles/2024/02/robot-2.md (warning)"));
  assert.ok(en.some((line) => line.startsWith("export.xml:68: body: photo https://cdn.example.net/anh-hai.jpg stays on the old site")));
});

test("the imported archive passes the check with 0 errors", async () => {
  const archive = await loadContent({ contentDir, buildTime: DateTime.fromISO("2025-01-01T00:00:00+07:00") });
  assert.equal(archive.problems.filter((problem) => problem.severity === "error"), []);
  // The import record is the schema's: no warning about an unknown field either (issue 23).
  assert.equal(archive.problems.filter((problem) => problem.field === "imported"), []);
  assert.equal(archive.articles.length, 6);
});

test("run again: nothing written; a writer's edit is kept; a changed post updates its file", async () => {
  const before = listFiles(contentDir).map((file) => [file, statSync(path.join(contentDir, file)).mtimeMs]);
  const again = await run(contentDir);
  assert.equal([again.created, again.updated, again.unchanged, again.photosCopied, again.newCategories.length], [0, 0, 6, 0, 0]);
  assert.equal(listFiles(contentDir).map((file) => [file, statSync(path.join(contentDir, file)).mtimeMs]), before);
  assert.ok(formatImportReport(again, "vi").includes("Không có gì thay đổi: không ghi tệp nào."));

  const edited = path.join(contentDir, "articles", "2024/02/robot.md");
  writeFileSync(edited, readFileSync(edited, "utf8").replace("Nhóm nghiên cứu", "Nhóm nghiên cứu trẻ"));
  const editedText = readFileSync(edited, "utf8");
  const scheduled = path.join(contentDir, "articles", "2099/01/hen-gio.md");
  // An old import of this post said something else: the importer brings its own file up to date.
  const { articleFileText } = await import("../../src/import/article-file.ts");
  writeFileSync(scheduled, articleFileText({ title: "Cũ", category: "chua-phan-loai", published: "2099-01-01T08:00:00+07:00", slug: "hen-gio" }, "Cũ.", "wordpress:40"));
  const third = await run(contentDir);
  assert.equal([third.updated, third.unchanged, third.skipped.get("skipEdited")], [1, 4, 1]);
  assert.equal(readFileSync(edited, "utf8"), editedText);
  assert.equal(read(contentDir, "2099/01/hen-gio.md").data.title, "Hẹn giờ đăng");
  assert.ok(formatImportReport(third, "en").some((line) => line.includes("articles/2024/02/robot.md was edited since the last import; not overwritten")));
});

test("a mapping file merges and renames categories", async () => {
  const dir = freshContent();
  const { mapping, errors } = parseCategoryMapping({ categories: { "khoa-hoc-cu": "khoa-hoc", "hoạt-động": { key: "hoat-dong-khcn", name: "Hoạt động KH&CN" } }, default: "khoa-hoc" });
  assert.equal(errors, []);
  const mapped = await run(dir, mapping);
  assert.equal(read(dir, "2024/01/dang-bo-tong-ket.md").data.category, "hoat-dong-khcn");
  assert.equal(read(dir, "2024/02/robot.md").data.category, "khoa-hoc");
  assert.equal(read(dir, "2099/01/hen-gio.md").data.category, "khoa-hoc");
  assert.equal(mapped.newCategories, []);
  assert.equal(parseCategoryMapping({ categories: { x: "Not A Key" } }).errors.length, 1);
});

test("the imported archive builds, and its articles answer at their URLs", async () => {
  const build = await buildSite(contentDir);
  assert.equal(build.code, 0, build.stderr);
  assert.ok(existsSync(path.join(build.outputDir, "2024/01/27/dang-bo-tong-ket/index.html")));
  const page = readFileSync(path.join(build.outputDir, "2024/02/01/robot/index.html"), "utf8");
  assert.match(page, /Nhóm nghiên cứu trẻ/);
  assert.match(page, /<figcaption>Chú thích hai<\/figcaption>/);
  // WordPress's ?p=ID: a lookup by shard, loaded by the home and 404 pages' script (tests/browser/query-aliases.test.ts follows it).
  const lookup = JSON.parse(readFileSync(path.join(build.outputDir, "query-aliases/p/0.json"), "utf8")) as Record<string, string>;
  assert.equal(lookup["10"], "/2024/01/27/dang-bo-tong-ket/");
  for (const file of ["index.html", "404.html"]) assert.match(readFileSync(path.join(build.outputDir, file), "utf8"), /<script type="module" src="\/assets\/query-alias\.[0-9a-f]{10}\.js" data-query-aliases="\/query-aliases\/p\/" data-root="\/"><\/script>/, file);
  assert.not.match(page, /query-alias/);
  // And check-urls counts it among the URLs that must keep answering (src/pipeline/url-set.ts).
  assert.ok((await siteUrlSet(build.outputDir)).includes("/?p=10"));
  assert.equal(unansweredUrls(build.outputDir, ["/?p=10", "/index.php?p=10"]), []);
});

test.run();
