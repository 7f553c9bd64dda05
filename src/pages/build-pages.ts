/**
 * Turns a loaded archive into everything the templates print, once per build: which articles a
 * run mode publishes, and the page objects for them.
 */
import { type ArchiveIndexPage, type ArchivePages, type DayIndex, type HomePage, type VideoSection, computeArchivePages } from "../archive.ts";
import type { Archive } from "../content/load-archive.ts";
import { ContentError, hasErrors } from "../content/problems.ts";
import { strings } from "../i18n.ts";
import { LANGUAGES, type Language } from "../language.ts";
import { siteInLanguage } from "../content/data-files.ts";
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
import { type SiteView, siteViews } from "./site-view.ts";
import { type SearchPage, searchPage } from "../search/search-page.ts";
import { newestFirst, searchPeriodOf } from "../search/search-periods.ts";
import { type RedirectPage, type WithdrawnPage, formerFeedPaths, htaccessFile, nginxMapFiles, redirectPages, redirectsFile, withdrawnPages } from "./redirect-pages.ts";

/** Every language's archive pages in one list per page kind, as the templates paginate them. */
/**
 * A language's frame and the poll of its sidebar: polls are written in Vietnamese, so only
 * Vietnamese pages carry one.
 */
export type LanguageFrame = SiteView & {
  poll?: PollView;
  /** The video section's link in the navigation and the sidebar's latest video: the language's own. */
  videoSection?: VideoSection;
};

export interface SiteArchive extends Pick<ArchivePages, "dayPages" | "monthPages" | "yearPages" | "categoryPages" | "videoPages"> {
  homePages: HomePage[];
  archiveIndexPages: ArchiveIndexPage[];
}

/**
 * The Vietnamese frame's fields at the top level are the defaults for pages that belong to no
 * language (404); every other page is printed in the frame of its own `lang`, from `frames`.
 */
export interface SitePages extends LanguageFrame {
  frames: Record<Language, LanguageFrame>;
  articlePages: (ArticlePage & { lists: RelatedView; meta: ArticleMeta })[];
  archive: SiteArchive;
  /** Each language's search page. */
  /** Each language's search page, with the years it searches. */
  searchPages: SearchPage[];
  /** Each language's index of days with news, as the JSON file its date picker fetches. */
  dayIndexFiles: { outputPath: string; json: string }[];
  /** The comment form's and the poll's settings. */
  forms: FormsView;
  /** The Content-Security-Policy each page carries as a meta element: the search page's allows Pagefind. */
  csp: { page: string; search: string };
  /** The site's and each category's Atom feed. */
  feeds: FeedView[];
  /** Sitemaps, the news sitemap, robots.txt: written as they are. */
  siteFiles: OutputFile[];
  /** Old URLs (aliases, former URLs, renamed categories' pages) and where each leads, in one hop. */
  redirectPages: RedirectPage[];
  /** The URLs of withdrawn articles, saying when and why. */
  withdrawnPages: WithdrawnPage[];
  /** How many pages (HTML and JSON) Eleventy will write from these. */
  pageCount: number;
}

/** Pages written once per language: home, archive index, search and the day index; plus the one 404 page. */
const PAGES_PER_LANGUAGE = 4;

/**
 * Production publishes only articles that are due; preview shows drafts and scheduled ones too, badged.
 * @throws ContentError when the archive has any error, listing all of them.
 */
