/**
 * The reference form receiver: a `node:http` server implementing the forms' contract.
 *
 * - `POST /` takes a comment or a vote, form-encoded or JSON. A plain post (the browser without
 *   JavaScript) is answered `303` to its `redirect`; a background one (JSON body, or
 *   `Accept: application/json`) with JSON `{ ok, error?, issues? }`.
 * - `GET /polls/<id>` answers `{ poll, counts: { <option>: n }, total }`.
 * - Refused without storing anything: a foreign `Origin` (403), more than `rateLimit.max` posts a
 *   window from one address (429), a body over 16 KB (413), a type other than form-encoded or JSON
 *   in UTF-8 (415), malformed or invalid input (400), a captcha token the provider rejects (403).
 * - A filled honeypot is answered like a success and dropped.
 * - A post carrying an idempotency key is stored once: the same submission sent again within a
 *   day is answered as the first was (see ./idempotency.ts).
 * - CORS headers go to the site's origins only; redirects only to URLs on them, as the normalised
 *   `URL.href`, checked before anything is stored.
 * - A plain post's page (refusal) and its way back (no `redirect`) are in the language of the page
 *   it came from (its `lang` field), else the site's.
 * - Slow clients are cut off (header and request timeouts) and connections are capped.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { DateTime } from "luxon";
import { inNewsroomZone, isoTimestamp } from "../dates.ts";
import { DEFAULT_LANGUAGE, type Language, isLanguage } from "../language.ts";
import { escapeHtml } from "../text/escape.ts";
import { homeUrl } from "../urls.ts";
import { cliMessages } from "../cli-messages.ts";
import { CAPTCHA_PROVIDERS, type CaptchaProvider } from "./config.ts";
import { type FormStrings, fieldLabel, issueMessage } from "./form-strings.ts";
import { DEFAULT_IDEMPOTENCY, IdempotencyTable, type IdempotencyOptions, submissionIdentity } from "./idempotency.ts";
import { type Poll, voteIssueAt } from "./polls.ts";
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from "./rate-limit.ts";
import type { JsonLinesStore } from "./store.ts";
import {
  type FieldIssue,
  IDEMPOTENCY_KEY_FIELD,
  IDEMPOTENCY_KEY_PATTERN,
  LANGUAGE_FIELD,
  type Submission,
  fieldsFromEntries,
  httpOrigin,
  isHoneypotFilled,
  validateSubmission,
} from "./submission.ts";

export const MAX_BODY_BYTES = 16 * 1024;

export interface CaptchaVerification {
  provider: CaptchaProvider;
  /** The provider's secret key, from the environment. */
  secret: string;
  /** Sent along to hCaptcha, which checks that the token was issued for it. */
  siteKey?: string;
  /** The provider's verification endpoint; tests point it at a local fake. */
  verifyUrl?: string;
}

/** Limits on connections, so that slow or idle clients cannot hold the receiver (issue 15). */
export interface ConnectionLimits {
  /** Time a client has to send a request's headers. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, body included. */
  requestTimeoutMs: number;
  /** Connections open at once; more are closed as they come. */
  maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1000 };

export interface FormReceiverOptions {
  store: JsonLinesStore;
  /**
   * Origins of the site, the canonical one first, e.g. `https://tintuc.example.org`: CORS, redirects
   * and `article` must be on them. No default: a receiver that guessed one would accept posts for it.
   */
  siteOrigins: readonly string[];
  /** The site's address (`url` in site.yaml, path included): the refusal page's home link. Default: the first origin. */
  siteUrl?: string;
  /** The language of a plain post's answer when the post names none (or an unknown one). Default: `vi`. */
  defaultLanguage?: Language;
  /** Polls that votes may be for; tallies are served for these. */
  polls?: readonly Poll[];
  /** Each language's form entries of the dictionary, for the page a refused plain post gets. */
  strings: Readonly<Record<Language, FormStrings>>;
  captcha?: CaptchaVerification;
  /** `false` turns the limit off (never in production). */
  rateLimit?: RateLimitOptions | false;
  /**
   * How many proxies stand in front of the receiver, each appending the address it saw to
   * `X-Forwarded-For` (nginx: `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`). The
   * client is the `trustProxy`-th address from the right; whatever is left of it, the client wrote.
   * 0 (the default): the connection's own address.
   */
  trustProxy?: number;
  idempotency?: Partial<IdempotencyOptions>;
  connectionLimits?: Partial<ConnectionLimits>;
  now?: () => number;
  log?: (line: string) => void;
  /** The language of the log lines (src/cli-messages.ts), as the command line was given it (`--lang`); Vietnamese by default. */
  logLanguage?: Language;
}

