/**
 * The front-matter fields that keep an article's URLs answering (issue 18): `aliases:` (older paths
 * that lead to it), `withdrawn:` (taken down, its URL says when and why) and `corrections:`
 * (dated notices printed on it). Each parser checks one field on its own; what only the whole
 * archive shows (an alias that is another article's URL) is checked by src/content/permanent-urls.ts.
 */
import type { DateTime } from "luxon";
import { parseTimestamp } from "../dates.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { permanenceMessages } from "./permanence-messages.ts";
import { timestampMessage } from "./timestamp-message.ts";
import { postIdOfAlias } from "../query-aliases.ts";
import { leavesSite } from "../urls.ts";

type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

export interface Withdrawal {
  date: DateTime;
  reason: string;
}

export interface Correction {
  date: DateTime;
  text: string;
}

const describe = (raw: unknown): string =>
  raw === null ? "null" : Array.isArray(raw) ? "[…]" : typeof raw === "object" ? "{…}" : JSON.stringify(raw);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Characters a path may hold: RFC 3986's pchar and `/`, and letters of any script (a legacy portal's `/tin-tức/`). */
const PATH_CHARACTERS = /^[\p{L}\p{M}\p{N}\-._~!$&'()*+,;=:@%/]+$/u;

/**
 * A path as a reader's browser asks for it and a static host looks it up: percent-escapes decoded.
 * @example decodedPath("/tin-t%E1%BB%A9c/") // "/tin-tức/"
 */
export function decodedPath(path: string): string {
  // The common case, a plain ASCII path, costs one test: this runs for every URL of the archive.
  if (!/[%\u0080-\uffff]/.test(path)) return path;
  try {
    return decodeURIComponent(path).normalize("NFC");
  } catch {
    return path.normalize("NFC");
  }
}

/**
 * One alias: a site-relative path with nothing a static file cannot answer for, or WordPress's
 * `/?p=ID` (`/index.php?p=ID`), which the build answers with a lookup and a script (src/query-aliases.ts).
 * @example checkAliasPath("/tin-tuc/12345.html") // { ok: true, value: "/tin-tuc/12345.html" }
 * @example checkAliasPath("/?p=12") // { ok: true, value: "/?p=12" }
 * @example checkAliasPath("https://old.example/x").ok // false
 */
export function checkAliasPath(alias: string, lang: Language = DEFAULT_LANGUAGE): FieldResult<string> {
  const t = permanenceMessages(lang);
  if (postIdOfAlias(alias)) return { ok: true, value: alias };
  if (leavesSite(alias)) return { ok: false, message: t.aliasExternal(alias) };
  if (/[?#]/.test(alias)) return { ok: false, message: t.aliasQuery(alias) };
  if (!alias.startsWith("/")) return { ok: false, message: t.aliasNotRooted(alias) };
  // Checked decoded too: `%2E%2E` is `..` to the host that serves the file.
  const decoded = decodedPath(alias);
  if ([alias, decoded].some((path) => path.split("/").some((segment) => segment === ".." || segment === "."))) return { ok: false, message: t.aliasDotDot(alias) };
  if (!PATH_CHARACTERS.test(alias) || /\/\/|[\\?#\u0000-\u001f]/.test(decoded)) return { ok: false, message: t.aliasCharacters(alias) };
  return { ok: true, value: alias };
}

/** `aliases:` a path or a list of paths; every bad one is reported at once. */
export function parseAliases(raw: unknown, lang: Language = DEFAULT_LANGUAGE): FieldResult<string[]> {
  const t = permanenceMessages(lang);
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : undefined;
  if (!list) return { ok: false, message: t.aliasNotList(describe(raw)) };
  const aliases: string[] = [];
  const messages: string[] = [];
  for (const item of list) {
    if (typeof item !== "string" || !item.trim()) {
      messages.push(t.aliasNotText(describe(item)));
      continue;
    }
    const checked = checkAliasPath(item.trim(), lang);
    if (!checked.ok) messages.push(checked.message);
    else if (!aliases.includes(checked.value)) aliases.push(checked.value);
  }
  return messages.length > 0 ? { ok: false, message: messages.join("; ") } : { ok: true, value: aliases };
}

function date(raw: unknown, lang: Language): FieldResult<DateTime> {
  const parsed = parseTimestamp(raw);
  return parsed.ok ? parsed : { ok: false, message: timestampMessage(raw, parsed, "date", lang) };
}

/** `withdrawn: { date, reason }`. */
export function parseWithdrawal(raw: unknown, lang: Language = DEFAULT_LANGUAGE): FieldResult<Withdrawal> {
  const t = permanenceMessages(lang);
  if (!isRecord(raw) || Object.keys(raw).some((key) => key !== "date" && key !== "reason")) return { ok: false, message: t.withdrawnFields(describe(raw)) };
  const when = date(raw.date, lang);
  if (!when.ok) return { ok: false, message: `date: ${when.message}` };
  const reason = typeof raw.reason === "string" ? raw.reason.trim() : "";
  if (!reason) return { ok: false, message: t.withdrawnReason };
  return { ok: true, value: { date: when.value, reason } };
}

/** `corrections:` a list of `{ date, text }`, kept oldest first whatever order the writer used. */
export function parseCorrections(raw: unknown, lang: Language = DEFAULT_LANGUAGE): FieldResult<Correction[]> {
  const t = permanenceMessages(lang);
  const list = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : undefined;
  if (!list) return { ok: false, message: t.correctionsFields(describe(raw)) };
  const corrections: Correction[] = [];
  for (const item of list) {
    if (!isRecord(item) || Object.keys(item).some((key) => key !== "date" && key !== "text")) return { ok: false, message: t.correctionsFields(describe(item)) };
    const when = date(item.date, lang);
    if (!when.ok) return { ok: false, message: `date: ${when.message}` };
    const text = typeof item.text === "string" ? item.text.trim() : "";
    if (!text) return { ok: false, message: t.correctionText };
    corrections.push({ date: when.value, text });
  }
  return { ok: true, value: corrections.sort((a, b) => a.date.toMillis() - b.date.toMillis()) };
}

/**
 * The fields whose dates come before the article's `published`: a correction or a withdrawal cannot.
 * @example datesBeforePublished({ published, corrections: [{ date: earlier, text }] }) // ["corrections"]
 */
export function datesBeforePublished(fields: { published: DateTime; withdrawn?: Withdrawal; corrections?: Correction[] }): ("withdrawn" | "corrections")[] {
  const early: ("withdrawn" | "corrections")[] = [];
  if (fields.withdrawn && fields.withdrawn.date < fields.published) early.push("withdrawn");
  if (fields.corrections?.some((correction) => correction.date < fields.published)) early.push("corrections");
  return early;
}
