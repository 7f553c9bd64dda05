/**
 * What an article page tells search engines and social networks: OpenGraph and Twitter card
 * tags, and schema.org NewsArticle JSON-LD (https://schema.org/NewsArticle), all with absolute URLs.
 */
import type { SiteConfig } from "../content/data-files.ts";
import { sharedImage } from "../images/picture-html.ts";
import { absoluteUrl } from "../urls.ts";
import type { ArticlePage } from "./article-page.ts";
import type { VideoView } from "./video-view.ts";

export const OPEN_GRAPH_LOCALES = { vi: "vi_VN", en: "en_US" } as const;

export interface MetaTag {
  /** `property` for OpenGraph, `name` for Twitter. */
  attribute: "property" | "name";
  key: string;
  content: string;
}

export interface ArticleMeta {
  canonicalUrl: string;
  /** The article and its translation, by language, for `<link rel="alternate" hreflang>`; empty without one. */
  alternates: { lang: string; url: string }[];
  tags: MetaTag[];
  /** Serialized JSON-LD, safe to print inside `<script type="application/ld+json">`. */
  jsonLd: string;
}

/** @param site the site as the article's language names it (`siteInLanguage`) */
export function articleMeta(page: ArticlePage, site: SiteConfig): ArticleMeta {
  const canonicalUrl = absoluteUrl(site.url, page.url);
  const alternates = page.translation
    ? [{ lang: page.lang, url: canonicalUrl }, { lang: page.translation.lang, url: absoluteUrl(site.url, page.translation.url) }].sort((a, b) => (a.lang < b.lang ? -1 : 1))
    : [];
  // A video article without a lead photo is shared with its video's poster, any other with the site's
  // share image: each as its 1200-px JPEG copy when it is a local photo (src/images/picture-html.ts).
  const photo = page.image ?? page.video?.posterImage ?? site.shareImage;
  const shared = photo && sharedImage(photo);
  const image = shared ? absoluteUrl(site.url, shared.url) : undefined;
  const modified = (page.updated ?? page.published).iso;
  const og = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attribute: "property", key, content }] : []);
  const twitter = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attribute: "name", key, content }] : []);
  const tags: MetaTag[] = [
    ...og("og:type", "article"),
    ...og("og:site_name", site.title),
    ...og("og:locale", OPEN_GRAPH_LOCALES[page.lang]),
    ...og("og:title", page.title),
    ...og("og:description", page.summary),
    ...og("og:url", canonicalUrl),
    ...og("og:image", image),
    // With its size, a sharing site can lay out the preview before it has fetched the photo.
    ...og("og:image:width", shared?.width?.toString()),
    ...og("og:image:height", shared?.height?.toString()),
    ...og("og:image:alt", page.image?.alt),
    ...og("article:published_time", page.published.iso),
    ...og("article:modified_time", modified),
    ...og("article:section", page.category.name),
    ...page.tags.flatMap((tag) => og("article:tag", tag)),
    ...twitter("twitter:card", image ? "summary_large_image" : "summary"),
    ...twitter("twitter:title", page.title),
    ...twitter("twitter:description", page.summary),
    ...twitter("twitter:image", image),
  ];
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: page.title,
    description: page.summary,
    url: canonicalUrl,
    mainEntityOfPage: canonicalUrl,
    datePublished: page.published.iso,
    dateModified: modified,
    articleSection: page.category.name,
    inLanguage: page.lang,
    ...(image ? { image: [shared?.width ? { "@type": "ImageObject", url: image, width: shared.width, height: shared.height } : image] } : {}),
    author:
      page.authorLinks.length > 0
        ? page.authorLinks.map(({ name, url }) => ({ "@type": "Person", name, url: absoluteUrl(site.url, url) }))
        : page.authors.length > 0
          ? page.authors.map((name) => ({ "@type": "Person", name }))
          : [{ "@type": "Organization", name: site.publisher, url: absoluteUrl(site.url, "/") }],
    publisher: {
      "@type": "Organization",
      name: site.publisher,
      url: absoluteUrl(site.url, "/"),
      ...(site.logo ? { logo: { "@type": "ImageObject", url: absoluteUrl(site.url, site.logo.src), ...(site.logo.width ? { width: site.logo.width, height: site.logo.height } : {}) } } : {}),
    },
    ...(page.tags.length > 0 ? { keywords: page.tags.join(", ") } : {}),
    ...(page.video ? { video: videoObject(page, page.video, site.url) } : {}),
    // https://schema.org/correction: each notice as a CorrectionComment.
    ...(page.corrections.length > 0
      ? { correction: page.corrections.map((correction) => ({ "@type": "CorrectionComment", text: correction.text, datePublished: correction.date.iso })) }
      : {}),
  };
  return { canonicalUrl, alternates, tags, jsonLd: safeJsonForScript(jsonLd) };
}

/** The article's video as schema.org describes one (https://schema.org/VideoObject). */
function videoObject(page: ArticlePage, video: VideoView, siteUrl: string): Record<string, unknown> {
  return {
    "@type": "VideoObject",
    name: page.title,
    description: page.summary,
    thumbnailUrl: [absoluteUrl(siteUrl, sharedImage(video.posterImage).url)],
    uploadDate: page.published.iso,
    ...(video.duration ? { duration: video.duration.iso } : {}),
    ...(video.embed ? { embedUrl: video.embed.embedUrl } : {}),
    ...(video.file ? { contentUrl: absoluteUrl(siteUrl, video.file.src) } : {}),
  };
}

/** JSON that cannot close its `<script>` element or start an HTML comment, whatever the text holds. */
export function safeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
