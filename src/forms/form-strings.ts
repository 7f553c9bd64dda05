/**
 * The dictionary entries the forms print (the words themselves live in `src/i18n.ts`), and the
 * one mapping from a validation code to the entry that explains it.
 */
import { LANGUAGES, type Language } from "../language.ts";
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

/**
 * The sentences `layouts/assets/forms.js` shows, by the name it asks for each (`scriptMessage`), and
 * the dictionary entry each comes from, per form. The partials print exactly these as `data-msg-*`
 * attributes (FormsView.scriptMessages), so the script and the pages cannot drift apart. A poll's
 * "required" is its "choose an answer"; a form without a sentence falls back as forms.js says.
 */
export const SCRIPT_MESSAGES = {
  comment: {
    required: "formErrorRequired",
    email: "formErrorEmail",
    tooLong: "formErrorTooLong",
    invalid: "formErrorInvalid",
    noDiacritics: "formWarningNoDiacritics",
    fix: "formFixErrors",
    sending: "formSending",
    sent: "commentThanks",
    failed: "formFailed",
    rateLimited: "formRateLimited",
    tooLarge: "formTooLarge",
    captcha: "formCaptchaFailed",
  },
  poll: {
    required: "pollChoose",
    invalid: "formErrorInvalid",
    closed: "pollClosed",
    sending: "formSending",
    failed: "formFailed",
    rateLimited: "formRateLimited",
    captcha: "formCaptchaFailed",
    votes: "pollVotes",
  },
} as const satisfies Record<"comment" | "poll", Record<string, FormStringKey>>;

export type ScriptMessageName = keyof (typeof SCRIPT_MESSAGES)["comment"] | keyof (typeof SCRIPT_MESSAGES)["poll"];

/** One `data-msg-*` attribute of a form: its name after `data-msg-`, and the dictionary entry it holds. */
export interface ScriptMessageAttribute {
  attribute: string;
  key: FormStringKey;
}

/**
 * The `data-msg-*` attributes of a form, for the partials to print.
 * @example scriptMessageAttributes("comment")[2] // { attribute: "too-long", key: "formErrorTooLong" }
 */
export function scriptMessageAttributes(kind: keyof typeof SCRIPT_MESSAGES): ScriptMessageAttribute[] {
  return Object.entries(SCRIPT_MESSAGES[kind]).map(([name, key]) => ({ attribute: name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), key }));
}

/**
 * A sentence forms.js shows, read from the form's `data-msg-*` attributes (`data-msg-too-long` is
 * `dataset.msgTooLong`); undefined when the form has none by that name.
 * @example scriptMessage(form.dataset, "tooLong") // "Dài quá: tối đa {max} ký tự."
 */
export function scriptMessage(dataset: Readonly<Record<string, string | undefined>>, name: ScriptMessageName): string | undefined {
  return dataset[`msg${name.charAt(0).toUpperCase()}${name.slice(1)}`];
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

/** The entries that explain a validation issue. */
export type IssueStrings = Pick<FormStrings, "formErrorRequired" | "pollChoose" | "formErrorTooLong" | "formErrorEmail" | "pollClosed" | "formWarningNoDiacritics" | "formErrorInvalid">;

/**
 * The sentence for a validation issue: the receiver's, from the dictionary, and the browser's, from
 * the form's `data-msg-*` attributes (`layouts/assets/forms.js` imports this, bundled).
 * @example issueMessage({ field: "message", code: "tooLong", max: 4000 }, t) // "Dài quá: tối đa 4000 ký tự."
 */
export function issueMessage(issue: FieldIssue, strings: IssueStrings): string {
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

/**
 * The form entries of every language's dictionary: the receiver answers a plain post in the
 * language of the page it came from.
 * @example formStringsByLanguage(strings).en.formRejectedTitle // "Not sent"
 */
export function formStringsByLanguage(dictionaries: Readonly<Record<Language, Readonly<Record<string, unknown>>>>): Readonly<Record<Language, FormStrings>> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, formStringsFrom(dictionaries[lang])])) as Record<Language, FormStrings>;
}
