import { test } from "uvu";
import * as assert from "uvu/assert";
import { COMMENT_LIMITS } from "../../src/forms/submission.ts";
import { scriptMessageAttributes } from "../../src/forms/form-strings.ts";
import { formRedirect, formsView, pollResultsUrl, pollView } from "../../src/forms/view.ts";
import { TEST_POLLS } from "../fixtures/forms/test-polls.ts";

test("formsView: enabled with an endpoint, which is the forms' action", () => {
  assert.equal(formsView({ endpoint: "https://forms.example.org" }), {
    enabled: true,
    action: "https://forms.example.org",
    limits: COMMENT_LIMITS,
    honeypotField: "website",
    thanksIds: { comment: "da-gui-y-kien", poll: "da-binh-chon" },
    scriptMessages: { comment: scriptMessageAttributes("comment"), poll: scriptMessageAttributes("poll") },
    plainPostKey: "plain-post",
  });
  assert.equal(formsView({}).enabled, false);
  assert.equal(formsView({}).action, "");
});

test("formsView: the captcha widget's class and script, only when there are forms to protect", () => {
  assert.equal(formsView({ endpoint: "https://f.example.org", captcha: { provider: "turnstile", siteKey: "k" } }).captcha, {
    provider: "turnstile",
    siteKey: "k",
    widgetClass: "cf-turnstile",
    scriptUrl: "https://challenges.cloudflare.com/turnstile/v0/api.js",
  });
  assert.equal(formsView({ endpoint: "https://f.example.org", captcha: { provider: "hcaptcha", siteKey: "k" } }).captcha?.widgetClass, "h-captcha");
  assert.is(formsView({ captcha: { provider: "hcaptcha", siteKey: "k" } }).captcha, undefined);
});

test("pollView: an id for each radio button, and where the tallies are", () => {
  const view = pollView(TEST_POLLS[0], { endpoint: "https://forms.example.org/" });
  assert.equal(view?.options[1], { id: "qua-google", label: "Qua Google", inputId: "poll-nguon-thong-tin-qua-google" });
  assert.is(view?.resultsUrl, "https://forms.example.org/polls/nguon-thong-tin");
  assert.is(pollView(TEST_POLLS[0], {})?.resultsUrl, "");
  assert.is(pollView(undefined, { endpoint: "https://f.example.org" }), undefined);
  assert.is(pollResultsUrl("https://f.example.org/tintuc", "a-b"), "https://f.example.org/tintuc/polls/a-b");
});

test("formRedirect: the page itself at its thank-you notice", () => {
  const table: [string, "comment" | "poll", string][] = [
    ["https://tintuc.example.org/2024/01/27/tin/", "comment", "https://tintuc.example.org/2024/01/27/tin/#da-gui-y-kien"],
    ["https://tintuc.example.org/", "poll", "https://tintuc.example.org/#da-binh-chon"],
    ["https://tintuc.example.org/a/#y-kien", "comment", "https://tintuc.example.org/a/#da-gui-y-kien"],
    ["http://localhost:8080/2024/01/27/đảng-bộ/", "comment", "http://localhost:8080/2024/01/27/%C4%91%E1%BA%A3ng-b%E1%BB%99/#da-gui-y-kien"],
  ];
  for (const [url, kind, expected] of table) assert.is(formRedirect(url, kind), expected, url);
  assert.throws(() => formRedirect("/2024/01/27/tin/", "comment"), /absolute URL/);
  assert.throws(() => formRedirect(undefined, "poll"), /absolute URL, got undefined/);
  assert.throws(() => formRedirect("https://x.vn/", "vote" as "poll"), /kind must be/);
});

test.run();
