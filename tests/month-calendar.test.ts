/** Tests of src/month-calendar.ts: weeks Monday first, whatever the machine's zone (the suite runs in two). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { type CalendarWeek, monthCalendar } from "../src/month-calendar.ts";

/** One string per week, `·` for padding, `5*` for a linked day. */
const renderCalendar = (weeks: CalendarWeek[]): string[] =>
  weeks.map((week) => week.map((cell) => (cell ? `${cell.day}${cell.url ? "*" : ""}` : "·")).join(" "));

const calendarCases: { name: string; year: number; month: number; expected: string[] }[] = [
  {
    name: "September 2024 starts on a Sunday",
    year: 2024,
    month: 9,
    expected: ["· · · · · · 1", "2 3 4 5 6 7 8", "9 10 11 12 13 14 15", "16 17 18 19 20 21 22", "23 24 25 26 27 28 29", "30 · · · · · ·"],
  },
  {
    name: "June 2025 starts on a Sunday",
    year: 2025,
    month: 6,
    expected: ["· · · · · · 1", "2 3 4 5 6 7 8", "9 10 11 12 13 14 15", "16 17 18 19 20 21 22", "23 24 25 26 27 28 29", "30 · · · · · ·"],
  },
  {
    name: "February 2024, a leap year",
    year: 2024,
    month: 2,
    expected: ["· · · 1 2 3 4", "5 6 7 8 9 10 11", "12 13 14 15 16 17 18", "19 20 21 22 23 24 25", "26 27 28 29 · · ·"],
  },
  {
    name: "February 2023, not a leap year",
    year: 2023,
    month: 2,
    expected: ["· · 1 2 3 4 5", "6 7 8 9 10 11 12", "13 14 15 16 17 18 19", "20 21 22 23 24 25 26", "27 28 · · · · ·"],
  },
  {
    name: "February 2021 fills four weeks exactly",
    year: 2021,
    month: 2,
    expected: ["1 2 3 4 5 6 7", "8 9 10 11 12 13 14", "15 16 17 18 19 20 21", "22 23 24 25 26 27 28"],
  },
];

for (const { name, year, month, expected } of calendarCases) {
  test(`monthCalendar: ${name}`, () => {
    assert.equal(renderCalendar(monthCalendar(year, month, {})), expected);
  });
}

test("monthCalendar: days with news link to their day page and show their count", () => {
  const weeks = monthCalendar(2024, 1, { 27: 45, 29: 1 });
  const cells = weeks.flat().filter((cell) => cell !== null);
  assert.equal(cells.find((cell) => cell.day === 27), { day: 27, iso: "2024-01-27", count: 45, url: "/2024/01/27/" });
  assert.equal(cells.find((cell) => cell.day === 28), { day: 28, iso: "2024-01-28", count: 0 });
  assert.is(cells.filter((cell) => cell.url).length, 2);
});

test("monthCalendar: an English month page's days link into the English section", () => {
  const cells = monthCalendar(2024, 1, { 27: 2 }, "en").flat();
  assert.is(cells.find((cell) => cell?.day === 27)?.url, "/en/2024/01/27/");
});

test.run();
