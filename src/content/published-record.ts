/**
 * The record of what was published: a committed file, `content/_data/published-urls.tsv`, one line
 * per article that has left draft: its file (relative to content/), the URL it answers at, then
 * the URLs it had before (tab-separated, sorted by file). Why a committed file and not the git
 * history: docs/permanent-urls.md.
 *
 * The record pins URLs: an article keeps the URL it was published at whatever happens to its
 * title, its `published` time or day, its category or its file name; only a deliberate `slug:` edit
 * moves it, and then the old URL is kept as a former one, answered by a redirect.
 */
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import type { Article } from "./article.ts";
import { permanenceMessages } from "./permanence-messages.ts";
import type { Problem } from "../problems.ts";

/** Where the record lives, relative to the content folder. */
export const PUBLISHED_RECORD_PATH = "_data/published-urls.tsv";
/** The command that brings the record up to date. */
export const RECORD_COMMAND = "npm run record-urls";

const HEADER = [
  "# Published URLs: file (under content/) <TAB> URL [<TAB> former URL …]. Every URL here keeps answering.",
  "# Written by `npm run record-urls`; `npm run check` fails when it is stale. See docs/permanent-urls.md.",
];

export interface RecordEntry {
  /** The article's file relative to the content folder, e.g. `articles/2024/01/x.md`. */
  file: string;
  /** The URL it answers at. */
  url: string;
  /** URLs it had before a deliberate `slug:` change: each redirects to `url`. */
  former: string[];
  /** 1-based line in the record, for messages. */
  line: number;
}

export interface PublishedRecord {
  /** False when the file does not exist yet. */
  exists: boolean;
  entries: RecordEntry[];
  /** Lines that cannot be read, or that contradict each other. */
  problems: Problem[];
}

/**
 * Reads the record's text (undefined: no file yet).
 * @example parsePublishedRecord("articles/a.md\t/2024/01/27/a/\n", "r.tsv").entries[0].url // "/2024/01/27/a/"
 */
export function parsePublishedRecord(text: string | undefined, displayPath: string, lang: Language = DEFAULT_LANGUAGE): PublishedRecord {
  const t = permanenceMessages(lang);
  if (text === undefined) return { exists: false, entries: [], problems: [] };
  const entries: RecordEntry[] = [];
  const problems: Problem[] = [];
  const byFile = new Map<string, RecordEntry>();
  const byUrl = new Map<string, RecordEntry>();
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, "");
    if (!content.trim() || content.startsWith("#")) return;
    const [file, url, ...former] = content.split("\t");
    if (!file || !url?.startsWith("/") || former.some((item) => !item.startsWith("/"))) {
      problems.push({ severity: "error", file: displayPath, line, message: t.recordLine(content) });
      return;
    }
    const earlier = byFile.get(file);
    if (earlier) {
      // Two lines for one file (a merge that kept both sides): one entry with every URL of both, so
      // that nothing recorded is lost; `check` still asks for the update that writes it as one line.
      problems.push({ severity: "error", file: displayPath, line, message: t.recordTwice(file) });
      for (const recorded of [url, ...former]) if (recorded !== earlier.url && !earlier.former.includes(recorded)) earlier.former.push(recorded);
      return;
    }
    const entry: RecordEntry = { file, url, former, line };
    for (const recorded of [url, ...former]) {
      const other = byUrl.get(recorded);
      if (other && other.file !== file) problems.push({ severity: "error", file: displayPath, line, message: t.recordUrlTwice(recorded, other.file) });
      byUrl.set(recorded, entry);
    }
    byFile.set(file, entry);
    entries.push(entry);
  });
  return { exists: true, entries, problems };
}

/** The record's text: a header, then one line per entry, sorted by file, so that two writers' additions rarely touch. */
export function serializePublishedRecord(entries: readonly Pick<RecordEntry, "file" | "url" | "former">[]): string {
  const lines = [...entries]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((entry) => [entry.file, entry.url, ...entry.former].join("\t"));
  return `${[...HEADER, ...lines].join("\n")}\n`;
}

const lastSegment = (url: string): string => url.replace(/\/$/, "").split("/").at(-1) ?? "";

/**
 * The URL an article answers at, given its recorded URLs: the URL its front matter gives when it is
 * one of them or when the writer set a `slug:` none of them has (a deliberate move); the recorded one otherwise.
 * @example pinnedUrl({ url: "/2024/01/28/tieu-de-moi/", slug: "tieu-de-moi", slugGiven: false }, { url: "/2024/01/27/tieu-de/", former: [] }) // "/2024/01/27/tieu-de/"
 */
export function pinnedUrl(article: Pick<Article, "url" | "slug" | "slugGiven">, entry: Pick<RecordEntry, "url" | "former">): string {
  const recorded = [entry.url, ...entry.former];
  if (recorded.includes(article.url)) return article.url;
  if (article.slugGiven) {
    const sameSlug = recorded.find((url) => lastSegment(url) === article.slug);
    return sameSlug ?? article.url;
  }
  return entry.url;
}

