/**
 * The pages that keep old URLs answering (issue 18), as flat lists of page objects:
 * - redirect pages: each alias, each former URL of an article, each page and feed of a renamed
 *   category's former key, leading in one hop to where the reader is expected;
 * - withdrawn pages: a withdrawn article's URL, saying when and why it was taken down;
 * and the same list as rules for the hosts that read them: `_redirects` (Netlify, Cloudflare Pages),
 * nginx `map` files and Apache's `.htaccess`.
 */
import type { Article } from "../content/article.ts";
import type { Category, SiteConfig } from "../content/data-files.ts";
import { comparablePath, outputPathOf } from "../content/permanent-urls.ts";
import { decodedPath } from "../content/permanence-fields.ts";
import { strings } from "../i18n.ts";
import { formatDate, isoTimestamp } from "../dates.ts";
import type { OutputFile } from "../feeds/sitemap.ts";
import type { Language } from "../language.ts";
import { absoluteUrl, categoryUrl, permalinkFor, withPathPrefix } from "../urls.ts";

export interface RedirectPage {
  /** The old path, as readers' links name it. */
  url: string;
  /** The file a static host serves for it. */
  outputPath: string;
  /** Root-relative URL it leads to: always a page of the site itself. */
  target: string;
  /** The target as the page's refresh names it (served under the site's path prefix). */
  refreshUrl: string;
  /** The target's absolute URL: the page's canonical and its visible link. */
  canonicalUrl: string;
  lang: Language;
  title: string;
  text: string;
}

export interface WithdrawnPage {
  url: string;
  outputPath: string;
  lang: Language;
  canonicalUrl: string;
  title: string;
  text: string;
  reasonLabel: string;
  reason: string;
  date: { iso: string; text: string };
}

function redirectPage(url: string, target: string, lang: Language, site: SiteConfig): RedirectPage {
  const t = strings[lang];
  return {
    url,
    outputPath: outputPathOf(url),
    target,
    // Eleventy's HTML base plugin prefixes a `.html` page's refresh URL itself (it reads meta refresh);
    // an old `.aspx` or `.php` path is no HTML file to it, so its page gets the prefix here.
    refreshUrl: outputPathOf(url).endsWith(".html") ? target : withPathPrefix(site.pathPrefix, target),
    // The site's URL holds its path prefix already.
    canonicalUrl: absoluteUrl(site.url, target),
    lang,
    title: t.redirectTitle,
    text: t.redirectText,
  };
}

/**
 * Redirect pages for the articles shown (withdrawn ones included: their old URLs lead to the page
 * that says so) and for the pages of renamed categories.
 * @param categoryPageUrls the URLs of the category pages this build writes (every page of each list)
 * @example redirectPages([{ url: "/2024/01/27/moi/", aliases: ["/tin-tuc/1.html"], formerUrls: [], lang: "vi" }], [], [], site)[0].target // "/2024/01/27/moi/"
 */
