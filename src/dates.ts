/**
 * Every date a reader sees is in GMT+7, whatever time zone the build machine runs in.
 * This module is the one place that knows the zone: timestamps are read into it and shown from it.
 * Its offset and the form of a day come from ./newsroom-day.ts, which the browser's scripts share.
 */
import { DateTime, FixedOffsetZone } from "luxon";
import { strings } from "./i18n.ts";
import { pad2 } from "./text/pad.ts";
import { DEFAULT_LANGUAGE, type Language } from "./language.ts";
import { NEWSROOM_OFFSET_MINUTES, formatCalendarDay } from "./newsroom-day.ts";

const NEWSROOM_OFFSET = "+07:00";
export const NEWSROOM_ZONE = FixedOffsetZone.instance(NEWSROOM_OFFSET_MINUTES);
export const NEWSROOM_ZONE_LABEL = "GMT+7";


export type TimestampResult =
  | { ok: true; value: DateTime }
  | {
      ok: false;
      expected: string;
      /** A value of the right shape that cannot be right, and why. */
      impossible?: { year: number } | { offset: string };
      /** A day-first date as Vietnamese write it (`27/01/2024 22:01`): the same moment as the site reads it, or `null` when no such day exists. */
      dayFirst?: string | null;
    };

/** Years of four digits: URLs and file names are `/YYYY/…`, and a year before 1000 is a typo (`0024`), not news. */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

/** Real offsets run from -12:00 (Baker Island) to +14:00 (Line Islands); `+25:00` or `+07:99` is a typo that would shift the time. */
const OFFSET_MINUTES = { min: -12 * 60, max: 14 * 60 };

const EXPECTED_TIMESTAMP =
  "an ISO 8601 date or date-time such as 2024-01-27, 2024-01-27T22:01 or 2024-01-27T22:01:00+07:00";

/** Date-only, date-time without offset, and date-time with offset (or Z). A space may stand for the `T`. */
const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** A moment as pages print it, in a `<time>` element (layouts/partials/time.njk). */
export interface TimeView {
  /** `2024-01-27T22:01:00+07:00`, for `datetime` attributes. */
  iso: string;
  /** `27/01/2024, 22:01 (GMT+7)`. */
  text: string;
}

/**
 * Reads a front-matter timestamp into GMT+7.
 * A value with an offset keeps its instant; one without is GMT+7 wall time; a date alone is midnight GMT+7.
 * A JS `Date` (what a YAML 1.1 parser makes of an unquoted timestamp) is taken as the instant it holds.
 * @example parseTimestamp("2024-01-27T15:01:00Z").value.toISO() // "2024-01-27T22:01:00.000+07:00"
 */
export function parseTimestamp(raw: unknown): TimestampResult {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { ok: false, expected: EXPECTED_TIMESTAMP };
    return inShownYears(DateTime.fromJSDate(raw, { zone: NEWSROOM_ZONE }));
  }
  if (typeof raw !== "string") return { ok: false, expected: EXPECTED_TIMESTAMP };
  const text = raw.trim();
  if (!TIMESTAMP_PATTERN.test(text)) {
    const dayFirst = dayFirstTimestamp(text);
    return dayFirst === undefined ? { ok: false, expected: EXPECTED_TIMESTAMP } : { ok: false, expected: EXPECTED_TIMESTAMP, dayFirst };
  }
  // After the date part (its hyphens are not a sign).
  const offset = /[+-]\d{2}(?::?\d{2})?$/.exec(text.slice(10))?.[0];
  if (offset !== undefined && !isRealOffset(offset)) return { ok: false, expected: EXPECTED_TIMESTAMP, impossible: { offset } };
  const iso = text.replace(/^(\d{4}-\d{2}-\d{2}) /, "$1T").replace(/\s+(?=(?:Z|[+-]\d{2}(?::?\d{2})?)$)/, "");
  const parsed = DateTime.fromISO(iso, { zone: NEWSROOM_ZONE });
  if (!parsed.isValid) return { ok: false, expected: EXPECTED_TIMESTAMP };
  return inShownYears(parsed.setZone(NEWSROOM_ZONE));
}

/** `27/01/2024`, `27-01-2024`, `27.01.2024`, perhaps after "ngày". */
const DAY_FIRST_DATE = String.raw`(?:ngày\s*)?(?<day>\d{1,2})(?<separator>[/.-])(?<month>\d{1,2})\k<separator>(?<year>\d{4})`;
/** `22:01`, `22:01:30`, `22h01`, `22h`, `22 giờ 01`, `22g01`. */
const CLOCK_TIME = String.raw`(?<hour>\d{1,2})\s*(?::|h|g|giờ)\s*(?<minute>\d{2})?(?::(?<second>\d{2}))?`;
const DATE_THEN_TIME = new RegExp(String.raw`^${DAY_FIRST_DATE}(?:[\s,]+(?:lúc\s*)?${CLOCK_TIME})?$`, "iu");
const TIME_THEN_DATE = new RegExp(String.raw`^${CLOCK_TIME}[\s,-]+${DAY_FIRST_DATE}$`, "iu");

