/**
 * The one validation of a form submission ("Ý kiến của bạn" comments and "Thăm dò ý kiến" votes).
 * The reference receiver validates with it, and so does the browser: `layouts/assets/forms.js` imports
 * this module and the build bundles it in (src/eleventy/asset-manifest.ts). That is why it imports
 * nothing at run time (no luxon, no `node:*`): what only the receiver knows, such as whether a poll
 * is open, reaches it as a function in the context (`voteIssueAt` in `./polls.ts`).
 *
 * Errors and warnings are codes, never sentences: the page and the receiver turn them into the
 * dictionary's words (`issueMessage` in `./form-strings.ts`).
 */
/** The honeypot: a field that people never see, so whoever fills it is a robot. */
export const HONEYPOT_FIELD = "website";

/** Fields the captcha widgets add to a form (hCaptcha also writes the reCAPTCHA-compatible one). */
export const CAPTCHA_TOKEN_FIELDS = ["cf-turnstile-response", "h-captcha-response", "g-recaptcha-response"] as const;

/** The language of the page the form is on (`vi`, `en`): the receiver answers a plain post in it. */
export const LANGUAGE_FIELD = "lang";

/**
 * One key per submission, the same on every retry of it: the receiver stores a retried post once.
 * `forms.js` makes a random one; a plain post carries the page's (`PLAIN_POST_KEY`).
 */
export const IDEMPOTENCY_KEY_FIELD = "idempotency-key";
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * What the form partials print in the key's hidden field: without JavaScript nothing can make a key
 * per reader, so the receiver tells plain posts apart by address and content (see `submissionIdentity`).
 */
export const PLAIN_POST_KEY = "plain-post";

/** Fields about the posting rather than its content: never validated as content, never stored as such. */
export const META_FIELDS: readonly string[] = [HONEYPOT_FIELD, ...CAPTCHA_TOKEN_FIELDS, LANGUAGE_FIELD, IDEMPOTENCY_KEY_FIELD];

/**
 * Longest accepted value of each comment field, in UTF-16 units like the `maxlength` attribute.
 * Chosen so that the longest valid comment, even written all in three-byte letters such as "ệ",
 * is under the receiver's 16 KB as the JSON the browser script sends (tested in receiver.test.ts).
 */
export const COMMENT_LIMITS = { name: 100, email: 254, subject: 200, message: 4000 } as const;

/** Longest accepted `article` or `redirect` URL. */
export const URL_LIMIT = 500;

/** The fields each kind carries besides `kind`; `redirect` is optional for both. */
export const KIND_FIELDS = {
  comment: ["name", "email", "subject", "message", "article", "redirect"],
  poll: ["poll", "choice", "redirect"],
} as const;

export type SubmissionKind = keyof typeof KIND_FIELDS;

/** Every field name a well-formed submission may carry. */
export const SUBMISSION_FIELDS: ReadonlySet<string> = new Set([
  "kind",
  ...KIND_FIELDS.comment,
  ...KIND_FIELDS.poll,
  ...META_FIELDS,
]);

export interface CommentSubmission {
  kind: "comment";
  name: string;
  email: string;
  subject: string;
  message: string;
  /** Canonical URL of the article commented on. */
  article: string;
  /** Where a plain (JavaScript-off) post sends the reader back: a normalised `URL.href`, ASCII, fit for `Location`. */
  redirect?: string;
}

export interface PollVote {
  kind: "poll";
  poll: string;
  choice: string;
  redirect?: string;
}

export type Submission = CommentSubmission | PollVote;

export type IssueCode =
  /** empty */
  | "required"
  /** longer than `max` */
  | "tooLong"
  /** not an e-mail address */
  | "email"
  /** not of the expected form (a URL, an id, a known kind) */
  | "invalid"
  /** a field that the submission's kind does not carry */
  | "unexpected"
  /** a URL that is not on the site */
  | "offSite"
  | "unknownPoll"
  | "pollClosed"
  | "unknownChoice"
  /** warning only: a comment without a single Vietnamese diacritic */
  | "noDiacritics";

export interface FieldIssue {
  field: string;
  code: IssueCode;
  /** The limit, for `tooLong`. */
  max?: number;
}

export type ValidationResult =
  | { ok: true; submission: Submission; warnings: FieldIssue[] }
  | { ok: false; errors: FieldIssue[]; warnings: FieldIssue[] };

/**
 * What only the receiver knows. The browser validates without it: the same rules, less the
 * checks against the site's origin and the polls' list and dates.
 */
export interface SubmissionContext {
  /** Origins (`https://tintuc.example.org`) that `article` and `redirect` must be on. */
  siteOrigins?: readonly string[];
  /**
   * The problem with a vote whose poll and choice are well-formed ids, if any: an unknown poll, a
   * closed one, a choice it does not offer (`voteIssueAt(polls, now)` in `./polls.ts`).
   */
  voteIssue?: (poll: string, choice: string) => FieldIssue | undefined;
}

/** Poll and option ids: lowercase a-z, digits and single hyphens, like slugs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The HTML standard's "valid e-mail address", but with at least one dot in the domain. */
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

// Control characters other than tab and line feed, and the invisible format characters that
// only serve to disguise spam; a lone carriage return becomes a line feed first.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;

/**
 * A field's value as stored: NFC, line breaks as `\n`, no control characters, trimmed; a
 * single-line field also has its tabs and line breaks turned into spaces.
 * @example normalizeField("  Nguyễn\r\nVăn A ", false) // "Nguyễn Văn A" (in NFC)
 */