export function redirectPages(
  articles: readonly Pick<Article, "url" | "aliases" | "formerUrls" | "lang">[],
  categories: readonly Pick<Category, "key" | "formerKeys">[],
  categoryPageUrls: readonly { url: string; lang: Language }[],
  site: SiteConfig,
  archiveUrls: ReadonlySet<string> = new Set(),
): RedirectPage[] {
  const pages: RedirectPage[] = [];
  for (const article of articles) {
    for (const url of [...article.formerUrls, ...article.aliases]) {
      // An alias that is the article's own URL is answered by the article's page itself.
      if (comparablePath(url) !== article.url) pages.push(redirectPage(url, article.url, article.lang, site));
    }
  }
  pages.push(...emptiedArchivePages(articles, archiveUrls, site));
  for (const category of categories) {
    for (const formerKey of category.formerKeys ?? []) {
      for (const page of categoryPageUrls) {
        const current = categoryUrl(category.key, page.lang);
        if (!page.url.startsWith(current)) continue;
        pages.push(redirectPage(`${categoryUrl(formerKey, page.lang)}${page.url.slice(current.length)}`, page.url, page.lang, site));
      }
    }
  }
  // One page per URL: the loader has already refused aliases that collide with anything else.
  const unique = new Map<string, RedirectPage>();
  for (const page of pages) if (!unique.has(page.outputPath)) unique.set(page.outputPath, page);
  return [...unique.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** `/2024/01/27/slug/` → the day, month and year pages it sits in, each with the one above it. */
const ARTICLE_PATH = /^(\/(?:en\/)?)(\d{4})\/(\d{2})\/(\d{2})\/[^/]+\/$/;

/**
 * The day, month and year pages that an article's URL (or a former one) names but that no longer
 * exist, because its `published` day was corrected or it was withdrawn: each leads to the nearest
 * page above it that does (the month, the year, the archive index).
 */
function emptiedArchivePages(
  articles: readonly Pick<Article, "url" | "formerUrls" | "lang">[],
  archiveUrls: ReadonlySet<string>,
  site: SiteConfig,
): RedirectPage[] {
  if (archiveUrls.size === 0) return [];
  const pages = new Map<string, RedirectPage>();
  for (const article of articles) {
    for (const url of [article.url, ...article.formerUrls]) {
      const match = ARTICLE_PATH.exec(url);
      if (!match) continue;
      const [, root, year, month, day] = match;
      const chain = [`${root}${year}/${month}/${day}/`, `${root}${year}/${month}/`, `${root}${year}/`, `${root}archive/`];
      for (let level = 0; level < chain.length - 1; level++) {
        const page = chain[level]!;
        if (archiveUrls.has(page) || pages.has(page)) continue;
        const target = chain.slice(level + 1).find((candidate) => archiveUrls.has(candidate)) ?? chain.at(-1)!;
        pages.set(page, redirectPage(page, target, article.lang, site));
      }
    }
  }
  return [...pages.values()];
}

/** The page at each withdrawn article's URL, in the article's language; its title is not repeated. */
export function withdrawnPages(articles: readonly Article[], site: SiteConfig): WithdrawnPage[] {
  return articles.flatMap((article) => {
    if (!article.withdrawn) return [];
    const t = strings[article.lang];
    const date = formatDate(article.withdrawn.date, article.lang);
    return [{
      url: article.url,
      outputPath: permalinkFor(article.url),
      lang: article.lang,
      canonicalUrl: absoluteUrl(site.url, article.url),
      title: t.withdrawnTitle,
      text: t.withdrawnText.replace("{date}", date),
      reasonLabel: t.withdrawnReason,
      reason: article.withdrawn.reason,
      date: { iso: isoTimestamp(article.withdrawn.date), text: date },
    }];
  });
}

/** A path as `_redirects` and nginx want it: no spaces (aliases cannot hold them), under the path prefix. */
const served = (pathPrefix: string, url: string): string => withPathPrefix(pathPrefix, url);

/** A renamed category's feeds, copied to their former paths: a feed reader cannot follow an HTML redirect. */
export function formerFeedPaths(category: Pick<Category, "key" | "formerKeys">, lang: Language): { path: string; formerPath: string }[] {
  return (category.formerKeys ?? []).map((formerKey) => ({ path: `${categoryUrl(category.key, lang)}feed.xml`, formerPath: `${categoryUrl(formerKey, lang)}feed.xml` }));
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: a 301 for each old URL (one hop, always to this
 * site), and a 410 for each withdrawn URL that Netlify serves with the page that says so.
 * Cloudflare Pages accepts only 3xx (and 200) codes and skips the 410 lines.
 * @example redirectsFile([{ url: "/a/", target: "/b/" }], [], { pathPrefix: "/" }).content // "…/a/ /b/ 301\n"
 */
export function redirectsFile(
  redirects: readonly Pick<RedirectPage, "url" | "target">[],
  withdrawn: readonly Pick<WithdrawnPage, "url" | "outputPath">[],
  feeds: readonly { path: string; formerPath: string }[],
  site: Pick<SiteConfig, "pathPrefix">,
): OutputFile {
  const lines = [
    "# Old URLs of this site and where they lead (tintuc, src/pages/redirect-pages.ts). Netlify and Cloudflare Pages read this file.",
    // Netlify wants special characters in paths percent-encoded.
    ...redirects.map((redirect) => `${served(site.pathPrefix, encodeURI(decodedPath(redirect.url)))} ${served(site.pathPrefix, redirect.target)} 301`),
    ...feeds.map((feed) => `${served(site.pathPrefix, feed.formerPath)} ${served(site.pathPrefix, feed.path)} 301`),
    "# Withdrawn articles: Netlify answers 410 Gone with the page that says when and why (! : although the file exists).",
    ...withdrawn.map((page) => `${served(site.pathPrefix, page.url)} ${served(site.pathPrefix, page.outputPath)} 410!`),
  ];
  return { outputPath: "/_redirects", content: `${lines.join("\n")}\n` };
}

/**
 * The same redirects for nginx, as the bodies of two `map` blocks (docs/operations.md, Old URLs):
 * `redirects.nginx.map` maps an old URI to its new one, `gone.nginx.map` marks withdrawn URIs.
 */
export function nginxMapFiles(
  redirects: readonly Pick<RedirectPage, "url" | "target">[],
  withdrawn: readonly Pick<WithdrawnPage, "url">[],
  feeds: readonly { path: string; formerPath: string }[],
  site: Pick<SiteConfig, "pathPrefix">,
): OutputFile[] {
  const quote = (value: string): string => `"${value.replace(/["\\]/g, "\\$&")}"`;
  const pairs = [...redirects.map((redirect) => [redirect.url, redirect.target] as const), ...feeds.map((feed) => [feed.formerPath, feed.path] as const)]
    // nginx's $uri is what was asked for: a folder-like path answers with and without its slash.
    .flatMap(([from, to]) => (comparablePath(from).endsWith("/") ? [[comparablePath(from), to] as const, [comparablePath(from).slice(0, -1), to] as const] : [[decodedPath(from), to] as const]));
  return [
    { outputPath: "/redirects.nginx.map", content: pairs.map(([from, to]) => `${quote(served(site.pathPrefix, from))} ${quote(served(site.pathPrefix, to))};\n`).join("") },
    { outputPath: "/gone.nginx.map", content: withdrawn.map((page) => `${quote(served(site.pathPrefix, page.url))} 1;\n`).join("") },
  ];
}

/** Apache (mod_alias): each old URL, with or without its trailing slash, to its new one. */
export function htaccessFile(
  redirects: readonly Pick<RedirectPage, "url" | "target">[],
  feeds: readonly { path: string; formerPath: string }[],
  site: Pick<SiteConfig, "pathPrefix">,
): OutputFile {
  const pattern = (url: string): string => `^${served(site.pathPrefix, decodedPath(url)).replace(/\/$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/?$`;
  const pairs = [...redirects.map((redirect) => [redirect.url, redirect.target] as const), ...feeds.map((feed) => [feed.formerPath, feed.path] as const)];
  const lines = ["# Old URLs of this site and where they lead (tintuc). Apache reads this file with AllowOverride FileInfo.", ...pairs.map(([from, to]) => `RedirectMatch 301 "${pattern(from)}" "${served(site.pathPrefix, to)}"`)];
  return { outputPath: "/.htaccess", content: `${lines.join("\n")}\n` };
}
