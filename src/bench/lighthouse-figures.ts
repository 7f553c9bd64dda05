/**
 * What `npm run lighthouse` reads from a Lighthouse report (LHR) and the bars it holds it to (issue
 * #22: Performance ≥ 95 and LCP ≤ 2.5 s on the article and home pages, mobile settings). Pure: plain
 * report JSON in, plain figures out, so that it tests without a browser.
 */

/** Issue #22's bars for the article and home pages under Lighthouse's mobile settings. */
export const LIGHTHOUSE_BARS = { performance: 95, lcpMs: 2500 } as const;

/** The parts of a Lighthouse result this module reads (lighthouse/types/lhr is far larger). */
export interface LighthouseReport {
  finalDisplayedUrl?: string;
  requestedUrl?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  environment?: { benchmarkIndex?: number };
  categories: { performance?: { score: number | null } };
  audits: Record<string, { title?: string; numericValue?: number; details?: unknown; metricSavings?: Record<string, number | undefined> }>;
}

export interface Opportunity {
  id: string;
  title: string;
  /** Lighthouse's estimate of the LCP it would save, in ms. */
  lcpSavingsMs: number;
}

export interface LighthouseFigures {
  url: string;
  /** 0–100, or null when Lighthouse could not score the page. */
  performance: number | null;
  lcpMs: number;
  fcpMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  speedIndexMs: number;
  /** The LCP element's markup as Lighthouse quotes it. */
  lcpElement?: string;
  /** Audits that say the LCP could be earlier, most saving first. */
  opportunities: Opportunity[];
  /** Lighthouse's measure of the machine's speed (a loaded machine scores lower). */
  benchmarkIndex?: number;
  warnings: string[];
}

const numeric = (report: LighthouseReport, id: string): number => report.audits[id]?.numericValue ?? Number.NaN;

/** The first `snippet` of a node anywhere in an audit's details (tables nest in lists). */
function firstSnippet(details: unknown): string | undefined {
  if (!details || typeof details !== "object") return undefined;
  const node = (details as { node?: { snippet?: unknown } }).node;
  if (typeof node?.snippet === "string") return node.snippet;
  for (const value of Object.values(details)) {
    const found = Array.isArray(value) ? value.map(firstSnippet).find(Boolean) : typeof value === "object" ? firstSnippet(value) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The figures of one report.
 * @example lighthouseFigures(lhr).performance // 98
 */
export function lighthouseFigures(report: LighthouseReport): LighthouseFigures {
  const score = report.categories.performance?.score;
  const opportunities = Object.entries(report.audits)
    .map(([id, audit]) => ({ id, title: audit.title ?? id, lcpSavingsMs: audit.metricSavings?.LCP ?? 0 }))
    .filter((opportunity) => opportunity.lcpSavingsMs > 0)
    .sort((a, b) => b.lcpSavingsMs - a.lcpSavingsMs || a.id.localeCompare(b.id));
  return {
    url: report.finalDisplayedUrl ?? report.requestedUrl ?? "",
    performance: score === null || score === undefined ? null : Math.round(score * 100),
    lcpMs: numeric(report, "largest-contentful-paint"),
    fcpMs: numeric(report, "first-contentful-paint"),
    totalBlockingTimeMs: numeric(report, "total-blocking-time"),
    cumulativeLayoutShift: numeric(report, "cumulative-layout-shift"),
    speedIndexMs: numeric(report, "speed-index"),
    lcpElement: firstSnippet(report.audits["largest-contentful-paint-element"]?.details),
    opportunities,
    benchmarkIndex: report.environment?.benchmarkIndex,
    warnings: [...(report.runtimeError ? [`${report.runtimeError.code}: ${report.runtimeError.message}`] : []), ...(report.runWarnings ?? [])],
  };
}

/**
 * The run to quote of several of one page: the median by Performance score (Lighthouse's own advice
 * for noisy machines), the lower one of an even count's middle two.
 * @example medianRun([{ performance: 90 }, { performance: 99 }, { performance: 97 }]) // { performance: 97 }
 */
export function medianRun<T extends Pick<LighthouseFigures, "performance">>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error("no Lighthouse run to choose from");
  const sorted = [...runs].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * What falls short of the bars, one line each; empty when the page meets them.
 * @example missedBars({ url: "/", performance: 93, lcpMs: 2600, … }) // ["/: Performance 93 < 95", "/: LCP 2.60 s > 2.5 s"]
 */
export function missedBars(figures: Pick<LighthouseFigures, "url" | "performance" | "lcpMs">): string[] {
  const missed: string[] = [];
  if (figures.performance === null || figures.performance < LIGHTHOUSE_BARS.performance) {
    missed.push(`${figures.url}: Performance ${figures.performance ?? "not scored"} < ${LIGHTHOUSE_BARS.performance}`);
  }
  if (!(figures.lcpMs <= LIGHTHOUSE_BARS.lcpMs)) missed.push(`${figures.url}: LCP ${(figures.lcpMs / 1000).toFixed(2)} s > ${LIGHTHOUSE_BARS.lcpMs / 1000} s`);
  return missed;
}
