import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleTerms, bucketOf, decodePostings, encodePostings, IN_HEADLINE, IN_LEDE, queryTerms, rankArticles, termBucketCount, textTerms } from "../../src/search/term-layer.ts";

test("a text's keys: each word folded and as written, each pair of adjacent words joined, none across punctuation", () => {
  const terms = textTerms("Đại học Quốc gia, khoa học");
  for (const key of ["dai", "đại", "daihoc", "đạihọc", "quocgia", "khoahoc"]) assert.ok(terms.includes(key), key);
  assert.not.ok(terms.includes("giakhoa"), "no pair across a comma");
  assert.equal(textTerms("Thuỷ lợi"), textTerms("Thủy lợi"), "one spelling of a tone mark's place");
});

test("a code's parts pair up, and a word joined by punctuation is a key whole too", () => {
  const terms = textTerms("Ban hành QCVN 01:2021/BXD về vắc-xin");
  for (const key of ["qcvn", "01", "2021", "qcvn01", "012021", "2021bxd", "vacxin", "vắcxin", "vac", "xin"]) assert.ok(terms.includes(key), key);
  assert.not.ok(terms.includes("banhành"), "a pair as written only when both words have marks");
});

test("a query asks for its words as typed: with marks when typed with them, folded when not", () => {
  assert.equal(queryTerms("đồng bằng"), { words: ["đồng", "bằng"], pairs: ["đồngbằng"] });
  assert.equal(queryTerms("dong bang"), { words: ["dong", "bang"], pairs: ["dongbang"] });
  assert.equal(queryTerms("đồng bang"), { words: ["đồng", "bang"], pairs: ["dongbang"] }, "a pair half typed without marks matches every form");
  assert.equal(queryTerms("QCVN 01:2021"), { words: ["qcvn", "01", "2021"], pairs: ["qcvn01", "012021"] });
  assert.equal(queryTerms("bão, lũ"), { words: ["bão", "lũ"], pairs: [] });
});

test("an article's keys say where they stand: headline, lede or both", () => {
  const terms = articleTerms("Giá đồng thế giới", "Kim loại đồng");
  assert.is(terms.get("đồng"), IN_HEADLINE | IN_LEDE);
  assert.is(terms.get("giá"), IN_HEADLINE);
  assert.is(terms.get("loại"), IN_LEDE);
});

test("postings are written as distances and read back", () => {
  const postings: [number, number][] = [[0, 1], [3, 2], [70, 3]];
  assert.equal(decodePostings(encodePostings(postings)), postings);
});

test("ranking: every word and every pair typed; a headline above a lede, headline and lede above either; equal scores newest first", () => {
  const postings: Record<string, [number, number][]> = {
    // Article 0, the newest: the words in its lede, together; 1: apart in the headline; 2: together in the headline; 3: together in headline and lede.
    a: [[0, IN_LEDE], [1, IN_HEADLINE], [2, IN_HEADLINE], [3, IN_HEADLINE | IN_LEDE]],
    b: [[0, IN_LEDE], [1, IN_HEADLINE], [2, IN_HEADLINE], [3, IN_HEADLINE | IN_LEDE]],
    ab: [[0, IN_LEDE], [2, IN_HEADLINE], [3, IN_HEADLINE | IN_LEDE]],
  };
  assert.equal(rankArticles({ words: ["a", "b"], pairs: ["ab"] }, (key) => postings[key]), [3, 2, 0], "the words apart are not a headline match");
  assert.equal(rankArticles({ words: ["a"], pairs: [] }, (key) => postings[key]), [3, 1, 2, 0]);
  assert.equal(rankArticles({ words: ["a", "c"], pairs: [] }, (key) => postings[key]), [], "a word no headline or lede holds");
});

test("terms are spread over files by a hash, more files for more articles", () => {
  assert.is(termBucketCount(47), 16);
  assert.is(termBucketCount(10_000), 512);
  assert.is(termBucketCount(100_000), 8192);
  // Pinned: the build writes term files by this hash and the page fetches them by it.
  assert.is(bucketOf("đạihọc", 16), 6);
  assert.is(bucketOf("đạihọc", 512), 118);
});

test.run();
