/** Tests of src/newsroom-day.ts: GMT+7 days at their midnight, whatever zone the suite runs in (it runs in two). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatCalendarDay, newsroomDayAt } from "../src/newsroom-day.ts";
import { strings } from "../src/i18n.ts";

test("newsroomDayAt: the GMT+7 day begins at 17:00 UTC the day before", () => {
  const table: [string, string][] = [
    ["2024-01-26T16:59:59.999Z", "2024-01-26 (5)"],
    ["2024-01-26T17:00:00Z", "2024-01-27 (6)"],
    ["2024-01-27T16:59:59Z", "2024-01-27 (6)"],
    ["2024-01-27T17:00:00Z", "2024-01-28 (0)"],
    ["2023-12-31T17:00:00Z", "2024-01-01 (1)"],
    ["2024-02-28T17:30:00Z", "2024-02-29 (4)"],
  ];
  for (const [instant, expected] of table) {
    const { year, month, day, weekday } = newsroomDayAt(Date.parse(instant));
    assert.is(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} (${weekday})`, expected, instant);
  }
});

test("formatCalendarDay: day/month/year in Vietnamese, with the month's name in English", () => {
  assert.is(formatCalendarDay(2024, 1, 27, strings.vi.monthNames), "27/01/2024");
  assert.is(formatCalendarDay(2024, 11, 5, []), "05/11/2024");
  assert.is(formatCalendarDay(2024, 1, 27, strings.en.monthNames), "27 January 2024");
  assert.is(formatCalendarDay(2024, 12, 5, strings.en.monthNames), "5 December 2024");
});

test.run();
