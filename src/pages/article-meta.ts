/**
 * What an article page tells search engines and social networks: OpenGraph and Twitter card
 * tags, and schema.org NewsArticle JSON-LD (https://schema.org/NewsArticle), all with absolute URLs.
 */
import type { SiteConfig } from "../content/data-files.ts";
import { absoluteUrl } from "../feeds/xml.ts";
import type { ArticlePage } from "./article-page.ts";

export interface MetaTag {
  /** `property` for OpenGraph, `name` for Twitter. */
  attribute: "property" | "name";
  key: string;
  content: string;
}

export interface ArticleMeta {
  canonicalUrl: string;
  tags: MetaTag[];
  /** Serialized JSON-LD, safe to print inside `<script type="application/ld+json">`. */
  jsonLd: string;
}

export function articleMeta(page: ArticlePage, site: SiteConfig): ArticleMeta {
  const canonicalUrl = absoluteUrl(site.url, page.url);
  const image = page.image ? absoluteUrl(site.url, page.image.src) : undefined;
  const modified = (page.updated ?? page.published).iso;
  const og = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attribute: "property", key, content }] : []);
  const twitter = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attribute: "name", key, content }] : []);
  const tags: MetaTag[] = [
    ...og("og:type", "article"),
    ...og("og:site_name", site.title),
    ...og("og:locale", site.language === "vi" ? "vi_VN" : site.language),
    ...og("og:title", page.title),
    ...og("og:description", page.summary),
    ...og("og:url", canonicalUrl),
    ...og("og:image", image),
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
    inLanguage: site.language,
    ...(image ? { image: [image] } : {}),
    author: (page.authors.length > 0 ? page.authors : [site.publisher]).map((name) => ({ "@type": "Person", name })),
    publisher: { "@type": "Organization", name: site.publisher, url: absoluteUrl(site.url, "/") },
    ...(page.tags.length > 0 ? { keywords: page.tags.join(", ") } : {}),
  };
  return { canonicalUrl, tags, jsonLd: safeJsonForScript(jsonLd) };
}

/** JSON that cannot close its `<script>` element or start an HTML comment, whatever the text holds. */
export function safeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
