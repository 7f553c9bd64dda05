import { test } from "uvu";
import * as assert from "uvu/assert";
import { headlineBundleOf, isHeadlineBundle, newestFirst, periodsOfMonths, searchPeriodOf } from "../../src/search/search-periods.ts";

test("a year that fits is one period, named by its year", () => {
  const months = new Map([["2023-02", 300], ["2023-11", 700], ["2024-01", 5]]);
  assert.equal(Object.fromEntries(periodsOfMonths(months, 1000)), { "2023-02": "2023", "2023-11": "2023", "2024-01": "2024" });
});

test("a larger year is cut into runs of whole months of at most the limit, each named by its first month", () => {
  const months = new Map([["2024-01", 400], ["2024-02", 500], ["2024-03", 200], ["2024-04", 700], ["2024-05", 1500], ["2024-06", 10]]);
  assert.equal(Object.fromEntries(periodsOfMonths(months, 1000)), {
    "2024-01": "2024-01",
    "2024-02": "2024-01",
    "2024-03": "2024-03",
    "2024-04": "2024-03",
    "2024-05": "2024-05",
    "2024-06": "2024-06",
  }, "a month over the limit is a period of its own");
});

test("searchPeriodOf counts the articles' months itself; periods sort newest first", () => {
  const articles = [...Array.from({ length: 3 }, () => ({ search: { month: "2024-01" } })), { search: { month: "2024-07" } }, { search: { month: "2023-05" } }];
  const periodOf = searchPeriodOf(articles, 3);
  assert.equal(articles.map(periodOf), ["2024-01", "2024-01", "2024-01", "2024-07", "2023"]);
  assert.equal(["2023", "2024-07", "2024-01", "2025"].sort(newestFirst), ["2025", "2024-07", "2024-01", "2023"]);
});

test("a period's headline bundle", () => {
  assert.is(headlineBundleOf("2024-01"), "headlines-2024-01");
  assert.ok(isHeadlineBundle("headlines-2024-01") && !isHeadlineBundle("2024-01"));
});

test.run();
