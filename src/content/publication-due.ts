/**
 * Whether the scheduled publishing job must build (issue 19): only when something readers see was
 * set to change at a time that has passed since the last deploy. That is an article's `published`
 * time (a scheduled article goes live), a poll's `opens` or `closes` (the sidebar's poll changes),
 * or a new day in GMT+7 since the last deploy (the news sitemap's two-day window and the front page's
 * `featured_days` move with the calendar; the daily build did this before).
 *
 * Cheap by design: only each article's front matter is read (its first 4 KB), and only `published`
 * and `draft` in it: the usual one-line forms as they are, anything else through the build's own
 * front-matter parser, both through the schema's own readers, so a date form accepted here is one
 * the build accepts. No body, no validation of the rest, no page objects: 0.9 CPU-seconds at 10,000
 * articles (docs/operations.md), against the loader's several.
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import { inNewsroomZone, newsroomDay, parseTimestamp } from "../dates.ts";
import { readPolls } from "../forms/polls.ts";
import { parseSourceFile } from "./front-matter.ts";
import { listMarkdownFiles } from "./load-content.ts";
import { type SchemaContext, articleSchema } from "./schema.ts";
import { decodeSourceText } from "./source-text.ts";

/** A moment at which the site a build writes changes by itself, with nobody committing anything. */
export interface TimedChange {
  kind: "article" | "poll-opens" | "poll-closes";
  /** The file that set it, relative to the content folder's parent (`content/articles/2024/01/x.md`). */
  file: string;
  at: DateTime;
}

export type PublishDecision =
  | { due: true; reason: "no-record" }
  | { due: true; reason: "came-due"; changes: TimedChange[] }
  | { due: true; reason: "new-day" }
  | { due: false; next?: TimedChange };

/**
 * Every timed change the content folder holds: each article's publication time (drafts left out:
 * a draft is published by a commit, never by the clock) and each poll's opening and closing.
 * A file whose front matter cannot be read, or whose `published` is not valid, is skipped: `npm run
 * check` refuses it, and no build publishes it either. (A fault further down, in a body, is the
 * build's to report: at worst it costs a build that stops.)
 * @example (await timedChanges("content")).filter((change) => change.kind === "article").length
 */
export async function timedChanges(contentDir: string): Promise<TimedChange[]> {
  const folder = path.basename(contentDir);
  const changes: TimedChange[] = (await publicationTimes(contentDir)).map(({ file, at }) => ({ kind: "article", file: `${folder}/${file}`, at }));
  const pollsFile = `${folder}/_data/polls.yaml`;
  for (const poll of (await readPolls(contentDir)).polls) {
    changes.push({ kind: "poll-opens", file: pollsFile, at: poll.opens }, { kind: "poll-closes", file: pollsFile, at: poll.closes });
  }
  return changes;
}

/**
 * The articles not yet due at an instant (scheduled), by file relative to the content folder
 * (`articles/2024/05/x.md`, as the record of published URLs names them): their recorded URLs answer
 * only from their time on, so the URL-set check (`npm run check-urls`) waits for it too.
 * @example (await scheduledArticles("content", buildTime)).has("articles/2024/05/x.md")
 */
export async function scheduledArticles(contentDir: string, at: DateTime): Promise<Set<string>> {
  return new Set((await publicationTimes(contentDir)).filter((each) => each.at > at).map((each) => each.file));
}

/** Each article's publication time (drafts and unreadable files left out), by file relative to the content folder. */
async function publicationTimes(contentDir: string): Promise<{ file: string; at: DateTime }[]> {
  const context: SchemaContext = { categoryKeys: [] };
  const times: { file: string; at: DateTime }[] = [];
  for (const file of await listMarkdownFiles(path.join(contentDir, "articles"))) {
    const at = publicationTime(readFrontMatter(file), context);
    if (at) times.push({ file: path.relative(contentDir, file).split(path.sep).join("/"), at });
  }
  return times;
}

/** The bytes read first from each article: its front matter, in all but the longest ones. */
const HEAD_BYTES = 4096;
const NEWLINE = 0x0a;

/**
 * The start of an article file through its front matter's closing line, as text (LF line endings):
 * only the first 4 KB are read when the front matter ends within them, so the bodies, most of the
 * archive's bytes, are neither read nor decoded. The whole file otherwise (long front matter, CR
 * line endings, no front matter).
 */
