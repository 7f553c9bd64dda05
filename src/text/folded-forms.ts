/**
 * The unaccented forms of the words that contain `đ`, which search needs because Pagefind folds
 * tone marks but not `đ` (src/search/article-search.ts says why). Here, below the content layer,
 * so that an article's body is scanned once, when its file is read, and kept with what the file
 * derives (src/content/file-derivation.ts).
 */
import { foldVietnamese } from "../slug.ts";

const D_LETTER = /[đĐ]/g;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * The lowercase unaccented forms of the words containing `đ` in `texts`, each once, in order of first appearance.
 * @example foldedFormsOfDWords(["Đảng ủy Đại học", "đại biểu"]) // ["dang", "dai"]
 */
export function foldedFormsOfDWords(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts) {
    // Find each đ, then widen to its word: đ-words are a few in a hundred, so this touches little
    // of the text (a single pattern for "a word containing đ" backtracks over every word: 0.4 ms an article).
    const normalized = text.normalize("NFC");
    let end = -1;
    for (const match of normalized.matchAll(D_LETTER)) {
      if (match.index < end) continue;
      let start = match.index;
      while (start > 0 && WORD_CHARACTER.test(normalized[start - 1]!)) start--;
      end = match.index + 1;
      while (end < normalized.length && WORD_CHARACTER.test(normalized[end]!)) end++;
      forms.add(foldVietnamese(normalized.slice(start, end)).toLowerCase());
    }
  }
  return [...forms];
}
