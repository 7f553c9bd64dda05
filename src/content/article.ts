/**
 * An article as the rest of tintuc sees it: validated, in GMT+7, with its URL and publication status
 * decided once, here, so that no template ever has to ask whether a draft should show.
 */
import { createHash } from "node:crypto";
import type { DateTime } from "luxon";
import type { MarkdownIt } from "markdown-it";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { slugify } from "../slug.ts";
import { deriveSummary } from "../summary.ts";
import { articleUrl } from "../urls.ts";
import type { ArticleFrontMatter, LeadImage } from "./schema.ts";
import type { ImageSize } from "./local-images.ts";
import type { ArticleVideo } from "./video-field.ts";

export type PublicationStatus = "published" | "draft" | "scheduled";

export interface Article {
  /** Source file relative to the project, e.g. `content/articles/2024/01/x.md`. */
  sourcePath: string;
  url: string;
  slug: string;
  /** Vietnamese articles live at the root, English ones under `/en/`. */
  lang: Language;
  /** URL of the same article in the other language (resolved by the loader; the link goes both ways). */
  translation?: string;
  title: string;
  category: string;
  published: DateTime;
  updated?: DateTime;
  authors: string[];
  photographers: string[];
  source?: string;
  /** The lead photo, with its size in pixels when it is a file of the site that could be read. */
  image?: LeadImage & Partial<ImageSize>;
  /**
   * The size of each of the article's site-local images that could be read, by src (the body's as
   * markdown-it hands them to its renderer): their pages give every photo a width and a height.
   */
  imageSizes: Record<string, ImageSize>;
  /** Shown above the body; its article is listed in the video section. */
  video?: ArticleVideo;
  /** The writer's summary, or one derived from the first paragraph. */
  summary: string;
  /** The writer's own summary, printed as the lede; a derived one would repeat the first paragraph. */
  lede?: string;
  tags: string[];
  /** URLs of the articles the writer named in `related:`, in the writer's order (resolved by the loader). */
  related: string[];
  status: PublicationStatus;
  /** The editor put it among the front page's top stories (`featured: true`), for a few days. */
  featured: boolean;
  /** Markdown body, rendered when its page is written. */
  body: string;
  /** Line of the file where the body starts, for messages about the body. */
  bodyLine: number;
  /** Hash of the whole source file: the key for caches of work derived from it. */
  contentHash: string;
}

/** Draft beats scheduled: a draft is unpublished whatever its date says. */
export function publicationStatus(frontMatter: Pick<ArticleFrontMatter, "draft" | "published">, buildTime: DateTime): PublicationStatus {
  if (frontMatter.draft) return "draft";
  return frontMatter.published > buildTime ? "scheduled" : "published";
}

export function toArticle(
  frontMatter: ArticleFrontMatter,
  source: { sourcePath: string; text: string; body: string; bodyLine: number; imageSizes?: Record<string, ImageSize> },
  context: { buildTime: DateTime; markdown: MarkdownIt },
): Article {
  const slug = frontMatter.slug ?? (slugify(frontMatter.title) || "bai-viet");
  const lang = frontMatter.lang ?? DEFAULT_LANGUAGE;
  return {
    sourcePath: source.sourcePath,
    url: articleUrl(frontMatter.published, slug, lang),
    slug,
    lang,
    title: frontMatter.title,
    category: frontMatter.category,
    published: frontMatter.published,
    updated: frontMatter.updated,
    authors: frontMatter.author ?? [],
    photographers: frontMatter.photo ?? [],
    source: frontMatter.source,
    image: frontMatter.image && { ...frontMatter.image, ...source.imageSizes?.[frontMatter.image.src] },
    imageSizes: source.imageSizes ?? {},
    video: frontMatter.video,
    summary: frontMatter.summary ?? deriveSummary(context.markdown, source.body),
    lede: frontMatter.summary,
    tags: frontMatter.tags ?? [],
    related: [],
    status: publicationStatus(frontMatter, context.buildTime),
    featured: frontMatter.featured ?? false,
    body: source.body,
    bodyLine: source.bodyLine,
    contentHash: createHash("sha1").update(source.text).digest("hex"),
  };
}

/** Newest first; equal times by URL, so that order never depends on the file system. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.published.toMillis() - a.published.toMillis() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
