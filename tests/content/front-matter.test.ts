import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseSourceFile } from "../../src/content/front-matter.ts";

test("YAML 1.2: unquoted timestamps and dates stay strings, with the writer's offset", () => {
  const source = parseSourceFile("---\ntitle: Tin\npublished: 2024-01-27T22:01:00+07:00\nupdated: 2024-01-28\n---\nThân bài\n");
  assert.is(source.data.published, "2024-01-27T22:01:00+07:00");
  assert.is(source.data.updated, "2024-01-28");
  assert.is(source.body, "Thân bài\n");
});

test("every top-level field keeps its line in the file; the body knows where it starts", () => {
  const source = parseSourceFile("---\ntitle: Tin\n\ncategory: khoa-hoc\nimage:\n  src: /a.jpg\ntags: [a]\n---\n\nThân\n");
  assert.is(source.fieldLines.get("title"), 2);
  assert.is(source.fieldLines.get("category"), 4);
  assert.is(source.fieldLines.get("image"), 5);
  assert.is(source.fieldLines.get("tags"), 7);
  assert.is(source.bodyLine, 9);
});

test("bad YAML is reported with its line, never thrown", () => {
  const source = parseSourceFile("---\ntitle: Tin\ncategory: [khoa-hoc\n---\nThân\n");
  assert.is(source.errors.length > 0, true);
  assert.ok(source.errors[0]!.line! >= 3, `line ${source.errors[0]!.line}`);
  assert.match(source.errors[0]!.message, /^YAML không đọc được: một danh sách mở bằng \[ \(hoặc \{\) chưa được đóng/);
  assert.match(parseSourceFile("---\ntitle: Tin\ncategory: [khoa-hoc\n---\nThân\n", "en").errors[0]!.message, /^YAML cannot read this: a list opened with \[/);
});

test("a duplicated field is an error at its second line, naming the field, with the fix", () => {
  const source = parseSourceFile("---\ntitle: A\ntitle: B\n---\n");
  assert.equal(source.errors, [{ line: 3, field: "title", message: "trường này được viết hai lần: hãy giữ một dòng và xóa dòng kia" }]);
  assert.equal(parseSourceFile("---\ntitle: A\ntitle: B\n---\n", "en").errors[0]!.message, "this field is written twice: keep one line and delete the other");
});

test("diacritics survive untouched, and a file without front matter has no data", () => {
  const source = parseSourceFile("---\ntitle: \"Đảng ủy: “khoa học”\"\n---\nĐổi mới\n");
  assert.is(source.data.title, "Đảng ủy: “khoa học”");
  assert.equal(parseSourceFile("Chỉ có thân bài").data, {});
});

/**
 * Every language gray-matter (ours before issue 15, and @11ty/gray-matter inside Eleventy) resolves
 * after the opening `---`, under each alias (lib/engine.js), and the ones Eleventy registers itself.
 */
const OTHER_LANGUAGE_TAGS = ["js", "javascript", "JS", "Javascript", "json", "coffee", "coffeescript", "cson", "toml", "jsLegacy", "node", "constructor", "__proto__"];

test("front matter is YAML only: any other language after the opening --- is an error on line 1, and nothing is read", () => {
  for (const tag of OTHER_LANGUAGE_TAGS) {
    for (const opening of [`---${tag}`, `--- ${tag}`, `---${tag}  `]) {
      const source = parseSourceFile(`${opening}\n{ "title": "Tin", "category": "khoa-hoc" }\n---\nThân\n`);
      assert.equal(source.data, {}, opening);
      assert.is(source.errors.length, 1, opening);
      assert.is(source.errors[0]!.line, 1, opening);
      assert.match(source.errors[0]!.message, `"---${tag}"`, opening);
      assert.match(source.errors[0]!.message, "chỉ được viết bằng YAML", opening);
    }
  }
  const english = parseSourceFile("---js\n{}\n---\n", "en");
  assert.match(english.errors[0]!.message, 'front matter is YAML only, but the opening line is "---js": make line 1 exactly three hyphens, "---"');
});

test("--- alone, ---yaml and ---yml open YAML front matter", () => {
  for (const opening of ["---", "---yaml", "---yml", "---YAML", "---  "]) {
    const source = parseSourceFile(`${opening}\ntitle: Tin\n---\nThân\n`);
    assert.equal(source.errors, [], opening);
    assert.equal(source.data, { title: "Tin" }, opening);
  }
});

test("the JavaScript payload of issue 15 is never run", () => {
  const marker = path.join(mkdtempSync(path.join(os.tmpdir(), "tintuc-js-")), "ran");
  const code = `{ title: "Tin " + require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), category: "khoa-hoc", published: "2024-02-01" }`;
  for (const tag of ["js", "javascript"]) {
    const source = parseSourceFile(`---${tag}\n${code}\n---\nThân\n`);
    assert.is(source.errors.length, 1);
    // Also as the body of plain YAML front matter: YAML reads it as data.
    parseSourceFile(`---\ntitle: x\n---\n${code}\n`);
  }
  assert.not.ok(existsSync(marker), "the payload ran");
});

test("front matter that is never closed is an error with the fix", () => {
  const source = parseSourceFile("---\ntitle: Tin\ncategory: khoa-hoc\nThân bài\n");
  assert.equal(source.errors, [{ line: 1, message: 'phần đầu bài (front matter) chưa được đóng: thêm một dòng chỉ có "---" sau trường cuối cùng, trước thân bài' }]);
  assert.match(parseSourceFile("---\ntitle: x\n", "en").errors[0]!.message, "front matter is not closed");
});

test("control characters are errors naming their line, column and field (front matter or body)", () => {
  const source = parseSourceFile("---\ntitle: Tin\u000bmới\nimage:\n  src: /a.jpg\n  alt: A\u0000\n---\n\nDòng\u000cmột\n");
  assert.equal(
    source.errors.map(({ line, field }) => [line, field]),
    [[2, "title"], [5, "image"], [8, "body"]],
  );
  assert.match(source.errors[0]!.message, "U+000B (tab dọc) ở cột 11");
  assert.match(source.errors[0]!.message, "Word");
  assert.match(parseSourceFile("---\ntitle: a\u0001\n---\n", "en").errors[0]!.message, "control character U+0001 at column 9 would break the RSS feeds: delete it");
  assert.equal(parseSourceFile("---\ntitle: a\tb\n---\nx\ty\n").errors, [], "a tab is fine");
  assert.equal(parseSourceFile("Chỉ thân bài \ufffe").errors.map((e) => [e.line, e.field]), [[1, "body"]], "a file without front matter is all body");
});

// Issue 17: a headline YAML would cut or refuse is an error with the line to paste, never a silent cut.
const unquotedCases: [written: string, field: string, vi: RegExp, fix: string][] = [
  ["title: Chiến dịch #VệTinhViệtNam lan tỏa mạnh mẽ", "title", /chỉ còn "Chiến dịch"/, 'title: "Chiến dịch #VệTinhViệtNam lan tỏa mạnh mẽ"'],
  ['title: Thủ tướng: "Vệ tinh LOTUSat-1 là niềm tự hào"', "title", /dấu hai chấm và dấu cách/, `title: 'Thủ tướng: "Vệ tinh LOTUSat-1 là niềm tự hào"'`],
  ["summary: Ngày 5: khai mạc #hội-chợ", "summary", /chỉ còn "Ngày 5: khai mạc"/, 'summary: "Ngày 5: khai mạc #hội-chợ"'],
  ["source: Báo A: 'trích' và \"dẫn\"", "source", /dấu hai chấm/, 'source: "Báo A: \'trích\' và \\"dẫn\\""'],
];

test("a plain value YAML would cut at ' #' or refuse at ': ' is an error on its line with the quoted line to paste", () => {
  for (const [written, field, vi, fix] of unquotedCases) {
    const source = parseSourceFile(`---\ncategory: khoa-hoc\n${written}\npublished: 2024-01-27\n---\nThân bài\n`);
    assert.equal(source.errors.map((error) => [error.line, error.field]), [[3, field]], written);
    assert.match(source.errors[0]!.message, vi, written);
    assert.ok(source.errors[0]!.message.endsWith(fix), `${written}\n${source.errors[0]!.message}`);
    assert.equal(source.data, {}, "nothing is read from a file with an error");
    // The suggested line reads back as exactly what was written.
    const fixed = parseSourceFile(`---\n${fix}\n---\n`);
    assert.equal(fixed.errors, [], fix);
    assert.is(fixed.data[field], written.slice(written.indexOf(": ") + 2), fix);
  }
  const english = parseSourceFile("---\ntitle: Chiến dịch #VệTinh\n---\n", "en");
  assert.match(english.errors[0]!.message, 'leaving "Chiến dịch": quote the whole value, making this line title: "Chiến dịch #VệTinh"');
});

test("quoted values, lists, a URL's #fragment, times and a value that is only a comment are left to YAML", () => {
  for (const written of ['title: "Chiến dịch #VệTinh"', "title: 'A: b'", "tags: [a, b]", "source: https://example.org/tin#muc-2", "published: 2024-01-27 22:01", "title: a#b"]) {
    assert.equal(parseSourceFile(`---\n${written}\n---\n`).errors, [], written);
  }
  assert.equal(parseSourceFile("---\ntitle: # chưa có\n---\n").data, { title: null }, "no value: the schema says it is required");
});

test("nested values (an image's caption, a list's items, a correction's text) are checked like top-level ones, naming the top-level field (issue 17)", () => {
  const cases: [string, number, string, RegExp][] = [
    ["image:\n  src: /images/a.jpg\n  alt: Ảnh\n  caption: Toàn cảnh #HộiNghị năm nay", 7, "image", /giá trị chỉ còn "Toàn cảnh": .* sửa dòng này thành caption: "Toàn cảnh #HộiNghị năm nay"$/],
    ["image:\n  src: /images/a.jpg\n  alt: Bộ trưởng: phát biểu", 6, "image", /dấu hai chấm .* sửa dòng này thành alt: "Bộ trưởng: phát biểu"$/],
    ["tags:\n  - vệ tinh\n  - Chiến dịch #VệTinh", 6, "tags", /giá trị chỉ còn "Chiến dịch": .* sửa dòng này thành - "Chiến dịch #VệTinh"$/],
    ["corrections:\n  - date: 2024-02-01\n    text: Sửa tên: ông A", 6, "corrections", /dấu hai chấm .* sửa dòng này thành text: "Sửa tên: ông A"$/],
  ];
  for (const [written, line, field, message] of cases) {
    const source = parseSourceFile(`---\ntitle: Tin\ncategory: khoa-hoc\n${written}\n---\nThân bài\n`);
    assert.equal(source.errors.map((error) => [error.line, error.field]), [[line, field]], written);
    assert.match(source.errors[0]!.message, message, written);
  }
  const english = parseSourceFile("---\nimage:\n  caption: Toàn cảnh #HộiNghị\n---\n", "en");
  assert.match(english.errors[0]!.message, 'leaving "Toàn cảnh": quote the whole value, making this line caption: "Toàn cảnh #HộiNghị"');
  const fine = [
    'image:\n  src: /images/a.jpg\n  caption: "Toàn cảnh #HộiNghị"',
    "summary: |\n  Dòng một: có hai chấm\n  #hashtag trong khối\ntitle: Tin",
    'summary: "Dòng một: có hai chấm,\n  #và dòng hai"\ntitle: Tin',
    "tags:\n  - 'A: b'\n  - vệ tinh",
    "corrections:\n  - date: 2024-02-01 09:30\n    text: Sửa tên",
    "# ghi chú của biên tập\ntitle: Tin",
  ];
  for (const written of fine) assert.equal(parseSourceFile(`---\n${written}\n---\n`).errors, [], written);
});

test.run();
