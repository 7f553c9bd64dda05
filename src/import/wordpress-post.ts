/**
 * One WordPress post → the front matter of a tintuc article, without I/O: status, dates in GMT+7,
 * category and tags, author, summary, slug and old URLs. Media and the body are the caller's
 * (src/import/wordpress-import.ts), as they need files.
 */
import { DateTime } from "luxon";
import { load } from "cheerio";
import { isoTimestamp, NEWSROOM_ZONE } from "../dates.ts";
import { slugify } from "../slug.ts";
import { mapCategory, type CategoryMapping, type CategoryTarget } from "./categories.ts";
import type { WxrItem } from "./wxr-reader.ts";
import type { SkipReason } from "./import-report.ts";

export type PostStatus = { kind: "article"; draft: boolean; scheduled: boolean } | { kind: "skip"; reason: SkipReason };

/**
 * What a WordPress status becomes: `publish` an article, `future` a scheduled one, `draft` and
 * `pending` a draft; `private` and `trash` are skipped.
 * @example postStatus("pending") // { kind: "article", draft: true, scheduled: false }
 */
export function postStatus(status: string): PostStatus {
  switch (status) {
    case "publish":
      return { kind: "article", draft: false, scheduled: false };
    case "future":
      return { kind: "article", draft: false, scheduled: true };
    case "draft":
    case "pending":
      return { kind: "article", draft: true, scheduled: false };
    case "private":
      return { kind: "skip", reason: "skipPrivate" };
    case "trash":
      return { kind: "skip", reason: "skipTrash" };
    default:
      return { kind: "skip", reason: "skipOtherStatus" };
  }
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * A WordPress date (`2024-01-27 15:01:00`) read in a zone given as minutes east of UTC; the empty
 * `0000-00-00 00:00:00` WordPress writes for an unpublished post is no date.
 * @example wordpressDate("2024-01-27 15:01:00", 0)?.toISO() // "2024-01-27T22:01:00.000+07:00"
 */
export function wordpressDate(text: string, offsetMinutes: number): DateTime | undefined {
  const match = WP_DATE.exec(text.trim());
  if (!match || match[1] === "0000") return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!) - offsetMinutes * 60_000;
  const parsed = DateTime.fromMillis(utc, { zone: NEWSROOM_ZONE });
  return parsed.isValid ? parsed : undefined;
}

/** The site's zone as minutes east of UTC, from a post dated both ways; undefined when either is empty. */
export function siteOffsetMinutes(item: Pick<WxrItem, "postDate" | "postDateGmt">): number | undefined {
  const local = wordpressDate(item.postDate, 0);
  const gmt = wordpressDate(item.postDateGmt, 0);
  if (!local || !gmt) return undefined;
  return Math.round(local.diff(gmt, "minutes").minutes);
}

export interface PostDates {
  published?: DateTime;
  updated?: DateTime;
  /** The published date came from the local time (no GMT date). */
  fromLocal: boolean;
  /** The published date came from the modified date (no publication date at all). */
  fromModified: boolean;
}

/** `published` from the GMT date, else the local one in the site's zone, else the modified date; `updated` from the modified date when later. */
export function postDates(item: WxrItem, offsetMinutes: number): PostDates {
  const gmt = wordpressDate(item.postDateGmt, 0);
  const local = gmt ? undefined : wordpressDate(item.postDate, offsetMinutes);
  const modified = wordpressDate(item.postModifiedGmt, 0) ?? wordpressDate(item.postModified, offsetMinutes);
  const published = gmt ?? local ?? modified;
  const updated = published && modified && modified.toMillis() - published.toMillis() >= 60_000 ? modified : undefined;
  return { published, updated, fromLocal: !gmt && !!local, fromModified: !gmt && !local && !!modified };
}

export interface WxrCategory {
  nicename: string;
  parent: string;
  name: string;
}

/**
 * The post's category and the tags it brings: Yoast's primary category when set, else the first
 * category that is no other's parent; the other categories become tags, the primary's parents left out.
 */
export function postCategories(
  item: WxrItem,
  tree: ReadonlyMap<string, WxrCategory>,
  mapping: CategoryMapping,
  termIds: ReadonlyMap<string, string> = new Map(),
): { primary?: CategoryTarget; extraTags: string[] } {
  const categories = item.terms.filter((term) => term.domain === "category");
  if (categories.length === 0) return { extraTags: [] };
  const ancestorsOf = (nicename: string): Set<string> => {
    const seen = new Set<string>();
    for (let parent = tree.get(nicename)?.parent; parent && !seen.has(parent); parent = tree.get(parent)?.parent) seen.add(parent);
    return seen;
  };
  const allAncestors = new Set(categories.flatMap((term) => [...ancestorsOf(term.nicename)]));
  const yoast = termIds.get(item.meta._yoast_wpseo_primary_category ?? "");
  const primary = categories.find((term) => term.nicename === yoast) ?? categories.find((term) => !allAncestors.has(term.nicename)) ?? categories[0]!;
  const primaryAncestors = ancestorsOf(primary.nicename);
  const extraTags = categories
    .filter((term) => term !== primary && !primaryAncestors.has(term.nicename))
    .map((term) => term.name);
  return { primary: mapCategory(primary.nicename, primary.name, mapping), extraTags };
}

/** Text of an HTML fragment (titles and excerpts may hold entities and tags), whitespace collapsed. */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, " ").trim();
  return load(html, null, false).root().text().replace(/\s+/g, " ").trim();
}

/**
 * The article's slug: the post's own (`wp:post_name`, percent-decoded and folded), else the title's.
 * @example postSlug("%c4%91ang-bo", "x") // "dang-bo"
 */
export function postSlug(postName: string, title: string): string {
  let decoded = postName;
  try {
    decoded = decodeURIComponent(postName);
  } catch {
    // Kept as written.
  }
  // WordPress marks a trashed post's slug `…__trashed`; drafts may have none.
  return slugify(decoded.replace(/__trashed$/, "")) || slugify(title) || "bai-viet";
}

/**
 * The post's old addresses, site-relative: its permalink and `?p=ID`, which WordPress also answers.
 * @example postAliases("https://x.vn/2024/01/dang-bo/", "12") // ["/2024/01/dang-bo/", "/?p=12"]
 */
export function postAliases(link: string, postId: string): string[] {
  const aliases: string[] = [];
  try {
    const url = new URL(link);
    const relative = `${url.pathname}${url.search}`;
    if (relative !== "/") aliases.push(relative);
  } catch {
    // A post without a usable link keeps only its ?p= address.
  }
  if (/^\d+$/.test(postId) && !aliases.includes(`/?p=${postId}`)) aliases.push(`/?p=${postId}`);
  return aliases;
}

/** `2024/01`: the folder an article published at `instant` goes in. */
export function monthFolder(instant: DateTime): string {
  return isoTimestamp(instant).slice(0, 7).replace("-", "/");
}