type Refusal =
  | "forbidden-origin"
  | "rate-limited"
  | "too-large"
  | "unsupported-type"
  | "malformed"
  | "invalid"
  | "captcha"
  | "captcha-unavailable"
  | "storage"
  | "not-found"
  | "method-not-allowed";

const STATUS: Record<Refusal, number> = {
  "forbidden-origin": 403,
  "rate-limited": 429,
  "too-large": 413,
  "unsupported-type": 415,
  malformed: 400,
  invalid: 400,
  captcha: 403,
  "captcha-unavailable": 503,
  storage: 500,
  "not-found": 404,
  "method-not-allowed": 405,
};

/** A body this much over the limit is not drained any more: the connection is cut. */
const DRAIN_LIMIT = 1024 * 1024;
const CAPTCHA_TIMEOUT_MS = 5000;

/**
 * The receiver as an `http.Server`, not yet listening: `createFormReceiver(options).listen(8787)`.
 * @example const server = createFormReceiver({ store: new JsonLinesStore(".cache/forms/submissions.jsonl"), siteOrigins: ["https://tintuc.example.org"], strings: formStringsByLanguage(strings) })
 */
export function createFormReceiver(options: FormReceiverOptions): http.Server {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const say = cliMessages[options.logLanguage ?? DEFAULT_LANGUAGE];
  const limiter = options.rateLimit === false ? undefined : new RateLimiter({ ...DEFAULT_RATE_LIMIT, now, ...options.rateLimit });
  const seen = new IdempotencyTable({ ...DEFAULT_IDEMPOTENCY, now, ...options.idempotency });
  const polls = options.polls ?? [];
  const origins = options.siteOrigins.map((origin) => new URL(origin).origin);
  if (origins.length === 0) throw new Error("createFormReceiver: siteOrigins must name the site's origin");
  const siteUrl = (options.siteUrl ?? origins[0]!).replace(/\/+$/, "");
  const defaultLanguage = options.defaultLanguage ?? DEFAULT_LANGUAGE;
  const trustProxy = options.trustProxy ?? 0;
  if (!Number.isInteger(trustProxy) || trustProxy < 0) throw new Error("createFormReceiver: trustProxy must be a whole number of proxies");
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.connectionLimits };
  /** The site's home page in a language: where a plain post without `redirect` goes back to. */
  const home = (lang: Language): string => `${siteUrl}${homeUrl(lang)}`;

  // Tallies and the submissions of the last day start from what is stored, and are loaded before the first post is taken.
  const tallies = new Map<string, Map<string, number>>(polls.map((poll) => [poll.id, new Map(poll.options.map((option) => [option.id, 0]))]));
  const ready = options.store.readAll().then(
    ({ records, skippedLines }) => {
      for (const record of records) {
        countVote(tallies, record);
        const { submissionKey, receivedAt } = record as Record<string, unknown>;
        const at = typeof receivedAt === "string" ? Date.parse(receivedAt) : Number.NaN;
        if (typeof submissionKey === "string" && Number.isFinite(at)) seen.remember(submissionKey, at);
      }
      if (skippedLines > 0) log(say.receiverSkipped(skippedLines, options.store.file));
    },
    // Posts will fail to store as well, and say so; tallies start from zero.
    (error: unknown) => log(say.receiverCannotRead(options.store.file, error instanceof Error ? error.message : String(error))),
  );

  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node checks the two timeouts every 30 s by default: a 10 s timeout would be up to 40 s.
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        log(say.receiverFault(error instanceof Error ? error.message : String(error)));
        if (!response.headersSent) sendJson(response, 500, { ok: false, error: "internal" });
        else response.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://receiver.invalid");
    const origin = request.headers.origin;
    const siteOrigin = origin !== undefined && origins.includes(origin) ? origin : undefined;
    response.setHeader("Vary", "Origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (siteOrigin) response.setHeader("Access-Control-Allow-Origin", siteOrigin);

    const pollMatch = /^\/polls\/([^/]+)\/?$/.exec(url.pathname);
    const route = url.pathname === "/" ? "submit" : pollMatch ? "poll" : undefined;
    if (!route) return refuse(request, response, "not-found", true);
    if (request.method === "OPTIONS") {
      if (origin !== undefined && !siteOrigin) return refuse(request, response, "forbidden-origin", true);
      response.writeHead(204, {
        "Access-Control-Allow-Methods": route === "submit" ? "POST, OPTIONS" : "GET, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Accept",
        "Access-Control-Max-Age": "600",
      });
      response.end();
      return;
    }
    if (route === "poll") {
      if (request.method !== "GET") return refuse(request, response, "method-not-allowed", true, undefined, { Allow: "GET, OPTIONS" });
      await ready;
      const pollId = decodeURIComponentSafe(pollMatch![1]!);
      const poll = polls.find((candidate) => candidate.id === pollId);
      const counts = poll ? tallies.get(poll.id) : undefined;
      if (!poll || !counts) return refuse(request, response, "not-found", true);
      const ordered = Object.fromEntries(poll.options.map((option) => [option.id, counts.get(option.id) ?? 0]));
      const total = Object.values(ordered).reduce((sum, count) => sum + count, 0);
      response.setHeader("Cache-Control", "no-store");
      sendJson(response, 200, { poll: poll.id, counts: ordered, total });
      return;
    }
    if (request.method !== "POST") return refuse(request, response, "method-not-allowed", true, undefined, { Allow: "POST, OPTIONS" });
    await submit(request, response, origin !== undefined && !siteOrigin);
  }

  async function submit(request: http.IncomingMessage, response: http.ServerResponse, foreignOrigin: boolean): Promise<void> {
    const contentType = parseContentType(request.headers["content-type"]);
    const background = contentType?.type === "application/json" || /\bapplication\/json\b/i.test(request.headers.accept ?? "");
    if (foreignOrigin) return refuse(request, response, "forbidden-origin", background);

    const client = clientAddress(request, trustProxy);
    if (limiter) {
      const { allowed, retryAfterSeconds } = limiter.take(client);
      if (!allowed) {
        // A plain post's refusal page is in its page's language, which its (small) body says.
        const lang = background ? defaultLanguage : await plainPostLanguage(request, contentType, defaultLanguage);
        return refuse(request, response, "rate-limited", background, undefined, { "Retry-After": String(retryAfterSeconds) }, lang);
      }
    }
    if (
      !contentType ||
      (contentType.type !== "application/x-www-form-urlencoded" && contentType.type !== "application/json") ||
      (contentType.charset !== undefined && contentType.charset !== "utf-8" && contentType.charset !== "utf8")
    ) {
      return refuse(request, response, "unsupported-type", background);
    }
    const declaredLength = Number(request.headers["content-length"] ?? 0);
    if (declaredLength > MAX_BODY_BYTES) return refuse(request, response, "too-large", background);
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === "too-large") return refuse(request, response, "too-large", background);

    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return refuse(request, response, "malformed", background);
    }
    const entries = contentType.type === "application/json" ? jsonEntries(text) : formEntries(text);
    const read = entries ? fieldsFromEntries(entries) : undefined;
    if (!read || !read.ok) return refuse(request, response, "malformed", background);
    const fields = read.fields;
    const lang = languageOf(fields, defaultLanguage);
    const key = fields[IDEMPOTENCY_KEY_FIELD]?.trim() || undefined;
    if (key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key)) return refuse(request, response, "malformed", background, undefined, {}, lang);

    if (isHoneypotFilled(fields)) {
      // Answered like any success, so that the robot learns nothing: never a 500, never off the site.
      log(say.receiverHoneypot());
      return accept(response, background, siteLocation(fields.redirect, origins) ?? home(lang));
    }
    await ready;
    const at = inNewsroomZone(now());
    const result = validateSubmission(fields, { siteOrigins: origins, voteIssue: voteIssueAt(polls, at) });
    if (!result.ok) return refuse(request, response, "invalid", background, result.errors, {}, lang);
    // Checked before anything is stored: a post that could not be answered would be stored, then sent again.
    const location = result.submission.redirect === undefined ? home(lang) : siteLocation(result.submission.redirect, origins);
    if (location === undefined) return refuse(request, response, "invalid", background, [{ field: "redirect", code: "invalid" }], {}, lang);

    if (options.captcha) {
      const verdict = await verifyCaptcha(options.captcha, fields[CAPTCHA_PROVIDERS[options.captcha.provider].tokenField], client);
      if (verdict !== "ok") {
        log(say.receiverCaptcha(verdict));
        return refuse(request, response, verdict === "failed" ? "captcha" : "captcha-unavailable", background, undefined, {}, lang);
      }
    }

    const submissionKey = key === undefined ? undefined : submissionIdentity(key, client, result.submission);
    const record = storedRecord(result.submission, at, submissionKey);
    const write = async (): Promise<void> => {
      await options.store.append(record);
      countVote(tallies, record);
      log(say.receiverStored(record.kind, record.id));
    };
    const { first, stored } = submissionKey === undefined ? { first: true, stored: write() } : seen.claim(submissionKey, write);
    try {
      await stored;
    } catch (error) {
      if (first) log(say.receiverCannotStore(error instanceof Error ? error.message : String(error)));
      return refuse(request, response, "storage", background, undefined, {}, lang);
    }
    if (!first) log(say.receiverResent(record.kind));
    return accept(response, background, location);
  }

  function refuse(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    refusal: Refusal,
    background: boolean,
    issues?: FieldIssue[],
    headers: Record<string, string> = {},
    lang: Language = defaultLanguage,
  ): void {
    drain(request, response, refusal === "too-large");
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const status = STATUS[refusal];
    if (background || request.method !== "POST") {
      sendJson(response, status, { ok: false, error: refusal, ...(issues ? { issues } : {}) });
    } else {
      sendHtml(response, status, refusalPage(refusal, issues ?? [], lang, options.strings[lang], home(lang)));
    }
  }

  return server;
}

