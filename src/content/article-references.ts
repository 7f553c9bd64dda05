/**
 * How a writer names another article in front matter (`related:`, `translation:`): by its URL,
 * root-relative or absolute, or by its file. Resolved against the whole archive once it is read.
 */
import type { Article } from "./article.ts";

/** Every way a writer may name an article, mapped to its URL. */
export interface ArticleReferenceIndex {
  urls: ReadonlySet<string>;
  /** Keyed by the path below the articles folder: `2024/01/x.md`. */
  paths: ReadonlyMap<string, string>;
}

/**
 * The lookup tables for {@link resolveArticleReference}, built once from the whole archive.
 * @example articleReferenceIndex([{ url: "/2024/01/27/x/", sourcePath: "content/articles/2024/01/x.md" }])
 */
export function articleReferenceIndex(articles: readonly Pick<Article, "url" | "sourcePath">[]): ArticleReferenceIndex {
  return {
    urls: new Set(articles.map((article) => article.url)),
    paths: new Map(articles.map((article) => [pathBelowArticles(article.sourcePath), article.url])),
  };
}

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:\/\//i;
/** The language-date-and-slug tail of an article URL, wherever the site is mounted. */
const ARTICLE_URL_TAIL = /\/((?:en\/)?\d{4}\/\d{2}\/\d{2}\/[^/]+\/)$/;

/**
 * The URL of the article a `related:` entry or `translation:` names, or undefined when it names none.
 * Accepts a URL, root-relative or absolute, with or without the trailing slash, and a content path
 * from the project, the content folder or the articles folder.
 * @example resolveArticleReference("https://example.org/2024/01/27/x", index) // "/2024/01/27/x/"
 * @example resolveArticleReference("content/articles/2024/01/x.md", index) // "/2024/01/27/x/"
 */
export function resolveArticleReference(reference: string, index: ArticleReferenceIndex): string | undefined {
  const text = reference.trim();
  if (text === "") return undefined;
  if (/\.md$/i.test(text)) return index.paths.get(pathBelowArticles(text));

  let pathname = text;
  if (ABSOLUTE_URL.test(text)) {
    try {
      pathname = new URL(text).pathname;
    } catch {
      return undefined;
    }
  }
  pathname = pathname.replace(/[?#].*$/, "");
  if (!pathname.startsWith("/")) pathname = `/${pathname}`;
  if (!pathname.endsWith("/")) pathname = `${pathname}/`;
  if (index.urls.has(pathname)) return pathname;
  // A URL under a path prefix (`/tintuc/2024/01/27/x/`), as copied from the live site.
  const tail = ARTICLE_URL_TAIL.exec(pathname)?.[1];
  if (tail !== undefined && index.urls.has(`/${tail}`)) return `/${tail}`;
  return undefined;
}

/** `content/articles/2024/01/x.md`, `articles/2024/01/x.md`, `./2024/01/x.md` → `2024/01/x.md`. */
function pathBelowArticles(path: string): string {
  const normalized = path.replace(/\\/g, "/").replace(/^(?:\.?\/)+/, "");
  const marker = normalized.lastIndexOf("/articles/");
  if (marker >= 0) return normalized.slice(marker + "/articles/".length);
  return normalized.startsWith("articles/") ? normalized.slice("articles/".length) : normalized;
}
