/** Tests of src/day-index.ts: the date picker's index, encoded by the build and decoded in the browser by the same code. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildDayIndex, daysInMonth, isoDay, nearestDayWithNews } from "../src/day-index.ts";


test("buildDayIndex: one bitmask per month from the first month to the last, bit d-1 for day d", () => {
  assert.equal(buildDayIndex(["2024-03-02", "2024-01-31", "2024-01-01"]), {
    first: "2024-01-01",
    last: "2024-03-02",
    months: [1 | (1 << 30), 0, 1 << 1],
  });
  assert.is(buildDayIndex([]), null);
  assert.throws(() => buildDayIndex(["2024-02-30"]), /not a day/);
});

const dayIndex = buildDayIndex(["2023-12-31", "2024-01-02", "2024-01-27", "2024-01-29", "2024-03-05"])!;

const nearestCases: [date: string, expected: ReturnType<typeof nearestDayWithNews>][] = [
  ["2000-01-01", { kind: "before-first", day: "2023-12-31" }],
  ["2023-12-30", { kind: "before-first", day: "2023-12-31" }],
  ["2023-12-31", { kind: "exact", day: "2023-12-31" }],
  ["2024-01-01", { kind: "earlier", day: "2023-12-31" }],
  ["2024-01-02", { kind: "exact", day: "2024-01-02" }],
  ["2024-01-26", { kind: "earlier", day: "2024-01-02" }],
  ["2024-01-28", { kind: "earlier", day: "2024-01-27" }],
  ["2024-01-31", { kind: "earlier", day: "2024-01-29" }],
  ["2024-02-29", { kind: "earlier", day: "2024-01-29" }],
  ["2024-03-04", { kind: "earlier", day: "2024-01-29" }],
  ["2024-03-05", { kind: "exact", day: "2024-03-05" }],
  ["2024-03-06", { kind: "after-last", day: "2024-03-05" }],
  ["2026-06-30", { kind: "after-last", day: "2024-03-05" }],
  ["2023-02-29", { kind: "invalid" }],
  ["2024-13-01", { kind: "invalid" }],
  ["27/01/2024", { kind: "invalid" }],
  ["", { kind: "invalid" }],
];

for (const [date, expected] of nearestCases) {
  test(`nearestDayWithNews: ${date || "(empty)"} → ${expected.kind}`, () => {
    assert.equal(nearestDayWithNews(dayIndex, date), expected);
  });
}

test("nearestDayWithNews: the 31st, the highest bit of a month", () => {
  const index = buildDayIndex(["2024-01-31", "2024-03-01"])!;
  assert.equal(nearestDayWithNews(index, "2024-02-15"), { kind: "earlier", day: "2024-01-31" });
  assert.equal(nearestDayWithNews(index, "2024-01-31"), { kind: "exact", day: "2024-01-31" });
});

test("isoDay and daysInMonth: two-digit months and days; leap years", () => {
  assert.is(isoDay(2024, 1, 7), "2024-01-07");
  assert.equal([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2024, 12)], [29, 28, 28, 29, 31]);
});

test.run();
