/**
 * Remembers the submissions the receiver has stored for a while (by default a day), so that one
 * sent again (a retry after a lost answer, a reload of the page a plain post left) is stored once
 * and answered as the first was.
 *
 * Bounded like the rate limiter: a `Map` in the order submissions were first seen, its front
 * expired as requests come (O(1) each), at most `maxKeys` entries. The receiver also writes each
 * record's identity into the store, and fills the table from it at start-up, so a restart forgets
 * nothing within the window.
 */
import { createHash } from "node:crypto";

export interface IdempotencyOptions {
  /** How long a submission is remembered. */
  windowMs: number;
  /** Submissions remembered at most; the oldest give way first. */
  maxKeys: number;
  now?: () => number;
}

export const DEFAULT_IDEMPOTENCY = { windowMs: 24 * 60 * 60 * 1000, maxKeys: 100_000 } as const;

/**
 * What makes two posts the same submission: the key the form sent, the client's address and the
 * validated content. A key of forms.js is random per submission; a plain post's is the page's, so
 * address and content tell its readers apart (two readers behind one address sending the same
 * vote with JavaScript off within the window count once).
 * @example submissionIdentity("3f2a…", "203.0.113.9", { kind: "poll", poll: "a", choice: "b" }) // "9c1e…" (32 hex digits)
 */
export function submissionIdentity(key: string, client: string, submission: object): string {
  return createHash("sha256").update(JSON.stringify([key, client, submission])).digest("hex").slice(0, 32);
}

interface Entry {
  at: number;
  /** Settles when the first post's record is on disk (or could not be written). */
  stored: Promise<void>;
}

export class IdempotencyTable {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: IdempotencyOptions = DEFAULT_IDEMPOTENCY) {
    if (!(options.windowMs > 0) || !(options.maxKeys >= 1)) throw new Error("idempotency: windowMs must be positive and maxKeys at least 1");
    this.now = options.now ?? Date.now;
  }

  /** Submissions remembered now. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Stores a submission unless it was stored already within the window.
   * @param store writes the record; called only for a submission not seen before. When it fails,
   *   the submission is forgotten, so that a retry may store it.
   * @returns `first`: whether this call stored it; `stored`: settles as the storing did
   * @example const { first, stored } = table.claim(identity, () => store.append(record)); await stored;
   */
  claim(identity: string, store: () => Promise<void>): { first: boolean; stored: Promise<void> } {
    const now = this.now();
    this.expire(now);
    const seen = this.entries.get(identity);
    if (seen) return { first: false, stored: seen.stored };
    const stored = store();
    const entry = { at: now, stored };
    this.add(identity, entry);
    stored.catch(() => {
      if (this.entries.get(identity) === entry) this.entries.delete(identity);
    });
    return { first: true, stored };
  }

  /** Remembers a submission stored earlier (read back from the store at start-up, oldest first). */
  remember(identity: string, at: number): void {
    if (at <= this.now() - this.options.windowMs) return;
    this.entries.delete(identity);
    this.add(identity, { at, stored: Promise.resolve() });
  }

  private add(identity: string, entry: Entry): void {
    this.entries.set(identity, entry);
    while (this.entries.size > this.options.maxKeys) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Drops the front entries that have left the window; the map is in the order they were seen. */
  private expire(now: number): void {
    const since = now - this.options.windowMs;
    for (const [identity, entry] of this.entries) {
      if (entry.at > since) return;
      this.entries.delete(identity);
    }
  }
}