function readFrontMatter(file: string): string | undefined {
  const head = Buffer.alloc(HEAD_BYTES);
  const descriptor = openSync(file, "r");
  let length: number;
  try {
    length = readSync(descriptor, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(descriptor);
  }
  // The closing `---` line: ASCII, so cutting after its newline never splits a UTF-8 character.
  const closing = head.subarray(0, length).indexOf("\n---", 3);
  const end = closing === -1 ? -1 : head.indexOf(NEWLINE, closing + 4);
  const bytes = end !== -1 && end < length ? head.subarray(0, end + 1) : readFileSync(file);
  const decoded = decodeSourceText(bytes);
  return decoded.ok ? decoded.text : undefined;
}

/** `published:` and `draft:` as the usual one-line values: a date-time, quoted or not; `true` or `false`. */
const PLAIN_PUBLISHED = /^published:[ \t]*(?:"([0-9][0-9T:+\-. Z]*)"|'([0-9][0-9T:+\-. Z]*)'|([0-9][0-9T:+\-.Z]*(?: [0-9][0-9:+\-.Z]*)?))[ \t]*$/m;
const PLAIN_DRAFT = /^draft:[ \t]*(true|false)[ \t]*$/m;
const ANY_DRAFT = /^draft[ \t]*:/m;

/**
 * An article's publication time, or none when it is a draft or its `published` cannot be read.
 * The usual lines are read as they are; anything else (another form of date, a comment, a draft
 * written otherwise) through the build's own YAML parse, so the answer is always the build's.
 */
function publicationTime(text: string | undefined, context: SchemaContext): DateTime | undefined {
  if (text === undefined) return undefined;
  const frontMatterEnd = text.indexOf("\n---", 3);
  const frontMatter = text.startsWith("---\n") && frontMatterEnd !== -1 ? text.slice(0, frontMatterEnd + 1) : undefined;
  const published = frontMatter === undefined ? null : PLAIN_PUBLISHED.exec(frontMatter);
  const draft = frontMatter === undefined ? null : PLAIN_DRAFT.exec(frontMatter);
  let raw: { published: unknown; draft: unknown };
  if (published && (draft || !ANY_DRAFT.test(frontMatter!))) {
    raw = { published: published[1] ?? published[2] ?? published[3], draft: draft ? draft[1] === "true" : undefined };
  } else {
    const { data, errors } = parseSourceFile(text);
    if (errors.length > 0) return undefined;
    raw = { published: data.published, draft: data.draft ?? undefined };
  }
  if (raw.draft !== undefined) {
    const draftValue = articleSchema.draft.parse(raw.draft, context);
    if (draftValue.ok && draftValue.value) return undefined;
  }
  const value = articleSchema.published.parse(raw.published, context);
  return value.ok ? value.value : undefined;
}

/**
 * Whether a build at `now` would publish something the build at `since` did not: a change timed
 * after `since` and at or before `now` (a build publishes what is due at its own time, `published <= now`),
 * or a new GMT+7 day. Without a record of the last deploy, always.
 * @example publishDecision(changes, lastDeploy, now) // { due: true, reason: "came-due", changes: [...] }
 */
export function publishDecision(changes: readonly TimedChange[], since: DateTime | undefined, now: DateTime): PublishDecision {
  if (!since) return { due: true, reason: "no-record" };
  const cameDue = changes.filter((change) => change.at > since && change.at <= now).sort(byTime);
  if (cameDue.length > 0) return { due: true, reason: "came-due", changes: cameDue };
  const [a, b] = [newsroomDay(since), newsroomDay(now)];
  if (a.year !== b.year || a.month !== b.month || a.day !== b.day) return { due: true, reason: "new-day" };
  const next = changes.filter((change) => change.at > now).sort(byTime)[0];
  return next ? { due: false, next } : { due: false };
}

const byTime = (a: TimedChange, b: TimedChange): number => a.at.toMillis() - b.at.toMillis() || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * The last deploy's build time as the workflow records it: its `SOURCE_DATE_EPOCH` (seconds since
 * 1970), or an ISO 8601 instant. Empty means no record.
 * @example readSince("1706367660") // { ok: true, value: 2024-01-27T22:01:00+07:00 }
 */
export function readSince(text: string | undefined): { ok: true; value?: DateTime } | { ok: false } {
  const trimmed = text?.trim();
  if (!trimmed) return { ok: true };
  if (/^\d+$/.test(trimmed)) return { ok: true, value: inNewsroomZone(Number(trimmed) * 1000) };
  const parsed = parseTimestamp(trimmed);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false };
}
