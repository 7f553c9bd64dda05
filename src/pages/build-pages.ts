/**
 * Turns the loaded content into everything the templates print, once per build: which articles a
 * run mode publishes, and the page objects for them.
 */
import { type Listings, type DayIndex, type VideoSection, computeListings } from "../listings.ts";
import type { LoadedContent } from "../content/load-content.ts";
import { ContentError, hasErrors } from "../content/problems.ts";
import { strings } from "../i18n.ts";
import { LANGUAGES, type Language } from "../language.ts";
import { siteInLanguage } from "../content/data-files.ts";
import type { RunMode } from "../run-mode.ts";
import { type ArticlePage, toArticlePage } from "./article-page.ts";
import { contentSecurityPolicy, headersFile, serializePolicy } from "./security-policy.ts";
import { isoTimestamp } from "../dates.ts";
import { type FeedView, feedViews } from "../feeds/feed-view.ts";
import { siteFiles } from "./site-files.ts";
import { openPollAt } from "../forms/polls.ts";
import { type FormsView, type PollView, formsView, pollView } from "../forms/view.ts";
import { computeRelated } from "../related.ts";
import { articleMeta } from "./article-meta.ts";
import { type ArticleView, type PagesByKind } from "./page-kinds.ts";
import { relatedView } from "./related-view.ts";
import { type SiteView, siteViews } from "./site-view.ts";
import { type SearchPage, searchPage } from "../search/search-page.ts";
import { newestFirst, searchPeriodOf } from "../search/search-periods.ts";

/**
 * A language's frame and the poll of its sidebar: polls are written in Vietnamese, so only
 * Vietnamese pages carry one.
 */
export type LanguageFrame = SiteView & {
  poll?: PollView;
  /** The video section's link in the navigation and the sidebar's latest video: the language's own. */
  videoSection?: VideoSection;
};

/**
 * The Vietnamese frame's fields at the top level are the defaults for pages that belong to no
 * language (404); every other page is printed in the frame of its own `lang`, from `frames`.
 */
export interface SitePages extends LanguageFrame {
  frames: Record<Language, LanguageFrame>;
  /** Every page the site writes, one list per kind (page-kinds.ts). */
  byKind: PagesByKind;
  /** The comment form's and the poll's settings. */
  forms: FormsView;
  /** The Content-Security-Policy each page carries as a meta element: the search page's allows Pagefind. */
  csp: { page: string; search: string };
}

/**
 * Production publishes only articles that are due; preview shows drafts and scheduled ones too, badged.
 * @throws ContentError when the content has any error, listing all of them.
 */
export function buildSitePages(content: LoadedContent, mode: RunMode): SitePages {
  if (hasErrors(content.problems) || !content.site) throw new ContentError(content.problems);
  const categories = new Map(content.categories.map((category) => [category.key, category]));
  const site = content.site;
  const poll = pollView(openPollAt(content.polls, content.buildTime), content.forms);
  const views = siteViews(site, content.categories);
  const frames: Record<Language, LanguageFrame> = { vi: { ...views.vi, poll }, en: views.en };
  const shown = mode === "production" ? content.articles.filter((article) => article.status === "published") : content.articles;
  const byUrl = new Map(shown.map((article) => [article.url, article]));
  const fallbackUpdated = isoTimestamp(content.buildTime);

  // Each language is a site of its own: its listings, its related lists, its feeds. Nothing mixes them
  // but the links between an article and its translation.
  const listings: Listings[] = [];
  const articlePages: ArticleView[] = [];
  const feeds: FeedView[] = [];
  for (const lang of LANGUAGES) {
    const inLanguage = shown.filter((article) => article.lang === lang);
    const siteNamed = siteInLanguage(site, lang);
    const languageListings = computeListings(inLanguage, content.categories, { lang });
    listings.push(languageListings);
    frames[lang].videoSection = languageListings.videoSection;
    // Related lists over what is shown; drafts and scheduled articles (in preview) never appear in them.
    const relatedLinks = computeRelated(inLanguage);
    const pages = inLanguage.map((article) => {
      const page = toArticlePage(article, categories, strings[lang]);
      return { ...page, lists: relatedView(article, relatedLinks.get(article.url), byUrl), meta: articleMeta(page, siteNamed) };
    });
    articlePages.push(...pages);
    const publishedPages = mode === "production" ? pages : pages.filter((page) => byUrl.get(page.url)!.status === "published");
    feeds.push(...feedViews(publishedPages, content.categories, siteNamed, fallbackUpdated, lang));
  }
  const listPages: Pick<PagesByKind, "dayPage" | "monthPage" | "yearPage" | "categoryPage" | "videoPage" | "home" | "archiveIndex"> = {
    dayPage: listings.flatMap((pages) => pages.dayPages),
    monthPage: listings.flatMap((pages) => pages.monthPages),
    yearPage: listings.flatMap((pages) => pages.yearPages),
    categoryPage: listings.flatMap((pages) => pages.categoryPages),
    videoPage: listings.flatMap((pages) => pages.videoPages),
    home: listings.map((pages) => pages.home),
    archiveIndex: listings.map((pages) => pages.archiveIndex),
  };
  const periodOf = searchPeriodOf(articlePages);
  const searchPages = LANGUAGES.map((lang) => searchPage(lang, articlePages.filter((page) => page.lang === lang).map(periodOf)));
  const searchPeriods = [...new Set(searchPages.flatMap((page) => page.periods))].sort(newestFirst);
  const published = mode === "production" ? shown : shown.filter((article) => article.status === "published");
  const byKind: PagesByKind = {
    article: articlePages,
    ...listPages,
    search: searchPages,
    feed: feeds,
    siteFile: [
      ...siteFiles(site, published, { ...listPages, article: articlePages }, content.buildTime),
      { outputPath: "/_headers", content: headersFile(content.forms, site.pathPrefix, searchPeriods) },
    ],
    dayIndex: listings.map((pages) => ({ outputPath: frames[pages.lang].datePicker.dayIndexOutputPath, content: dayIndexJson(pages.dayIndex) })),
    notFound: [{ outputPath: "/404.html" }],
  };
  return {
    ...frames.vi,
    frames,
    byKind,
    forms: formsView(content.forms),
    csp: {
      page: serializePolicy(contentSecurityPolicy(content.forms, { search: false }), { forMeta: true }),
      search: serializePolicy(contentSecurityPolicy(content.forms, { search: true }), { forMeta: true }),
    },
  };
}

function dayIndexJson(index: DayIndex | null): string {
  return JSON.stringify(index ?? { first: null, last: null, months: [] });
}
