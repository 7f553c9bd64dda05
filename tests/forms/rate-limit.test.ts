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

test("a flood of addresses is held to maxAddresses, the longest-quiet address giving way first", () => {
  let now = 0;
  const rate = new RateLimiter({ max: 1, windowMs: 60_000, maxAddresses: 1000, now: () => now });
  assert.is(rate.take("first").allowed, true);
  for (let i = 0; i < 5000; i++) {
    now += 1;
    rate.take(`10.0.${i >> 8}.${i & 255}`);
    assert.ok(rate.size <= 1000, `size ${rate.size}`);
  }
  assert.is(rate.size, 1000);
  assert.is(rate.take("10.0.19.135").allowed, false, "the newest addresses are still limited");
  assert.is(rate.take("first").allowed, true, "the quietest one gave way");
});

test("addresses leave the table when their window has passed, without a scan of the others", () => {
  const { rate, advance } = limiter(2, 1000);
  for (let i = 0; i < 10_000; i++) rate.take(`10.0.${i >> 8}.${i & 255}`);
  assert.is(rate.size, 10_000);
  advance(500);
  rate.take("10.0.0.0");
  assert.is(rate.size, 10_000, "a second submission moves an address to the back");
  advance(500);
  rate.take("fresh");
  // Every address but the one that came back half a second later has left its window.
  assert.is(rate.size, 2);
  advance(1000);
  rate.take("fresh");
  assert.is(rate.size, 1);
});

test("each request costs the same whatever the number of addresses tracked (no rescan)", () => {
  // Counted, not timed: the sweep of the old limiter visited every tracked address on each request.
  let visits = 0;
  const { rate } = limiter(10, 60_000);
  for (let i = 0; i < 30_000; i++) rate.take(`a${i}`);
  const attempts = (rate as unknown as { attempts: Map<string, number[]> }).attempts;
  const iterate = attempts[Symbol.iterator].bind(attempts);
  Object.defineProperty(attempts, Symbol.iterator, {
    value: function* () {
      for (const entry of iterate()) {
        visits++;
        yield entry;
      }
    },
  });
  for (let i = 0; i < 1000; i++) rate.take(`b${i}`);
  assert.ok(visits <= 1000, `${visits} addresses visited for 1000 requests`);
});

test("nonsense limits are refused", () => {
  assert.throws(() => new RateLimiter({ max: 0, windowMs: 1000 }));
  assert.throws(() => new RateLimiter({ max: 1, windowMs: 0 }));
  assert.throws(() => new RateLimiter({ max: 1, windowMs: 1000, maxAddresses: 0 }));
});

test.run();
