/** How every page links to a category: its name, its page and its feed. */
import type { Category } from "./content/data-files.ts";
import { categoryFeedUrl, categoryUrl } from "./urls.ts";

export interface CategoryLink {
  key: string;
  name: string;
  url: string;
  feedUrl: string;
}

/** @example categoryLink({ key: "khoa-hoc", name: "Khoa học" }).feedUrl // "/category/khoa-hoc/feed.xml" */
export function categoryLink(category: Pick<Category, "key" | "name">): CategoryLink {
  return { key: category.key, name: category.name, url: categoryUrl(category.key), feedUrl: categoryFeedUrl(category.key) };
}
