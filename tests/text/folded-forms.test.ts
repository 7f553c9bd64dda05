import { test } from "uvu";
import * as assert from "uvu/assert";
import { foldedFormsOfDWords } from "../../src/text/folded-forms.ts";

const foldedCases: [string[], string[]][] = [
  [["Đại học Quốc gia"], ["dai"]],
  [["Đảng ủy Bộ KH&CN"], ["dang"]],
  [["ĐẠI HỘI đại biểu"], ["dai"]],
  [["đường dài, đi đến"], ["duong", "di", "den"]],
  [["Khoa học và Công nghệ"], []],
  [["Đắk Lắk", "Bình Định"], ["dak", "dinh"]],
  [["Đổi mới-sáng tạo: đột phá"], ["doi", "dot"]],
  [["Thủ Đức2024 và Đ"], ["duc2024", "d"]],
  [["Đại học".normalize("NFD")], ["dai"]],
  [[], []],
];

test("foldedFormsOfDWords: the lowercase unaccented forms of the words with đ, each once, in order", () => {
  for (const [texts, expected] of foldedCases) assert.equal(foldedFormsOfDWords(texts), expected, texts.join(" | "));
});

test.run();
