import { test } from "uvu";
import * as assert from "uvu/assert";
import { cliMessages } from "../src/cli-messages.ts";

const { vi, en } = cliMessages;

test("the preview's and the build's lines: Vietnamese by default, English with --lang en, numbers written as each language writes them (issue 17)", () => {
  const built = { articles: 10000, preview: false, pages: 12345, feeds: 16, files: 30001, bytes: 1.5 * 1024 * 1024, seconds: 13.04, output: "_site" };
  const table: [string, string, string][] = [
    [
      vi.previewReady("http://localhost:8080/", 3000, 0.34),
      "Xem trước ở http://localhost:8080/ (3.000 bài, đọc trong 0,3 giây; mỗi trang được dựng khi mở, dựng lại khi bạn lưu)",
      en.previewReady("http://localhost:8080/", 3000, 0.34),
    ],
    [vi.previewReloaded(0.14, 1), "Đã đọc lại nội dung trong 0,1 giây; 1 trang đã mở sẽ được dựng lại", en.previewReloaded(0.14, 1)],
    [vi.previewSearchIndexed(10000), "Tìm kiếm: đã lập chỉ mục 10.000 bài (khởi động lại npm start để tìm được các thay đổi sau đó)", en.previewSearchIndexed(10000)],
    [vi.stageStarted(vi.stageName("validate")), "▸ kiểm tra nội dung…", en.stageStarted(en.stageName("validate"))],
    [vi.stageDone(vi.stageName("eleventy"), 8.519), "✓ dựng trang (Eleventy) (8,52 giây)", en.stageDone(en.stageName("eleventy"), 8.519)],
    [vi.stageProgress(4000, 9951), "  trang: 4.000/9.951", en.stageProgress(4000, 9951)],
    [vi.built(built), "Đã dựng 10.000 bài: 12.345 trang, 16 nguồn tin, 30.001 tệp, 1,5 MB trong 13,0 giây → _site", en.built(built)],
    [vi.receiverTimeoutOrder(60, 30), "--header-timeout (60 giây) không được lớn hơn --request-timeout (30 giây)", en.receiverTimeoutOrder(60, 30)],
  ];
  const english = [
    "Preview at http://localhost:8080/ (3,000 articles, read in 0.3 s; each page is rendered when opened, again after you save)",
    "Content read again in 0.1 s; 1 opened page to render again",
    "Search: 10,000 articles indexed (restart npm start to find later changes)",
    "▸ validate…",
    "✓ eleventy (8.52 s)",
    "  pages: 4,000/9,951",
    "Built 10,000 articles: 12,345 pages, 16 feeds, 30,001 files, 1.5 MB in 13.0 s → _site",
    "--header-timeout (60 s) must not be longer than --request-timeout (30 s)",
  ];
  table.forEach(([vietnamese, expected, inEnglish], index) => {
    assert.is(vietnamese, expected);
    assert.is(inEnglish, english[index]);
  });
  assert.match(en.built({ ...built, articles: 1, preview: true }), /^Built 1 article \(preview: drafts and scheduled included\): /);
  assert.match(vi.built({ ...built, articles: 1, preview: true }), /^Đã dựng 1 bài \(bản duyệt: có cả bản nháp và bài hẹn giờ\): /);
});

test("every command-line message exists in both languages", () => {
  assert.equal(Object.keys(en).sort(), Object.keys(vi).sort());
  assert.equal(Object.keys(en.usage).sort(), Object.keys(vi.usage).sort());
});

test.run();
