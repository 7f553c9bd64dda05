/**
 * A language's tags and authors, computed once per build: the indexes an article's links come
 * from, the tag and author pages (src/pages/tag-pages.ts, author-pages.ts), and their feeds.
 */
import type { ArticleSummary } from "../article-summary.ts";
import type { Article } from "../content/article.ts";
import type { SiteConfig } from "../content/data-files.ts";
import { type FeedView, feedView } from "../feeds/feed-view.ts";
import type { Strings } from "../i18n.ts";
import type { Language } from "../language.ts";
import { authorFeedUrl, authorUrl, tagFeedUrl, tagUrl } from "../urls.ts";
import type { ArticlePage, TermLinks } from "./article-page.ts";
import { type AuthorPage, authorPages } from "./author-pages.ts";
import { type TagPage, tagPages } from "./tag-pages.ts";
import { type Term, termIndex, termKey } from "./term-index.ts";

/** Entries of a tag's or an author's feed: fewer than the site's, for there are many such feeds. */
export const TERM_FEED_LENGTH = 20;

export interface LanguageTerms {
  tags: Map<string, Term>;
  authors: Map<string, Term>;
  /** Where an article's tags and writers link. */
  links: TermLinks;
  tagPages: TagPage[];
  authorPages: AuthorPage[];
}

/**
 * @param articles the language's articles, newest first
 * @param summaries the same articles as lists print them (Listings.summaries, src/listings.ts)
 */
export function languageTerms(lang: Language, articles: readonly Article[], summaries: readonly ArticleSummary[]): LanguageTerms {
  const summaryOf = new Map(summaries.map((summary) => [summary.url, summary]));
  const sources = (names: (article: Article) => readonly string[]) => articles.map((article) => ({ names: names(article), summary: summaryOf.get(article.url)! }));
  const tags = termIndex(sources((article) => article.tags), { page: (slug) => tagUrl(slug, lang), feed: (slug) => tagFeedUrl(slug, lang) });
  const authors = termIndex(sources((article) => article.authors), { page: (slug) => authorUrl(slug, lang), feed: (slug) => authorFeedUrl(slug, lang) });
  return {
    tags,
    authors,
    links: { tagUrl: (name) => tags.get(termKey(name))?.url, authorUrl: (name) => authors.get(termKey(name))?.url },
    tagPages: tagPages(lang, tags),
    authorPages: authorPages(lang, authors),
  };
}

/**
 * A feed for each tag and author with a published article; none for one whose articles are all
 * unpublished (in preview).
 * @param publishedPages the language's published article pages
 * @param site the site as the language names it
 */
export function termFeeds(terms: LanguageTerms, publishedPages: readonly ArticlePage[], site: SiteConfig, fallbackUpdated: string, lang: Language, t: Strings): FeedView[] {
  const pageOf = new Map(publishedPages.map((page) => [page.url, page]));
  const feedsOf = (index: ReadonlyMap<string, Term>, label: string): FeedView[] =>
    [...index.values()].flatMap((term) => {
      const pages: ArticlePage[] = [];
      for (const summary of term.summaries) {
        const page = pageOf.get(summary.url);
        if (page) pages.push(page);
        if (pages.length === TERM_FEED_LENGTH) break;
      }
      if (pages.length === 0) return [];
      const about = { path: term.feedUrl, alternate: term.url, title: `${label}: ${term.name} – ${site.title}`, subtitle: site.description };
      return [feedView(about, pages, site, fallbackUpdated, lang)];
    });
  return [...feedsOf(terms.tags, t.tags), ...feedsOf(terms.authors, t.author)];
}
