/**
 * The words the search index and the search page agree on, in one module for both: the build puts
 * them in the search documents (search-document.ts), and the search page's script is bundled from
 * this file (layouts/assets/search.js imports it; src/eleventy/asset-manifest.ts bundles it), so the
 * browser folds and rewrites exactly as the index was written.
 *
 * Vietnamese is written a syllable at a time, and most words are two syllables ("đại học", "trí
 * tuệ"): Pagefind indexes syllables, so "đại học" also finds "hiện đại … khoa học". Each headline
 * and lede therefore carries its adjacent syllables joined into one term as well ("đạihọc", and
 * "daihoc" for readers who type `d` for `đ`), and a query of several syllables asks for its joined
 * pairs beside its syllables: a page where they stand together matches one more term, and ranks above
 * a page where they stand apart.
 */
import { foldVietnamese } from "../slug.ts";
import { canonicalSyllable, forEachSyllable } from "../text/terms.ts";

/**
 * A word as the excerpt compares it: without tone marks, `đ` as `d`, lowercase, letters and digits only.
 * @example foldWord("Đại,") // "dai"
 */
export function foldWord(word: string): string {
  return foldVietnamese(word).toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * The adjacent syllables of a text joined into single terms, each once, in order; a pair with `đ`
 * also folded to `d`, for readers who type `d` (Pagefind itself matches a term typed without tone
 * marks to the toned one, but `đ` is a letter of its own). Pairs never span punctuation, a function
 * word or a bare number (text/terms.ts).
 * @example joinedPairs("Đại học Quốc gia") // ["đạihọc", "dạihọc", "họcquốc", "quốcgia"]
 */
export function joinedPairs(text: string): string[] {
  const pairs = new Set<string>();
  for (const pair of pairsOf(text)) {
    pairs.add(pair);
    if (pair.includes("đ")) pairs.add(pair.replace(/đ/g, "d"));
  }
  return [...pairs];
}

/**
 * What the search page asks a headline shard for: the query as typed, then its joined pairs as typed.
 * Pagefind gives only pages holding every term, so the shard's matches hold the syllables together.
 * Asking for the syllables too costs no more: the search page's Pagefind merges the shard with the
 * newest period and looks every term of each search up in both (an index chunk of 15–25 KB a term
 * and bundle), and the period's search asks for the syllables anyway; a pair sorts beside its first
 * syllable, mostly in the same chunk.
 * @example searchQuery("dai hoc") // "dai hoc daihoc"
 * @example searchQuery("5G") // "5G"
 */
export function searchQuery(typed: string): string {
  const query = typed.trim().replace(/\s+/g, " ");
  return [query, ...new Set(pairsOf(query))].join(" ");
}

function pairsOf(text: string): string[] {
  const pairs: string[] = [];
  let previous = "";
  forEachSyllable(text, (syllable, pairsWithPrevious) => {
    if (pairsWithPrevious) pairs.push(previous + syllable);
    previous = syllable;
  });
  return pairs;
}

/**
 * The words of a text as the index holds them, folded (foldWord): each space-separated word whole,
 * and its parts between punctuation ("vắc-xin" → "vacxin", "vac", "xin"; `<b>alert</b>` → "alert").
 */
function indexedWords(text: string): string[] {
  return text.split(/\s+/).flatMap((word) => [foldWord(word), ...wordParts(word)]).filter(Boolean);
}

const wordParts = (word: string): string[] => word.split(/[^\p{L}\p{M}\p{N}]+/u).map(foldWord).filter(Boolean);

/**
 * Whether a page's text holds every word typed, compared without tone marks, a typed word matching
 * the start of a longer one as Pagefind matches it. Pagefind leaves out of a search the words its
 * index lacks altogether ("Ngô Bảo Châu" in a year without "Ngô" finds every "bão"), so the search
 * page checks the pages it is given.
 * @example coversQuery("Giáo sư Ngô Bảo Châu nói", "ngo bao chau") // true
 * @example coversQuery("Dự báo bão", "Ngô Bảo Châu") // false
 */
export function coversQuery(text: string, typed: string): boolean {
  const words = indexedWords(text);
  const found = (wanted: string): boolean => words.some((word) => word.startsWith(wanted));
  return typed
    .split(/\s+/)
    .filter((word) => foldWord(word))
    .every((word) => found(foldWord(word)) || wordParts(word).every(found));
}

/**
 * Whether every word typed with tone marks stands in a text with those very marks: a toned query
 * finds its own words first ("đồng bằng" is not "đóng băng"); a word typed without marks matches any.
 * @example holdsTypedTones("Biển Bắc Cực đóng băng", "đồng bằng") // false
 * @example holdsTypedTones("Đồng bằng sông Cửu Long", "đồng bang") // true
 */
export function holdsTypedTones(text: string, typed: string): boolean {
  const exact = (word: string): string => canonicalSyllable(word.replace(/[^\p{L}\p{M}\p{N}]/gu, ""));
  const words = new Set(text.split(/\s+/).map(exact));
  return typed
    .split(/\s+/)
    .map(exact)
    .every((word) => word === foldWord(word) || words.has(word));
}
