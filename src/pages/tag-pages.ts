/**
 * Tag pages, `/tag/<slug>/` (`/en/tag/<slug>/`): every article with the tag, newest first,
 * paginated like a category. A tag exists only while an article carries it, so no tag page is empty.
 */
import { type ListPage, PAGE_SIZE, paginate } from "../pager.ts";
import { strings } from "../i18n.ts";
import type { Language } from "../language.ts";
import type { Term } from "./term-index.ts";

/** What a tag or author page says of its term above the list. */
export interface TermHeader {
  name: string;
  url: string;
  feedUrl: string;
  count: number;
}

export interface TagPage extends ListPage {
  tag: TermHeader;
}

/**
 * One flat list of every page of every tag of a language, as Eleventy prints them at size 1.
 * @example tagPages("vi", termIndex(sources, { page: tagUrl, feed: tagFeedUrl }))[0].url // "/tag/ve-tinh/"
 */
export function tagPages(lang: Language, tags: ReadonlyMap<string, Term>, pageSize = PAGE_SIZE): TagPage[] {
  return [...tags.values()].flatMap((term) =>
    paginate(lang, term.url, `${strings[lang].tags}: ${term.name}`, term.summaries, pageSize, (list): TagPage => ({ ...list, tag: termHeader(term) })),
  );
}

/** @example termHeader(term).count // 3 */
export function termHeader(term: Term): TermHeader {
  return { name: term.name, url: term.url, feedUrl: term.feedUrl, count: term.summaries.length };
}
