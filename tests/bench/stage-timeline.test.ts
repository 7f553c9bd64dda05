import { test } from "uvu";
import * as assert from "uvu/assert";
import { StageTimeline } from "../../src/bench/stage-timeline.ts";

test("stages from the build's log lines, with CPU and peak memory from the samples inside each", () => {
  const timeline = new StageTimeline();
  timeline.line("▸ validate…", 1000);
  timeline.line("  content/a.md:3: title: is required (warning)", 1100);
  timeline.line("✓ validate (1.00 s)", 2000);
  timeline.line("▸ eleventy…", 2000);
  timeline.line("✓ eleventy (3.00 s)", 5000);
  timeline.line("▸ swap…", 5000);
  const samples = [
    { at: 900, rssBytes: 10, cpuSeconds: 0.1 },
    { at: 1500, rssBytes: 50, cpuSeconds: 0.6 },
    { at: 2000, rssBytes: 60, cpuSeconds: 1.1 },
    { at: 3000, rssBytes: 200, cpuSeconds: 2.5 },
    { at: 5000, rssBytes: 120, cpuSeconds: 4.0 },
  ];
  assert.equal(timeline.figures(samples), [
    { name: "validate", wallSeconds: 1, cpuSeconds: 1, peakRssBytes: 60 },
    { name: "eleventy", wallSeconds: 3, cpuSeconds: 2.9, peakRssBytes: 200 },
  ]);
});

test("an hour-long stage's samples, more than a function call takes as arguments", () => {
  const timeline = new StageTimeline();
  timeline.line("▸ photos…", 0);
  timeline.line("✓ photos (3600.00 s)", 3_600_000);
  const samples = Array.from({ length: 500_000 }, (_, index) => ({ at: index * 7.2, rssBytes: index === 250_000 ? 2e9 : 1e9, cpuSeconds: index * 0.01 }));
  assert.is(timeline.figures(samples)[0]!.peakRssBytes, 2e9);
});

test.run();
