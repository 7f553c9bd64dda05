/**
 * The site's machine-readable files: sitemaps (with `lastmod` from the newest article each page
 * shows), the news sitemap and robots.txt.
 */
import type { ListPage } from "../pager.ts";
import type { Article } from "../content/article.ts";
import type { SiteConfig } from "../content/data-files.ts";
import { type OutputFile, type SitemapEntry, newsSitemap, robotsTxt, sitemapFiles } from "../feeds/sitemap.ts";
import { DEFAULT_LANGUAGE } from "../language.ts";
import type { FrontPage } from "./front-page.ts";
import type { PagesByKind } from "./page-kinds.ts";

/** The front page changes with its newest story, wherever it is printed (a pinned lead may be older). */
const newestOfFront = (home: FrontPage): string | undefined =>
  [home.lead, ...home.secondary, home.latest[0]].reduce<string | undefined>((newest, story) => (story && (!newest || story.published.iso > newest) ? story.published.iso : newest), undefined);

const newestOf = (page: Pick<ListPage, "articles">): string | undefined => page.articles[0]?.published.iso;

export function siteFiles(
  site: SiteConfig,
  articles: readonly Article[],
  pages: Pick<PagesByKind, "article" | "dayPage" | "monthPage" | "yearPage" | "categoryPage" | "videoPage" | "home" | "archiveIndex" | "tagPage" | "authorPage">,
  buildTime: Article["published"],
): OutputFile[] {
  const entries: SitemapEntry[] = [
    // Each language's home and archive index change with its newest article.
    ...pages.home.flatMap((home, index) => {
      const lastmod = newestOfFront(home);
      return [{ url: home.url, lastmod }, { url: pages.archiveIndex[index]!.url, lastmod }];
    }),
    ...pages.categoryPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.videoPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.tagPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.authorPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.yearPage.map((page) => ({ url: page.url })),
    ...pages.monthPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.dayPage.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...pages.article.map((page) => ({ url: page.url, lastmod: (page.updated ?? page.published).iso })),
  ];
  const sitemaps = sitemapFiles(entries, site.url);
  const publicationName = (lang: string): string => (lang === DEFAULT_LANGUAGE ? site.publisher : site.publisherEn);
  const news = newsSitemap(articles, { siteUrl: site.url, publicationName, language: site.language, buildTime });
  const advertised = news ? [sitemaps[0]!.outputPath, news.outputPath] : [sitemaps[0]!.outputPath];
  return [...sitemaps, ...(news ? [news] : []), robotsTxt(site.url, advertised)];
}
