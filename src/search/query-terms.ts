/**
 * How the search page compares the words of a result with the words typed, in one module with the
 * index's: the search page's script is bundled from this file (layouts/assets/search.js imports it;
 * src/eleventy/asset-manifest.ts bundles it), so the browser folds exactly as the index was written.
 * What the page asks the term layer for is src/search/term-layer.ts.
 */
import { foldVietnamese } from "../slug.ts";
import { canonicalSyllable } from "../text/terms.ts";

/**
 * A word as the excerpt compares it: without tone marks, `đ` as `d`, lowercase, letters and digits only.
 * @example foldWord("Đại,") // "dai"
 */
export function foldWord(word: string): string {
  return foldVietnamese(word).toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
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
