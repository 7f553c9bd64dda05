/**
 * The newsroom's calendar without luxon, so that the browser has it too: the GMT+7 offset, the
 * GMT+7 day of an instant, and a day as readers read it. src/dates.ts builds on it; the header's
 * today.js and the date picker import it, bundled (src/eleventy/asset-manifest.ts), rather than
 * keeping an offset and a date form of their own.
 */
import { pad2 } from "./text/pad.ts";

/** The newsroom's time zone: Indochina Time, a fixed +07:00 with no daylight saving. */
export const NEWSROOM_OFFSET_MINUTES = 7 * 60;

/**
 * The GMT+7 calendar day of an instant (milliseconds since the epoch), with its weekday as
 * JavaScript counts it (0 = Sunday), read from a shifted UTC date: the machine's zone never counts.
 * @example newsroomDayAt(Date.parse("2024-01-26T17:00:00Z")) // { year: 2024, month: 1, day: 27, weekday: 6 }
 */
export function newsroomDayAt(millis: number): { year: number; month: number; day: number; weekday: number } {
  const wall = new Date(millis + NEWSROOM_OFFSET_MINUTES * 60_000);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), weekday: wall.getUTCDay() };
}

/**
 * A calendar day as a reader reads it: `27/01/2024`, or `27 January 2024` in a language that
 * writes dates with month names (twelve of them, January first; none for Vietnamese).
 * @example formatCalendarDay(2024, 1, 27, []) // "27/01/2024"
 */
export function formatCalendarDay(year: number, month: number, day: number, monthNames: readonly string[]): string {
  return monthNames.length === 12 ? `${day} ${monthNames[month - 1]} ${year}` : `${pad2(day)}/${pad2(month)}/${year}`;
}
