/**
 * Every kind of page the site writes, in one table: the list it is paginated over (its key in
 * PagesByKind, which is also the name its layout reads the page object by), the layout that prints
 * it, and how the build treats it. Eleventy's templates (src/eleventy/archive-data.ts), the batches
 * (src/pipeline/page-batches.ts), the page cache (src/pipeline/page-cache.ts) and the page count
 * (build-pages.ts) are loops over this table: a new kind of page is one row here and one layout.
 *
 * Every page object names its file `outputPath` (`/2024/01/27/index.html`, `/feed.xml`).
 */
import type { ArticleSummary } from "../article-summary.ts";
import type { ArchiveIndexPage, CategoryPage, DayPage, MonthPage, VideoPage, YearPage } from "../listings.ts";
import type { FeedView } from "../feeds/feed-view.ts";
import type { OutputFile } from "../feeds/sitemap.ts";
import type { Language } from "../language.ts";
import type { SearchPage } from "../search/search-page.ts";
import type { ArticleMeta } from "./article-meta.ts";
import type { ArticlePage } from "./article-page.ts";
import type { AuthorPage } from "./author-pages.ts";
import type { FrontPage } from "./front-page.ts";
import type { TagPage } from "./tag-pages.ts";
import type { RelatedView } from "./related-view.ts";
import type { RedirectPage, WithdrawnPage } from "./redirect-pages.ts";

/** How the build treats one kind of page. */
export interface PageKindRules {
  /** The layout under layouts/ that prints a page of this kind; none for a file written as its `content`, as it is. */
  layout?: string;
  /** Printed in the frame (header, navigation, sidebar) of its own `lang`; otherwise in the default frame, or none. */
  inFrame: boolean;
  /** `split`: the kind's pages are shared out among the batches (Eleventy runs); `every`: every batch writes them. */
  batch: "split" | "every";
  /** Kept in the page cache and linked from it while unchanged; pages that every batch writes are not. */
  cached: boolean;
}

/** A row of the table; `Page` is the type of the kind's page objects (only the type checker sees it). */
export interface PageKind<Page extends { outputPath: string }> extends PageKindRules {
  readonly page?: Page;
}

const kind = <Page extends { outputPath: string }>(rules: PageKindRules): PageKind<Page> => rules;

/**
 * An article page with everything it prints: its related lists, its metadata, and the sidebar's
 * video (the newest but itself; null for none).
 */
export type ArticleView = ArticlePage & { lists: RelatedView; meta: ArticleMeta; sidebarVideo: ArticleSummary | null };

/** A file written as it is: a language's index of days with news (JSON, for its date picker). */
export interface DayIndexFile {
  outputPath: string;
  content: string;
}

/** The 404 page: one for the whole site, in the default (Vietnamese) frame. */
export interface NotFoundPage {
  outputPath: string;
}

/**
 * The table, in the order the build hands pages to Eleventy (and so fills its batches).
 * @example PAGE_KINDS.dayPage // { layout: "pages/day.njk", inFrame: true, batch: "split", cached: true }
 */
export const PAGE_KINDS = {
  article: kind<ArticleView>({ layout: "pages/article.njk", inFrame: true, batch: "split", cached: true }),
  dayPage: kind<DayPage>({ layout: "pages/day.njk", inFrame: true, batch: "split", cached: true }),
  monthPage: kind<MonthPage>({ layout: "pages/month.njk", inFrame: true, batch: "split", cached: true }),
  yearPage: kind<YearPage>({ layout: "pages/year.njk", inFrame: true, batch: "split", cached: true }),
  categoryPage: kind<CategoryPage>({ layout: "pages/category.njk", inFrame: true, batch: "split", cached: true }),
  videoPage: kind<VideoPage>({ layout: "pages/video.njk", inFrame: true, batch: "split", cached: true }),
  home: kind<FrontPage>({ layout: "pages/home.njk", inFrame: true, batch: "split", cached: true }),
  archiveIndex: kind<ArchiveIndexPage>({ layout: "pages/archive-index.njk", inFrame: true, batch: "split", cached: true }),
  tagPage: kind<TagPage>({ layout: "pages/tag.njk", inFrame: true, batch: "split", cached: true }),
  authorPage: kind<AuthorPage>({ layout: "pages/author.njk", inFrame: true, batch: "split", cached: true }),
  search: kind<SearchPage>({ layout: "pages/search.njk", inFrame: true, batch: "split", cached: true }),
  feed: kind<FeedView>({ layout: "pages/feed.njk", inFrame: false, batch: "split", cached: true }),
  siteFile: kind<OutputFile>({ inFrame: false, batch: "split", cached: true }),
  dayIndex: kind<DayIndexFile>({ inFrame: false, batch: "split", cached: true }),
  // Old URLs (src/pages/redirect-pages.ts): a bare page that sends the reader on, and a withdrawn article's page in the site's frame.
  redirect: kind<RedirectPage>({ layout: "pages/redirect.njk", inFrame: false, batch: "split", cached: true }),
  withdrawn: kind<WithdrawnPage>({ layout: "pages/withdrawn.njk", inFrame: true, batch: "split", cached: true }),
  // Every Eleventy run writes it (it is small, and a run without it would not be a site).
  notFound: kind<NotFoundPage>({ layout: "pages/not-found.njk", inFrame: false, batch: "every", cached: false }),
} as const;

export type PageKindName = keyof typeof PAGE_KINDS;

/** Each kind's pages: `pages.dayPage` are every language's day pages, in order. */
export type PagesByKind = {
  [Name in PageKindName]: (typeof PAGE_KINDS)[Name] extends PageKind<infer Page> ? Page[] : never;
};

/** A page object of any kind: all that the build's machinery (batches, cache) needs of it. */
export interface AnyPage {
  outputPath: string;
}

/** The kinds' names in the table's order. */
export const PAGE_KIND_NAMES = Object.keys(PAGE_KINDS) as PageKindName[];

/**
 * A new PagesByKind from each kind's list: `pick` gets the kind's name, rules and pages and returns the
 * pages to keep (any of them, in any order).
 * @example mapPageKinds(pages, (name, rules, list) => (rules.cached ? list : [])) // only what the cache may hold
 */
export function mapPageKinds(
  pages: PagesByKind,
  pick: (name: PageKindName, rules: PageKindRules, list: readonly AnyPage[]) => AnyPage[],
): PagesByKind {
  const mapped: Partial<Record<PageKindName, AnyPage[]>> = {};
  for (const name of PAGE_KIND_NAMES) mapped[name] = pick(name, PAGE_KINDS[name], pages[name]);
  return mapped as PagesByKind;
}

/** How many files the lists hold together: every file Eleventy writes, the 404 page once. @example pageCount(sitePages.byKind) // the build's progress total */
export function pageCount(pages: PagesByKind): number {
  return PAGE_KIND_NAMES.reduce((count, name) => count + pages[name].length, 0);
}
