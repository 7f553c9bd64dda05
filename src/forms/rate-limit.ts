/**
 * How many submissions one client address may make in a sliding window (by default 10 a minute),
 * kept in memory: the reference receiver is one process.
 */

export interface RateLimitOptions {
  /** Submissions allowed per address within `windowMs`. */
  max: number;
  windowMs: number;
  now?: () => number;
}

export const DEFAULT_RATE_LIMIT = { max: 10, windowMs: 60_000 } as const;

/** Addresses tracked before stale ones are swept out, so that a flood of addresses cannot fill memory. */
const SWEEP_AT = 10_000;

export class RateLimiter {
  private readonly attempts = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    if (!(options.max >= 1) || !(options.windowMs > 0)) throw new Error("rate limit: max must be at least 1 and windowMs positive");
    this.now = options.now ?? Date.now;
  }

  /**
   * Counts one submission by `key`, unless the key has used up its allowance.
   * @returns whether it is allowed, and if not, in how many seconds it will be
   * @example new RateLimiter({ max: 1, windowMs: 60_000 }).take("127.0.0.1") // { allowed: true, retryAfterSeconds: 0 }
   */
  take(key: string): { allowed: boolean; retryAfterSeconds: number } {
    const now = this.now();
    const since = now - this.options.windowMs;
    if (this.attempts.size >= SWEEP_AT) this.sweep(since);
    const times = (this.attempts.get(key) ?? []).filter((time) => time > since);
    if (times.length >= this.options.max) {
      this.attempts.set(key, times);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! - since) / 1000)) };
    }
    times.push(now);
    this.attempts.set(key, times);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  private sweep(since: number): void {
    for (const [key, times] of this.attempts) {
      if (times[times.length - 1]! <= since) this.attempts.delete(key);
    }
  }
}
