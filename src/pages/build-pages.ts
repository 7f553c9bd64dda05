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
import { contentSecurityPolicy, headersFile, serializePolicy } from "../build/security-policy.ts";
import { isoTimestamp } from "../dates.ts";
import { type FeedView, feedViews } from "../feeds/feed-view.ts";
import type { OutputFile } from "../feeds/sitemap.ts";
import { siteFiles } from "./site-files.ts";
import { openPollAt } from "../forms/polls.ts";
import { type FormsView, type PollView, formsView, pollView } from "../forms/view.ts";
import { computeRelated } from "../related.ts";
import { type ArticleMeta, articleMeta } from "./article-meta.ts";
import { type RelatedView, relatedView } from "./related-view.ts";
import { type SiteView, toSiteView } from "./site-view.ts";

export interface SitePages extends SiteView {
  articlePages: (ArticlePage & { lists: RelatedView; meta: ArticleMeta })[];
  archive: ArchivePages;
  /** The date picker's index of days with news, as the JSON file it fetches. */
  dayIndexJson: string;
  /** The comment form's and the poll's settings; the poll open at build time, if any. */
  forms: FormsView;
  poll?: PollView;
  /** The Content-Security-Policy each page carries as a meta element: the search page's allows Pagefind. */
  csp: { page: string; search: string };
  /** The site's and each category's Atom feed. */
  feeds: FeedView[];
  /** Sitemaps, the news sitemap, robots.txt: written as they are. */
  siteFiles: OutputFile[];
  /** How many pages (HTML and JSON) Eleventy will write from these. */
  pageCount: number;
}

/** Pages written once per site whatever its size: home, archive index, search, 404 and the day index. */
const SINGLE_PAGES = 5;

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
  // Related lists over what is shown; drafts and scheduled articles (in preview) never appear in them.
  const relatedLinks = computeRelated(shown);
  const byUrl = new Map(shown.map((article) => [article.url, article]));
  const site = archive.site;
  const articlePages = shown.map((article) => {
    const page = toArticlePage(article, categories, t);
    return { ...page, lists: relatedView(article, relatedLinks.get(article.url), byUrl), meta: articleMeta(page, site) };
  });
  const published = mode === "production" ? shown : shown.filter((article) => article.status === "published");
  const publishedUrls = new Set(published.map((article) => article.url));
  const feeds = feedViews(
    articlePages.filter((page) => publishedUrls.has(page.url)),
    archive.categories,
    archive.site,
    isoTimestamp(archive.buildTime),
  );
  const files = [
    ...siteFiles(archive.site, published, articlePages, archivePages, archive.buildTime),
    { path: "/_headers", content: headersFile(archive.forms, archive.site.pathPrefix) },
  ];
  const pageCount =
    files.length +
    feeds.length +
    shown.length +
    archivePages.dayPages.length +
    archivePages.monthPages.length +
    archivePages.yearPages.length +
    archivePages.categoryPages.length +
    SINGLE_PAGES;
  return {
    pageCount,
    ...toSiteView(archive.site, archive.categories, t),
    articlePages,
    siteFiles: files,
    forms: formsView(archive.forms),
    csp: {
      page: serializePolicy(contentSecurityPolicy(archive.forms, { search: false }), { forMeta: true }),
      search: serializePolicy(contentSecurityPolicy(archive.forms, { search: true }), { forMeta: true }),
    },
    poll: pollView(openPollAt(archive.polls, archive.buildTime), archive.forms),
    feeds,
    archive: archivePages,
    dayIndexJson: JSON.stringify(archivePages.dayIndex ?? { first: null, last: null, months: [] }),
  };
}
