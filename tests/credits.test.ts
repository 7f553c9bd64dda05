import { test } from "uvu";
import * as assert from "uvu/assert";
import { creditLines } from "../src/credits.ts";
import { vi } from "../src/i18n.ts";

const cases: [string[], string[], string[]][] = [
  [["Đăng Minh"], ["Đăng Minh"], ["Bài, ảnh: Đăng Minh"]],
  [["Đăng Minh"], ["đăng  minh"], ["Bài, ảnh: Đăng Minh"]],
  [["Lan Anh"], ["Hữu Thắng"], ["Bài: Lan Anh", "Ảnh: Hữu Thắng"]],
  [["Lan Anh", "Minh Đức"], ["Minh Đức", "Lan Anh"], ["Bài, ảnh: Lan Anh, Minh Đức"]],
  [["Lan Anh", "Minh Đức"], ["Lan Anh"], ["Bài: Lan Anh, Minh Đức", "Ảnh: Lan Anh"]],
  [["Lan Anh"], [], ["Bài: Lan Anh"]],
  [[], ["Hữu Thắng"], ["Ảnh: Hữu Thắng"]],
  [[], [], []],
];

test("credit lines: one person for words and pictures, or a line each", () => {
  for (const [authors, photographers, expected] of cases) {
    assert.equal(creditLines(authors, photographers, vi), expected, `${authors} / ${photographers}`);
  }
});

test.run();
