/**
 * The data an article page prints, computed here so that the layout only prints it:
 * formatted dates, credit lines, the category link, the status badge.
 */
import type { Article } from "../content/article.ts";
import type { Category } from "../content/data-files.ts";
import { creditLines, creditParts } from "../credits.ts";
import { type TimeView, formatDateTime, isoTimestamp } from "../dates.ts";
import type { Strings } from "../i18n.ts";
import { type ArticleSearchView, articleSearchView } from "../search/article-search.ts";
import { type CategoryLink, categoryLink } from "../category-link.ts";
import type { Language } from "../language.ts";
import { permalinkFor } from "../urls.ts";
import { type VideoView, videoView } from "./video-view.ts";

/** An "Đính chính" notice: when, and what was corrected. */
export interface CorrectionView {
  date: TimeView;
  text: string;
}

export interface ArticlePage {
  url: string;
  lang: Language;
  /** The same article in the other language, linked both ways. */
  translation?: { url: string; lang: Language; label: string };
  /** File Eleventy writes, e.g. `/2024/01/27/slug/index.html`. */
  outputPath: string;
  title: string;
  category: CategoryLink;
  published: TimeView;
  updated?: TimeView;
  credits: string[];
  /** The credit lines as the page prints them, each name linked to its author page when it has one. */
  byline: { label: string; people: { name: string; url?: string }[] }[];
  /** The writers' names, for feeds and structured data. */
  authors: string[];
  /** The writers with their author pages, for structured data. */
  authorLinks: { name: string; url: string }[];
  source?: string;
  image?: Article["image"];
  /** Shown above the body: a click-to-play facade or the browser's own player. */
  video?: VideoView;
  summary: string;
  lede?: string;
  tags: string[];
  /** The tags with their tag pages. */
  tagLinks: { name: string; url: string }[];
  /** Shown to editors in preview for unpublished articles, never present in production. */
  badge?: string;
  /** What the page tells the search index beyond its text (src/search/article-search.ts). */
  search: ArticleSearchView;
  /** The Markdown body, rendered when the page is written. */
  body: string;
  /** The body's local photos' sizes, by src, for the renderer to print as width and height. */
  imageSizes: Article["imageSizes"];
  /** "Đính chính" ("Correction") notices, oldest first, on the page and in its feed entry. */
  corrections: CorrectionView[];
  correctionHeading: string;
}

/** Where an article's tags and writers link: their pages in the article's language (src/pages/term-index.ts). */
export interface TermLinks {
  tagUrl(name: string): string | undefined;
  authorUrl(name: string): string | undefined;
}

const NO_TERM_PAGES: TermLinks = { tagUrl: () => undefined, authorUrl: () => undefined };

/** @param strings the dictionary of the article's language */
export function toArticlePage(article: Article, categories: ReadonlyMap<string, Category>, strings: Strings, links: TermLinks = NO_TERM_PAGES): ArticlePage {
  const category = categories.get(article.category);
  if (!category) throw new Error(`${article.sourcePath}: category "${article.category}" vanished after validation`);
  const credits = creditLines(article.authors, article.photographers, strings);
  const lang = article.lang;
  return {
    url: article.url,
    lang,
    translation: article.translation
      ? { url: article.translation, lang: strings.otherLanguageCode as Language, label: strings.translationLink }
      : undefined,
    outputPath: permalinkFor(article.url),
    title: article.title,
    category: categoryLink(category, lang),
    published: timeView(article.published, lang),
    updated: article.updated ? timeView(article.updated, lang) : undefined,
    credits,
    byline: creditParts(article.authors, article.photographers, strings).map((part) => ({
      label: part.label,
      people: part.names.map((name) => ({ name, url: links.authorUrl(name) })),
    })),
    authors: article.authors,
    authorLinks: article.authors.flatMap((name) => {
      const url = links.authorUrl(name);
      return url ? [{ name, url }] : [];
    }),
    source: article.source,
    image: article.image,
    video: article.video ? videoView(article.video, article.title, strings, article.imageSizes[article.video.poster]) : undefined,
    summary: article.summary,
    lede: article.lede,
    tags: article.tags,
    tagLinks: article.tags.flatMap((name) => {
      const url = links.tagUrl(name);
      return url ? [{ name, url }] : [];
    }),
    badge: article.status === "draft" ? strings.draftBadge : article.status === "scheduled" ? strings.scheduledBadge : undefined,
    search: articleSearchView(article, credits),
    body: article.body,
    imageSizes: article.imageSizes,
    corrections: article.corrections.map((correction) => ({ date: timeView(correction.date, lang), text: correction.text })),
    correctionHeading: strings.correction,
  };
}

function timeView(instant: Parameters<typeof isoTimestamp>[0], lang: Language): TimeView {
  return { iso: isoTimestamp(instant), text: formatDateTime(instant, lang) };
}
