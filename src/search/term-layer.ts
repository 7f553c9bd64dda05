/**
 * The term layer: every article's headline and lede terms for the whole archive, which the search
 * page ranks across every period before it fetches a single result (issue 21). The build writes it
 * (src/pipeline/term-layer-files.ts); the search page's script is bundled from this module
 * (layouts/assets/search.js), so the browser makes the same keys the index was written with.
 *
 * Pagefind's own index of all headlines would be searched whole, and its list of pages, which a
 * query fetches whole, costs about 6.6 bytes an article (650 KB at 100,000 articles). Here a term's
 * postings are fetched alone: the terms are spread over TERM_BUCKETS files by a hash of the term, so
 * a query fetches one small file a term, whatever the archive's size, and ranks the articles that
 * hold every word typed; only the best of them are then fetched, as Pagefind fragments of their
 * period's headline bundle (their file names are in doc chunks of DOC_CHUNK articles).
 *
 * Keys: each word (the parts of a space-separated word between punctuation, and the whole of one
 * joined by punctuation: "vắc-xin" gives "vắc", "xin", "vắcxin") folded as a reader may type it
 * without tone marks and `đ` as `d` ("dai"), and, when it has marks, as written ("đại", tone-mark
 * places made one: "thuỷ" is "thủy"); and each pair of adjacent words not split by punctuation at
 * a word's end, joined, folded ("daihoc"), and as written when both have marks ("đạihọc"). A word
 * typed with marks asks for its own form ("đồng" is not "động"); typed without, for every form.
 */
import { foldVietnamese } from "../slug.ts";
import { canonicalSyllable } from "../text/terms.ts";

/** A term stands in the headline. */
export const IN_HEADLINE = 1;
/** A term stands in the lede. */
export const IN_LEDE = 2;

/** Articles a doc chunk describes: the page fetches the chunks of the articles it shows. */
export const DOC_CHUNK = 64;

/** A term file of about 3 KB compressed on average: the files a build writes for `articles` articles of a language. */
export function termBucketCount(articles: number): number {
  let buckets = 16;
  while (buckets * 24 < articles) buckets *= 2;
  return buckets;
}

/** FNV-1a over UTF-16 code units: which of `buckets` files holds a term. @example bucketOf("đạihọc", 16) // 6 */
export function bucketOf(term: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

const stripped = (word: string): string => word.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}]/gu, "");
const folded = (word: string): string => foldVietnamese(word).toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
const written = (word: string): string => canonicalSyllable(stripped(word));

interface Word {
  folded: string;
  written: string;
  /** Punctuation ends the word: no pair spans it. */
  breaks: boolean;
}

/**
 * The words of a text: the parts of its space-separated words between punctuation ("01:2021/BXD"
 * gives "01", "2021", "bxd"). Punctuation at a word's end breaks the run ("bão, lũ"); inside a word
 * it does not, so a code's parts pair up ("012021") as the syllables of a phrase do.
 */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const breakLast = (): void => {
    if (words.length) words[words.length - 1]!.breaks = true;
  };
  for (const raw of text.split(/\s+/)) {
    if (/^[^\p{L}\p{M}\p{N}]/u.test(raw)) breakLast();
    for (const part of raw.split(/[^\p{L}\p{M}\p{N}]+/u)) if (folded(part)) words.push({ folded: folded(part), written: written(part), breaks: false });
    if (/[^\p{L}\p{M}\p{N}]$/u.test(raw)) breakLast();
  }
  return words;
}

/**
 * The keys of a text, each once: every word (wordsOf), and every space-separated word that holds
 * punctuation whole ("vắc-xin" as "vacxin", "vắcxin", for a reader who types it so), and every pair.
 * @example textTerms("Đại học Quốc gia") // ["dai", "đại", "hoc", "học", "quoc", "quốc", "gia", "daihoc", "đạihọc", "hocquoc", "họcquốc", "quocgia"]
 */
export function textTerms(text: string): string[] {
  const terms = new Set<string>();
  const words = wordsOf(text);
  for (const word of words) terms.add(word.folded).add(word.written);
  for (const raw of text.split(/\s+/)) {
    const whole = raw.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, "");
    if (/[^\p{L}\p{M}\p{N}]/u.test(whole)) terms.add(folded(whole)).add(written(whole));
  }
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1]!.breaks) continue;
    terms.add(words[i - 1]!.folded + words[i]!.folded);
    // As written only when both words have marks: only a query typed so asks for it (queryTerms).
    if (words[i - 1]!.written !== words[i - 1]!.folded && words[i]!.written !== words[i]!.folded) terms.add(words[i - 1]!.written + words[i]!.written);
  }
  return [...terms];
}

