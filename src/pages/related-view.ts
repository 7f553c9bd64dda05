/**
 * What an article page prints under the article: "Tin liên quan", "Các tin khác" (with the link to
 * its category) and "Tin mới hơn" / "Tin cũ hơn", from the lists src/related.ts computed once.
 */
import type { Article } from "../content/article.ts";
import { type TimeView, formatDate, isoTimestamp } from "../dates.ts";
import type { RelatedLinks } from "../related.ts";
import type { Language } from "../language.ts";
import { categoryUrl } from "../urls.ts";

export interface ArticleLink {
  url: string;
  title: string;
  /** `27/01/2024`. */
  /** The day of publication: `(27/01/2024)` beside the title. */
  published: TimeView;
}

export interface RelatedView {
  related: ArticleLink[];
  others: ArticleLink[];
  /** The category page, where "Các tin khác" continues. */
  categoryUrl: string;
  newer?: ArticleLink;
  older?: ArticleLink;
}

/**
 * The link to an article by its URL, as lists under articles print it in `lang`; undefined for an
 * article not shown. Each is made once per build and shared: an article is linked from a dozen
 * others' pages, and its date formatted once instead of a dozen times.
 */
export function articleLinker(byUrl: ReadonlyMap<string, Article>, lang: Language): (url: string) => ArticleLink | undefined {
  const made = new Map<string, ArticleLink | undefined>();
  return (url) => {
    if (made.has(url)) return made.get(url);
    const target = byUrl.get(url);
    const link = target && { url: target.url, title: target.title, published: { iso: isoTimestamp(target.published), text: formatDate(target.published, lang) } };
    made.set(url, link);
    return link;
  };
}

/** @param link articleLinker() of the article's language */
export function relatedView(article: Article, links: RelatedLinks | undefined, link: (url: string) => ArticleLink | undefined): RelatedView {
  const linkList = (urls: readonly string[] = []): ArticleLink[] => urls.map(link).filter((item): item is ArticleLink => item !== undefined);
  return {
    related: linkList(links?.related),
    others: linkList(links?.others),
    categoryUrl: categoryUrl(article.category, article.lang),
    newer: links?.newer ? link(links.newer) : undefined,
    older: links?.older ? link(links.older) : undefined,
  };
}
