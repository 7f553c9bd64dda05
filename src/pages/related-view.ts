/**
 * What an article page prints under the article: "Tin liên quan", "Các tin khác" (with the link to
 * its category) and "Tin mới hơn" / "Tin cũ hơn", from the lists src/related.ts computed once.
 */
import type { Article } from "../content/article.ts";
import { type TimeView, formatDate, isoTimestamp } from "../dates.ts";
import type { RelatedLinks } from "../related.ts";
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

export function relatedView(article: Article, links: RelatedLinks | undefined, byUrl: ReadonlyMap<string, Article>): RelatedView {
  const link = (url: string): ArticleLink | undefined => {
    const target = byUrl.get(url);
    return target && { url: target.url, title: target.title, published: { iso: isoTimestamp(target.published), text: formatDate(target.published, article.lang) } };
  };
  const linkList = (urls: readonly string[] = []): ArticleLink[] => urls.map(link).filter((item): item is ArticleLink => item !== undefined);
  return {
    related: linkList(links?.related),
    others: linkList(links?.others),
    categoryUrl: categoryUrl(article.category, article.lang),
    newer: links?.newer ? link(links.newer) : undefined,
    older: links?.older ? link(links.older) : undefined,
  };
}
