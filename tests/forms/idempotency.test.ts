import { test } from "uvu";
import * as assert from "uvu/assert";
import { DEFAULT_IDEMPOTENCY, IdempotencyTable, submissionIdentity } from "../../src/forms/idempotency.ts";

function table(windowMs = 60_000, maxKeys = 1000) {
  let now = 1_000_000;
  const keys = new IdempotencyTable({ windowMs, maxKeys, now: () => now });
  return { keys, advance: (ms: number) => (now += ms) };
}

const writer = () => {
  let writes = 0;
  return { write: () => (writes++, Promise.resolve()), count: () => writes };
};

test("the default remembers a day's submissions, at most 100,000", () => {
  assert.equal({ ...DEFAULT_IDEMPOTENCY }, { windowMs: 86_400_000, maxKeys: 100_000 });
});

test("submissionIdentity: key, address and content each make a different submission", () => {
  const vote = { kind: "poll", poll: "a", choice: "b" };
  const base = submissionIdentity("k-12345678", "203.0.113.9", vote);
  assert.match(base, /^[0-9a-f]{32}$/);
  assert.is(submissionIdentity("k-12345678", "203.0.113.9", { ...vote }), base);
  assert.is.not(submissionIdentity("k-87654321", "203.0.113.9", vote), base);
  assert.is.not(submissionIdentity("k-12345678", "198.51.100.7", vote), base);
  assert.is.not(submissionIdentity("k-12345678", "203.0.113.9", { ...vote, choice: "c" }), base);
});

test("the same submission twice is written once; both callers wait for that one write", async () => {
  const { keys } = table();
  const { write, count } = writer();
  const first = keys.claim("x", write);
  const second = keys.claim("x", write);
  assert.equal([first.first, second.first], [true, false]);
  await Promise.all([first.stored, second.stored]);
  assert.is(count(), 1);
  assert.is(keys.claim("y", write).first, true);
  assert.is(count(), 2);
});

test("a failed write is forgotten, so that the retry stores it", async () => {
  const { keys } = table();
  const failed = keys.claim("x", () => Promise.reject(new Error("disk full")));
  const waiting = keys.claim("x", () => Promise.resolve());
  const outcome = (stored: Promise<void>) => stored.then(() => "stored", (error: Error) => error.message);
  assert.is(await outcome(failed.stored), "disk full");
  assert.is(await outcome(waiting.stored), "disk full", "a post waiting on the failed write fails with it");
  const { write, count } = writer();
  assert.is(keys.claim("x", write).first, true);
  assert.is(count(), 1);
});

test("a submission is remembered for the window, then forgotten; the table never holds more than maxKeys", async () => {
  const { keys, advance } = table(1000, 100);
  const { write } = writer();
  keys.claim("x", write);
  advance(999);
  assert.is(keys.claim("x", write).first, false);
  advance(1);
  assert.is(keys.claim("x", write).first, true, "out of the window");
  for (let i = 0; i < 500; i++) {
    keys.claim(`k${i}`, write);
    assert.ok(keys.size <= 100);
  }
  assert.is(keys.claim("k499", write).first, false, "the newest are kept");
  assert.is(keys.claim("k0", write).first, true, "the oldest gave way");
  advance(1000);
  keys.claim("fresh", write);
  assert.is(keys.size, 1, "expired entries left as requests came");
});

test("remember: what the store holds from within the window is known again after a restart", () => {
  const { keys } = table(1000);
  const { write, count } = writer();
  keys.remember("old", 1_000_000 - 1000);
  keys.remember("recent", 1_000_000 - 10);
  assert.is(keys.claim("recent", write).first, false);
  assert.is(keys.claim("old", write).first, true);
  assert.is(count(), 1);
});

test("nonsense settings are refused", () => {
  assert.throws(() => new IdempotencyTable({ windowMs: 0, maxKeys: 1 }));
  assert.throws(() => new IdempotencyTable({ windowMs: 1, maxKeys: 0 }));
});

test.run();
