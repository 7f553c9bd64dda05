/**
 * The date picker's index of days with news: encoded once per build (buildDayIndex), decoded in the
 * browser by the same code (nearestDayWithNews), which layouts/assets/date-picker.js imports and the
 * build bundles in (src/eleventy/asset-manifest.ts). So this module imports nothing that a browser
 * cannot run, and nothing heavy: only the one padding helper.
 */
import { pad2 } from "./text/pad.ts";

/**
 * Every day with news, for the date picker: a month-by-month bitmask, simple to decode in the browser.
 * `months[i]` is month i after `first`'s month (0 = that month); bit `d - 1` is set when day `d` has news.
 * @example { first: "2024-01-27", last: "2024-03-05", months: [(1 << 26) | (1 << 28), 0, 1 << 4] } // 27 and 29/01, 05/03
 */
export interface DayIndex {
  /** Earliest day with news, `YYYY-MM-DD`. */
  first: string;
  /** Latest day with news, `YYYY-MM-DD`. */
  last: string;
  months: number[];
}

/**
 * Encodes days with news (`YYYY-MM-DD`, any order) for the date picker; `null` for none.
 * @example buildDayIndex(["2024-01-01", "2024-03-02"]) // { first: "2024-01-01", last: "2024-03-02", months: [1, 0, 2] }
 */
export function buildDayIndex(days: readonly string[]): DayIndex | null {
  if (days.length === 0) return null;
  const parsed = days.map((day) => parseIsoDay(day) ?? fail(`not a day: "${day}"`));
  let first = 0;
  let last = 0;
  days.forEach((day, index) => {
    if (day < days[first]!) first = index;
    if (day > days[last]!) last = index;
  });
  const origin = parsed[first]!;
  const months = new Array<number>(monthOffset(origin, parsed[last]!) + 1).fill(0);
  for (const parts of parsed) months[monthOffset(origin, parts)]! |= 1 << (parts.day - 1);
  return { first: days[first]!, last: days[last]!, months };
}

export type NearestDay =
  | { kind: "exact"; day: string }
  /** The day has no news; `day` is the nearest earlier one that has. */
  | { kind: "earlier"; day: string }
  /** Before the archive starts; `day` is its first day. */
  | { kind: "before-first"; day: string }
  /** After the archive ends; `day` is its last day. */
  | { kind: "after-last"; day: string }
  | { kind: "invalid" };

/**
 * Where the date picker should go for a date: that day, or the nearest earlier day with news, or
 * the archive's first or last day when the date is outside it.
 * The date picker (layouts/assets/date-picker.js) runs this very function: the build bundles it in.
 * @example nearestDayWithNews(index, "2024-02-15") // { kind: "earlier", day: "2024-01-29" }
 */
export function nearestDayWithNews(index: DayIndex, date: string): NearestDay {
  const parts = parseIsoDay(date);
  if (!parts) return { kind: "invalid" };
  if (date < index.first) return { kind: "before-first", day: index.first };
  if (date > index.last) return { kind: "after-last", day: index.last };
  const origin = parseIsoDay(index.first)!;
  let offset = monthOffset(origin, parts);
  if ((index.months[offset]! >>> (parts.day - 1)) & 1) return { kind: "exact", day: date };
  // Days before this one in its month, then whole earlier months; `first` is set, so the loop ends.
  let mask = index.months[offset]! & ((1 << (parts.day - 1)) - 1);
  while (mask === 0) mask = index.months[--offset]!;
  const monthNumber = origin.year * 12 + origin.month - 1 + offset;
  return { kind: "earlier", day: isoDay(Math.floor(monthNumber / 12), (monthNumber % 12) + 1, 32 - Math.clz32(mask)) };
}

/** `YYYY-MM-DD`. @example isoDay(2024, 1, 7) // "2024-01-07" */
export const isoDay = (year: number, month: number, day: number): string => `${year}-${pad2(month)}-${pad2(day)}`;

function fail(message: string): never {
  throw new Error(message);
}

type DayParts = { year: number; month: number; day: number };

/** `YYYY-MM-DD` of a real calendar day, or `undefined`. */
function parseIsoDay(text: string): DayParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

const monthOffset = (origin: DayParts, to: DayParts): number => (to.year - origin.year) * 12 + (to.month - origin.month);

// Calendar arithmetic on UTC dates: no instant is involved, so the machine's zone cannot shift a day.
/** Days in a month, 28 to 31. @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