export function buildSitePages(archive: Archive, mode: RunMode): SitePages {
  if (hasErrors(archive.problems) || !archive.site) throw new ContentError(archive.problems);
  const categories = new Map(archive.categories.map((category) => [category.key, category]));
  const site = archive.site;
  const poll = pollView(openPollAt(archive.polls, archive.buildTime), archive.forms);
  const views = siteViews(site, archive.categories);
  const frames: Record<Language, LanguageFrame> = { vi: { ...views.vi, poll }, en: views.en };
  const answering = mode === "production" ? archive.articles.filter((article) => article.status === "published") : archive.articles;
  // A withdrawn article keeps its URL (a page that says so) and leaves every list, feed, sitemap and the search index.
  const shown = answering.filter((article) => !article.withdrawn);
  const byUrl = new Map(shown.map((article) => [article.url, article]));
  const fallbackUpdated = isoTimestamp(archive.buildTime);

  // Each language is a site of its own: its archive, its related lists, its feeds. Nothing mixes them
  // but the links between an article and its translation.
  const archives: ArchivePages[] = [];
  const articlePages: SitePages["articlePages"] = [];
  const feeds: FeedView[] = [];
  for (const lang of LANGUAGES) {
    const inLanguage = shown.filter((article) => article.lang === lang);
    const siteNamed = siteInLanguage(site, lang);
    const languageArchive = computeArchivePages(inLanguage, archive.categories, { lang });
    archives.push(languageArchive);
    frames[lang].videoSection = languageArchive.videoSection;
    // Related lists over what is shown; drafts and scheduled articles (in preview) never appear in them.
    const relatedLinks = computeRelated(inLanguage);
    const pages = inLanguage.map((article) => {
      // A translation that is withdrawn (or not published yet) is no alternate of this page.
      const translated = article.translation && !byUrl.has(article.translation) ? { ...article, translation: undefined } : article;
      const page = toArticlePage(translated, categories, strings[lang]);
      return { ...page, lists: relatedView(article, relatedLinks.get(article.url), byUrl), meta: articleMeta(page, siteNamed) };
    });
    articlePages.push(...pages);
    const publishedPages = mode === "production" ? pages : pages.filter((page) => byUrl.get(page.url)!.status === "published");
    const languageFeeds = feedViews(publishedPages, archive.categories, siteNamed, fallbackUpdated, lang);
    // A renamed category's feed also answers at its former paths: feed readers follow no HTML redirect.
    const formerFeeds = archive.categories.flatMap((category) => formerFeedPaths(category, lang));
    feeds.push(...languageFeeds, ...formerFeeds.flatMap(({ path, formerPath }) => languageFeeds.filter((feed) => feed.path === path).map((feed) => ({ ...feed, path: formerPath }))));
  }
  const siteArchive: SiteArchive = {
    dayPages: archives.flatMap((pages) => pages.dayPages),
    monthPages: archives.flatMap((pages) => pages.monthPages),
    yearPages: archives.flatMap((pages) => pages.yearPages),
    categoryPages: archives.flatMap((pages) => pages.categoryPages),
    videoPages: archives.flatMap((pages) => pages.videoPages),
    homePages: archives.map((pages) => pages.home),
    archiveIndexPages: archives.map((pages) => pages.archiveIndex),
  };
  const periodOf = searchPeriodOf(articlePages);
  const searchPages = LANGUAGES.map((lang) => searchPage(lang, articlePages.filter((page) => page.lang === lang).map(periodOf)));
  const searchPeriods = [...new Set(searchPages.flatMap((page) => page.periods))].sort(newestFirst);
  const published = mode === "production" ? shown : shown.filter((article) => article.status === "published");
  const archiveUrls = new Set([...siteArchive.dayPages, ...siteArchive.monthPages, ...siteArchive.yearPages, ...siteArchive.archiveIndexPages].map((page) => page.url));
  const redirects = redirectPages(answering, archive.categories, siteArchive.categoryPages, site, archiveUrls);
  const withdrawn = withdrawnPages(answering, site);
  const feedMoves = LANGUAGES.flatMap((lang) => archive.categories.flatMap((category) => formerFeedPaths(category, lang)));
  const files = [
    ...siteFiles(site, published, articlePages, siteArchive, archive.buildTime),
    { path: "/_headers", content: headersFile(archive.forms, site.pathPrefix, searchPeriods) },
    redirectsFile(redirects, withdrawn, feedMoves, site),
    ...nginxMapFiles(redirects, withdrawn, feedMoves, site),
    htaccessFile(redirects, feedMoves, site),
  ];
  const pageCount =
    files.length +
    feeds.length +
    articlePages.length +
    siteArchive.dayPages.length +
    siteArchive.monthPages.length +
    siteArchive.yearPages.length +
    siteArchive.categoryPages.length +
    siteArchive.videoPages.length +
    redirects.length +
    withdrawn.length +
    PAGES_PER_LANGUAGE * LANGUAGES.length +
    1;
  return {
    pageCount,
    ...frames.vi,
    frames,
    articlePages,
    searchPages,
    siteFiles: files,
    forms: formsView(archive.forms),
    csp: {
      page: serializePolicy(contentSecurityPolicy(archive.forms, { search: false }), { forMeta: true }),
      search: serializePolicy(contentSecurityPolicy(archive.forms, { search: true }), { forMeta: true }),
    },
    feeds,
    redirectPages: redirects,
    withdrawnPages: withdrawn,
    archive: siteArchive,
    dayIndexFiles: archives.map((pages) => ({ outputPath: frames[pages.lang].datePicker.dayIndexOutputPath, json: dayIndexJson(pages.dayIndex) })),
  };
}

function dayIndexJson(index: DayIndex | null): string {
  return JSON.stringify(index ?? { first: null, last: null, months: [] });
}
