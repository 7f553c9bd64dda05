/**
 * Atom feeds (RFC 4287): the site's latest articles at /feed.xml and each category's at
 * /category/<key>/feed.xml. Each feed is fed from a small "latest N" list computed here once,
 * never from a whole-archive collection; every date is RFC 3339 in +07:00 whatever the machine's TZ.
 */
import type { Category, SiteConfig } from "../content/data-files.ts";
import type { LeadImage } from "../content/schema.ts";
import type { ImageSize } from "../content/local-images.ts";
import type { TimeView } from "../dates.ts";
import { categoryLink } from "../category-link.ts";
import { singleCopyUrl } from "../images/picture-html.ts";
import { type Strings, strings } from "../i18n.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { absoluteUrl, feedUrl, homeUrl } from "../urls.ts";

export const FEED_LENGTH = 50;

/** What a feed takes of an article: the fields of its page (src/pages/article-page.ts) that an entry prints. */
export interface FeedArticle {
  url: string;
  title: string;
  summary: string;
  published: TimeView;
  updated?: TimeView;
  authors: string[];
  category: { key: string; name: string };
  /** The entry's content: the lead photo, the body (rendered when the feed is written) and the credit lines. */
  image?: LeadImage;
  body: string;
  imageSizes: Record<string, ImageSize>;
  credits: string[];
  /** Printed above the body, each with its date. */
  corrections: { date: TimeView; text: string }[];
  correctionHeading: string;
  /** A video article's video: its poster, and where it plays (a provider's page, or a file of the site). */
  video?: { poster: string; embed?: { watchUrl: string; watchLabel: string }; file?: { src: string; type: string } };
}

/** What an entry's content is printed from (layouts/pages/feed.njk). */
export type FeedContent = Pick<FeedArticle, "url" | "image" | "body" | "imageSizes" | "credits" | "corrections" | "correctionHeading">;

export interface FeedEntry {
  /** Absolute URL, also the entry's id. */
  url: string;
  title: string;
  summary: string;
  published: string;
  updated: string;
  authors: string[];
  category: string;
  /**
   * A video article's poster, linked to where the video plays (the article page; a provider's own page
   * for an embedded video), printed above the body: a feed reader runs no player.
   */
  video?: { poster: string; href: string; label: string };
  /** A file video of the site, as an Atom enclosure (`rel="enclosure"`), absolute. */
  enclosure?: { url: string; type: string };
  /**
   * What the template prints as the entry's content, and no more: an article's page object also
   * holds its lists, metadata and search view, and each feed of 50 entries carried 50 of them into
   * the page cache's keys (half the bytes the build hashed) and into Eleventy.
   */
  page: FeedContent;
}

export interface FeedView {
  /** The feed's language, `xml:lang`. */
  lang: Language;
  /** Root-relative path of the feed file. */
  outputPath: string;
  /** Absolute URL of the feed, also its id. */
  selfUrl: string;
  /** Absolute URL of the page the feed follows. */
  alternateUrl: string;
  /** Base for turning the bodies' root-relative links and images absolute. */
  baseUrl: string;
  title: string;
  subtitle: string;
  /** Newest change among the entries; the feed's `updated`. */
  updated: string;
  entries: FeedEntry[];
}

/**
 * The feeds of one language: its latest articles, and each category's.
 * @param articles the published articles of that language, newest first
 * @param site the site as that language names it (`siteInLanguage`)
 * @param categories those whose feeds to write, in navigation order
 * @param fallbackUpdated `updated` of a feed with no entries (the build time)
 */
