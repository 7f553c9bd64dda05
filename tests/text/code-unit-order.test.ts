import { test } from "uvu";
import * as assert from "uvu/assert";
import { compareCodeUnits } from "../../src/text/code-unit-order.ts";

test("compareCodeUnits orders by code units, where localeCompare would follow the locale's collation", () => {
  assert.equal(["b", "B", "a"].sort(compareCodeUnits), ["B", "a", "b"]);
  assert.equal(["/tin-b/", "/tin_a/", "/tin-a/"].sort(compareCodeUnits), ["/tin-a/", "/tin-b/", "/tin_a/"]);
  assert.equal(["2024-01-02T07:00:00+07:00", "2024-01-01T23:00:00+07:00"].sort(compareCodeUnits), ["2024-01-01T23:00:00+07:00", "2024-01-02T07:00:00+07:00"]);
  assert.is(compareCodeUnits("đ", "đ"), 0);
  assert.is(compareCodeUnits("d", "đ"), -1);
});

test.run();
