import { test } from "uvu";
import * as assert from "uvu/assert";
import { controlCharacters, decodeSourceText } from "../../src/content/source-text.ts";

const ARTICLE = "---\ntitle: Chế tạo vệ tinh\ncategory: khoa-hoc\n---\nĐổi mới\n";

const utf16be = (text: string): Buffer => Buffer.from(text, "utf16le").swap16();

test("UTF-8, with or without a BOM, and every kind of line ending, read alike", () => {
  const cases: [Buffer, string][] = [
    [Buffer.from(ARTICLE), ARTICLE],
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]), ARTICLE],
    [Buffer.from(ARTICLE.replace(/\n/g, "\r\n")), ARTICLE],
    [Buffer.from(ARTICLE.replace(/\n/g, "\r")), ARTICLE],
    [Buffer.from("a\r\rb\r\n"), "a\n\nb\n"],
    [Buffer.from(""), ""],
  ];
  for (const [bytes, expected] of cases) assert.equal(decodeSourceText(bytes), { ok: true, text: expected });
});

test("another encoding is refused with its name: UTF-16 with or without a BOM, Latin-1, Windows-1258 (issue 15)", () => {
  const cases: [Buffer, string][] = [
    [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")]), "UTF-16 LE"],
    [Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)]), "UTF-16 BE"],
    [Buffer.from(ARTICLE, "utf16le"), "UTF-16"],
    [utf16be(ARTICLE), "UTF-16"],
    [Buffer.from("---\ntitle: Ch\xe9 t\xe1o\n---\n", "latin1"), "Windows-1258, Latin-1 (ISO 8859-1) or VNI"],
    [Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3]), "Windows-1258, Latin-1 (ISO 8859-1) or VNI"],
  ];
  for (const [bytes, encoding] of cases) assert.equal(decodeSourceText(bytes), { ok: false, encoding });
});

test("controlCharacters: every character XML cannot carry, by line and column; tab, LF and CR are fine", () => {
  const cases: [string, [number, number, number][]][] = [
    ["tiêu đề\tbình thường\n", []],
    ["a\u000bb", [[1, 2, 0x0b]]],
    ["dòng 1\nx\u0000y\u001fz\n\u000c", [[2, 2, 0], [2, 4, 0x1f], [3, 1, 0x0c]]],
    ["\u0008\u007f\u0085", [[1, 1, 8]]],
    ["\ufffe\uffff", [[1, 1, 0xfffe], [1, 2, 0xffff]]],
  ];
  for (const [text, expected] of cases) {
    assert.equal(controlCharacters(text).map(({ line, column, codePoint }) => [line, column, codePoint]), expected, JSON.stringify(text));
  }
});

test.run();
