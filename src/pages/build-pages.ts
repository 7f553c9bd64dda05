/**
 * Turns the loaded content into everything the templates print, once per build: which articles a
 * run mode publishes, and the page objects for them.
 */
import type { DayIndex } from "../day-index.ts";
import { type Listings, type VideoSection, computeListings } from "../listings.ts";
import type { LoadedContent } from "../content/load-content.ts";
import { ContentError, hasErrors } from "../problems.ts";
import { strings } from "../i18n.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../language.ts";
import { type Category, siteInLanguage } from "../content/data-files.ts";
import type { RunMode } from "../run-mode.ts";
import { type ArticlePage, toArticlePage } from "./article-page.ts";
import { contentSecurityPolicy, headersFile, serializePolicy } from "./security-policy.ts";
import { isoTimestamp } from "../dates.ts";
import { type FeedView, feedViews } from "../feeds/feed-view.ts";
import { siteFiles } from "./site-files.ts";
import { type FrontPage, frontPage, topStoryUrls } from "./front-page.ts";
import type { AuthorPage } from "./author-pages.ts";
import type { TagPage } from "./tag-pages.ts";
import { languageTerms, termFeeds } from "./term-pages.ts";
import { openPollAt } from "../forms/polls.ts";
import { type FormsView, type PollView, formsView, pollView } from "../forms/view.ts";
import { type RelatedMemo, relatedWithMemo } from "./related-memo.ts";
import { createHash } from "node:crypto";
import { withLazyFields } from "./lazy-fields.ts";
import { articleMeta } from "./article-meta.ts";
import { type AnyPage, type ArticleView, type PagesByKind } from "./page-kinds.ts";
import { articleLinker, relatedView } from "./related-view.ts";
import { type SiteView, siteViews } from "./site-view.ts";
import { type SearchPage, searchPage } from "../search/search-page.ts";
import { newestFirst, searchPeriodOf } from "../search/search-periods.ts";
import { formerFeedPaths, htaccessFile, nginxMapFiles, redirectPages, redirectsFile, withdrawnPages } from "./redirect-pages.ts";
import { lookupShards } from "../query-aliases.ts";
import { queryAliasLookupUrl, withPathPrefix } from "../urls.ts";

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
  /**
   * WordPress's `/?p=ID` addresses, when any article has one: the home and 404 pages load the script
   * that looks them up (src/query-aliases.ts), given the lookup's folder and the site's root as served.
   */
  queryAliases: { lookupUrl: string; root: string } | null;
  /**
   * For the pages it holds (the article pages), a hash of everything the page object is made from:
   * equal hashes, equal page objects, so the page cache can reuse a page's key without serializing
   * the page again (src/pipeline/page-keys.ts). Never handed to the templates.
   */
  pageInputs?: ReadonlyMap<AnyPage, string>;
}

/** What buildSitePages() may reuse from earlier builds. */
export interface PageMemos {
  /** The related lists of each language (src/pages/related-memo.ts). */
  related?: RelatedMemo;
}

/**
 * Production publishes only articles that are due; preview shows drafts and scheduled ones too, badged.
 * @throws ContentError when the content has any error, listing all of them.
 */
