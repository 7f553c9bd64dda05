/**
 * layouts/assets/forms.js carries a hand-kept mirror of validateSubmission (src/forms/submission.ts)
 * for the browser. One table of cases runs through both: any drift fails here.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as submission from "../../src/forms/submission.ts";
import { ASSETS_DIR } from "../../src/project-paths.ts";

interface Mirror {
  HONEYPOT_FIELD: string;
  CAPTCHA_TOKEN_FIELDS: string[];
  LANGUAGE_FIELD: string;
  IDEMPOTENCY_KEY_FIELD: string;
  META_FIELDS: string[];
  COMMENT_LIMITS: Record<string, number>;
  URL_LIMIT: number;
  KIND_FIELDS: Record<string, string[]>;
  normalizeField(raw: string, multiline: boolean): string;
  hasVietnameseDiacritics(text: string): boolean;
  validateSubmission(fields: Record<string, string>): unknown;
}

// A specifier the type checker does not follow: forms.js is plain browser JavaScript.
const mirror = (await import(pathToFileURL(path.join(ASSETS_DIR, "forms.js")).href)) as Mirror;

const ARTICLE = "https://tintuc.example.org/2024/01/27/dang-bo/";
const COMMENT = { kind: "comment", name: "Đăng Minh", email: "minh@example.org", subject: "Góp ý", message: "Bài hay.", article: ARTICLE };
const VOTE = { kind: "poll", poll: "nguon-thong-tin", choice: "qua-google" };

const cases: Record<string, string>[] = [
  COMMENT,
  { ...COMMENT, redirect: `${ARTICLE}#da-gui-y-kien` },
  VOTE,
  { ...VOTE, redirect: `${ARTICLE}#da-binh-chon` },
  {},
  { kind: "" },
  { kind: "survey" },
  { kind: "comment" },
  { kind: "poll" },
  { ...COMMENT, name: "  Nguye\u0302\u0303n\tVăn\nA ", message: " một\r\nhai\rba " },
  { ...COMMENT, name: "\u200b\u0000", subject: "\t\n" },
  { ...COMMENT, message: "Bai viet rat hay" },
  { ...COMMENT, message: "12345" },
  { ...COMMENT, message: "Cafe đen" },
  { ...COMMENT, website: "http://spam", "cf-turnstile-response": "t", "h-captcha-response": "t", "g-recaptcha-response": "t" },
  { ...COMMENT, choice: "x", poll: "y" },
  { ...VOTE, message: "x" },
  { ...VOTE, poll: "Nguồn tin", choice: "qua google" },
  { ...VOTE, choice: "-x" },
  ...["a@b", "a@b.vn", "khong-phai-email", "a b@c.vn", "nguyễn@b.vn", "a@b-.vn", "x+y@sub.example.com.vn"].map((email) => ({ ...COMMENT, email })),
  ...["/tuong-doi/", "javascript:alert(1)", "ftp://x.vn/", "https://u:p@x.vn/", "http://x.vn", `https://x.vn/${"a".repeat(500)}`].map((article) => ({ ...COMMENT, article })),
  ...["https://evil.example/", "mailto:a@b.vn", " "].map((redirect) => ({ ...VOTE, redirect })),
  // The redirect comes back as its normalised href on both sides.
  ...[`${ARTICLE}bài-viết/#ý-kiến`, `${ARTICLE}tin\u2028moi/`, "HTTPS://TinTuc.Example.org:443/a/../b/"].map((redirect) => ({ ...COMMENT, redirect })),
  // The page's language and the idempotency key are about the posting, not its content.
  { ...COMMENT, lang: "en", "idempotency-key": "plain-post" },
  { ...VOTE, lang: "xx", "idempotency-key": "0123456789abcdef0123456789abcdef" },
  // Every limit, at it and just over it, from the TypeScript constants: a changed limit on one side shows.
  ...Object.entries(submission.COMMENT_LIMITS).flatMap(([field, max]) =>
    field === "email"
      ? [{ ...COMMENT, email: `${"a".repeat(max - 12)}@example.org` }, { ...COMMENT, email: `${"a".repeat(max - 11)}@example.org` }]
      : [{ ...COMMENT, [field]: "ư".repeat(max) }, { ...COMMENT, [field]: "ư".repeat(max + 1) }],
  ),
];

test("the shared constants are the same on both sides", () => {
  assert.is(mirror.HONEYPOT_FIELD, submission.HONEYPOT_FIELD);
  assert.is(mirror.LANGUAGE_FIELD, submission.LANGUAGE_FIELD);
  assert.is(mirror.IDEMPOTENCY_KEY_FIELD, submission.IDEMPOTENCY_KEY_FIELD);
  assert.equal(mirror.META_FIELDS, [...submission.META_FIELDS]);
  assert.equal(mirror.CAPTCHA_TOKEN_FIELDS, [...submission.CAPTCHA_TOKEN_FIELDS]);
  assert.equal(mirror.COMMENT_LIMITS, { ...submission.COMMENT_LIMITS });
  assert.is(mirror.URL_LIMIT, submission.URL_LIMIT);
  assert.equal(mirror.KIND_FIELDS, { comment: [...submission.KIND_FIELDS.comment], poll: [...submission.KIND_FIELDS.poll] });
});

test(`validateSubmission: the browser's mirror agrees with the receiver's on ${cases.length} cases`, () => {
  for (const fields of cases) {
    const expected = JSON.parse(JSON.stringify(submission.validateSubmission(fields)));
    assert.equal(mirror.validateSubmission({ ...fields }), expected, JSON.stringify(fields).slice(0, 160));
  }
});

test("normalizeField and hasVietnameseDiacritics agree", () => {
  for (const text of ["  a\r\nb\tc ", "\u200bx\ufeff", "Nguye\u0302\u0303n", "Khoa hoc", "Khoa học", "Đ", "ơ"]) {
    for (const multiline of [true, false]) assert.is(mirror.normalizeField(text, multiline), submission.normalizeField(text, multiline), JSON.stringify(text));
    assert.is(mirror.hasVietnameseDiacritics(text), submission.hasVietnameseDiacritics(text), text);
  }
});

test.run();