/**
 * The forms Vietnamese write a date in, day first and in GMT+7: `27/01/2024 22:01`, `27/01/2024`,
 * `22:01 27/01/2024`, `27-01-2024 22h01`. The site does not guess at them (a form that reads
 * `01/02/2024` would read it one way or the other silently); it names the accepted form instead.
 * Never month first: `01/27/2024` has no month 27, so it is no date at all.
 * @returns the accepted form (`2024-01-27T22:01:00+07:00`, or `2024-01-27` for a date alone),
 *   `null` for a day-first date that cannot be, undefined for anything else.
 * @example dayFirstTimestamp("27/01/2024 22:01") // "2024-01-27T22:01:00+07:00"
 */
export function dayFirstTimestamp(text: string): string | null | undefined {
  const trimmed = text.trim();
  const groups = (DATE_THEN_TIME.exec(trimmed) ?? TIME_THEN_DATE.exec(trimmed))?.groups;
  if (!groups) return undefined;
  const { day, month, year, hour, minute, second } = groups as Record<string, string | undefined>;
  const date = `${year}-${pad2(Number(month))}-${pad2(Number(day))}`;
  const time = hour === undefined ? undefined : `${pad2(Number(hour))}:${minute ?? "00"}:${second ?? "00"}`;
  const iso = time === undefined ? date : `${date}T${time}${NEWSROOM_OFFSET}`;
  // Luxon takes 24:00 as the next midnight; a writer who typed it made a mistake.
  const parsed = DateTime.fromISO(iso, { zone: NEWSROOM_ZONE });
  return parsed.isValid && Number(hour ?? 0) < 24 ? iso : null;
}

/** The year is the one the site shows (GMT+7): 9999-12-31T23:00-05:00 is in 10000 there. */
function inShownYears(value: DateTime): TimestampResult {
  if (value.year < FIRST_YEAR || value.year > LAST_YEAR) return { ok: false, expected: EXPECTED_TIMESTAMP, impossible: { year: value.year } };
  return { ok: true, value };
}

/** `+07:00`, `+0700` or `+07`, within -12:00..+14:00 and with minutes below 60. */
function isRealOffset(offset: string): boolean {
  const [, sign, hours, minutes = "00"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)!;
  if (Number(minutes) >= 60) return false;
  const total = (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return total >= OFFSET_MINUTES.min && total <= OFFSET_MINUTES.max;
}

/** Converts any instant to GMT+7. */
export function inNewsroomZone(instant: DateTime | number): DateTime {
  const dateTime = typeof instant === "number" ? DateTime.fromMillis(instant) : instant;
  return dateTime.setZone(NEWSROOM_ZONE);
}


/**
 * The GMT+7 wall-clock fields of an instant. Read from a shifted UTC date rather than with Luxon's
 * `toFormat`, which measured as 40% of archive computation over 100,000 articles.
 */
function wallClock(instant: DateTime): Date {
  return new Date(instant.toMillis() + NEWSROOM_OFFSET_MINUTES * 60_000);
}

/** Machine form for `datetime` attributes and feeds: `2024-01-27T22:01:00+07:00`. */
export function isoTimestamp(instant: DateTime): string {
  const w = wallClock(instant);
  return `${w.getUTCFullYear()}-${pad2(w.getUTCMonth() + 1)}-${pad2(w.getUTCDate())}T${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())}:${pad2(w.getUTCSeconds())}${NEWSROOM_OFFSET}`;
}

/**
 * `27/01/2024, 22:01 (GMT+7)`, the form the news portal prints beside "Đăng:" and "Cập nhật:";
 * in English `27 January 2024, 22:01 (GMT+7)`.
 */
export function formatDateTime(instant: DateTime, lang: Language = DEFAULT_LANGUAGE): string {
  return `${formatDate(instant, lang)}, ${formatTime(instant)} (${NEWSROOM_ZONE_LABEL})`;
}

/** `27/01/2024`; in English `27 January 2024`. */
export function formatDate(instant: DateTime, lang: Language = DEFAULT_LANGUAGE): string {
  const w = wallClock(instant);
  return formatDay(w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), lang);
}

/** A calendar day as a reader reads it: `27/01/2024`, or `27 January 2024` in English. */
export function formatDay(year: number, month: number, day: number, lang: Language = DEFAULT_LANGUAGE): string {
  return formatCalendarDay(year, month, day, strings[lang].monthNames);
}

/** A month as a reader reads it: `01/2024`, or `January 2024` in English. */
export function formatMonth(year: number, month: number, lang: Language = DEFAULT_LANGUAGE): string {
  const monthNames = strings[lang].monthNames;
  return monthNames.length === 12 ? `${monthNames[month - 1]} ${year}` : `${pad2(month)}/${year}`;
}

/** `22:01`. */
export function formatTime(instant: DateTime): string {
  const w = wallClock(instant);
  return `${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())}`;
}

/**
 * `Thứ năm, 25/04/2024` (`Thursday, 25 April 2024`), from the dictionary's own tables (`Intl` data varies between runtimes).
 */
export function formatWeekdayDate(instant: DateTime, lang: Language = DEFAULT_LANGUAGE): string {
  const local = inNewsroomZone(instant);
  return `${strings[lang].weekdays[local.weekday - 1]}, ${formatDay(local.year, local.month, local.day, lang)}`;
}

/** The GMT+7 calendar day of an instant as `{ year, month, day }`. */
export function newsroomDay(instant: DateTime): { year: number; month: number; day: number } {
  const local = inNewsroomZone(instant);
  return { year: local.year, month: local.month, day: local.day };
}
