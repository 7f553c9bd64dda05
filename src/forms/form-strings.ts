/**
 * The dictionary entries the forms print (the words themselves live in `src/i18n.ts`), and the
 * one mapping from a validation code to the entry that explains it.
 */
import type { FieldIssue } from "./submission.ts";

export const FORM_STRING_KEYS = [
  "commentHeading",
  "commentName",
  "commentEmail",
  "commentSubject",
  "commentMessage",
  "commentHint",
  "commentSubmit",
  "commentThanks",
  "formRequiredNote",
  "formTrapLabel",
  "formSending",
  "formFailed",
  "formRateLimited",
  "formTooLarge",
  "formFixErrors",
  "formErrorRequired",
  "formErrorEmail",
  "formErrorTooLong",
  "formErrorInvalid",
  "formWarningNoDiacritics",
  "formCaptchaFailed",
  "formCaptchaNeedsScript",
  "formsUnavailable",
  "formRejectedTitle",
  "formRejectedBack",
  "formRejectedHome",
  "pollHeading",
  "pollVote",
  "pollVoted",
  "pollThanks",
  "pollChoose",
  "pollClosed",
  "pollResults",
  "pollVotes",
] as const;

export type FormStringKey = (typeof FORM_STRING_KEYS)[number];
export type FormStrings = Readonly<Record<FormStringKey, string>>;

/**
 * The form entries of a dictionary, checked once at start-up so that a missing entry is named
 * instead of printing as an empty string.
 * @throws Error listing every missing entry
 */
export function formStringsFrom(dictionary: Readonly<Record<string, unknown>>): FormStrings {
  const missing = FORM_STRING_KEYS.filter((key) => typeof dictionary[key] !== "string");
  if (missing.length > 0) throw new Error(`the dictionary (src/i18n.ts) lacks the form entries ${missing.join(", ")}`);
  return Object.fromEntries(FORM_STRING_KEYS.map((key) => [key, dictionary[key] as string])) as Record<FormStringKey, string>;
}

/** The label of each field, for messages that name it (the receiver's page for plain posts). */
export function fieldLabel(field: string, strings: FormStrings): string {
  switch (field) {
    case "name":
      return strings.commentName;
    case "email":
      return strings.commentEmail;
    case "subject":
      return strings.commentSubject;
    case "message":
      return strings.commentMessage;
    case "poll":
    case "choice":
      return strings.pollHeading;
    default:
      return field;
  }
}

/**
 * The sentence for a validation issue; `layouts/assets/forms.js` maps codes the same way from the
 * page's `data-msg-*` attributes.
 * @example issueMessage({ field: "message", code: "tooLong", max: 4000 }, t) // "Dài quá: tối đa 4000 ký tự."
 */
export function issueMessage(issue: FieldIssue, strings: FormStrings): string {
  switch (issue.code) {
    case "required":
      return issue.field === "choice" ? strings.pollChoose : strings.formErrorRequired;
    case "tooLong":
      return strings.formErrorTooLong.replace("{max}", String(issue.max ?? ""));
    case "email":
      return strings.formErrorEmail;
    case "pollClosed":
    case "unknownPoll":
      return strings.pollClosed;
    case "noDiacritics":
      return strings.formWarningNoDiacritics;
    default:
      return strings.formErrorInvalid;
  }
}
