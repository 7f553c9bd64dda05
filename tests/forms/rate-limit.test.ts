import { test } from "uvu";
import * as assert from "uvu/assert";
import { DEFAULT_RATE_LIMIT, RateLimiter } from "../../src/forms/rate-limit.ts";

function limiter(max: number, windowMs = 60_000) {
  let now = 1_000_000;
  const rate = new RateLimiter({ max, windowMs, now: () => now });
  return { rate, advance: (ms: number) => (now += ms) };
}

test("the default is a sane ten submissions a minute", () => {
  assert.equal({ ...DEFAULT_RATE_LIMIT }, { max: 10, windowMs: 60_000 });
});

test("max submissions per address in a sliding window, then a refusal saying when to retry", () => {
  const { rate, advance } = limiter(3);
  const verdicts = [rate.take("a"), (advance(10_000), rate.take("a")), (advance(10_000), rate.take("a")), rate.take("a")];
  assert.equal(verdicts.map((verdict) => verdict.allowed), [true, true, true, false]);
  assert.is(verdicts[3]!.retryAfterSeconds, 40);
  advance(39_999);
  assert.equal(rate.take("a"), { allowed: false, retryAfterSeconds: 1 });
  advance(1);
  assert.equal(rate.take("a"), { allowed: true, retryAfterSeconds: 0 }, "the first one has left the window");
  assert.equal(rate.take("a"), { allowed: false, retryAfterSeconds: 10 }, "the second one leaves ten seconds later");
});

test("a refusal is not counted; each address has its own allowance", () => {
  const { rate, advance } = limiter(1, 1000);
  assert.is(rate.take("127.0.0.2").allowed, true);
  for (let i = 0; i < 5; i++) assert.is(rate.take("127.0.0.2").allowed, false);
  assert.is(rate.take("127.0.0.3").allowed, true);
  assert.is(rate.take("::1").allowed, true);
  advance(1000);
  assert.is(rate.take("127.0.0.2").allowed, true, "refusals did not extend the wait");
});

test("a flood of addresses does not grow memory forever: stale ones are swept", () => {
  const { rate, advance } = limiter(1, 1000);
  for (let i = 0; i < 10_000; i++) rate.take(`10.0.${i >> 8}.${i & 255}`);
  advance(2000);
  rate.take("fresh");
  const size = (rate as unknown as { attempts: Map<string, number[]> }).attempts.size;
  assert.is(size, 1);
});

test("nonsense limits are refused", () => {
  assert.throws(() => new RateLimiter({ max: 0, windowMs: 1000 }));
  assert.throws(() => new RateLimiter({ max: 1, windowMs: 0 }));
});

test.run();
