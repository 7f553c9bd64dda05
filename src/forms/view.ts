/**
 * What the form partials print, computed once per build: `layouts/partials/comment-form.njk` and
 * `layouts/partials/poll.njk` only print these objects.
 */
import { CAPTCHA_PROVIDERS, type CaptchaProvider, type FormsConfig } from "./config.ts";
import { type ScriptMessageAttribute, scriptMessageAttributes } from "./form-strings.ts";
import type { Poll } from "./polls.ts";
import { COMMENT_LIMITS, HONEYPOT_FIELD, PLAIN_POST_KEY } from "./submission.ts";

/** Ids of the thank-you notices a plain post's redirect points at (`…/bai-viet/#da-gui-y-kien`). */
export const THANKS_IDS = { comment: "da-gui-y-kien", poll: "da-binh-chon" } as const;

export type FormKind = keyof typeof THANKS_IDS;

export interface FormsView {
  /** False without an endpoint: the partials print a notice instead of the forms. */
  enabled: boolean;
  /** The forms' `action`: the endpoint. */
  action: string;
  /** `maxlength` of each comment field, the receiver's own limits. */
  limits: typeof COMMENT_LIMITS;
  honeypotField: typeof HONEYPOT_FIELD;
  /** The idempotency key a plain post carries; forms.js sends a key of its own per submission. */
  plainPostKey: typeof PLAIN_POST_KEY;
  thanksIds: typeof THANKS_IDS;
  /** Each form's `data-msg-*` attributes: the sentences forms.js shows, named as it asks for them (form-strings.ts SCRIPT_MESSAGES). */
  scriptMessages: Record<FormKind, ScriptMessageAttribute[]>;
  captcha?: {
    provider: CaptchaProvider;
    siteKey: string;
    /** The class that makes the provider's script render its widget in an element. */
    widgetClass: string;
    /** Loaded by `forms.js` once per page, however many forms carry a widget. */
    scriptUrl: string;
  };
}

export interface PollView {
  id: string;
  question: string;
  options: { id: string; label: string; inputId: string }[];
  /** `GET` answers the tallies as JSON, when the endpoint offers them; empty when forms are off. */
  resultsUrl: string;
}

/**
 * @example formsView({ endpoint: "https://forms.example.org" }).action // "https://forms.example.org"
 */
export function formsView(forms: FormsConfig): FormsView {
  // Without an endpoint the forms are a notice, and a captcha would protect nothing.
  const captcha = forms.captcha && forms.endpoint !== undefined
    ? {
        provider: forms.captcha.provider,
        siteKey: forms.captcha.siteKey,
        widgetClass: CAPTCHA_PROVIDERS[forms.captcha.provider].widgetClass,
        scriptUrl: CAPTCHA_PROVIDERS[forms.captcha.provider].scriptUrl,
      }
    : undefined;
  return {
    enabled: forms.endpoint !== undefined,
    action: forms.endpoint ?? "",
    limits: COMMENT_LIMITS,
    honeypotField: HONEYPOT_FIELD,
    plainPostKey: PLAIN_POST_KEY,
    thanksIds: THANKS_IDS,
    scriptMessages: { comment: scriptMessageAttributes("comment"), poll: scriptMessageAttributes("poll") },
    ...(captcha ? { captcha } : {}),
  };
}

/** The sidebar's poll, or undefined when none is open. */
export function pollView(poll: Poll | undefined, forms: FormsConfig): PollView | undefined {
  if (!poll) return undefined;
  return {
    id: poll.id,
    question: poll.question,
    options: poll.options.map((option) => ({ id: option.id, label: option.label, inputId: `poll-${poll.id}-${option.id}` })),
    resultsUrl: forms.endpoint === undefined ? "" : pollResultsUrl(forms.endpoint, poll.id),
  };
}

/**
 * Where an endpoint answers a poll's tallies.
 * @example pollResultsUrl("https://forms.example.org", "nguon-thong-tin") // "https://forms.example.org/polls/nguon-thong-tin"
 */
export function pollResultsUrl(endpoint: string, pollId: string): string {
  return `${endpoint.replace(/\/+$/, "")}/polls/${encodeURIComponent(pollId)}`;
}

/**
 * The `redirect` a form posts: the page itself, at its thank-you notice. A Nunjucks filter
 * (`{{ canonicalUrl | formRedirect("comment") }}`), so that templates build no URL.
 * @throws Error when the page has no absolute URL: a plain post could not come back to it
 * @example formRedirect("https://tintuc.example.org/2024/01/27/tin/", "comment") // "https://tintuc.example.org/2024/01/27/tin/#da-gui-y-kien"
 */
export function formRedirect(pageUrl: unknown, kind: FormKind): string {
  if (!Object.hasOwn(THANKS_IDS, kind)) throw new Error(`formRedirect: kind must be "comment" or "poll", got ${JSON.stringify(kind)}`);
  let url: URL;
  try {
    url = new URL(String(pageUrl));
  } catch {
    throw new Error(`formRedirect: expected the page's absolute URL, got ${JSON.stringify(pageUrl)}`);
  }
  url.hash = THANKS_IDS[kind];
  return url.href;
}
