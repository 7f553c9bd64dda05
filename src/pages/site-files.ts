/**
 * The site's machine-readable files: sitemaps (with `lastmod` from the newest article each page
 * shows), the news sitemap and robots.txt.
 */
import type { ArchivePages, ListPage } from "../archive.ts";
import type { Article } from "../content/article.ts";
import type { SiteConfig } from "../content/data-files.ts";
import { type OutputFile, type SitemapEntry, newsSitemap, robotsTxt, sitemapFiles } from "../feeds/sitemap.ts";
import type { ArticlePage } from "./article-page.ts";

const newestOf = (page: Pick<ListPage, "articles">): string | undefined => page.articles[0]?.published.iso;

export function siteFiles(
  site: SiteConfig,
  articles: readonly Article[],
  articlePages: readonly ArticlePage[],
  archive: ArchivePages,
  buildTime: Article["published"],
): OutputFile[] {
  const newest = articlePages[0]?.published.iso;
  const entries: SitemapEntry[] = [
    { url: archive.home.url, lastmod: newest },
    { url: archive.archiveIndex.url, lastmod: newest },
    ...archive.categoryPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...archive.yearPages.map((page) => ({ url: page.url })),
    ...archive.monthPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...archive.dayPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...articlePages.map((page) => ({ url: page.url, lastmod: (page.updated ?? page.published).iso })),
  ];
  return [
    ...sitemapFiles(entries, site.url),
    newsSitemap(articles, { siteUrl: site.url, publicationName: site.publisher, language: site.language, buildTime }),
    robotsTxt(site.url),
  ];
}
