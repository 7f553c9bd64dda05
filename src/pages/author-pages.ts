/**
 * Author pages, `/author/<slug>/` (`/en/author/<slug>/`): every article a writer signed (`author:`),
 * newest first, paginated like a category. A writer without an article has no page.
 */
import { type ListPage, PAGE_SIZE, paginate } from "../pager.ts";
import { strings } from "../i18n.ts";
import type { Language } from "../language.ts";
import type { Term } from "./term-index.ts";
import { type TermHeader, termHeader } from "./tag-pages.ts";

export interface AuthorPage extends ListPage {
  author: TermHeader;
}

/**
 * One flat list of every page of every author of a language, as Eleventy prints them at size 1.
 * @example authorPages("vi", termIndex(sources, { page: authorUrl, feed: authorFeedUrl }))[0].url // "/author/dang-minh/"
 */
export function authorPages(lang: Language, authors: ReadonlyMap<string, Term>, pageSize = PAGE_SIZE): AuthorPage[] {
  return [...authors.values()].flatMap((term) =>
    paginate(lang, term.url, `${strings[lang].author}: ${term.name}`, term.summaries, pageSize, (list): AuthorPage => ({ ...list, author: termHeader(term) })),
  );
}
