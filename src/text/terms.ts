/**
 * Terms for matching Vietnamese text by content: syllables, pairs of adjacent syllables, and tags.
 *
 * Vietnamese is written one syllable per space-separated unit, and most words are two syllables
 * ("khoa học", "công nghệ"), so a pair of adjacent syllables is the closest cheap stand-in for a
 * word. Tone marks are kept: "học" (study) and "hóc" (choke) are different syllables, so folding
 * them as `slugify` does would merge unrelated words. Two spellings of one syllable are made one,
 * though: the old and new places of the tone mark in open "oa", "oe", "uy" ("hoà"/"hòa",
 * "thuỷ"/"thủy", "uỷ ban"/"ủy ban"), which writers mix freely.
 *
 * The scanner reads each text once, character by character from a precomputed table: the related
 * index runs it over the title and summary of every article of the archive.
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

// What each character is to the scanner, by UTF-16 code unit.
/** A space or a joiner inside a phrase ("KH&CN", "vắc-xin", "K'Bang"); also emoji and other characters beyond the BMP. */
const SEPARATOR = 0;
/** A letter, combining mark or digit: part of a syllable. */
const LETTER = 1;
/** Punctuation: ends a phrase, so no pair is made across it ("khoa học, công nghệ" has no "học công"). */
const BREAK = 2;
const HYPHEN = 0x2d;
const DIGITS = /^\p{N}+$/u;

let charKinds: Uint8Array | undefined;

/** The kind of every UTF-16 code unit, from the Unicode classes; built on first use (about 20 ms). */
function charKindTable(): Uint8Array {
  if (charKinds) return charKinds;
  charKinds = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    if (/[\p{L}\p{M}\p{N}]/u.test(char)) charKinds[code] = LETTER;
    else if (/[\s&'’-]/u.test(char) || (code >= 0xd800 && code <= 0xdfff)) charKinds[code] = SEPARATOR;
    else charKinds[code] = BREAK;
  }
  return charKinds;
}

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
  return canonicalLowercase(syllable.normalize("NFC").toLowerCase());
}

/** {@link canonicalSyllable} of a syllable already lowercase and NFC: the hot path of the scanner. */
function canonicalLowercase(lower: string): string {
  const last = lower.length - 1;
  const toned = last >= 1 ? TONED_FINAL.get(lower[last]!) : undefined;
  if (!toned) return lower;
  const before = lower[last - 1];
  const oldStyle = toned.vowel === "y" ? before === "u" && lower[last - 2] !== "q" : before === "o";
  if (!oldStyle) return lower;
  return `${lower.slice(0, last - 1)}${(before + toned.tone).normalize("NFC")}${toned.vowel}`;
}

/**
 * Calls `visit` with each significant syllable of a text, lowercase and canonical, in order.
 * `pairsWithPrevious` is true when it forms a pair with the syllable visited just before: no
 * punctuation, stop-word or bare number ("2024", "100") stands between them.
 * @example forEachSyllable("Khoa học, công nghệ", (s, p) => out.push(`${s}:${p}`)) // khoa:false học:true công:false nghệ:true
 */
export function forEachSyllable(text: string, visit: (syllable: string, pairsWithPrevious: boolean) => void): void {
  const kinds = charKindTable();
  const lower = text.normalize("NFC").toLowerCase();
  const length = lower.length;
  let start = -1;
  let pairs = false;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? lower.charCodeAt(i) : 0x20;
    const kind = kinds[code]!;
    if (kind === LETTER) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const syllable = canonicalLowercase(lower.slice(start, i));
      start = -1;
      if (STOP_WORDS.has(syllable) || DIGITS.test(syllable)) {
        pairs = false;
      } else {
        visit(syllable, pairs);
        pairs = true;
      }
    }
    // A hyphen with a space on either side is a dash: "Hà Nội - Hải Phòng".
    if (kind === BREAK || (code === HYPHEN && (kinds[lower.charCodeAt(i - 1)] !== LETTER || kinds[lower.charCodeAt(i + 1)] !== LETTER))) {
      pairs = false;
    }
  }
}

/** The significant terms of a text: its syllables and its pairs of adjacent syllables, in order. */
export interface TextTerms {
  syllables: string[];
  /** Adjacent syllables joined by one space, never across punctuation, a stop-word or a number. */
  pairs: string[];
}

/**
 * Significant syllables and syllable pairs of a text, lowercase and canonical; repeats are kept.
 * @example textTerms("Khoa học và công nghệ").pairs // ["khoa học", "công nghệ"]
 */
export function textTerms(text: string): TextTerms {
  const syllables: string[] = [];
  const pairs: string[] = [];
  forEachSyllable(text, (syllable, pairsWithPrevious) => {
    if (pairsWithPrevious) pairs.push(`${syllables[syllables.length - 1]} ${syllable}`);
    syllables.push(syllable);
  });
  return { syllables, pairs };
}

/**
 * A tag as compared with other tags: NFC, lowercase, canonical tone marks, single spaces.
 * Punctuation is kept, so "C++" and "C" stay apart.
 * @example normalizeTag("  Thuỷ  sản ") // "thủy sản"
 */
export function normalizeTag(tag: string): string {
  return tag
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[\p{L}\p{M}\p{N}]+/gu, canonicalSyllable);
}
