import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseTimestamp } from "../../src/dates.ts";
import {
  COMMENT_LIMITS,
  type FieldIssue,
  fieldsFromEntries,
  hasVietnameseDiacritics,
  isHoneypotFilled,
  normalizeField,
  validateSubmission,
} from "../../src/forms/submission.ts";
import { voteIssueAt } from "../../src/forms/polls.ts";
import { TEST_POLLS } from "../fixtures/forms/test-polls.ts";

const ARTICLE = "https://tintuc.example.org/2024/01/27/dang-bo-bo-khcn/";
const COMMENT = {
  kind: "comment",
  name: "Đăng Minh",
  email: "dang.minh@example.org",
  subject: "Góp ý",
  message: "Bài viết rất hay.",
  article: ARTICLE,
  redirect: `${ARTICLE}#da-gui-y-kien`,
};
const VOTE = { kind: "poll", poll: "nguon-thong-tin", choice: "qua-google" };
const at = (iso: string) => {
  const parsed = parseTimestamp(iso);
  if (!parsed.ok) throw new Error(iso);
  return parsed.value;
};
const errorsOf = (fields: Record<string, string>, context = {}): FieldIssue[] => {
  const result = validateSubmission(fields, context);
  return result.ok ? [] : result.errors;
};

test("a complete comment passes, normalized: NFC, trimmed, CRLF as LF, single-line fields on one line", () => {
  const result = validateSubmission({
    ...COMMENT,
    name: "  Nguye\u0302\u0303n\tVăn A \n",
    message: "  Dòng một\r\nDòng hai\r\n",
    website: "",
  });
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.equal(result.submission, { ...COMMENT, name: "Nguyễn Văn A", message: "Dòng một\nDòng hai" });
  assert.equal(result.warnings, []);
});

test("every comment field is required, and every problem is reported at once", () => {
  assert.equal(errorsOf({ kind: "comment" }), [
    { field: "name", code: "required" },
    { field: "email", code: "required" },
    { field: "subject", code: "required" },
    { field: "message", code: "required" },
    { field: "article", code: "required" },
  ]);
  assert.equal(errorsOf({ ...COMMENT, name: " \u200b ", subject: "\t" }), [
    { field: "name", code: "required" },
    { field: "subject", code: "required" },
  ]);
});

test("limits: each field may be exactly as long as its limit, not one character longer", () => {
  for (const [field, max] of Object.entries(COMMENT_LIMITS)) {
    const exact = field === "email" ? `${"a".repeat(max - 12)}@example.org` : "ư".repeat(max);
    const over = field === "email" ? `${"a".repeat(max - 11)}@example.org` : "ư".repeat(max + 1);
    assert.equal(errorsOf({ ...COMMENT, [field]: exact }), [], `${field} at ${max}`);
    assert.equal(errorsOf({ ...COMMENT, [field]: over }), [{ field, code: "tooLong", max }], `${field} over ${max}`);
  }
});

test("e-mail addresses", () => {
  for (const email of ["a@b.vn", "nguyen.van.a+tin@mail.example.org", "x_y@sub-domain.example.com.vn"]) {
    assert.equal(errorsOf({ ...COMMENT, email }), [], email);
  }
  for (const email of ["khong-phai-email", "a@b", "a@@b.vn", "a b@c.vn", "@b.vn", "a@.vn", "a@b-.vn", "nguyễn@b.vn"]) {
    assert.equal(errorsOf({ ...COMMENT, email }), [{ field: "email", code: "email" }], email);
  }
});

test("article and redirect: absolute http(s) URLs, on the site when the receiver says which origins", () => {
  for (const article of ["/2024/01/27/x/", "javascript:alert(1)", "ftp://tintuc.example.org/x", "https://user:pw@tintuc.example.org/x"]) {
    assert.equal(errorsOf({ ...COMMENT, article }), [{ field: "article", code: "invalid" }], article);
  }
  assert.equal(errorsOf({ ...COMMENT, article: `https://x.vn/${"a".repeat(500)}` }), [{ field: "article", code: "tooLong", max: 500 }]);
  const siteOrigins = ["https://tintuc.example.org"];
  assert.equal(errorsOf(COMMENT, { siteOrigins }), []);
  assert.equal(errorsOf({ ...COMMENT, redirect: "https://evil.example/phish" }, { siteOrigins }), [{ field: "redirect", code: "offSite" }]);
  assert.equal(errorsOf({ ...COMMENT, redirect: "https://tintuc.example.org.evil.example/" }, { siteOrigins }), [{ field: "redirect", code: "offSite" }]);
  assert.equal(errorsOf({ ...COMMENT, article: "http://tintuc.example.org/x/" }, { siteOrigins }), [{ field: "article", code: "offSite" }]);
  const { redirect: _redirect, ...withoutRedirect } = COMMENT;
  const result = validateSubmission(withoutRedirect, { siteOrigins });
  assert.ok(result.ok && !("redirect" in result.submission), "redirect is optional");
});

test("a kind is required and known; fields of the other kind are errors; honeypot and captcha fields are not looked at", () => {
  assert.equal(errorsOf({}), [{ field: "kind", code: "required" }]);
  assert.equal(errorsOf({ ...COMMENT, kind: "survey" }), [{ field: "kind", code: "invalid" }]);
  assert.equal(errorsOf({ ...VOTE, message: "x" }), [{ field: "message", code: "unexpected" }]);
  assert.equal(errorsOf({ ...COMMENT, choice: "x" }), [{ field: "choice", code: "unexpected" }]);
  assert.equal(errorsOf({ ...COMMENT, website: "spam", "cf-turnstile-response": "t", "h-captcha-response": "t", "g-recaptcha-response": "t" }), []);
});

