import { test } from "uvu";
import * as assert from "uvu/assert";
import { dayFirstTimestamp, formatDate, formatDateTime, formatMonth, formatTime, formatWeekdayDate, isoTimestamp, newsroomDay, parseTimestamp } from "../src/dates.ts";

function parsed(raw: unknown) {
  const result = parseTimestamp(raw);
  if (!result.ok) throw new Error(`did not parse: ${String(raw)}`);
  return result.value;
}

const accepted: [unknown, string][] = [
  ["2024-01-27T22:01:00+07:00", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27T22:01+07:00", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27T22:01:00", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27T22:01", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27 22:01", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27", "2024-01-27T00:00:00+07:00"],
  ["2024-01-27T15:01:00Z", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27T10:01:00-05:00", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27T17:01:00+02:00", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27T22:01:00+0700", "2024-01-27T22:01:00+07:00"],
  ["2024-01-27T22:01:00.250+07:00", "2024-01-27T22:01:00+07:00"],
  [new Date(Date.UTC(2024, 0, 27, 15, 1)), "2024-01-27T22:01:00+07:00"],
];

test("parseTimestamp: every accepted form lands in +07:00 at the right instant", () => {
  for (const [raw, expected] of accepted) assert.is(isoTimestamp(parsed(raw)), expected, String(raw));
});

test("parseTimestamp: real offsets from -12:00 to +14:00 are read; impossible ones are refused, named (issue 15)", () => {
  for (const raw of ["2024-01-27T22:01:00+14:00", "2024-01-27T22:01:00-12:00", "2024-01-27T22:01:00+05:45", "2024-01-27T22:01+0530", "2024-01-27T22:01:00-00:00", "2024-01-27T22:01:00+07"]) {
    assert.ok(parseTimestamp(raw).ok, raw);
  }
  for (const [raw, offset] of [
    ["2024-01-27T22:01:00+25:00", "+25:00"],
    ["2024-01-27T22:01:00+07:99", "+07:99"],
    ["2024-01-27T22:01:00-99:00", "-99:00"],
    ["2024-01-27T22:01:00+14:30", "+14:30"],
    ["2024-01-27T22:01:00-12:01", "-12:01"],
    ["2024-01-27 22:01 +0760", "+0760"],
  ] as const) {
    const result = parseTimestamp(raw);
    assert.equal(result.ok ? undefined : result.impossible, { offset }, raw);
  }
});

test("parseTimestamp: years outside 1000–9999, as GMT+7 shows them, are refused with the year (issue 15)", () => {
  for (const [raw, year] of [
    ["0099-01-27", 99],
    ["0000-01-01", 0],
    ["0999-12-31T23:59", 999],
    ["1000-01-01T00:30+08:00", 999],
    ["9999-12-31T23:00-05:00", 10000],
  ] as const) {
    const result = parseTimestamp(raw);
    assert.equal(result.ok ? undefined : result.impossible, { year }, raw);
  }
  for (const raw of ["1000-01-01", "9999-12-31T23:59", "1975-04-30"]) assert.ok(parseTimestamp(raw).ok, raw);
});

test("parseTimestamp: rejects what is not a timestamp, saying what is expected", () => {
  for (const raw of ["27/01/2024", "2024-13-01", "2024-02-30", "hôm qua", "2024-01-27T25:00", "", 20240127, true, null, ["2024-01-27"]]) {
    const result = parseTimestamp(raw);
    assert.is(result.ok, false, String(raw));
    if (!result.ok) assert.match(result.expected, "ISO 8601");
  }
});

test("day-first dates as Vietnamese write them are never read, but given back in the accepted form, in GMT+7; never month first (issue 17)", () => {
  const cases: [string, string | null | undefined][] = [
    ["27/01/2024 22:01", "2024-01-27T22:01:00+07:00"],
    ["27/01/2024", "2024-01-27"],
    ["22:01 27/01/2024", "2024-01-27T22:01:00+07:00"],
    ["27-01-2024 22h01", "2024-01-27T22:01:00+07:00"],
    ["27.01.2024 22:01:30", "2024-01-27T22:01:30+07:00"],
    ["7/1/2024 8h", "2024-01-07T08:00:00+07:00"],
    ["ngày 27/01/2024 lúc 22 giờ 01", "2024-01-27T22:01:00+07:00"],
    ["22h01, 27/01/2024", "2024-01-27T22:01:00+07:00"],
    ["01/02/2024", "2024-02-01", /* 1 February, day first, as a Vietnamese writer means it */],
    ["01/27/2024", null /* month first: there is no month 27 */],
    ["31/02/2024", null],
    ["27/01/2024 24:00", null],
    ["27/01/2024 22:61", null],
    ["27/01/24", undefined /* a two-digit year is not guessed at */],
    ["27/01-2024", undefined],
    ["2024-01-27", undefined],
    ["hôm qua", undefined],
  ];
  for (const [text, expected] of cases) {
    assert.is(dayFirstTimestamp(text), expected, text);
    const parsed = parseTimestamp(text);
    if (expected !== undefined) assert.equal(parsed, { ok: false, expected: parsed.ok ? "" : parsed.expected, dayFirst: expected }, text);
  }
  assert.is(parseTimestamp("2024-01-27").ok, true, "the accepted form is not touched");
});

test("a date alone is midnight GMT+7, not midnight UTC", () => {
  assert.is(parsed("2024-01-27").toUTC().toISO(), "2024-01-26T17:00:00.000Z");
});

test("an article at 00:30+07:00 belongs to that GMT+7 day, though it is the previous day in UTC", () => {
  assert.equal(newsroomDay(parsed("2024-01-27T00:30:00+07:00")), { year: 2024, month: 1, day: 27 });
  assert.equal(newsroomDay(parsed("2024-01-26T17:30:00Z")), { year: 2024, month: 1, day: 27 });
  assert.equal(newsroomDay(parsed("2024-01-27T23:50:00+07:00")), { year: 2024, month: 1, day: 27 });
  assert.equal(newsroomDay(parsed("2024-12-31T17:30:00Z")), { year: 2025, month: 1, day: 1 });
});

test("human forms as the portal prints them", () => {
  const when = parsed("2024-01-27T22:01:00+07:00");
  assert.is(formatDateTime(when), "27/01/2024, 22:01 (GMT+7)");
  assert.is(formatDate(when), "27/01/2024");
  assert.is(formatTime(when), "22:01");
  assert.is(formatWeekdayDate(parsed("2024-04-25T14:04:00+07:00")), "Thứ năm, 25/04/2024");
  assert.is(formatWeekdayDate(parsed("2024-04-28T00:10:00+07:00"), "vi"), "Chủ nhật, 28/04/2024");
});

test("results do not depend on the machine's time zone", () => {
  // The suite runs under TZ=UTC and TZ=America/Los_Angeles; these must hold under both.
  assert.is(isoTimestamp(parsed("2024-03-10T02:30:00")), "2024-03-10T02:30:00+07:00");
  assert.is(formatDateTime(parsed("2024-11-03T01:30:00-07:00")), "03/11/2024, 15:30 (GMT+7)");
});

test("English pages write dates with month names, still in GMT+7", () => {
  const late = parsed("2024-01-27T15:01:00Z");
  assert.is(formatDateTime(late, "en"), "27 January 2024, 22:01 (GMT+7)");
  assert.is(formatDate(parsed("2024-03-01T17:30:00Z"), "en"), "2 March 2024", "00:30 GMT+7 is already the 2nd");
  assert.is(formatWeekdayDate(late, "en"), "Saturday, 27 January 2024");
  assert.is(formatMonth(2024, 1, "en"), "January 2024");
  assert.is(formatMonth(2024, 1, "vi"), "01/2024");
});

test.run();
