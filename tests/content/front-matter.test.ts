import { test } from "uvu";
import * as assert from "uvu/assert";
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
  assert.is(source.syntaxErrors.length > 0, true);
  assert.ok(source.syntaxErrors[0]!.line! >= 3, `line ${source.syntaxErrors[0]!.line}`);
  assert.match(source.syntaxErrors[0]!.message, "not valid YAML");
});

test("a duplicated field is a YAML error", () => {
  const source = parseSourceFile("---\ntitle: A\ntitle: B\n---\n");
  assert.is(source.syntaxErrors.length, 1);
  assert.is(source.syntaxErrors[0]!.line, 3);
});

test("diacritics survive untouched, and a file without front matter has no data", () => {
  const source = parseSourceFile("---\ntitle: \"Đảng ủy: “khoa học”\"\n---\nĐổi mới\n");
  assert.is(source.data.title, "Đảng ủy: “khoa học”");
  assert.equal(parseSourceFile("Chỉ có thân bài").data, {});
});

test.run();