export function normalizeField(raw: string, multiline: boolean): string {
  let text = raw.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL_CHARACTERS, "");
  if (!multiline) text = text.replace(/[\t\n]+/g, " ");
  return text.trim();
}

/**
 * Whether a text carries any Vietnamese diacritic: a tone mark, a circumflex, breve or horn, or `đ`.
 * @example hasVietnameseDiacritics("Khoa hoc") // false
 * @example hasVietnameseDiacritics("Khoa học") // true
 */
export function hasVietnameseDiacritics(text: string): boolean {
  return /[\u0300-\u036F\u0110\u0111]/.test(text.normalize("NFD"));
}

/**
 * Validates a submission's fields, reporting every problem rather than the first.
 * Fields the kind does not carry are errors; the meta fields (honeypot, captcha, language, key) are not looked at.
 * `redirect` comes back as its normalised `URL.href` (`/bài-viết/` → `/b%C3%A0i-vi%E1%BA%BFt/`), which a
 * `Location` header can carry as it is.
 * @example validateSubmission({ kind: "poll", poll: "nguon-thong-tin", choice: "qua-google" }).ok // true
 */
export function validateSubmission(fields: Readonly<Record<string, string>>, context: SubmissionContext = {}): ValidationResult {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const kind = fields.kind;
  if (kind !== "comment" && kind !== "poll") {
    return { ok: false, errors: [{ field: "kind", code: kind === undefined || kind.trim() === "" ? "required" : "invalid" }], warnings };
  }
  const carried: readonly string[] = KIND_FIELDS[kind];
  for (const field of Object.keys(fields)) {
    if (field === "kind" || META_FIELDS.includes(field)) continue;
    if (!carried.includes(field)) errors.push({ field, code: "unexpected" });
  }

  const text = (field: string, max: number, multiline = false): string => {
    const value = normalizeField(fields[field] ?? "", multiline);
    if (value === "") errors.push({ field, code: "required" });
    else if (value.length > max) errors.push({ field, code: "tooLong", max });
    return value;
  };
  const url = (field: string, required: boolean): string | undefined => {
    const value = normalizeField(fields[field] ?? "", false);
    if (value === "") {
      if (required) errors.push({ field, code: "required" });
      return undefined;
    }
    if (value.length > URL_LIMIT) {
      errors.push({ field, code: "tooLong", max: URL_LIMIT });
      return undefined;
    }
    const origin = httpOrigin(value);
    if (origin === undefined) errors.push({ field, code: "invalid" });
    else if (context.siteOrigins && !context.siteOrigins.includes(origin)) errors.push({ field, code: "offSite" });
    return origin !== undefined && field === "redirect" ? new URL(value).href : value;
  };

  if (kind === "comment") {
    const name = text("name", COMMENT_LIMITS.name);
    const email = text("email", COMMENT_LIMITS.email);
    if (email !== "" && email.length <= COMMENT_LIMITS.email && !EMAIL_PATTERN.test(email)) errors.push({ field: "email", code: "email" });
    const subject = text("subject", COMMENT_LIMITS.subject);
    const message = text("message", COMMENT_LIMITS.message, true);
    if (/[A-Za-z]/.test(message) && !hasVietnameseDiacritics(message)) warnings.push({ field: "message", code: "noDiacritics" });
    const article = url("article", true);
    const redirect = url("redirect", false);
    if (errors.length > 0 || article === undefined) return { ok: false, errors, warnings };
    const submission: CommentSubmission = { kind, name, email, subject, message, article };
    if (redirect !== undefined) submission.redirect = redirect;
    return { ok: true, submission, warnings };
  }

  const poll = normalizeField(fields.poll ?? "", false);
  const choice = normalizeField(fields.choice ?? "", false);
  if (poll === "") errors.push({ field: "poll", code: "required" });
  else if (!ID_PATTERN.test(poll)) errors.push({ field: "poll", code: "invalid" });
  if (choice === "") errors.push({ field: "choice", code: "required" });
  else if (!ID_PATTERN.test(choice)) errors.push({ field: "choice", code: "invalid" });
  if (context.voteIssue && errors.length === 0) {
    const issue = context.voteIssue(poll, choice);
    if (issue) errors.push(issue);
  }
  const redirect = url("redirect", false);
  if (errors.length > 0) return { ok: false, errors, warnings };
  const submission: PollVote = { kind, poll, choice };
  if (redirect !== undefined) submission.redirect = redirect;
  return { ok: true, submission, warnings };
}

/** The origin of an absolute http(s) URL without credentials, or undefined. */
export function httpOrigin(value: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  if (parsed.username !== "" || parsed.password !== "") return undefined;
  return parsed.origin;
}

/** Whether a robot filled the honeypot. */
export function isHoneypotFilled(fields: Readonly<Record<string, string>>): boolean {
  return (fields[HONEYPOT_FIELD] ?? "").trim() !== "";
}

export type FieldsResult = { ok: true; fields: Record<string, string> } | { ok: false; reason: string };

/**
 * Turns decoded name/value pairs into fields, refusing what no form of ours sends: a repeated
 * field, a value that is not text, a field name we do not know.
 */
export function fieldsFromEntries(entries: Iterable<readonly [string, unknown]>): FieldsResult {
  const fields: Record<string, string> = Object.create(null);
  for (const [name, value] of entries) {
    if (!SUBMISSION_FIELDS.has(name)) return { ok: false, reason: `unknown field "${name.slice(0, 40)}"` };
    if (typeof value !== "string") return { ok: false, reason: `field "${name}" is not text` };
    if (Object.hasOwn(fields, name)) return { ok: false, reason: `field "${name}" appears twice` };
    fields[name] = value;
  }
  return { ok: true, fields };
}
