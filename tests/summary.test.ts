import { test } from "uvu";
import * as assert from "uvu/assert";
import { createMarkdown } from "../src/content/markdown.ts";
import { SUMMARY_MAX_LENGTH, deriveSummary, truncateAtWord } from "../src/summary.ts";

const md = createMarkdown();

const cases: [string, string][] = [
  ["Đoạn **đầu** tiên có [liên kết](/x/).\n\nĐoạn hai.", "Đoạn đầu tiên có liên kết."],
  ["## Tiêu đề\n\n![Ảnh](/a.jpg \"Chú thích\")\n\nĐoạn thật sự.", "Đoạn thật sự."],
  ["- mục một\n- mục hai\n\n> trích dẫn\n\nVăn bản `mã` ở đây.", "Văn bản mã ở đây."],
  ["Dòng một\ndòng hai.", "Dòng một dòng hai."],
  ["", ""],
  ["## Chỉ có tiêu đề", ""],
];

test("the summary is the first prose paragraph as plain text", () => {
  for (const [body, expected] of cases) assert.is(deriveSummary(md, body), expected, body);
});

test("a long first paragraph is cut at a word, within the limit, marked with …", () => {
  const paragraph = "Đảng bộ Bộ Khoa học và Công nghệ đã lãnh đạo, chỉ đạo các tổ chức Đảng thực hiện nhiệm vụ. ".repeat(10);
  const summary = deriveSummary(md, paragraph);
  assert.ok(summary.length <= SUMMARY_MAX_LENGTH + 1, `${summary.length}`);
  assert.ok(summary.endsWith("…"));
  const withoutEllipsis = summary.slice(0, -1);
  assert.ok(paragraph.startsWith(withoutEllipsis), "cut at a word boundary of the original");
  assert.is(paragraph[withoutEllipsis.length], " ");
});

test("truncateAtWord", () => {
  assert.is(truncateAtWord("một hai ba bốn", 9), "một hai…");
  assert.is(truncateAtWord("ngắn", 9), "ngắn");
  assert.is(truncateAtWord("một, hai ba", 5), "một…");
});

test.run();
