/**
 * Terms for matching Vietnamese text by content: syllables, pairs of adjacent syllables, and tags.
 *
 * Vietnamese is written one syllable per space-separated unit, and most words are two syllables
 * ("khoa học", "công nghệ"), so a pair of adjacent syllables is the closest cheap stand-in for a
 * word. Tone marks are kept: "học" (study) and "hóc" (choke) are different syllables, so folding
 * them as `slugify` does would merge unrelated words. Two spellings of one syllable are made one,
 * though: the old and new places of the tone mark in open "oa", "oe", "uy" ("hoà"/"hòa",
 * "thuỷ"/"thủy", "uỷ ban"/"ủy ban"), which writers mix freely.
 */

/**
 * Function words that say nothing about a topic. They are not terms, and a pair never spans one
 * ("khoa học và công nghệ" gives "khoa học" and "công nghệ", not "học và" or "và công").
 * Kept deliberately short: words that begin common compounds stay out, however frequent
 * ("không" as in "hàng không", "bị" as in "thiết bị", "thế" as in "thế giới", "chỉ" as in "chỉ số");
 * the corpus-wide frequency limit of the related index silences them when they say nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "và", "của", "các", "những", "được", "cho", "với", "trong", "là", "có", "đã", "này", "một", "thì", "mà",
  "ở", "tại", "từ", "đến", "tới", "về", "như", "khi", "để", "bởi", "vì", "nếu", "nên", "nhưng", "hay",
  "hoặc", "cũng", "sẽ", "đang", "vẫn", "còn", "rất", "lại", "đều", "nữa", "đó", "kia", "ấy", "nào", "gì",
  "hơn", "cùng",
]);

/** Letters with their combining marks and digits; `&` joins "KH&CN" into one phrase, not one syllable. */
const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;
/** Punctuation that ends a phrase: no pair is made across it ("khoa học, công nghệ" has no "học công"). */
const PHRASE_BREAK = /[^\p{L}\p{M}\p{N}\s&'’-]+|\s-+\s/u;
const DIGITS = /^\p{N}+$/u;

const TONE_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
/** For each toned `a`, `e`, `y`: the plain vowel and its tone mark. */
const TONED_FINAL = new Map<string, { vowel: string; tone: string }>();
for (const vowel of ["a", "e", "y"]) {
  for (const tone of TONE_MARKS) TONED_FINAL.set((vowel + tone).normalize("NFC"), { vowel, tone });
}

/**
 * A lowercase NFC syllable with the tone mark of an open "oa", "oe", "uy" on its first vowel.
 * "quý" keeps its mark on `y`: there `qu` is the consonant.
 * @example canonicalSyllable("Thuỷ") // "thủy"
 */
export function canonicalSyllable(syllable: string): string {
  const lower = syllable.normalize("NFC").toLowerCase();
  const last = lower.length - 1;
  const toned = last >= 1 ? TONED_FINAL.get(lower[last]!) : undefined;
  if (!toned) return lower;
  const before = lower[last - 1];
  const oldStyle = toned.vowel === "y" ? before === "u" && lower[last - 2] !== "q" : before === "o";
  if (!oldStyle) return lower;
  return `${lower.slice(0, last - 1)}${(before + toned.tone).normalize("NFC")}${toned.vowel}`;
}

/** The significant terms of a text: its syllables and its pairs of adjacent syllables, in order. */
export interface TextTerms {
  syllables: string[];
  /** Adjacent syllables joined by one space, never across punctuation, a stop-word or a number. */
  pairs: string[];
}

/**
 * Significant syllables and syllable pairs of a text, lowercased and canonical; repeats are kept.
 * Stop-words and bare numbers ("2024", "100") are dropped and break pairs.
 * @example textTerms("Khoa học và công nghệ").pairs // ["khoa học", "công nghệ"]
 */
export function textTerms(text: string): TextTerms {
  const syllables: string[] = [];
  const pairs: string[] = [];
  for (const phrase of text.normalize("NFC").split(PHRASE_BREAK)) {
    let previous: string | undefined;
    for (const match of phrase.matchAll(SYLLABLE)) {
      const syllable = canonicalSyllable(match[0]);
      if (STOP_WORDS.has(syllable) || DIGITS.test(syllable)) {
        previous = undefined;
        continue;
      }
      syllables.push(syllable);
      if (previous !== undefined) pairs.push(`${previous} ${syllable}`);
      previous = syllable;
    }
  }
  return { syllables, pairs };
}

/**
 * A tag as compared with other tags: NFC, lowercase, canonical tone marks, single spaces.
 * Punctuation is kept, so "C++" and "C" stay apart.
 * @example normalizeTag("  Thuỷ  sản ") // "thủy sản"
 */
export function normalizeTag(tag: string): string {
  return tag.normalize("NFC").trim().replace(/\s+/g, " ").replace(SYLLABLE, canonicalSyllable);
}
