/**
 * The site's machine-readable files: sitemaps (with `lastmod` from the newest article each page
 * shows), the news sitemap and robots.txt.
 */
import type { ListPage } from "../archive.ts";
import type { Article } from "../content/article.ts";
import type { SiteConfig } from "../content/data-files.ts";
import { type OutputFile, type SitemapEntry, newsSitemap, robotsTxt, sitemapFiles } from "../feeds/sitemap.ts";
import { DEFAULT_LANGUAGE } from "../language.ts";
import type { ArticlePage } from "./article-page.ts";
import type { FrontPage } from "./front-page.ts";
import type { SiteArchive } from "./build-pages.ts";

/** The front page changes with its newest story, wherever it is printed (a pinned lead may be older). */
const newestOfFront = (home: FrontPage): string | undefined =>
  [home.lead, ...home.secondary, home.latest[0]].reduce<string | undefined>((newest, story) => (story && (!newest || story.published.iso > newest) ? story.published.iso : newest), undefined);

const newestOf = (page: Pick<ListPage, "articles">): string | undefined => page.articles[0]?.published.iso;

export function siteFiles(
  site: SiteConfig,
  articles: readonly Article[],
  articlePages: readonly ArticlePage[],
  archive: SiteArchive,
  buildTime: Article["published"],
): OutputFile[] {
  const entries: SitemapEntry[] = [
    // Each language's home and archive index change with its newest article.
    ...archive.homePages.flatMap((home, index) => {
      const lastmod = newestOfFront(home);
      return [{ url: home.url, lastmod }, { url: archive.archiveIndexPages[index]!.url, lastmod }];
    }),
    ...archive.categoryPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...archive.videoPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...archive.tagPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...archive.authorPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...archive.yearPages.map((page) => ({ url: page.url })),
    ...archive.monthPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...archive.dayPages.map((page) => ({ url: page.url, lastmod: newestOf(page) })),
    ...articlePages.map((page) => ({ url: page.url, lastmod: (page.updated ?? page.published).iso })),
  ];
  const sitemaps = sitemapFiles(entries, site.url);
  const publicationName = (lang: string): string => (lang === DEFAULT_LANGUAGE ? site.publisher : site.publisherEn);
  const news = newsSitemap(articles, { siteUrl: site.url, publicationName, language: site.language, buildTime });
  const advertised = news ? [sitemaps[0]!.path, news.path] : [sitemaps[0]!.path];
  return [...sitemaps, ...(news ? [news] : []), robotsTxt(site.url, advertised)];
}
