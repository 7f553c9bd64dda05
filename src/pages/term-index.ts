/**
 * The names articles carry in lists (tags, authors), grouped once per build and language into
 * terms, each with its URL and its articles newest first: what tag and author pages list, and what
 * an article's tags and byline link to.
 *
 * A term's slug is its name's (`slugify`), so "Vệ tinh" and "vệ tinh" are one page. Tone marks
 * distinguish words, though: "đồng" and "động" fold to one slug, and two different words must never
 * share a page. The word whose first article is the oldest keeps the plain slug (so a new article
 * never moves an existing page), and every other gets a suffix from its own name (`dong-1f3a9c`),
 * the same whatever else the archive holds.
 */
import { createHash } from "node:crypto";
import type { ArticleSummary } from "../article-summary.ts";
import { slugify } from "../slug.ts";
import { termKey } from "../text/term-key.ts";

export { termKey };

export interface TermLink {
  name: string;
  url: string;
}

export interface Term extends TermLink {
  slug: string;
  feedUrl: string;
  /** Newest first. */
  summaries: ArticleSummary[];
}

/** What one article brings to an index: the names it carries and its summary. */
export interface TermSource {
  names: readonly string[];
  summary: ArticleSummary;
}

/**
 * Every term of a language's articles, by `termKey`, in order of slug.
 * @param sources the language's articles, newest first
 * @param urls the term's page and feed URLs from its slug (src/urls.ts)
 * @example termIndex([{ names: ["Vệ tinh"], summary }], { page: tagUrl, feed: tagFeedUrl }).get("vệ tinh")?.url // "/tag/ve-tinh/"
 */
export function termIndex(sources: readonly TermSource[], urls: { page: (slug: string) => string; feed: (slug: string) => string }): Map<string, Term> {
  const found = new Map<string, { name: string; summaries: ArticleSummary[]; oldest: number }>();
  sources.forEach(({ names, summary }, index) => {
    for (const name of names) {
      const key = termKey(name);
      if (key === "") continue;
      const entry = found.get(key);
      if (!entry) found.set(key, { name: name.trim(), summaries: [summary], oldest: index });
      else if (entry.summaries.at(-1) !== summary) {
        entry.summaries.push(summary);
        entry.oldest = index;
      }
    }
  });
  const keysBySlug = new Map<string, string[]>();
  for (const key of found.keys()) {
    const slug = slugify(key);
    keysBySlug.set(slug, [...(keysBySlug.get(slug) ?? []), key]);
  }
  const terms: Term[] = [];
  for (const [slug, keys] of keysBySlug) {
    // The word with the oldest first article keeps the plain slug; ties (never expected) by key.
    const ordered = keys.sort((a, b) => found.get(b)!.oldest - found.get(a)!.oldest || (a < b ? -1 : 1));
    ordered.forEach((key, rank) => {
      const suffix = createHash("sha1").update(key).digest("hex").slice(0, 6);
      const termSlug = slug === "" ? `t-${suffix}` : rank === 0 ? slug : `${slug}-${suffix}`;
      const { name, summaries } = found.get(key)!;
      terms.push({ name, slug: termSlug, url: urls.page(termSlug), feedUrl: urls.feed(termSlug), summaries });
    });
  }
  terms.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return new Map(terms.map((term) => [termKey(term.name), term]));
}