function accept(response: http.ServerResponse, background: boolean, redirect: string): void {
  if (background) {
    sendJson(response, 200, { ok: true });
  } else {
    response.writeHead(303, { Location: redirect, "Content-Length": "0" });
    response.end();
  }
}

export interface StoredRecord {
  id: string;
  /** When it was received, in GMT+7: `2024-01-27T22:01:00+07:00`. */
  receivedAt: string;
  kind: Submission["kind"];
  [field: string]: string;
}

/**
 * A submission as stored: what the reader sent, minus where to send them back; with an idempotency
 * key, its identity (`submissionKey`), read back at start-up so that a restart still knows it.
 */
function storedRecord(submission: Submission, at: DateTime, submissionKey: string | undefined): StoredRecord {
  const { redirect: _redirect, ...fields } = submission;
  return { id: randomUUID(), receivedAt: isoTimestamp(at), ...fields, ...(submissionKey === undefined ? {} : { submissionKey }) };
}

/**
 * The `Location` for a redirect to the site: the URL's normalised `href` (ASCII, as a header must
 * be: `/bài-viết/` is sent as `/b%C3%A0i-vi%E1%BA%BFt/`), or undefined when it is not on the site or
 * could not be sent.
 */
function siteLocation(redirect: string | undefined, origins: readonly string[]): string | undefined {
  const text = redirect?.trim() ?? "";
  if (text === "" || !origins.includes(httpOrigin(text) ?? "")) return undefined;
  const href = new URL(text).href;
  try {
    http.validateHeaderValue("Location", href);
  } catch {
    return undefined;
  }
  return href;
}

