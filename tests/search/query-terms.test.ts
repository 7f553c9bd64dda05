import { test } from "uvu";
import * as assert from "uvu/assert";
import { coversQuery, foldWord, holdsTypedTones, joinedPairs, searchQuery } from "../../src/search/query-terms.ts";

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

test("joinedPairs: adjacent syllables joined, never across punctuation, function words or bare numbers; đ pairs also as d", () => {
  assert.equal(joinedPairs("Đại học Quốc gia"), ["đạihọc", "dạihọc", "họcquốc", "quốcgia"]);
  assert.equal(joinedPairs("khoa học và công nghệ"), ["khoahọc", "côngnghệ"]);
  assert.equal(joinedPairs("Hà Nội, năm 2024 mạng 5G"), ["hànội", "mạng5g"]);
  assert.equal(joinedPairs("Thuỷ sản"), ["thủysản"], "one spelling of the tone mark's place");
  assert.equal(joinedPairs("Robot"), []);
});

test("searchQuery: the query as typed, then its pairs as typed (toned query: toned pairs only)", () => {
  for (const [typed, query] of [
    ["dai hoc", "dai hoc daihoc"],
    ["đại học", "đại học đạihọc"],
    ["  trí  tuệ nhân tạo ", "trí tuệ nhân tạo trítuệ tuệnhân nhântạo"],
    ["5G", "5G"],
    ["QCVN 01:2021", "QCVN 01:2021"],
  ] as const) {
    assert.is(searchQuery(typed), query, typed);
  }
});

test("coversQuery: every typed word is in the text, without tone marks, or begins a word of it, or its parts are", () => {
  for (const [text, typed, covered] of [
    ["Giáo sư Ngô Bảo Châu nói", "ngo bao chau", true],
    ["Dự báo bão", "Ngô Bảo Châu", false],
    ["Nhà máy chưa có lưới điện", "khủng long bạo chúa", false],
    ["Vắc-xin COVID-19", "COVID-19", true],
    ["Vắc-xin COVID-19", "covid 19", true],
    ["Ban hành QCVN 01:2021/BXD", "QCVN 01:2021", true],
    ["Ban hành QCVN 01:2019/BXD", "QCVN 01:2021", false],
    ['Cảnh báo <script>alert("x")</script>', "alert", true],
    ["Chuẩn hóa", "chuan", true],
  ] as const) {
    assert.is(coversQuery(text, typed), covered, `${typed} in ${text}`);
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
