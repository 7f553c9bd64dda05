import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseUvuSummary } from "../../src/testing/uvu-summary.ts";

test("reads uvu's closing lines, with or without colours", () => {
  assert.equal(parseUvuSummary("x\n  Total:     3\n  Passed:    2\n  Skipped:   1\n  Duration:  2ms\n"), { total: 3, passed: 2, skipped: 1 });
  assert.equal(parseUvuSummary("\u001b[1m  Total:     0\u001b[22m\n  Passed:    0\n"), { total: 0, passed: 0, skipped: 0 });
});

test("no summary means the file crashed before uvu reported", () => {
  assert.is(parseUvuSummary("TypeError: boom"), undefined);
});

test.run();
