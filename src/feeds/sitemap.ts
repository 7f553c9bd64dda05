/**
 * Sitemaps (https://www.sitemaps.org/protocol.html): every page with its last change, split into
 * numbered files under a sitemap index once past the protocol's 50,000 URLs per file; the Google
 * News sitemap of the last two days' articles; and robots.txt naming both.
 */
import type { DateTime } from "luxon";
import { isoTimestamp } from "../dates.ts";
import { absoluteUrl } from "../urls.ts";
import { escapeXml } from "../text/escape.ts";

export const MAX_URLS_PER_SITEMAP = 50_000;

export interface SitemapEntry {
  /** Root-relative URL. */
  url: string;
  /** `2024-01-27T22:01:00+07:00`. */
  lastmod?: string;
}

export interface OutputFile {
  /** Root-relative path of the file to write. */
  outputPath: string;
  content: string;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

function urlset(entries: readonly SitemapEntry[], siteUrl: string): string {
  const urls = entries.map(
    (entry) => `<url><loc>${escapeXml(absoluteUrl(siteUrl, entry.url))}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ""}</url>`,
  );
  return `${XML_HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

const newest = (entries: readonly SitemapEntry[]): string | undefined =>
  entries.reduce<string | undefined>((latest, entry) => (entry.lastmod && (!latest || entry.lastmod > latest) ? entry.lastmod : latest), undefined);

/**
 * `/sitemap.xml`, or past `maxPerFile` URLs a sitemap index at `/sitemap.xml` pointing to
 * `/sitemaps/sitemap-1.xml`, `/sitemaps/sitemap-2.xml`, …
 */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string, maxPerFile = MAX_URLS_PER_SITEMAP): OutputFile[] {
  if (entries.length <= maxPerFile) return [{ outputPath: "/sitemap.xml", content: urlset(entries, siteUrl) }];
  const parts: OutputFile[] = [];
  const index: string[] = [];
  for (let start = 0, n = 1; start < entries.length; start += maxPerFile, n++) {
    const chunk = entries.slice(start, start + maxPerFile);
    const path = `/sitemaps/sitemap-${n}.xml`;
    parts.push({ outputPath: path, content: urlset(chunk, siteUrl) });
    const lastmod = newest(chunk);
    index.push(`<sitemap><loc>${escapeXml(absoluteUrl(siteUrl, path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</sitemap>`);
  }
  const indexXml = `${XML_HEADER}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join("\n")}\n</sitemapindex>\n`;
  return [{ outputPath: "/sitemap.xml", content: indexXml }, ...parts];
}

export interface NewsItem {
  url: string;
  /** The article's language; the site's when absent. */
  lang?: string;
  title: string;
  published: DateTime;
}

/**
 * Articles published in the two days before build time, as Google News asks
 * (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap); each entry
 * names the publication as its own language does. `undefined` when nothing is that recent: an empty
 * `<urlset>` fails the news sitemap schema, so no file is written and robots.txt does not name one.
 * @example newsSitemap([], options) // undefined
 */
export function newsSitemap(
  items: readonly NewsItem[],
  options: { siteUrl: string; publicationName: (lang: string) => string; language: string; buildTime: DateTime },
): OutputFile | undefined {
  const since = options.buildTime.minus({ days: 2 });
  const recent = items.filter((item) => item.published > since && item.published <= options.buildTime);
  if (recent.length === 0) return undefined;
  const urls = recent.map((item) => {
    const lang = item.lang ?? options.language;
    return (
      `<url><loc>${escapeXml(absoluteUrl(options.siteUrl, item.url))}</loc><news:news><news:publication>` +
      `<news:name>${escapeXml(options.publicationName(lang))}</news:name><news:language>${escapeXml(lang)}</news:language>` +
      `</news:publication><news:publication_date>${isoTimestamp(item.published)}</news:publication_date>` +
      `<news:title>${escapeXml(item.title)}</news:title></news:news></url>`
    );
  });
  return {
    outputPath: NEWS_SITEMAP_PATH,
    content:
      `${XML_HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n` +
      `${urls.join("\n")}\n</urlset>\n`,
  };
}

export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";

/**
 * robots.txt: everything may be crawled; here are the sitemaps that were written.
 * @example robotsTxt("https://x.org", ["/sitemap.xml"]).content // "User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n"
 */
export function robotsTxt(siteUrl: string, sitemapPaths: readonly string[]): OutputFile {
  return {
    outputPath: "/robots.txt",
    content: `User-agent: *\nAllow: /\n\n${sitemapPaths.map((path) => `Sitemap: ${absoluteUrl(siteUrl, path)}\n`).join("")}`,
  };
}