/** The keys of an article's headline and lede, with where each stands (IN_HEADLINE | IN_LEDE). */
export function articleTerms(headline: string, lede = ""): Map<string, number> {
  const terms = new Map<string, number>();
  for (const term of textTerms(headline)) terms.set(term, IN_HEADLINE);
  for (const term of textTerms(lede)) terms.set(term, (terms.get(term) ?? 0) | IN_LEDE);
  return terms;
}

/**
 * What a query asks the term layer for: the key of each word typed (as typed: with its marks if it
 * has any, else folded) and of each pair of adjacent words typed.
 * @example queryTerms("dai học") // { words: ["dai", "học"], pairs: ["daihoc"] }
 * @example queryTerms("Kim Tiến") // { words: ["kim", "tiến"], pairs: ["kimtien"] }
 * @example queryTerms("đại học") // { words: ["đại", "học"], pairs: ["đạihọc"] }
 */
export function queryTerms(typed: string): { words: string[]; pairs: string[] } {
  const words = wordsOf(typed);
  // A word "as typed": as written when typed with marks, else folded ("kim", "5g" are the same both ways).
  const exact = words.map((word) => word.written !== word.folded);
  const keyOf = (i: number): string => (exact[i] ? words[i]!.written : words[i]!.folded);
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1]!.breaks) continue;
    // As written only when both were typed with marks: "Kim" may stand for "Kìm" as well.
    pairs.push(exact[i - 1] && exact[i] ? words[i - 1]!.written + words[i]!.written : words[i - 1]!.folded + words[i]!.folded);
  }
  return { words: [...new Set(words.map((_, i) => keyOf(i)))], pairs: [...new Set(pairs)] };
}

/**
 * Postings of one term: article numbers ascending (0 is the newest article of the language), each
 * as its distance from the one before, times 4, plus where the term stands.
 * @example encodePostings([[3, 1], [5, 3]]) // [13, 11]
 */
export function encodePostings(postings: readonly (readonly [number, number])[]): number[] {
  let previous = 0;
  return postings.map(([article, where]) => {
    const value = (article - previous) * 4 + where;
    previous = article;
    return value;
  });
}

/** @example decodePostings([13, 11]) // [[3, 1], [5, 3]] */
export function decodePostings(encoded: readonly number[]): [number, number][] {
  let article = 0;
  return encoded.map((value) => {
    article += Math.floor(value / 4);
    return [article, value % 4];
  });
}

/** A term's weight where it stands: a headline's as its <h1> in Pagefind (7), a lede's 1, both 8 (Pagefind adds them too). */
const weightOf = (where: number): number => (where & IN_HEADLINE ? 7 : 0) + (where & IN_LEDE ? 1 : 0);

/**
 * The articles whose headline or lede holds every word of a query and every pair typed (the words
 * together, as the phrase typed), best first: the weights of the words and pairs where they stand;
 * equal scores newest first. An article with the words apart is found in its period, as a body is.
 * @param postingsOf each key's postings (decodePostings), or none
 * @example rankArticles({ words: ["a", "b"], pairs: ["ab"] }, (key) => ({ a: [[1, 2], [4, 1], [6, 1]], b: [[1, 2], [4, 1], [6, 1]], ab: [[1, 2], [4, 1]] })[key]) // [4, 1]
 */
export function rankArticles(query: { words: string[]; pairs: string[] }, postingsOf: (key: string) => readonly (readonly [number, number])[] | undefined): number[] {
  const keys = [...query.words, ...query.pairs];
  if (query.words.length === 0) return [];
  let scores = new Map<number, number>();
  keys.forEach((key, i) => {
    const next = new Map<number, number>();
    for (const [article, where] of postingsOf(key) ?? []) {
      if (i === 0 || scores.has(article)) next.set(article, (scores.get(article) ?? 0) + weightOf(where));
    }
    scores = next;
  });
  return [...scores].sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b).map(([article]) => article);
}

/** What a doc chunk says of an article: its fragment's file in its period's headline bundle, its period and category. */
export type DocEntry = [fragment: string, period: string, category: string];