test("no Vietnamese diacritic at all is a warning, never an error", () => {
  const cases: [string, boolean][] = [
    ["Bai viet rat hay", true],
    ["Bài viết rất hay", false],
    ["Dong y voi tac gia, nhung can them so lieu. Đúng", false],
    ["đ", false],
    ["Cafe", true],
    ["12345 !!!", false],
  ];
  for (const [message, warned] of cases) {
    const result = validateSubmission({ ...COMMENT, message });
    const warnings = result.warnings.map((warning) => `${warning.field}:${warning.code}`);
    assert.equal(warnings, warned ? ["message:noDiacritics"] : [], message);
    assert.ok(result.ok, message);
  }
});

test("hasVietnameseDiacritics: tone marks, circumflex, breve, horn and đ, composed or not", () => {
  const table: [string, boolean][] = [
    ["Khoa hoc", false],
    ["Khoa học", true],
    ["Khoa ho\u0323c", true],
    ["â", true],
    ["ă", true],
    ["ơ", true],
    ["ư", true],
    ["Đ", true],
    ["café", true],
    ["KH&CN 2024", false],
  ];
  for (const [text, expected] of table) assert.is(hasVietnameseDiacritics(text), expected, text);
});

test("normalizeField strips control and invisible characters but keeps line breaks in multi-line text", () => {
  assert.is(normalizeField("a\u0000b\u0007c\u200bd\ufeff", false), "abcd");
  assert.is(normalizeField("một\rhai\r\nba\n", true), "một\nhai\nba");
  assert.is(normalizeField("một\nhai", false), "một hai");
});

test("votes: poll and choice are ids; against the receiver's polls, known, open and offered", () => {
  assert.equal(errorsOf(VOTE), []);
  assert.equal(errorsOf({ kind: "poll" }), [
    { field: "poll", code: "required" },
    { field: "choice", code: "required" },
  ]);
  assert.equal(errorsOf({ ...VOTE, poll: "Nguồn tin", choice: "qua google" }), [
    { field: "poll", code: "invalid" },
    { field: "choice", code: "invalid" },
  ]);
  const context = (iso: string) => ({ voteIssue: voteIssueAt(TEST_POLLS, at(iso)) });
  assert.equal(errorsOf(VOTE, context("2025-06-01T09:00")), []);
  assert.equal(errorsOf({ ...VOTE, poll: "khac" }, context("2025-06-01T09:00")), [{ field: "poll", code: "unknownPoll" }]);
  assert.equal(errorsOf({ ...VOTE, choice: "qua-tv" }, context("2025-06-01T09:00")), [{ field: "choice", code: "unknownChoice" }]);
  // Open from 2024-01-01 00:00 to the end of 2030-12-31, GMT+7.
  assert.equal(errorsOf(VOTE, context("2023-12-31T23:59:59")), [{ field: "poll", code: "pollClosed" }]);
  assert.equal(errorsOf(VOTE, context("2024-01-01T00:00")), []);
  assert.equal(errorsOf(VOTE, context("2030-12-31T23:59:59")), []);
  assert.equal(errorsOf(VOTE, context("2031-01-01T00:00")), [{ field: "poll", code: "pollClosed" }]);
  assert.equal(errorsOf(VOTE, context("2030-12-31T17:00:00Z")), [{ field: "poll", code: "pollClosed" }]);
  // Without an instant, a known poll's choice is still checked, and the ids' form comes first.
  assert.equal(errorsOf({ ...VOTE, choice: "qua-tv" }, { voteIssue: voteIssueAt(TEST_POLLS) }), [{ field: "choice", code: "unknownChoice" }]);
  assert.equal(errorsOf({ ...VOTE, poll: "Khác" }, context("2025-06-01T09:00")), [{ field: "poll", code: "invalid" }]);
  // The receiver's check and the redirect's are reported together.
  assert.equal(errorsOf({ ...VOTE, poll: "khac", redirect: "https://evil.example/" }, { ...context("2025-06-01T09:00"), siteOrigins: ["https://tintuc.example.org"] }), [
    { field: "poll", code: "unknownPoll" },
    { field: "redirect", code: "offSite" },
  ]);
});

test("fieldsFromEntries refuses what no form of ours sends", () => {
  assert.equal(fieldsFromEntries([["kind", "poll"], ["poll", "a"]]), { ok: true, fields: Object.assign(Object.create(null), { kind: "poll", poll: "a" }) });
  const reasons = [
    [["kind", "poll"], ["kind", "comment"]],
    [["kind", 1]],
    [["kind", ["poll"]]],
    [["__proto__", "x"]],
    [["password", "x"]],
  ].map((entries) => {
    const result = fieldsFromEntries(entries as [string, unknown][]);
    return result.ok ? "accepted" : result.reason;
  });
  assert.equal(reasons, [
    'field "kind" appears twice',
    'field "kind" is not text',
    'field "kind" is not text',
    'unknown field "__proto__"',
    'unknown field "password"',
  ]);
});

test("isHoneypotFilled", () => {
  assert.is(isHoneypotFilled({ ...COMMENT }), false);
  assert.is(isHoneypotFilled({ ...COMMENT, website: "" }), false);
  assert.is(isHoneypotFilled({ ...COMMENT, website: "  " }), false);
  assert.is(isHoneypotFilled({ ...COMMENT, website: "http://spam" }), true);
});

test.run();
