// The bench's first query (src/bench/first-query.ts) on the built fixture site: what a search fetches,
// by kind, and the time from Enter to results with the CPU slowed down. No figure is asserted beyond
// its being measured: time is for notes, not tests.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { measureFirstQuery } from "../../src/bench/first-query.ts";
import { useBuiltSite } from "../support/built-site.ts";

const site = useBuiltSite(test);

test("a first query is measured: its results, requests and bytes by kind, and Enter to results with the CPU 4× slower", async () => {
  const figures = await measureFirstQuery(site.outputDir, "khoa học");
  assert.is(figures.query, "khoa học");
  assert.ok(figures.results > 0, "the fixture has articles about khoa học");
  assert.ok(figures.requests > 5, String(figures.requests));
  const { page, searchScripts, index, terms, fragments, total } = figures.bytes;
  assert.ok(page > 0 && searchScripts > 0 && index > 0 && terms > 0 && fragments > 0, JSON.stringify(figures.bytes));
  assert.is(total, page + searchScripts + index + terms + fragments);
  assert.is(figures.cpuSlowdown, 4);
  assert.ok(figures.enterToResultsMs > 0 && Number.isFinite(figures.enterToResultsMs), String(figures.enterToResultsMs));
});

test("the slowdown is a parameter; a query with no result is timed too", async () => {
  const figures = await measureFirstQuery(site.outputDir, "khủng long bạo chúa", 2);
  assert.is(figures.results, 0);
  assert.is(figures.bytes.fragments, 0, "a query that finds nothing fetches no result's text");
  assert.is(figures.cpuSlowdown, 2);
  assert.ok(figures.enterToResultsMs > 0, String(figures.enterToResultsMs));
});

test.run();
