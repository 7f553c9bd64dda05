/**
 * A language's front page, as an editor controls it: a lead story and two to four secondary
 * stories, then the latest news, then a block per category. The editor chooses the top stories by
 * pinning them (`content/_data/front-page.yaml`, in the order written) or with `featured: true`
 * (newest first, each leaving the top `featured_days` after it was published); without a choice the
 * newest stories lead. No story appears twice on the page: each list skips what an earlier one shows,
 * and the sidebar's video block offers a video story the page does not already show.
 *
 * Cost: one pass over the language's summaries, newest first, stopping as soon as every list is
 * full; the featured stories are a short list the caller collects once.
 */
import type { DateTime } from "luxon";
import type { ArticleSummary } from "../article-summary.ts";
import type { CategoryLink } from "../category-link.ts";
import type { Language } from "../language.ts";
import { homeUrl, permalinkFor } from "../urls.ts";

/** Stories in the latest-news list. */
export const FRONT_LATEST_COUNT = 20;
/** Stories in each category block. */
export const FRONT_CATEGORY_COUNT = 5;
/** Secondary stories under the lead: at least this many when there is news enough… */
export const MIN_SECONDARY = 2;
/** …and at most this many, however many are featured. */
export const MAX_SECONDARY = 4;

export interface FrontPage {
  lang: Language;
  url: string;
  outputPath: string;
  /** The lead story, printed with its large photo and lede; none on a site without news. */
  lead?: ArticleSummary;
  secondary: ArticleSummary[];
  latest: ArticleSummary[];
  /** In the newsroom's category order; a category with nothing left to show gets no block. */
  categories: { category: CategoryLink; articles: ArticleSummary[] }[];
  /** The sidebar's video: the newest video story the page does not already show; null for none. */
  sidebarVideo: ArticleSummary | null;
}

/** What decides whether a story is on top: its URL, date and `featured:` flag. */
export interface FrontCandidate {
  url: string;
  published: DateTime;
  featured: boolean;
}

export interface FrontPageOptions {
  /** The build's "now": a featured story leaves the top `featuredDays` after it was published. */
  buildTime: DateTime;
  featuredDays: number;
  /** URLs the editor pinned, in the order the editor wrote them; they lead whatever their age. */
  pinned: readonly string[];
  latestCount?: number;
  categoryCount?: number;
}

/**
 * The URLs of the top stories, lead first: pinned ones, then featured ones still within their days,
 * newest first; topped up with the newest other stories to a lead and `MIN_SECONDARY` secondaries.
 * @param candidates the language's stories, newest first
 * @example topStoryUrls([a, b, c], { buildTime, featuredDays: 3, pinned: [c.url] }) // [c.url, a.url, b.url]
 */
export function topStoryUrls(candidates: readonly FrontCandidate[], options: Pick<FrontPageOptions, "buildTime" | "featuredDays" | "pinned">): string[] {
  const known = new Set(candidates.map((candidate) => candidate.url));
  const top = new Set(options.pinned.filter((url) => known.has(url)));
  const since = options.buildTime.minus({ days: options.featuredDays });
  for (const candidate of candidates) {
    // Newest first: past the first story older than the window, every featured one has expired.
    if (top.size >= 1 + MAX_SECONDARY || candidate.published <= since) break;
    if (candidate.featured && candidate.published <= options.buildTime) top.add(candidate.url);
  }
  for (const candidate of candidates) {
    if (top.size >= 1 + MIN_SECONDARY) break;
    // In preview a scheduled story is listed, badged, but never put on top.
    if (candidate.published <= options.buildTime) top.add(candidate.url);
  }
  return [...top].slice(0, 1 + MAX_SECONDARY);
}

/**
 * The front page of one language.
 * @param summaries the language's stories as lists print them, newest first
 * @param categories the language's categories, in navigation order
 * @example frontPage("vi", summaries, ["/2024/01/27/a/"], categories).lead?.url // "/2024/01/27/a/"
 */
export function frontPage(
  lang: Language,
  summaries: readonly ArticleSummary[],
  topUrls: readonly string[],
  categories: readonly CategoryLink[],
  options: Pick<FrontPageOptions, "latestCount" | "categoryCount"> = {},
): FrontPage {
  const latestCount = options.latestCount ?? FRONT_LATEST_COUNT;
  const categoryCount = options.categoryCount ?? FRONT_CATEGORY_COUNT;
  const byUrl = new Map<string, ArticleSummary>();
  const wanted = new Set(topUrls);
  const latest: ArticleSummary[] = [];
  const blocks = new Map<string, ArticleSummary[]>(categories.map((category) => [category.key, []]));
  let openBlocks = blocks.size;
  for (const summary of summaries) {
    if (wanted.has(summary.url)) {
      byUrl.set(summary.url, summary);
      continue;
    }
    if (latest.length < latestCount) {
      latest.push(summary);
      continue;
    }
    const block = blocks.get(summary.category.key);
    if (block && block.length < categoryCount) {
      block.push(summary);
      if (block.length === categoryCount) openBlocks--;
    }
    // Every list is full once the top stories are found too: the rest of the archive is not read.
    if (openBlocks === 0 && byUrl.size === wanted.size) break;
  }
  const top = topUrls.map((url) => byUrl.get(url)).filter((summary): summary is ArticleSummary => summary !== undefined);
  const shown = new Set([...top, ...latest, ...[...blocks.values()].flat()]);
  // Video stories are few: the newest one not shown above is found near the top of the list.
  const sidebarVideo = summaries.find((summary) => summary.video && !shown.has(summary)) ?? null;
  return {
    lang,
    url: homeUrl(lang),
    outputPath: permalinkFor(homeUrl(lang)),
    lead: top[0],
    secondary: top.slice(1),
    latest,
    categories: categories
      .map((category) => ({ category, articles: blocks.get(category.key)! }))
      .filter((block) => block.articles.length > 0),
    sidebarVideo,
  };
}
