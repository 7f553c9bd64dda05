/**
 * What only the whole archive shows about the paths that lead to articles: an alias must not be
 * another article's URL, another article's alias, or the URL of a page the site generates.
 * Cost: one pass over the articles, a map of every URL (O(n)).
 */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../language.ts";
import {
  archiveIndexUrl, categoryFeedUrl, categoryUrl, dayIndexUrl, dayUrl, feedUrl, homeUrl, monthUrl, queryAliasLookupUrl, searchBundleUrl, searchUrl, videoSectionUrl, yearUrl,
} from "../urls.ts";
import { newsroomDay } from "../dates.ts";
import type { Article } from "./article.ts";
import type { Category } from "./data-files.ts";
import { permanenceMessages } from "./permanence-messages.ts";
import type { Problem } from "../problems.ts";
import { decodedPath } from "./permanence-fields.ts";

/**
 * A path as a static host resolves it: a last segment without a dot is a folder, served by its index.html.
 * @example comparablePath("/2024/01/27") // "/2024/01/27/"
 * @example comparablePath("/tin-tuc/12345.html") // "/tin-tuc/12345.html"
 */
export function comparablePath(url: string): string {
  const path = decodedPath(url);
  if (path.endsWith("/")) return path;
  return path.split("/").at(-1)!.includes(".") ? path : `${path}/`;
}

/**
 * The file a static host serves for a path (percent-escapes decoded, as the host decodes the request).
 * @example outputPathOf("/tin-tuc/12345.html") // "/tin-tuc/12345.html"
 * @example outputPathOf("/Pages/cu") // "/Pages/cu/index.html"
 */
export function outputPathOf(url: string): string {
  const comparable = comparablePath(url);
  return comparable.endsWith("/") ? `${comparable}index.html` : comparable;
}

/** Folders the site writes whole (assets, search bundles, media): no alias may live inside them. */
const RESERVED_FOLDERS = ["/assets/", searchBundleUrl(), "/images/", "/videos/", queryAliasLookupUrl()];
const RESERVED_FILES = ["/404.html", "/_redirects", "/_headers", "/redirects.nginx.conf", "/robots.txt", "/sitemap.xml", "/news-sitemap.xml"];

/** Who owns each URL the site generates for pages that are not articles, by URL. */
function generatedPages(articles: readonly Article[], categories: readonly Category[]): Map<string, string> {
  const owners = new Map<string, string>();
  const own = (url: string, owner: string): void => {
    if (!owners.has(url)) owners.set(url, owner);
  };
  for (const lang of LANGUAGES) {
    for (const url of [homeUrl(lang), archiveIndexUrl(lang), feedUrl(lang), dayIndexUrl(lang), searchUrl(lang), videoSectionUrl(lang)]) own(url, "tintuc");
    for (const category of categories) {
      for (const key of [category.key, ...(category.formerKeys ?? [])]) {
        own(categoryUrl(key, lang), `content/_data/categories.yaml: ${category.key}`);
        own(categoryFeedUrl(key, lang), `content/_data/categories.yaml: ${category.key}`);
      }
    }
  }
  for (const article of articles) {
    const { year, month, day } = newsroomDay(article.published);
    for (const url of [yearUrl(year, article.lang), monthUrl(year, month, article.lang), dayUrl(year, month, day, article.lang)]) own(url, article.sourcePath);
  }
  return owners;
}

/**
 * Every alias that collides with a URL that already leads somewhere, reported at the alias, naming the other file.
 * @param aliasLines the line of `aliases:` in each article's file
 */
export function aliasProblems(
  articles: readonly Article[],
  categories: readonly Category[],
  aliasLines: ReadonlyMap<Article, number | undefined>,
  lang: Language = DEFAULT_LANGUAGE,
): Problem[] {
  const t = permanenceMessages(lang);
  const owners = new Map<string, Article>();
  const problems: Problem[] = [];
  for (const article of articles) for (const url of article.formerUrls) owners.set(comparablePath(url), article);
  // A URL that was another article's keeps leading there: the article that has it now must change.
  for (const article of articles) {
    const other = owners.get(comparablePath(article.url));
    if (other && other !== article) problems.push({ severity: "error", file: article.sourcePath, field: "slug", message: t.urlWasOther(article.url, other.sourcePath) });
  }
  for (const article of articles) owners.set(comparablePath(article.url), article);
  let pages: Map<string, string> | undefined;
  const aliasOwners = new Map<string, Article>();
  // A WordPress `?p=ID` leads to one article (src/query-aliases.ts).
  const postIdOwners = new Map<string, Article>();
  for (const article of articles) {
    for (const id of article.postIds) {
      const other = postIdOwners.get(id);
      if (other && other !== article) problems.push({ severity: "error", file: article.sourcePath, line: aliasLines.get(article), field: "aliases", message: t.aliasTwice(`/?p=${id}`, other.sourcePath) });
      else postIdOwners.set(id, article);
    }
    for (const alias of article.aliases) {
      const report = (message: string): void => {
        problems.push({ severity: "error", file: article.sourcePath, line: aliasLines.get(article), field: "aliases", message });
      };
      const path = comparablePath(alias);
      const owner = owners.get(path);
      const otherAlias = aliasOwners.get(path);
      pages ??= generatedPages(articles, categories);
      const page = pages.get(path) ?? (RESERVED_FILES.includes(path) || RESERVED_FOLDERS.some((folder) => path.startsWith(folder)) ? "tintuc" : undefined);
      // The article's own URL (an importer's old permalink of the same shape) already answers: nothing to do.
      if (owner === article) continue;
      if (owner) report(t.aliasIsArticle(alias, owner.sourcePath));
      else if (otherAlias) report(t.aliasTwice(alias, otherAlias.sourcePath));
      else if (page) report(t.aliasIsPage(alias, page));
      else aliasOwners.set(path, article);
    }
  }
  return problems;
}
