import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatMegabytes, formatNumber, formatSeconds } from "../../src/text/number-format.ts";

test("numbers as each language writes them: Vietnamese groups with dots and decimals with a comma, English the other way", () => {
  const table: [number, number, string, string][] = [
    [0, 0, "0", "0"],
    [3, 0, "3", "3"],
    [10000, 0, "10.000", "10,000"],
    [1234567, 0, "1.234.567", "1,234,567"],
    [0.142, 2, "0,14", "0.14"],
    [0.3, 1, "0,3", "0.3"],
    [13.04, 1, "13,0", "13.0"],
    [12345.6, 1, "12.345,6", "12,345.6"],
  ];
  for (const [value, digits, vi, en] of table) {
    assert.is(formatNumber(value, "vi", digits), vi, `vi ${value}`);
    assert.is(formatNumber(value, "en", digits), en, `en ${value}`);
  }
});

test("durations and sizes carry their unit: giây in Vietnamese, s in English", () => {
  assert.is(formatSeconds(0.3, "vi"), "0,3 giây");
  assert.is(formatSeconds(0.3, "en"), "0.3 s");
  assert.is(formatSeconds(0.142, "vi", 2), "0,14 giây");
  assert.is(formatSeconds(0.142, "en", 2), "0.14 s");
  assert.is(formatMegabytes(3.25 * 1024 * 1024, "vi"), "3,3 MB");
  assert.is(formatMegabytes(1500 * 1024 * 1024, "en"), "1,500.0 MB");
});

test.run();
