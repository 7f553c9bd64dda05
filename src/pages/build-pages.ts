/**
 * Turns a loaded archive into everything the templates print, once per build: which articles a
 * run mode publishes, and the page objects for them.
 */
import { type ArchivePages, computeArchivePages } from "../archive.ts";
import type { Archive } from "../content/load-archive.ts";
import { ContentError, hasErrors } from "../content/problems.ts";
import { strings } from "../i18n.ts";
import type { RunMode } from "../run-mode.ts";
import { type ArticlePage, toArticlePage } from "./article-page.ts";
import { type SiteView, toSiteView } from "./site-view.ts";

export interface SitePages extends SiteView {
  articlePages: ArticlePage[];
  archive: ArchivePages;
  /** The date picker's index of days with news, as the JSON file it fetches. */
  dayIndexJson: string;
  /** How many pages (HTML and JSON) Eleventy will write from these. */
  pageCount: number;
}

/** Pages written once per site whatever its size: home, archive index, 404 and the day index. */
const SINGLE_PAGES = 4;

/**
 * Production publishes only articles that are due; preview shows drafts and scheduled ones too, badged.
 * @throws ContentError when the archive has any error, listing all of them.
 */
export function buildSitePages(archive: Archive, mode: RunMode): SitePages {
  if (hasErrors(archive.problems) || !archive.site) throw new ContentError(archive.problems);
  const t = strings.vi;
  const categories = new Map(archive.categories.map((category) => [category.key, category]));
  const shown = mode === "production" ? archive.articles.filter((article) => article.status === "published") : archive.articles;
  const archivePages = computeArchivePages(shown, archive.categories, { strings: t });
  const pageCount =
    shown.length +
    archivePages.dayPages.length +
    archivePages.monthPages.length +
    archivePages.yearPages.length +
    archivePages.categoryPages.length +
    SINGLE_PAGES;
  return {
    pageCount,
    ...toSiteView(archive.site, archive.categories, t),
    articlePages: shown.map((article) => toArticlePage(article, categories, t)),
    archive: archivePages,
    dayIndexJson: JSON.stringify(archivePages.dayIndex ?? { first: null, last: null, months: [] }),
  };
}
