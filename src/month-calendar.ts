/**
 * A month page's calendar: the month's days as weeks, Monday first, each day with news linked to its
 * day page. Weekdays are counted on the calendar itself (UTC dates), never in the machine's zone.
 */
import { daysInMonth, isoDay } from "./day-index.ts";
import { DEFAULT_LANGUAGE, type Language } from "./language.ts";
import { dayUrl } from "./urls.ts";

/** A day of a month calendar: linked only when it has news. `null` cells pad the first and last week. */
export type CalendarCell = { day: number; iso: string; count: number; url?: string } | null;
/** Seven cells, Monday first. */
export type CalendarWeek = CalendarCell[];

/**
 * A month as weeks of seven cells, Monday first, padded with `null` before the 1st and after the last day.
 * @param countsByDay articles per day of the month, by day number (an array indexed by day will do)
 * @example monthCalendar(2024, 9, {})[0] // [null, null, null, null, null, null, { day: 1, ... }]
 */
export function monthCalendar(year: number, month: number, countsByDay: Readonly<Record<number, number>>, lang: Language = DEFAULT_LANGUAGE): CalendarWeek[] {
  const cells: CalendarCell[] = new Array<CalendarCell>(isoWeekday(year, month, 1) - 1).fill(null);
  const length = daysInMonth(year, month);
  for (let day = 1; day <= length; day++) {
    const count = countsByDay[day] ?? 0;
    const cell: CalendarCell = { day, iso: isoDay(year, month, day), count };
    if (count > 0) cell.url = dayUrl(year, month, day, lang);
    cells.push(cell);
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: CalendarWeek[] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(year: number, month: number, day: number): number {
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}
