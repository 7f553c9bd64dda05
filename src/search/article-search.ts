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
import { foldVietnamese } from "../slug.ts";

export interface ArticleSearchView {
  /** The `year` filter: the GMT+7 year of publication, e.g. `"2024"`. */
  year: string;
  /** The `published` meta shown in results: `27/01/2024`. */
  date: string;
  /** Unaccented forms of the article's đ-words, for readers who type without accents: `["dang", "dai"]`. */
  foldedForms: string[];
}

/** A run of letters (with their combining marks) and digits that contains `đ` or `Đ`. */
const D_WORD = /[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu;

/**
 * The lowercase unaccented forms of the words containing `đ` in `texts`, each once, in order of first appearance.
 * @example foldedFormsOfDWords(["Đảng ủy Đại học", "đại biểu"]) // ["dang", "dai"]
 */
export function foldedFormsOfDWords(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.normalize("NFC").matchAll(D_WORD)) forms.add(foldVietnamese(word).toLowerCase());
  }
  return [...forms];
}

/**
 * The search view of an article: every text Pagefind indexes on its page (headline, lede, body,
 * lead photo caption, credits, source) feeds the folded forms.
 * @example articleSearchView(article, ["Bài, ảnh: Đăng Minh"]).year // "2024"
 */
export function articleSearchView(
  article: Pick<Article, "title" | "lede" | "body" | "image" | "source" | "published">,
  credits: readonly string[],
): ArticleSearchView {
  const texts = [article.title, article.lede, article.image?.caption, article.body, ...credits, article.source];
  return {
    year: String(newsroomDay(article.published).year),
    date: formatDate(article.published),
    foldedForms: foldedFormsOfDWords(texts.filter((text): text is string => Boolean(text))),
  };
}
