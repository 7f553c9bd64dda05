// The pure parts of `npm run lighthouse` (src/bench/lighthouse-figures.ts): figures read from a
// report shaped as Lighthouse 12 writes it, the median run, the bars; and the static server's rule of
// what it gzips (src/bench/static-server.ts), which Lighthouse's simulated network counts.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { type LighthouseReport, lighthouseFigures, medianRun, missedBars } from "../../src/bench/lighthouse-figures.ts";
import { compressesFile } from "../../src/bench/static-server.ts";

const report: LighthouseReport = {
  requestedUrl: "http://127.0.0.1:4000/",
  finalDisplayedUrl: "http://127.0.0.1:4000/2026/06/30/bai/",
  environment: { benchmarkIndex: 812.5 },
  runWarnings: ["The tested device appears to have a slower CPU than Lighthouse expects."],
  categories: { performance: { score: 0.974 } },
  audits: {
    "largest-contentful-paint": { title: "Largest Contentful Paint", numericValue: 2012.4 },
    "first-contentful-paint": { title: "First Contentful Paint", numericValue: 1100 },
    "total-blocking-time": { title: "Total Blocking Time", numericValue: 0 },
    "cumulative-layout-shift": { title: "Cumulative Layout Shift", numericValue: 0.0012 },
    "speed-index": { title: "Speed Index", numericValue: 1300 },
    "largest-contentful-paint-element": {
      title: "Largest Contentful Paint element",
      details: {
        type: "list",
        items: [
          { type: "table", items: [{ node: { type: "node", snippet: '<img src="/photo-sizes/images/a.jpg/800.jpg" fetchpriority="high">' } }] },
          { type: "table", items: [{ phase: "TTFB", timing: 600 }] },
        ],
      },
    },
    "render-blocking-resources": { title: "Eliminate render-blocking resources", metricSavings: { FCP: 300, LCP: 300 } },
    "font-display": { title: "Ensure text remains visible during webfont load", metricSavings: { FCP: 0, LCP: 0 } },
    "uses-responsive-images": { title: "Properly size images", metricSavings: { FCP: 0, LCP: 450 } },
    "uses-text-compression": { title: "Enable text compression", metricSavings: { FCP: 150, LCP: 150 } },
  },
};

test("figures: score out of 100, the metrics in ms, the LCP element, the opportunities that save LCP, most first", () => {
  const figures = lighthouseFigures(report);
  assert.equal(figures, {
    url: "http://127.0.0.1:4000/2026/06/30/bai/",
    performance: 97,
    lcpMs: 2012.4,
    fcpMs: 1100,
    totalBlockingTimeMs: 0,
    cumulativeLayoutShift: 0.0012,
    speedIndexMs: 1300,
    lcpElement: '<img src="/photo-sizes/images/a.jpg/800.jpg" fetchpriority="high">',
    opportunities: [
      { id: "uses-responsive-images", title: "Properly size images", lcpSavingsMs: 450 },
      { id: "render-blocking-resources", title: "Eliminate render-blocking resources", lcpSavingsMs: 300 },
      { id: "uses-text-compression", title: "Enable text compression", lcpSavingsMs: 150 },
    ],
    benchmarkIndex: 812.5,
    warnings: ["The tested device appears to have a slower CPU than Lighthouse expects."],
  });
});

test("figures: a page Lighthouse could not score says why, and misses the bars", () => {
  const failed = lighthouseFigures({ requestedUrl: "http://127.0.0.1:4000/", runtimeError: { code: "NO_FCP", message: "The page did not paint any content." }, categories: { performance: { score: null } }, audits: {} });
  assert.is(failed.performance, null);
  assert.ok(Number.isNaN(failed.lcpMs));
  assert.equal(failed.warnings, ["NO_FCP: The page did not paint any content."]);
  assert.equal(missedBars(failed), ["http://127.0.0.1:4000/: Performance not scored < 95", "http://127.0.0.1:4000/: LCP NaN s > 2.5 s"]);
});

test("bars: Performance ≥ 95 and LCP ≤ 2.5 s, each missed one named", () => {
  const table: [number, number, string[]][] = [
    [95, 2500, []],
    [100, 900, []],
    [94, 2500, ["/: Performance 94 < 95"]],
    [95, 2501, ["/: LCP 2.50 s > 2.5 s"]],
    [60, 4200, ["/: Performance 60 < 95", "/: LCP 4.20 s > 2.5 s"]],
  ];
  for (const [performance, lcpMs, expected] of table) assert.equal(missedBars({ url: "/", performance, lcpMs }), expected, `${performance} ${lcpMs}`);
});

test("median run: by Performance, the lower middle of an even count, an unscored run lowest", () => {
  assert.equal(medianRun([{ performance: 90 }, { performance: 99 }, { performance: 97 }]), { performance: 97 });
  assert.equal(medianRun([{ performance: 99 }, { performance: 96 }]), { performance: 96 });
  assert.equal(medianRun([{ performance: null }, { performance: 98 }, { performance: 99 }]), { performance: 98 });
  assert.throws(() => medianRun([]));
});

test("the static server gzips text a client accepts gzip for, never photos", () => {
  assert.ok(compressesFile("/site/index.html", "gzip, deflate, br"));
  assert.ok(compressesFile("/site/assets/site.abc.css", "gzip"));
  assert.not.ok(compressesFile("/site/index.html", undefined));
  assert.not.ok(compressesFile("/site/index.html", "br"));
  assert.not.ok(compressesFile("/site/photo-sizes/a.jpg/800.avif", "gzip"));
  assert.not.ok(compressesFile("/site/images/a.jpg", "gzip"));
});

test.run();
