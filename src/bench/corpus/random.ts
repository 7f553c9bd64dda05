/** The corpus's randomness: one seeded generator (mulberry32) and the samplers drawn from it. */

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a tiny, fast 32-bit PRNG, good enough for test data (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c).
 * @example const rng = mulberry32(42); rng() // 0.6011037519201636, on every machine
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Folds any seed to 32 bits (FNV-1a over its string form, so `42` and `"42"` agree).
 * @example hashSeed(42) === hashSeed("42") // true
 */
export function hashSeed(seed: string | number): number {
  let hash = 0x811c9dc5;
  for (const char of String(seed)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The generator of one article: depends on the seed and the article's index only. */
export function articleRng(seed: string | number, index: number): Rng {
  return mulberry32(hashSeed(`${seed}#article-${index}`));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** Integer in [min, max], both included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

/** Picks by cumulative weights; the cumulative array is built once per pool. */
export function weightedSampler<T>(items: readonly T[], weights: readonly number[]): (rng: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (rng) => {
    const target = rng() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return items[low]!;
  };
}

/**
 * Zipf-like popularity (Zipf–Mandelbrot): the item of rank k (from 1) weighs 1 / (k + offset)^exponent.
 * The offset flattens the head, so that the top item is common without being everywhere.
 */
export function zipfSampler<T>(items: readonly T[], exponent: number, offset = 0): (rng: Rng) => T {
  return weightedSampler(
    items,
    items.map((_, rank) => 1 / (rank + 1 + offset) ** exponent),
  );
}
