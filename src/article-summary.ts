/**
 * What a list prints of one article (its link, title, lede, category, day and time, photo or video
 * poster): built once per article by the listings' one pass (src/listings.ts) and shared, by
 * reference, by every list that holds the article, so that n articles make n summaries however many
 * lists there are.
 */
import type { CategoryLink } from "./category-link.ts";
import type { Article } from "./content/article.ts";
import type { LeadImage } from "./content/schema.ts";
import type { VideoDuration } from "./content/video-field.ts";
import { type TimeView, formatTime, inNewsroomZone, isoTimestamp } from "./dates.ts";

/** What a list prints of one article, built once per article and shared by every list holding it. */
export interface ArticleSummary {
  url: string;
  title: string;
  summary: string;
  category: CategoryLink;
  /** The day of publication, `27/01/2024`, as lists print it. */
  published: TimeView;
  /** The moment of publication, `22:01, 27/01/2024`, as a day's list prints it. */
  publishedAt: TimeView;
  /** The lead photo; a video article without one shows its video's poster. */
  image?: LeadImage & { width?: number; height?: number };
  /** A video article's poster and length, for the video section and the sidebar. */
  video?: { poster: string; duration?: VideoDuration; posterImage: { src: string; width?: number; height?: number } };
}

/**
 * An article's summary.
 * @param date the article's day as `formatDate` prints it, shared by every article of the day
 * @example summarizeArticle(article, "27/01/2024", links).publishedAt.text // "22:01, 27/01/2024"
 * @throws Error when the article names a category that is not among `categoryLinks`
 */
export function summarizeArticle(article: Article, date: string, categoryLinks: ReadonlyMap<string, CategoryLink>): ArticleSummary {
  const category = categoryLinks.get(article.category);
  if (!category) throw new Error(`${article.sourcePath}: category "${article.category}" is not among the categories`);
  const local = inNewsroomZone(article.published);
  const iso = isoTimestamp(local);
  return {
    url: article.url,
    title: article.title,
    summary: article.summary,
    category,
    published: { iso, text: date },
    publishedAt: { iso, text: `${formatTime(local)}, ${date}` },
    image: article.image ?? (article.video && { src: article.video.poster, alt: article.title, ...article.imageSizes[article.video.poster] }),
    video: article.video && { poster: article.video.poster, duration: article.video.duration, posterImage: { src: article.video.poster, ...article.imageSizes[article.video.poster] } },
  };
}