/** The page's language a post names, when it is one of the site's. */
function languageOf(fields: Readonly<Record<string, string>>, fallback: Language): Language {
  const lang = fields[LANGUAGE_FIELD]?.trim();
  return isLanguage(lang) ? lang : fallback;
}

/**
 * The language a refused plain post's page should be in, read from its body when that is a form of
 * ordinary size (it would be read and dropped anyway); the fallback otherwise.
 */
async function plainPostLanguage(
  request: http.IncomingMessage,
  contentType: { type: string } | undefined,
  fallback: Language,
): Promise<Language> {
  if (contentType?.type !== "application/x-www-form-urlencoded" || Number(request.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return fallback;
  try {
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === "too-large") return fallback;
    const lang = new URLSearchParams(body.toString("utf8")).get(LANGUAGE_FIELD)?.trim();
    return isLanguage(lang) ? lang : fallback;
  } catch {
    return fallback;
  }
}

function countVote(tallies: Map<string, Map<string, number>>, record: unknown): void {
  const { kind, poll, choice } = record as Record<string, unknown>;
  if (kind !== "poll" || typeof poll !== "string" || typeof choice !== "string") return;
  const counts = tallies.get(poll);
  if (counts?.has(choice)) counts.set(choice, counts.get(choice)! + 1);
}

function parseContentType(header: string | undefined): { type: string; charset?: string } | undefined {
  if (!header) return undefined;
  const [type, ...parameters] = header.split(";");
  const result: { type: string; charset?: string } = { type: type!.trim().toLowerCase() };
  for (const parameter of parameters) {
    const [name, value] = parameter.split("=");
    if (name?.trim().toLowerCase() === "charset" && value !== undefined) result.charset = value.trim().replace(/^"|"$/g, "").toLowerCase();
  }
  return result;
}

/** `application/x-www-form-urlencoded`, read strictly: a broken percent escape is malformed, not U+FFFD. */
function formEntries(text: string): [string, string][] | undefined {
  const entries: [string, string][] = [];
  if (text === "") return entries;
  try {
    for (const part of text.split("&")) {
      if (part === "") continue;
      const equals = part.indexOf("=");
      const name = equals < 0 ? part : part.slice(0, equals);
      const value = equals < 0 ? "" : part.slice(equals + 1);
      entries.push([decodeURIComponent(name.replace(/\+/g, " ")), decodeURIComponent(value.replace(/\+/g, " "))]);
    }
  } catch {
    return undefined;
  }
  return entries;
}

function jsonEntries(text: string): [string, unknown][] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.entries(value);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onClose = (): void => {
      cleanup();
      reject(new Error("the client closed the connection before sending its whole body"));
    };
    const cleanup = (): void => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("close", onClose);
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("close", onClose);
  });
}

