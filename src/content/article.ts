/**
 * An article as the rest of tintuc sees it: validated, in GMT+7, with its URL and publication status
 * decided once, here, so that no template ever has to ask whether a draft should show.
 */
import { createHash } from "node:crypto";
import type { DateTime } from "luxon";
import { encode } from "mdurl";
import type { MarkdownIt } from "markdown-it";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { slugify } from "../slug.ts";
import { foldedFormsOfDWords } from "../text/folded-forms.ts";
import { deriveSummary } from "../summary.ts";
import { articleUrl } from "../urls.ts";
import { postIdOfAlias } from "../query-aliases.ts";
import type { ArticleFrontMatter, LeadImage } from "./schema.ts";
import type { ImageSize } from "./local-images.ts";
import type { ArticleVideo } from "./video-field.ts";
import type { Correction, Withdrawal } from "./permanence-fields.ts";

export type PublicationStatus = "published" | "draft" | "scheduled";

export interface Article {
  /** Source file relative to the project, e.g. `content/articles/2024/01/x.md`. */
  sourcePath: string;
  url: string;
  slug: string;
  /** The writer set `slug:`; a change of it is a deliberate change of URL (src/content/published-record.ts). */
  slugGiven: boolean;
  /** Older paths that lead here: the writer's `aliases:` that are paths. */
  aliases: string[];
  /** WordPress post IDs whose `/?p=ID` leads here: the `aliases:` of that form (src/query-aliases.ts). */
  postIds: string[];
  /** URLs this article had when published and keeps answering at (from the record of published URLs). */
  formerUrls: string[];
  /** Taken down: its URL says so, and it leaves every list. */
  withdrawn?: Withdrawal;
  /** Oldest first; the newest one's date is `updated` when later. */
  corrections: Correction[];
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
  /** The unaccented forms of the body's đ-words, for search (src/text/folded-forms.ts): found with the file, kept with it. */
  bodyFoldedForms: string[];
  /** Line of the file where the body starts, for messages about the body. */
  bodyLine: number;
  /** Hash of the whole source file: the key for caches of work derived from it. */
  contentHash: string;
}

/**
 * A site-root path as a link, percent-encoded as markdown-it encodes the body's (`100%.jpg` →
 * `100%25.jpg`, a space → `%20`; valid escapes kept), so that a lead photo and the same photo in
 * the body name one file (image-references.ts). Full URLs are the writer's, as written.
 */
const linkOf = (src: string): string => (src.startsWith("/") ? encode(src) : src);

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
  return settleArticle(articleOfFile(frontMatter, source, context.markdown), {
    draft: frontMatter.draft ?? false,
    imageSrc: frontMatter.image?.src,
    imageSizes: source.imageSizes ?? {},
    buildTime: context.buildTime,
  });
}

/**
 * An article as its file alone makes it: what neither the clock nor the image files decide, so that
 * it can be kept between builds keyed by the file's hash (src/content/derived-store.ts).
 */
export type ArticleOfFile = Omit<Article, "imageSizes" | "status">;

/** What toArticle() makes of the file alone. */
export function articleOfFile(frontMatter: ArticleFrontMatter, source: { sourcePath: string; text: string; body: string; bodyLine: number }, markdown: MarkdownIt): ArticleOfFile {
  const slug = frontMatter.slug ?? (slugify(frontMatter.title) || "bai-viet");
  const lang = frontMatter.lang ?? DEFAULT_LANGUAGE;
  const corrections = frontMatter.corrections ?? [];
  const lastCorrection = corrections.at(-1)?.date;
  const updated = lastCorrection && (!frontMatter.updated || lastCorrection > frontMatter.updated) ? lastCorrection : frontMatter.updated;
  return {
    sourcePath: source.sourcePath,
    url: articleUrl(frontMatter.published, slug, lang),
    slug,
    slugGiven: frontMatter.slug !== undefined,
    aliases: (frontMatter.aliases ?? []).filter((alias) => postIdOfAlias(alias) === undefined),
    postIds: (frontMatter.aliases ?? []).flatMap((alias) => postIdOfAlias(alias) ?? []),
    formerUrls: [],
    withdrawn: frontMatter.withdrawn,
    corrections,
    lang,
    title: frontMatter.title,
    category: frontMatter.category,
    published: frontMatter.published,
    updated,
    authors: frontMatter.author ?? [],
    photographers: frontMatter.photo ?? [],
    source: frontMatter.source,
    image: frontMatter.image && { ...frontMatter.image, src: linkOf(frontMatter.image.src) },
    video: frontMatter.video,
    summary: frontMatter.summary ?? deriveSummary(markdown, source.body),
    lede: frontMatter.summary,
    tags: frontMatter.tags ?? [],
    related: [],
    featured: frontMatter.featured ?? false,
    body: source.body,
    bodyFoldedForms: foldedFormsOfDWords([source.body]),
    bodyLine: source.bodyLine,
    contentHash: createHash("sha1").update(source.text).digest("hex"),
  };
}

/**
 * Completes an article of its file with what each build decides anew: its publication status at
 * the build's time and the sizes of its site-local images (the lead photo's found under `imageSrc`,
 * its src as written).
 */
export function settleArticle(
  article: ArticleOfFile,
  settled: { draft: boolean; imageSrc?: string; imageSizes: Record<string, ImageSize>; buildTime: DateTime },
): Article {
  return {
    ...article,
    image: article.image && { ...article.image, ...(settled.imageSrc === undefined ? undefined : settled.imageSizes[settled.imageSrc]) },
    imageSizes: settled.imageSizes,
    status: publicationStatus({ draft: settled.draft, published: article.published }, settled.buildTime),
  };
}

/** Newest first; equal times by URL, so that order never depends on the file system. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.published.toMillis() - a.published.toMillis() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
