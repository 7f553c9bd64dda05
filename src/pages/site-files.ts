/**
 * The site's machine-readable files: sitemaps (with `lastmod` from the newest article each page
 * shows), the news sitemap and robots.txt.
 */
import type { ListPage } from "../listings.ts";
import type { Article } from "../content/article.ts";
import type { SiteConfig } from "../content/data-files.ts";
import { type OutputFile, type SitemapEntry, newsSitemap, robotsTxt, sitemapFiles } from "../feeds/sitemap.ts";
import type { PagesByKind } from "./page-kinds.ts";

const newestOf = (page: Pick<ListPage, "articles">): string | undefined => page.articles[0]?.published.iso;

export function siteFiles(
  site: SiteConfig,
  articles: readonly Article[],
  pages: Pick<PagesByKind, "article" | "dayPage" | "monthPage" | "yearPage" | "categoryPage" | "videoPage" | "home" | "archiveIndex">,
  buildTime: Article["published"],
): OutputFile[] {
  const entries: SitemapEntry[] = [
    // Each language's home and archive index change with its newest article.
    ...pages.home.flatMap((home, index) => {
      const lastmod = home.latest[0]?.published.iso;
      return [{ url: home.url, lastmod }, { url: pages.archiveIndex[index]!.url, lastmod }];
    }),
    ...pages.categoryPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.videoPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.yearPage.map((page) => ({ url: page.url })),
    ...pages.monthPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.dayPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.article.map((page) => ({ url: page.url, lastmod: (page.updated ?? page.published).iso })),
  ];
  return [
    ...sitemapFiles(entries, site.url),
    newsSitemap(articles, { siteUrl: site.url, publicationName: site.publisher, language: site.language, buildTime }),
    robotsTxt(site.url),
  ];
}