export function feedViews(
  articles: readonly FeedArticle[],
  categories: readonly Category[],
  site: SiteConfig,
  fallbackUpdated: string,
  lang: Language = DEFAULT_LANGUAGE,
): FeedView[] {
  const latestByCategory = new Map<string, FeedArticle[]>(categories.map((category) => [category.key, []]));
  const latest: FeedArticle[] = [];
  for (const page of articles) {
    if (latest.length < FEED_LENGTH) latest.push(page);
    const list = latestByCategory.get(page.category.key);
    if (list && list.length < FEED_LENGTH) list.push(page);
  }
  const view = (path: string, alternate: string, title: string, subtitle: string, pages: FeedArticle[]): FeedView =>
    feedView({ path, alternate, title, subtitle }, pages, site, fallbackUpdated, lang);
  return [
    view(feedUrl(lang), homeUrl(lang), site.title, site.description, latest),
    ...categories.map((category) => {
      const link = categoryLink(category, lang);
      // English feeds never carry the Vietnamese description: `description_en`, else the section's.
      const subtitle = (lang === DEFAULT_LANGUAGE ? category.description : category.descriptionEn) ?? site.description;
      return view(link.feedUrl, link.url, `${link.name} – ${site.title}`, subtitle, latestByCategory.get(category.key)!);
    }),
  ];
}

/**
 * One feed of a language: what it follows, and its articles newest first.
 * @example feedView({ path: "/tag/ve-tinh/feed.xml", alternate: "/tag/ve-tinh/", title, subtitle }, pages, site, now, "vi").selfUrl // "https://…/tag/ve-tinh/feed.xml"
 */
export function feedView(
  about: { path: string; alternate: string; title: string; subtitle: string },
  pages: readonly FeedArticle[],
  site: SiteConfig,
  fallbackUpdated: string,
  lang: Language,
): FeedView {
  const entries = pages.map((page) => entryOf(page, site, lang));
  // Every timestamp here has the same +07:00 form, so text order is time order.
  const updated = entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), entries[0]?.updated ?? fallbackUpdated);
  const { path, alternate, title, subtitle } = about;
  return { lang, outputPath: path, selfUrl: absoluteUrl(site.url, path), alternateUrl: absoluteUrl(site.url, alternate), baseUrl: absoluteUrl(site.url, "/"), title, subtitle, updated, entries };
}

/**
 * Entries made, by site and language, by page: an article is in the language's feed, its category's,
 * its tags' and its authors', and one entry object serves them all (made once; the page cache hashes
 * it once, src/pipeline/page-cache.ts).
 */
const madeEntries = new WeakMap<SiteConfig, Map<Language, WeakMap<FeedArticle, FeedEntry>>>();

function entryOf(page: FeedArticle, site: SiteConfig, lang: Language): FeedEntry {
  let bySite = madeEntries.get(site);
  if (!bySite) madeEntries.set(site, (bySite = new Map()));
  let byPage = bySite.get(lang);
  if (!byPage) bySite.set(lang, (byPage = new WeakMap()));
  let entry = byPage.get(page);
  if (!entry) byPage.set(page, (entry = toEntry(page, site, strings[lang])));
  return entry;
}

function toEntry(page: FeedArticle, site: SiteConfig, t: Strings): FeedEntry {
  const video = page.video;
  return {
    url: absoluteUrl(site.url, page.url),
    title: page.title,
    summary: page.summary,
    published: page.published.iso,
    updated: (page.updated ?? page.published).iso,
    authors: page.authors.length > 0 ? page.authors : [site.publisher],
    category: page.category.name,
    // The poster's copy nearest 800 px, as the lead photo's (feed.njk): never the camera's file.
    video: video && { poster: singleCopyUrl({ src: video.poster, ...page.imageSizes[video.poster] }), href: video.embed?.watchUrl ?? page.url, label: video.embed?.watchLabel ?? t.feedWatchVideo },
    enclosure: video?.file && { url: absoluteUrl(site.url, video.file.src), type: video.file.type },
    page: {
      url: page.url,
      image: page.image,
      body: page.body,
      imageSizes: page.imageSizes,
      credits: page.credits,
      corrections: page.corrections,
      correctionHeading: page.correctionHeading,
    },
  };
}
