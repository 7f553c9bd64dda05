/**
 * What an article page tells Pagefind beyond its text: the year filter, the date shown in results,
 * and the unaccented forms of its words that contain `đ`.
 *
 * Pagefind matches words with or without tone marks (`khoa hoc` finds `khoa học`, and an exact match
 * ranks higher) because it strips combining marks, but `đ` is a letter of its own, not `d` plus a mark:
 * out of the box `dai hoc` does not find `đại học`. So each article page carries, hidden and last in
 * its indexed body, the folded forms of its đ-words (`đại` → `dai`), each once; the search page's
 * script keeps them out of the excerpts it shows (layouts/assets/search.js).
 */
import type { Article } from "../content/article.ts";
import { formatDate, newsroomDay } from "../dates.ts";
import { pad2 } from "../text/pad.ts";
import { foldVietnamese } from "../slug.ts";

export interface ArticleSearchView {
  /** The `year` filter: the GMT+7 year of publication, e.g. `"2024"`. */
  year: string;
  /** The GMT+7 month of publication, `"2024-01"`: the search bundle an article is indexed in follows from it (search-periods.ts). */
  month: string;
  /** The `published` meta shown in results: `27/01/2024`. */
  date: string;
  /** Unaccented forms of the article's đ-words, for readers who type without accents: `["dang", "dai"]`. */
  foldedForms: string[];
}

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

/**
 * The search view of an article: every text Pagefind indexes on its page (headline, lede, body,
 * lead photo caption, credits, source) feeds the folded forms.
 * @example articleSearchView(article, ["Bài, ảnh: Đăng Minh"]).year // "2024"
 */
export function articleSearchView(
  article: Pick<Article, "title" | "lede" | "body" | "image" | "source" | "published" | "lang">,
  credits: readonly string[],
): ArticleSearchView {
  const texts = [article.title, article.lede, article.image?.caption, article.body, ...credits, article.source];
  const published = newsroomDay(article.published);
  return {
    year: String(published.year),
    month: `${published.year}-${pad2(published.month)}`,
    date: formatDate(article.published, article.lang),
    foldedForms: foldedFormsOfDWords(texts.filter((text): text is string => Boolean(text))),
  };
}