/**
 * Gives each recorded article the URL it was published at, and its former URLs. An article is
 * found by its file, or, when its file is not recorded (moved), by a recorded URL whose file is
 * gone. Returns the entries that matched no article: published files that no longer exist.
 * @param fileOf an article's file relative to the content folder
 */
export function applyPublishedRecord(articles: readonly Article[], record: PublishedRecord, fileOf: (article: Article) => string): { matched: Map<Article, RecordEntry>; orphans: RecordEntry[] } {
  const byFile = new Map(record.entries.map((entry) => [entry.file, entry]));
  const matched = new Map<Article, RecordEntry>();
  const used = new Set<RecordEntry>();
  const unmatched: Article[] = [];
  for (const article of articles) {
    const entry = byFile.get(fileOf(article));
    if (entry && !used.has(entry)) {
      matched.set(article, entry);
      used.add(entry);
    } else {
      unmatched.push(article);
    }
  }
  // A moved file whose URL did not change otherwise: found by that URL among the entries left.
  const leftByUrl = new Map<string, RecordEntry>();
  for (const entry of record.entries) if (!used.has(entry)) for (const url of [entry.url, ...entry.former]) leftByUrl.set(url, entry);
  for (const article of unmatched) {
    const entry = leftByUrl.get(article.url);
    if (entry && !used.has(entry)) {
      matched.set(article, entry);
      used.add(entry);
    }
  }
  for (const [article, entry] of matched) {
    const url = pinnedUrl(article, entry);
    article.url = url;
    article.formerUrls = [entry.url, ...entry.former].filter((recorded) => recorded !== url);
  }
  return { matched, orphans: record.entries.filter((entry) => !used.has(entry)) };
}

/** Articles the record must hold: every one that has left draft (scheduled ones too: see docs/permanent-urls.md). */
export const isRecordable = (article: Pick<Article, "status">): boolean => article.status !== "draft";

/**
 * What makes the record stale, as `npm run check` reports it: a published file gone (it names the
 * URL and says to use `withdrawn:`), an article not recorded, or recorded under another file or URL.
 */
export function staleRecordProblems(
  articles: readonly Article[],
  record: PublishedRecord,
  applied: ReturnType<typeof applyPublishedRecord>,
  /** `unread`: article files that are there but did not load; their entries are not reported as gone (the file's own errors are). */
  options: { displayPath: string; fileOf: (article: Article) => string; lang?: Language; unread?: ReadonlySet<string> },
): Problem[] {
  const t = permanenceMessages(options.lang);
  const problems: Problem[] = [...record.problems];
  if (!record.exists) {
    return articles.some(isRecordable) ? [{ severity: "error", file: options.displayPath, message: t.recordMissing(RECORD_COMMAND) }] : [];
  }
  for (const entry of applied.orphans) {
    if (options.unread?.has(entry.file)) continue;
    problems.push({ severity: "error", file: options.displayPath, line: entry.line, message: t.recordFileGone(entry.url, `content/${entry.file}`, RECORD_COMMAND) });
  }
  for (const article of articles) {
    const entry = applied.matched.get(article);
    if (!entry) {
      if (isRecordable(article)) problems.push({ severity: "error", file: article.sourcePath, message: t.recordStale(article.url, RECORD_COMMAND) });
      continue;
    }
    if (article.status === "draft") {
      problems.push({ severity: "error", file: article.sourcePath, field: "draft", message: t.recordDraft(entry.url) });
    } else if (entry.file !== options.fileOf(article) || entry.url !== article.url) {
      problems.push({ severity: "error", file: article.sourcePath, message: t.recordStale(article.url, RECORD_COMMAND) });
    }
  }
  return problems;
}

/**
 * The record brought up to date: every recordable article with its file, its URL and its former
 * URLs; entries of files that are gone are kept (their URLs must keep answering) unless `moved`
 * says which article they became.
 * @param moved for an entry whose file is gone, the article it became (found by the caller, e.g. in git)
 */
export function updatedRecordEntries(
  articles: readonly Article[],
  applied: ReturnType<typeof applyPublishedRecord>,
  fileOf: (article: Article) => string,
  moved: ReadonlyMap<RecordEntry, Article> = new Map(),
): Pick<RecordEntry, "file" | "url" | "former">[] {
  const entries: Pick<RecordEntry, "file" | "url" | "former">[] = [];
  const movedTo = new Map([...moved].map(([entry, article]) => [article, entry]));
  for (const entry of applied.orphans) if (!moved.has(entry)) entries.push({ file: entry.file, url: entry.url, former: entry.former });
  for (const article of articles) {
    const previous = applied.matched.get(article) ?? movedTo.get(article);
    if (!previous && !isRecordable(article)) continue;
    const recorded = previous ? [previous.url, ...previous.former] : [];
    // A moved file keeps the URL it was published at (unless its new `slug:` says otherwise).
    const url = previous && !applied.matched.has(article) ? pinnedUrl(article, previous) : article.url;
    const former = [...new Set([...recorded, ...article.formerUrls])].filter((item) => item !== url).sort();
    entries.push({ file: fileOf(article), url, former });
  }
  return entries;
}
