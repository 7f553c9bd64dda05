/**
 * Links in article bodies to pages of the site itself (`[…](/2024/01/27/slug/)`, a day, a month, a
 * year, a category, a tag, an author), checked against the archive as loaded, without a build: a
 * link to a page the site will not have is an error at its line (issue 17), where `npm run
 * check-links` finds it only after a full build. Links of other shapes (static pages, feeds, files)
 * and links to other sites are not ours to judge here.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../language.ts";
import { slugify } from "../slug.ts";
import { closestWord } from "../text/closest-word.ts";
import { newsroomDay } from "../dates.ts";
import { isRootRelative } from "../urls.ts";
import type { WriterMessages } from "../writer-messages.ts";
import type { Article } from "./article.ts";
import { markdownLines } from "./image-references.ts";

export interface BodyLink {
  href: string;
  line: number;
}

/** `[text](destination)`, not an image: the destination, perhaps in angle brackets. */
const BODY_LINK = /(?<!!)\[[^\]]*\]\(\s*(<[^>]*>|[^\s)]+)/g;

/**
 * The links of a body that go to the site itself (a site-root path, or the site's own absolute URL), with their lines.
 * @example bodyLinks("Xem [tin](/2024/01/27/a/).", 6, "https://x.org") // [{ href: "/2024/01/27/a/", line: 6 }]
 */
export function bodyLinks(body: string, bodyLine: number, siteUrl = ""): BodyLink[] {
  if (!body.includes("](")) return [];
  const links: BodyLink[] = [];
  for (const { text, line } of markdownLines(body, bodyLine)) {
    for (const match of text.matchAll(BODY_LINK)) {
      const href = match[1]!.replace(/^<|>$/g, "");
      const local = siteUrl && href.startsWith(`${siteUrl}/`) ? href.slice(siteUrl.length) : href;
      if (isRootRelative(local)) links.push({ href: local, line });
    }
  }
  return links;
}

/** The pages of the site that links can be checked against, by language. */
export interface LinkTargets {
  /** Every URL an article answers at: its own, its aliases, its former ones. */
  articleUrls: Set<string>;
  days: Set<string>;
  categories: Set<string>;
  tags: Set<string>;
  authors: Set<string>;
  /** Article URLs for "did you mean". */
  urlList: string[];
}

/**
 * What the site will have, from the loaded archive: articles at any status (a draft's URL exists once
 * it is published), and the days, tags and authors of the articles that lists show (not drafts, not withdrawn).
 */
export function linkTargets(articles: readonly Article[], categories: readonly { key: string; formerKeys?: readonly string[] }[]): LinkTargets {
  const targets: LinkTargets = { articleUrls: new Set(), days: new Set(), categories: new Set(), tags: new Set(), authors: new Set(), urlList: [] };
  for (const article of articles) {
    for (const url of [article.url, ...article.aliases, ...article.formerUrls]) targets.articleUrls.add(withSlash(url));
    targets.urlList.push(article.url);
    if (article.status === "draft" || article.withdrawn) continue;
    const { year, month, day } = newsroomDay(article.published);
    const prefix = article.lang === DEFAULT_LANGUAGE ? "" : `${article.lang}:`;
    for (const period of [`${year}`, `${year}/${pad(month)}`, `${year}/${pad(month)}/${pad(day)}`]) targets.days.add(prefix + period);
    for (const tag of article.tags) targets.tags.add(prefix + slugify(tag));
    for (const author of article.authors) targets.authors.add(prefix + slugify(author));
  }
  for (const category of categories) for (const key of [category.key, ...(category.formerKeys ?? [])]) targets.categories.add(key);
  return targets;
}

const pad = (value: number): string => String(value).padStart(2, "0");
const withSlash = (url: string): string => (url.endsWith("/") || /\.[a-z0-9]+$/i.test(url) ? url : `${url}/`);

/** `/en/…` or `/…`: the language of a path and the path without its language root. */
function languageOf(path: string): { lang: Language; rest: string } {
  for (const lang of LANGUAGES) if (lang !== DEFAULT_LANGUAGE && (path === `/${lang}` || path.startsWith(`/${lang}/`))) return { lang, rest: path.slice(lang.length + 1) || "/" };
  return { lang: DEFAULT_LANGUAGE, rest: path };
}

/** A tag or author slug that two spellings shared gets a suffix (src/pages/term-index.ts): its base names the term. */
const termBase = (slug: string): string => slug.replace(/-[0-9a-f]{6}$/, "");

/**
 * What is wrong with a link to the site, or undefined when the page will exist or the link is of a
 * shape this check does not know.
 * @param pathPrefix the path the site is served under (`/tin/`), which a link may carry
 */
export function brokenLinkMessage(href: string, targets: LinkTargets, say: WriterMessages, pathPrefix = "/"): string | undefined {
  let path = href.split(/[?#]/)[0]!;
  if (pathPrefix !== "/" && path.startsWith(pathPrefix)) path = path.slice(pathPrefix.length - 1);
  try {
    path = decodeURI(path);
  } catch {
    return undefined;
  }
  const { lang, rest } = languageOf(path);
  const prefix = lang === DEFAULT_LANGUAGE ? "" : `${lang}:`;
  const article = /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/?$/.exec(rest);
  if (article) {
    if (targets.articleUrls.has(withSlash(path))) return undefined;
    return say.linkNoArticle(href, closestWord(withSlash(path), targets.urlList));
  }
  const period = /^\/(\d{4})(?:\/(\d{2}))?(?:\/(\d{2}))?(?:\/page\/\d+)?\/?$/.exec(rest);
  if (period) {
    const key = [period[1], period[2], period[3]].filter(Boolean).join("/");
    return targets.days.has(prefix + key) ? undefined : say.linkNoNews(href);
  }
  const term = /^\/(category|tag|author)\/([^/]+)\/?(?:page\/\d+\/?|feed\.xml)?$/.exec(rest);
  if (!term) return undefined;
  const [, kind, slug] = term as unknown as [string, "category" | "tag" | "author", string];
  if (kind === "category") return targets.categories.has(slug) ? undefined : say.linkNoCategory(href, closestWord(slug, [...targets.categories]));
  const known = kind === "tag" ? targets.tags : targets.authors;
  return known.has(prefix + termBase(slug)) ? undefined : say.linkNoTerm(href);
}
