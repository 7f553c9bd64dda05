/**
 * What a writer reads about a date the site cannot take, for every date field (`published`,
 * `updated`, a withdrawal's or a correction's `date`): the impossible year or offset named, a
 * day-first date (`27/01/2024 22:01`, how Vietnamese write it) given back as the line to paste, and
 * anything else with the forms the site reads. Never a guess: the site does not read day-first dates
 * itself, since a form like 01/02/2024 would be read one way silently (issue 17).
 */
import type { TimestampResult } from "../dates.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { writerMessages } from "../writer-messages.ts";

/**
 * @param key the field's key as the writer typed it, for the line to paste.
 * @example timestampMessage("27/01/2024 22:01", failure, "published", "en") // '"27/01/2024 22:01" is a day-first date, but … make this line published: 2024-01-27T22:01:00+07:00'
 */
export function timestampMessage(raw: unknown, failure: Extract<TimestampResult, { ok: false }>, key: string, lang: Language = DEFAULT_LANGUAGE): string {
  const messages = writerMessages[lang];
  const got = raw === null || raw === undefined ? messages.nothing : typeof raw === "string" ? JSON.stringify(raw.trim()) : typeof raw === "object" ? (Array.isArray(raw) ? messages.aList : messages.aGroup) : String(raw);
  if (failure.impossible && "year" in failure.impossible) return messages.yearOutOfRange(failure.impossible.year);
  if (failure.impossible && "offset" in failure.impossible) return messages.badOffset(failure.impossible.offset);
  if (failure.dayFirst === null) return messages.dateHabitImpossible(got);
  if (failure.dayFirst !== undefined) return messages.dateHabit(got, `${key}: ${failure.dayFirst}`);
  return messages.notDate(got);
}
