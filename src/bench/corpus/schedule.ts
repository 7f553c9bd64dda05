/** When each generated article is published: the schedule over the archive span, in GMT+7. */
import { inNewsroomZone, isoTimestamp } from "../../dates.ts";
import { type ArticleSlot, type CorpusOptions, DEFAULT_UNTIL, DEFAULT_YEARS, GMT7_OFFSET_MS, SCHEDULED_YEAR } from "./options.ts";
import { chance, hashSeed, intBetween, mulberry32, type Rng, weightedSampler } from "./random.ts";

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function wallTime(instant: number): WallTime {
  const date = new Date(instant + GMT7_OFFSET_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** The instant at which the clocks of Vietnam show this wall time. */
export function instantOf(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - GMT7_OFFSET_MS;
}

/**
 * ISO 8601 in GMT+7, whatever the machine's zone.
 * @example toGmt7Iso(Date.UTC(2019, 2, 4, 16, 45)) // "2019-03-04T23:45:00+07:00"
 */
export function toGmt7Iso(instant: number): string {
  return isoTimestamp(inNewsroomZone(instant));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDay(text: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`until must be a date written YYYY-MM-DD, got "${text}"`);
  }
  return { year, month, day };
}

// ---------------------------------------------------------------------------------------------
// The schedule: when each article is published

/**
 * Relative activity by hour of day in GMT+7: office hours mostly, but every hour has some, and
 * 23:xx and 00:xx are common enough to exercise the midnight edge of day archives.
 */
export const HOUR_WEIGHTS = [3, 0.6, 0.3, 0.3, 0.5, 1, 3, 6, 9, 10, 10, 9, 5, 6, 9, 10, 9, 7, 5, 5, 5, 4, 3, 4];
export const HOURS = HOUR_WEIGHTS.map((_, hour) => hour);
export const pickHour = weightedSampler(HOURS, HOUR_WEIGHTS);
/** Fewer articles around Tết (January–February) and in summer, more at the end of the year. */
export const MONTH_FACTORS = [0.9, 0.7, 1, 1, 1, 0.95, 0.9, 0.9, 1, 1.05, 1.05, 1.15];
/** Yearly growth of the publication rate: recent years are about four times denser than the first. */
export const YEARLY_GROWTH = 1.075;
/** Share of articles pinned to the first minutes or the last minutes of a month. */
export const MONTH_EDGE_SHARE = 0.02;

export function specialCount(count: number): number {
  return count < 20 ? 0 : Math.max(1, Math.round(count * 0.005));
}

/** Number of scheduled (2099) and draft articles for a corpus of `count`: 0.5% each, at least one from 20 articles. */
export function corpusCounts(count: number): { drafts: number; scheduled: number } {
  return { drafts: specialCount(count), scheduled: specialCount(count) };
}

export interface MonthSpan {
  year: number;
  month: number;
  firstDay: number;
  lastDay: number;
}

/** Splits `total` into integer shares proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left-- <= 0) break;
    shares[index]! += 1;
  }
  return shares;
}

/** Sorted publication instants of `count` articles within one month span. */
export function monthInstants(span: MonthSpan, count: number, rng: Rng): Float64Array {
  const instants = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let day: number;
    let hour: number;
    let minute: number;
    if (chance(rng, MONTH_EDGE_SHARE)) {
      // Month boundaries in GMT+7 are where a UTC-based build files articles in the wrong month.
      const atStart = chance(rng, 0.5);
      day = atStart ? span.firstDay : span.lastDay;
      hour = atStart ? 0 : 23;
      minute = atStart ? intBetween(rng, 0, 14) : intBetween(rng, 45, 59);
    } else {
      day = intBetween(rng, span.firstDay, span.lastDay);
      hour = pickHour(rng);
      minute = intBetween(rng, 0, 59);
    }
    instants[i] = instantOf(span.year, span.month, day, hour, minute);
  }
  return instants.sort();
}

/**
 * The slots of a corpus in publication order: regular articles spread over the archive span,
 * denser in recent years, then the scheduled ones in 2099. Drafts are spread evenly among the regular ones.
 * @example [...corpusSlots({ count: 3, seed: 1 })].length // 3
 */
export function* corpusSlots(options: Omit<CorpusOptions, "categories">): Generator<ArticleSlot> {
  const { count } = options;
  const until = parseDay(options.until ?? DEFAULT_UNTIL);
  const years = options.years ?? DEFAULT_YEARS;
  const rng = mulberry32(hashSeed(`${options.seed}#schedule`));
  const counts = corpusCounts(count);
  const regular = count - counts.scheduled;

  // The span starts the day after the same date `years` earlier: 2006-07-01 → 2026-06-30.
  const startDate = new Date(Date.UTC(until.year - years, until.month - 1, until.day + 1));
  const start = { year: startDate.getUTCFullYear(), month: startDate.getUTCMonth() + 1, day: startDate.getUTCDate() };
  const spans: MonthSpan[] = [];
  for (let year = start.year, month = start.month; year < until.year || (year === until.year && month <= until.month); ) {
    const first = year === start.year && month === start.month ? start.day : 1;
    const last = year === until.year && month === until.month ? until.day : daysInMonth(year, month);
    spans.push({ year, month, firstDay: first, lastDay: last });
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  const weights = spans.map((span, index) => {
    const covered = (span.lastDay - span.firstDay + 1) / daysInMonth(span.year, span.month);
    return covered * YEARLY_GROWTH ** (index / 12) * MONTH_FACTORS[span.month - 1]! * (0.75 + 0.5 * rng());
  });
  const perMonth = apportion(regular, weights);

  // Draft k sits somewhere in the k-th of `drafts` equal stretches of the regular articles.
  const draftIndexes = new Set<number>();
  for (let k = 0; k < counts.drafts; k++) {
    draftIndexes.add(Math.floor(((k + rng()) * regular) / counts.drafts));
  }

  let index = 0;
  for (const [m, span] of spans.entries()) {
    for (const published of monthInstants(span, perMonth[m]!, rng)) {
      yield { index, published, draft: draftIndexes.has(index), scheduled: false };
      index++;
    }
  }
  const scheduled = new Float64Array(counts.scheduled);
  for (let i = 0; i < scheduled.length; i++) {
    const month = intBetween(rng, 1, 12);
    const day = intBetween(rng, 1, daysInMonth(SCHEDULED_YEAR, month));
    scheduled[i] = instantOf(SCHEDULED_YEAR, month, day, pickHour(rng), intBetween(rng, 0, 59));
  }
  for (const published of scheduled.sort()) {
    yield { index, published, draft: false, scheduled: true };
    index++;
  }
}
