/** How every page links to a category: its name, its page and its feed, in a language's space. */
import type { Category } from "./content/data-files.ts";
import { DEFAULT_LANGUAGE, type Language } from "./language.ts";
import { categoryFeedUrl, categoryUrl } from "./urls.ts";

export interface CategoryLink {
  key: string;
  name: string;
  url: string;
  feedUrl: string;
}

/**
 * English pages name a category by its `name_en` (its Vietnamese name when it has none).
 * @example categoryLink({ key: "khoa-hoc", name: "Khoa học" }).feedUrl // "/category/khoa-hoc/feed.xml"
 * @example categoryLink({ key: "khoa-hoc", name: "Khoa học", nameEn: "Science" }, "en").url // "/en/category/khoa-hoc/"
 */
export function categoryLink(category: Pick<Category, "key" | "name" | "nameEn">, lang: Language = DEFAULT_LANGUAGE): CategoryLink {
  const name = lang === "en" ? (category.nameEn ?? category.name) : category.name;
  return { key: category.key, name, url: categoryUrl(category.key, lang), feedUrl: categoryFeedUrl(category.key, lang) };
}
