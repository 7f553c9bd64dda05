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
import { foldedFormsOfDWords } from "../text/folded-forms.ts";

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

/**
 * The search view of an article: every text Pagefind indexes on its page (headline, lede, body,
 * lead photo caption, credits, source) feeds the folded forms.
 * @example articleSearchView(article, ["Bài, ảnh: Đăng Minh"]).year // "2024"
 */
export function articleSearchView(
  article: Pick<Article, "title" | "lede" | "bodyFoldedForms" | "image" | "source" | "published" | "lang">,
  credits: readonly string[],
): ArticleSearchView {
  const present = (texts: (string | undefined)[]): string[] => texts.filter((text): text is string => Boolean(text));
  // The body's, the longest text by far, were found when its file was read (src/content/article.ts).
  const forms = [...foldedFormsOfDWords(present([article.title, article.lede, article.image?.caption])), ...article.bodyFoldedForms, ...foldedFormsOfDWords(present([...credits, article.source]))];
  const published = newsroomDay(article.published);
  return {
    year: String(published.year),
    month: `${published.year}-${pad2(published.month)}`,
    date: formatDate(article.published, article.lang),
    foldedForms: [...new Set(forms)],
  };
}
