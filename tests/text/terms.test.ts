import { test } from "uvu";
import * as assert from "uvu/assert";
import { canonicalSyllable, forEachSyllable, normalizeTag, STOP_WORDS, textTerms } from "../../src/text/terms.ts";

const syllableCases: [string, string][] = [
  ["Học", "học"],
  ["hóc", "hóc"],
  ["ĐẢNG", "đảng"],
  // Old and new places of the tone mark in open "oa", "oe", "uy" are one syllable.
  ["hoà", "hòa"],
  ["hòa", "hòa"],
  ["Thuỷ", "thủy"],
  ["uỷ", "ủy"],
  ["khoẻ", "khỏe"],
  ["hoá", "hóa"],
  // With a final consonant, or after "qu", the mark has one place only.
  ["hoàn", "hoàn"],
  ["quý", "quý"],
  ["thuyết", "thuyết"],
  ["khoái", "khoái"],
];

test("canonicalSyllable: lowercase, tone marks kept, one place for the mark of oa/oe/uy", () => {
  for (const [input, expected] of syllableCases) assert.is(canonicalSyllable(input), expected, input);
});

test("canonicalSyllable: decomposed (NFD) input gives the composed syllable", () => {
  assert.is(canonicalSyllable("Thuỷ".normalize("NFD")), "thủy");
  assert.is(canonicalSyllable("học".normalize("NFD")), "học");
});

const pairCases: [string, string[]][] = [
  ["Khoa học và công nghệ", ["khoa học", "công nghệ"]],
  // Punctuation ends a phrase; a pair never spans it.
  ["Khoa học, công nghệ", ["khoa học", "công nghệ"]],
  ["Hà Nội – Hải Phòng", ["hà nội", "hải phòng"]],
  ["Hà Nội - Hải Phòng", ["hà nội", "hải phòng"]],
  // A hyphen inside a word and "&" join: "vắc-xin" is "vắc xin", "KH&CN" is "kh cn".
  ["Tiêm vắc-xin", ["tiêm vắc", "vắc xin"]],
  ["Bộ KH&CN", ["bộ kh", "kh cn"]],
  // Bare numbers are not terms and break pairs; a number inside a word is kept.
  ["Năm 2024 mạng 5G", ["mạng 5g"]],
  ["Uỷ ban nhân dân", ["ủy ban", "ban nhân", "nhân dân"]],
  ["“Chuyển đổi số”: những bước đi", ["chuyển đổi", "đổi số", "bước đi"]],
  ["", []],
];

test("textTerms: pairs of adjacent significant syllables", () => {
  for (const [text, expected] of pairCases) assert.equal(textTerms(text).pairs, expected, text);
});

test("textTerms: syllables without stop-words or numbers, repeats kept", () => {
  assert.equal(textTerms("Khoa học của các nhà khoa học năm 2024").syllables, ["khoa", "học", "nhà", "khoa", "học", "năm"]);
});

test("textTerms: tone marks keep syllables apart", () => {
  assert.equal(textTerms("học hóc hộc").syllables, ["học", "hóc", "hộc"]);
});

test("forEachSyllable: says which syllables pair with the one before", () => {
  const seen: string[] = [];
  forEachSyllable("Khoa học, là công nghệ", (syllable, pairs) => seen.push(`${syllable}:${pairs}`));
  assert.equal(seen, ["khoa:false", "học:true", "công:false", "nghệ:true"]);
});

test("STOP_WORDS: function words only, none that starts a common compound", () => {
  for (const word of ["và", "của", "các", "những", "được", "cho", "với", "trong", "là", "có", "đã", "này", "một"]) {
    assert.ok(STOP_WORDS.has(word), word);
  }
  for (const word of ["không", "bị", "thế", "chỉ", "ra", "qua", "do"]) assert.not.ok(STOP_WORDS.has(word), word);
});

const tagCases: [string, string][] = [
  ["Trí tuệ nhân tạo", "trí tuệ nhân tạo"],
  ["  Thuỷ  sản ", "thủy sản"],
  ["Bộ KH&CN", "bộ kh&cn"],
  ["C++", "c++"],
  ["Trí tuệ nhân tạo".normalize("NFD"), "trí tuệ nhân tạo"],
];

test("normalizeTag: case, Unicode form, spaces and tone-mark place do not matter; punctuation does", () => {
  for (const [tag, expected] of tagCases) assert.is(normalizeTag(tag), expected, tag);
  assert.is.not(normalizeTag("C++"), normalizeTag("C"));
});

test.run();
