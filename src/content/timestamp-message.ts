/**
 * What a writer reads about a date the site cannot take, for every date field (`published`,
 * `updated`, a withdrawal's or a correction's `date`): the impossible year or offset named, and
 * anything else with the forms the site reads.
 */
import type { TimestampResult } from "../dates.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { writerMessages } from "../writer-messages.ts";

/**
 * @param key the field's key as the writer typed it, for the line to paste.
 * @example timestampMessage("hôm qua", failure, "published", "en") // '"hôm qua" is not a date the site reads: …'
 */
export function timestampMessage(raw: unknown, failure: Extract<TimestampResult, { ok: false }>, _key: string, lang: Language = DEFAULT_LANGUAGE): string {
  const messages = writerMessages[lang];
  const got = raw === null || raw === undefined ? messages.nothing : typeof raw === "string" ? JSON.stringify(raw.trim()) : typeof raw === "object" ? (Array.isArray(raw) ? messages.aList : messages.aGroup) : String(raw);
  if (failure.impossible && "year" in failure.impossible) return messages.yearOutOfRange(failure.impossible.year);
  if (failure.impossible && "offset" in failure.impossible) return messages.badOffset(failure.impossible.offset);
  return messages.notDate(got);
}
