import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { parseSourceFile } from "../../src/content/front-matter.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { importHtml, parseHtmlImportConfig } from "../../src/import/html-import.ts";
import { formatImportReport } from "../../src/import/import-report.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const FIXTURES = path.join(PROJECT_DIR, "tests", "fixtures", "import");
const contentDir = mkdtempSync(path.join(os.tmpdir(), "tintuc-import-html-"));
cpSync(path.join(PROJECT_DIR, "tests", "fixtures", "site", "_data"), path.join(contentDir, "_data"), { recursive: true });
const { config, errors } = parseHtmlImportConfig(parse(readFileSync(path.join(FIXTURES, "portal-import.yaml"), "utf8")));
const run = () => importHtml({ dir: path.join(FIXTURES, "portal"), displayName: "portal", contentDir, config });
const report = await run();
const read = (relative: string) => parseSourceFile(readFileSync(path.join(contentDir, "articles", relative), "utf8"));

test("the config reads; unknown selectors are reported", () => {
  assert.equal(errors, []);
  assert.equal(parseHtmlImportConfig({ selectors: { headlin: "h1" } }).errors, ["selectors.headlin: unknown; expected headline, category, time, leadImage, leadCaption, body, remove"]);
});

test("a page in the seed's layout: headline, category, 'Cập nhật … (GMT +7)', lead photo and caption, 'Bài, ảnh:', canonical → alias", () => {
  const { data, body } = read("2024/01/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc-trong-cong-tac-xay-dung-dang-nam-2023.md");
  assert.equal(data.title, "Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực trong công tác xây dựng Đảng năm 2023");
  assert.equal(data.category, "hoat-dong-khcn");
  assert.equal(data.published, "2024-01-27T22:01:00+07:00");
  assert.equal([data.author, data.photo], ["Đăng Minh", "Đăng Minh"]);
  assert.equal((data.image as { caption: string }).caption, "Bí thư Đảng ủy Bộ KH&CN Lê Xuân Định phát biểu kết luận Hội nghị.");
  // The page's old address has a query string, which no static file can answer: no alias, and the report says so.
  assert.equal(data.aliases, undefined);
  assert.ok(formatImportReport(report, "en").some((line) => /^portal:tin-tuc\/.*: aliases: the old address \/.*\?.* has a query string, which no static page can answer/.test(line)), formatImportReport(report, "en").join("\n"));
  assert.equal(
    body.trim(),
    [
      "Trong năm 2023, Đảng bộ Bộ Khoa học và Công nghệ (KH&CN) đã lãnh đạo, chỉ đạo các tổ chức Đảng.",
      "## Quyết liệt trong công tác chỉ đạo điều hành",
      "Báo cáo của Đảng ủy Bộ KH&CN nêu rõ… Chia sẻ",
      '![Toàn cảnh](/images/2024/01/toan-canh-765d2a2ae1.jpg "Toàn cảnh Hội nghị.")',
      "Đặc biệt, trong năm 2023, các đảng bộ, chi bộ đã tích cực triển khai.",
    ].join("\n\n"),
  );
});

test("variations: no photo, 'Đăng' and 'Cập nhật' with (GMT+7) and (GMT+07:00), credit on one line with <br> and on two paragraphs, path → alias", () => {
  const noPhoto = read("2024/02/vat-lieu-moi-tu-vo-trau-xu-ly-nuoc-nhiem-asen.md").data;
  assert.equal(noPhoto.title, 'Vật liệu mới từ vỏ trấu: "xử lý" nước nhiễm asen');
  assert.equal([noPhoto.published, noPhoto.updated], ["2024-02-03T08:15:00+07:00", "2024-02-04T09:30:00+07:00"]);
  assert.equal([noPhoto.author, noPhoto.photo, noPhoto.image, noPhoto.category], ["Hà Phương", "Hữu Thắng", undefined, "khoa-hoc"]);
  assert.equal(noPhoto.aliases, ["/tin-tuc/khong-anh.html"]);
  const twoLines = read("2023/12/tong-ket-nam-o-da-nang.md");
  assert.equal([twoLines.data.author, twoLines.data.photo, twoLines.data.published], ["Lan Anh", "Minh Đức", "2023-12-31T23:30:00+07:00"]);
  assert.equal(twoLines.body.trim(), "Buổi tổng kết diễn ra vào cuối năm.");
});

test("the report names the page without a headline; the archive checks with 0 errors; a second run writes nothing", async () => {
  assert.equal([report.created, report.photosCopied, report.skipped.get("skipNoTitle")], [3, 2, 1]);
  assert.ok(formatImportReport(report, "en").includes("portal:tin-tuc/khong-tieu-de.html: title: no headline found (selector h1.title, .news-title, h1); page skipped (warning)"));
  const archive = await loadContent({ contentDir, buildTime: DateTime.fromISO("2025-01-01T00:00:00+07:00") });
  assert.equal(archive.problems.filter((problem) => problem.severity === "error"), []);
  // The import record is the schema's: no warning about an unknown field either (issue 23).
  assert.equal(archive.problems.filter((problem) => problem.field === "imported"), []);
  const again = await run();
  assert.equal([again.created, again.updated, again.unchanged, again.photosCopied], [0, 0, 3, 0]);
});

test.run();
