import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  FORM_STRING_KEYS,
  fieldLabel,
  formStringsByLanguage,
  formStringsFrom,
  issueMessage,
} from "../../src/forms/form-strings.ts";
import { strings } from "../../src/i18n.ts";
import { LANGUAGES } from "../../src/language.ts";
import { testFormStrings as t } from "../fixtures/forms/form-strings.ts";

test("formStringsFrom names every entry the dictionary lacks", () => {
  assert.throws(() => formStringsFrom({ commentHeading: "Ý kiến của bạn" }), /lacks the form entries commentName, commentEmail,/);
  assert.equal(formStringsFrom({ ...t, other: "x" }), t);
  assert.is(Object.keys(formStringsFrom(t)).length, FORM_STRING_KEYS.length);
});

test("issueMessage: one sentence per code, Vietnamese, with the limit filled in", () => {
  const table: [Parameters<typeof issueMessage>[0], string][] = [
    [{ field: "name", code: "required" }, "Xin vui lòng điền ô này."],
    [{ field: "choice", code: "required" }, "Xin vui lòng chọn một ý."],
    [{ field: "message", code: "tooLong", max: 4000 }, "Dài quá: tối đa 4000 ký tự."],
    [{ field: "email", code: "email" }, "Địa chỉ e-mail chưa đúng, ví dụ: ten@example.com."],
    [{ field: "poll", code: "pollClosed" }, "Cuộc thăm dò này đã kết thúc."],
    [{ field: "poll", code: "unknownPoll" }, "Cuộc thăm dò này đã kết thúc."],
    [{ field: "message", code: "noDiacritics" }, t.formWarningNoDiacritics],
    [{ field: "redirect", code: "offSite" }, "Giá trị không hợp lệ."],
    [{ field: "choice", code: "unknownChoice" }, "Giá trị không hợp lệ."],
  ];
  for (const [issue, expected] of table) assert.is(issueMessage(issue, t), expected, `${issue.field}:${issue.code}`);
});

test("fieldLabel: the form's own labels", () => {
  assert.equal(["name", "email", "subject", "message", "choice", "article"].map((field) => fieldLabel(field, t)), [
    "Tên của bạn",
    "E-mail",
    "Tiêu đề",
    "Nội dung",
    "Thăm dò ý kiến",
    "article",
  ]);
});

test("formStringsByLanguage: each language's entries, from its own dictionary", () => {
  const byLanguage = formStringsByLanguage(strings);
  assert.equal(Object.keys(byLanguage), [...LANGUAGES]);
  assert.is(byLanguage.vi.formRejectedHome, "Về trang chủ");
  assert.is(byLanguage.en.formRejectedHome, "Back to the home page");
  assert.throws(() => formStringsByLanguage({ ...strings, en: { commentHeading: "x" } as never }), /lacks the form entries/);
});

test.run();