/**
 * Reads and discards what is left of a refused request's body, so that the client gets to read
 * the answer instead of a reset connection; a body far over the limit is cut off.
 */
function drain(request: http.IncomingMessage, response: http.ServerResponse, closeAfter: boolean): void {
  if (closeAfter) response.setHeader("Connection", "close");
  if (request.readableEnded) return;
  let drained = 0;
  request.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) request.destroy();
  });
  request.resume();
}

/**
 * The client's address: the connection's, or behind `trustProxy` proxies the one the outermost
 * proxy saw, i.e. the `trustProxy`-th entry of `X-Forwarded-For` from the right. Entries further
 * left were written by the client and prove nothing; with fewer entries than proxies, the header
 * did not come through them all, and the connection's address is used.
 * @example X-Forwarded-For: "1.2.3.4, 203.0.113.9" with trustProxy 1 → "203.0.113.9"
 */
export function clientAddress(request: Pick<http.IncomingMessage, "headers" | "socket">, trustProxy: number): string {
  let address = request.socket.remoteAddress || "unknown";
  if (trustProxy > 0) {
    // Node joins repeated X-Forwarded-For headers with ", ".
    const forwarded = String(request.headers["x-forwarded-for"] ?? "")
      .split(",")
      .map((entry) => entry.trim());
    const entry = forwarded.length >= trustProxy ? forwarded[forwarded.length - trustProxy] : undefined;
    if (entry) address = entry;
  }
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

async function verifyCaptcha(captcha: CaptchaVerification, token: string | undefined, client: string): Promise<"ok" | "failed" | "unavailable"> {
  if (!token || token.trim() === "") return "failed";
  const body = new URLSearchParams({ secret: captcha.secret, response: token, remoteip: client });
  if (captcha.provider === "hcaptcha" && captcha.siteKey) body.set("sitekey", captcha.siteKey);
  try {
    const answer = await fetch(captcha.verifyUrl ?? CAPTCHA_PROVIDERS[captcha.provider].verifyUrl, {
      method: "POST",
      body,
      signal: AbortSignal.timeout(CAPTCHA_TIMEOUT_MS),
    });
    if (!answer.ok) return "unavailable";
    const verdict = (await answer.json()) as { success?: unknown };
    return verdict.success === true ? "ok" : "failed";
  } catch {
    return "unavailable";
  }
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  response.end(body);
}

function sendHtml(response: http.ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
    "Content-Security-Policy": "default-src 'none'",
  });
  response.end(html);
}

/** The short page a plain post gets when it is refused, in its page's language: what went wrong, and the way back. */
function refusalPage(refusal: Refusal, issues: readonly FieldIssue[], lang: Language, strings: FormStrings, home: string): string {
  const reason =
    refusal === "rate-limited" ? strings.formRateLimited
    : refusal === "too-large" ? strings.formTooLarge
    : refusal === "captcha" ? strings.formCaptchaFailed
    : refusal === "invalid" ? strings.formFixErrors
    : strings.formFailed;
  const items = issues.map((issue) => `<li>${escapeHtml(fieldLabel(issue.field, strings))}: ${escapeHtml(issueMessage(issue, strings))}</li>`);
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(strings.formRejectedTitle)}</title></head><body>`,
    `<h1>${escapeHtml(strings.formRejectedTitle)}</h1>`,
    `<p>${escapeHtml(reason)}</p>`,
    items.length > 0 ? `<ul>${items.join("")}</ul>` : "",
    `<p>${escapeHtml(strings.formRejectedBack)}</p>`,
    `<p><a href="${escapeHtml(home)}">${escapeHtml(strings.formRejectedHome)}</a></p>`,
    "</body></html>\n",
  ].join("");
}
