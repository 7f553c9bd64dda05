import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildTime } from "../src/build-time.ts";
import { isoTimestamp } from "../src/dates.ts";

test("SOURCE_DATE_EPOCH sets the build time, in GMT+7", () => {
  assert.is(isoTimestamp(buildTime({ SOURCE_DATE_EPOCH: "1706367660" })), "2024-01-27T22:01:00+07:00");
});

test("without SOURCE_DATE_EPOCH the clock is used", () => {
  assert.is(isoTimestamp(buildTime({}, () => Date.UTC(2024, 0, 1, 0, 0))), "2024-01-01T07:00:00+07:00");
});

test("a malformed SOURCE_DATE_EPOCH is an error, not a silent now", () => {
  assert.throws(() => buildTime({ SOURCE_DATE_EPOCH: "yesterday" }), /SOURCE_DATE_EPOCH/);
});

test.run();
