import { test } from "uvu";
import * as assert from "uvu/assert";
import { foldWord, holdsTypedTones } from "../../src/search/query-terms.ts";

test("foldWord: no tone marks, đ as d, lowercase, letters and digits only", () => {
  for (const [word, folded] of [
    ["Đại,", "dai"],
    ["đồng", "dong"],
    ["động", "dong"],
    ["Thuỷ", "thuy"],
    ["COVID-19", "covid19"],
    ["“khoa", "khoa"],
  ] as const) {
    assert.is(foldWord(word), folded, word);
  }
});

test("holdsTypedTones: every word typed with tone marks stands with those marks; unmarked words match any", () => {
  for (const [text, typed, holds] of [
    ["Đồng bằng sông Cửu Long", "đồng bằng", true],
    ["Biển Bắc Cực đóng băng", "đồng bằng", false],
    ["Biển Bắc Cực đóng băng", "dong bang", true],
    ["Đồng bằng sông Cửu Long", "dong bằng", true],
    ["Xuất khẩu thủy sản", "thuỷ sản", true],
    ["Hoạt động khoa học", "đồng", false],
  ] as const) {
    assert.is(holdsTypedTones(text, typed), holds, `${typed} in ${text}`);
  }
});

test.run();