export function buildSitePages(content: LoadedContent, mode: RunMode, memos: PageMemos = {}): SitePages {
  if (hasErrors(content.problems) || !content.site) throw new ContentError(content.problems);
  const categories = new Map(content.categories.map((category) => [category.key, category]));
  const site = content.site;
  const poll = pollView(openPollAt(content.polls, content.buildTime), content.forms);
  const answering = mode === "production" ? content.articles.filter((article) => article.status === "published") : content.articles;
  // A withdrawn article keeps its URL (a page that says so) and leaves every list, feed, sitemap and the search index.
  const shown = answering.filter((article) => !article.withdrawn);
  // The default language is the site itself; another exists (pages, feeds, sitemap entries, the
  // header's link to it) only once it has an article, and lists only the categories it has news in.
  const languages = LANGUAGES.filter((lang) => lang === DEFAULT_LANGUAGE || shown.some((article) => article.lang === lang));
  const categoriesOf = (lang: Language): Category[] =>
    lang === DEFAULT_LANGUAGE ? content.categories : content.categories.filter((category) => shown.some((article) => article.lang === lang && article.category === category.key));
  const views = siteViews(site, categoriesOf, languages);
  const frames: Record<Language, LanguageFrame> = { vi: { ...views.vi, poll }, en: views.en };
  const byUrl = new Map(shown.map((article) => [article.url, article]));
  const fallbackUpdated = isoTimestamp(content.buildTime);

  // Each language is a site of its own: its listings, its related lists, its feeds. Nothing mixes them
  // but the links between an article and its translation.
  const listings: Listings[] = [];
  const homePages: FrontPage[] = [];
  const tagPages: TagPage[] = [];
  const authorPages: AuthorPage[] = [];
  const articlePages: ArticleView[] = [];
  const feeds: FeedView[] = [];
  const pageInputs = new Map<AnyPage, string>();
  for (const lang of languages) {
    const inLanguage = shown.filter((article) => article.lang === lang);
    const siteNamed = siteInLanguage(site, lang);
    const languageCategories = categoriesOf(lang);
    const languageListings = computeListings(inLanguage, languageCategories, { lang, emptyCategoryPages: lang === DEFAULT_LANGUAGE });
    listings.push(languageListings);
    const topUrls = topStoryUrls(inLanguage, { buildTime: content.buildTime, featuredDays: site.featuredDays, pinned: content.pinned });
    homePages.push(frontPage(lang, languageListings.summaries, topUrls, frames[lang].nav));
    frames[lang].videoSection = languageListings.videoSection;
    // Related lists over what is shown; drafts and scheduled articles (in preview) never appear in them.
    const relatedLinks = relatedWithMemo(inLanguage, memos.related);
    const terms = languageTerms(lang, inLanguage, languageListings.summaries);
    tagPages.push(...terms.tagPages);
    authorPages.push(...terms.authorPages);
    const linkTo = articleLinker(byUrl, lang);
    const videos = languageListings.videoSection;
    // What every article page of the language is made from besides its article and its lists (the
    // dictionary and the code are in the page cache's shared key).
    const languageInputs = JSON.stringify([lang, siteNamed, content.categories, videos?.latest ?? null, videos?.runnerUp ?? null]);
    /** What a link in the lists is made from (articleLinker). */
    const linkInputs = (url: string | undefined): string => {
      const target = url === undefined ? undefined : byUrl.get(url);
      return target ? `${target.url}\u0001${target.title}\u0001${target.published.toMillis()}` : "";
    };
    const pages = inLanguage.map((article): ArticleView => {
      // A translation that is withdrawn (or not published yet) is no alternate of this page.
      const translated = article.translation && !byUrl.has(article.translation) ? { ...article, translation: undefined } : article;
      const page = toArticlePage(translated, categories, strings[lang], terms.links);
      // The sidebar's video block never offers the article being read.
      const sidebarVideo = videos && (videos.latest.url === article.url ? videos.runnerUp : videos.latest);
      const lists = relatedLinks.get(article.url);
      const view: ArticleView = withLazyFields(page, {
        lists: () => relatedView(article, lists, linkTo),
        meta: () => articleMeta(page, siteNamed),
        sidebarVideo: () => sidebarVideo ?? null,
      });
      // The article's own fields but its body, which its file's hash (contentHash) stands for; its
      // tags' and people's pages as the page links them.
      const inputs = createHash("sha1").update(languageInputs).update("\0").update(JSON.stringify({ ...translated, body: undefined })).update("\0");
      inputs.update(JSON.stringify([page.tagLinks, page.byline, videos?.latest.url === article.url])).update("\0");
      if (lists) for (const url of [...lists.related, "", ...lists.others, "", lists.newer, lists.older]) inputs.update(url === "" ? "\u0002" : linkInputs(url)).update("\0");
      pageInputs.set(view, inputs.digest("hex"));
      return view;
    });
    articlePages.push(...pages);
    const publishedPages = mode === "production" ? pages : pages.filter((page) => byUrl.get(page.url)!.status === "published");
    const languageFeeds = feedViews(publishedPages, languageCategories, siteNamed, fallbackUpdated, lang);
    // A renamed category's feed also answers at its former paths: feed readers follow no HTML redirect.
    const formerFeeds = content.categories.flatMap((category) => formerFeedPaths(category, lang));
    feeds.push(
      ...languageFeeds,
      ...formerFeeds.flatMap(({ path, formerPath }) => languageFeeds.filter((feed) => feed.outputPath === path).map((feed) => ({ ...feed, outputPath: formerPath }))),
      ...termFeeds(terms, publishedPages, siteNamed, fallbackUpdated, lang, strings[lang]),
    );
  }
  const listPages: Pick<PagesByKind, "dayPage" | "monthPage" | "yearPage" | "categoryPage" | "videoPage" | "home" | "archiveIndex" | "tagPage" | "authorPage"> = {
    dayPage: listings.flatMap((pages) => pages.dayPages),
    monthPage: listings.flatMap((pages) => pages.monthPages),
    yearPage: listings.flatMap((pages) => pages.yearPages),
    categoryPage: listings.flatMap((pages) => pages.categoryPages),
    videoPage: listings.flatMap((pages) => pages.videoPages),
    home: homePages,
    archiveIndex: listings.map((pages) => pages.archiveIndex),
    tagPage: tagPages,
    authorPage: authorPages,
  };
  const periodOf = searchPeriodOf(articlePages);
  const searchPages = languages.map((lang) => searchPage(lang, articlePages.filter((page) => page.lang === lang).map(periodOf)));
  const bundlesOf = (key: "periods" | "headlineBundles"): string[] => [...new Set(searchPages.flatMap((page) => page[key]))].sort(newestFirst);
  const searchBundles = [...bundlesOf("periods"), ...bundlesOf("headlineBundles")];
  const published = mode === "production" ? shown : shown.filter((article) => article.status === "published");
  const archiveUrls = new Set([...listPages.dayPage, ...listPages.monthPage, ...listPages.yearPage, ...listPages.archiveIndex].map((page) => page.url));
  const redirects = redirectPages(answering, content.categories, listPages.categoryPage, site, archiveUrls);
  const withdrawn = withdrawnPages(answering, site);
  // Every article that answers, withdrawn ones too (their page says so), as its URL is served.
  const postIdShards = lookupShards(answering.flatMap((article) => article.postIds.map((id) => [id, withPathPrefix(site.pathPrefix, article.url)] as const)));
  // Only feeds this build writes are moved to: an English category without English news has no feed.
  const writtenFeeds = new Set(feeds.map((feed) => feed.outputPath));
  const feedMoves = languages.flatMap((lang) => content.categories.flatMap((category) => formerFeedPaths(category, lang))).filter((move) => writtenFeeds.has(move.path));
  const byKind: PagesByKind = {
    article: articlePages,
    ...listPages,
    search: searchPages,
    feed: feeds,
    siteFile: [
      ...siteFiles(site, published, { ...listPages, article: articlePages }, content.buildTime),
      { outputPath: "/_headers", content: headersFile(content.forms, site.pathPrefix, searchBundles) },
      redirectsFile(redirects, withdrawn, feedMoves, site),
      ...nginxMapFiles(redirects, withdrawn, feedMoves, site),
      htaccessFile(redirects, feedMoves, site),
      ...[...postIdShards].map(([shard, urls]) => ({ outputPath: `${queryAliasLookupUrl()}${shard}.json`, content: JSON.stringify(urls) })),
    ],
    dayIndex: listings.map((pages) => ({ outputPath: frames[pages.lang].datePicker.dayIndexOutputPath, content: dayIndexJson(pages.dayIndex) })),
    redirect: redirects,
    withdrawn,
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
    queryAliases: postIdShards.size > 0 ? { lookupUrl: withPathPrefix(site.pathPrefix, queryAliasLookupUrl()), root: withPathPrefix(site.pathPrefix, "/") } : null,
    pageInputs,
  };
}

function dayIndexJson(index: DayIndex | null): string {
  return JSON.stringify(index ?? { first: null, last: null, months: [] });
}
