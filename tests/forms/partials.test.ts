/**
 * The two partials rendered with Nunjucks as the site renders them (autoescape on), read as text:
 * what a reader without JavaScript gets.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SCRIPT_MESSAGES, type ScriptMessageName, scriptMessage } from "../../src/forms/form-strings.ts";
import { parsePolls } from "../../src/forms/polls.ts";
import { escapeHtml } from "../../src/text/escape.ts";
import { ASSETS_DIR } from "../../src/project-paths.ts";
import { IDEMPOTENCY_KEY_PATTERN, PLAIN_POST_KEY } from "../../src/forms/submission.ts";
import { strings } from "../../src/i18n.ts";
import { renderArticlePage } from "../fixtures/forms/render.ts";
import { testFormStrings as t } from "../fixtures/forms/form-strings.ts";

const PAGE = "https://tintuc.example.org/2024/01/27/bai-mau/";
const ENDPOINT = "https://forms.example.org";
const html = renderArticlePage({ endpoint: ENDPOINT }, PAGE);
const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

test("the comment form: a plain POST to the endpoint with every field the contract names", () => {
  assert.match(html, `<h2 class="comment-form__heading" id="comment-form-heading">${t.commentHeading}</h2>`);
  assert.match(html, /<form class="comment-form__form" method="post" action="https:\/\/forms.example.org" accept-charset="utf-8" data-form="comment"/);
  assert.match(html, '<input type="hidden" name="kind" value="comment">');
  assert.match(html, `<input type="hidden" name="article" value="${PAGE}">`);
  assert.match(html, `<input type="hidden" name="redirect" value="${PAGE}#da-gui-y-kien">`);
  // The receiver answers in the page's language and stores a resent plain post once.
  assert.match(html, `<input type="hidden" name="lang" value="vi">\n    <input type="hidden" name="idempotency-key" value="${PLAIN_POST_KEY}">`);
  assert.ok(IDEMPOTENCY_KEY_PATTERN.test(PLAIN_POST_KEY), "the receiver takes the page's key");
  for (const [name, label] of [["name", t.commentName], ["email", t.commentEmail], ["subject", t.commentSubject], ["message", t.commentMessage]]) {
    assert.match(html, new RegExp(`<label for="comment-${name}">${label} `), name);
    assert.match(html, new RegExp(`id="comment-${name}" name="${name}"[^>]* required maxlength="\\d+"`), name);
  }
  assert.match(html, `<p class="form-field__hint" id="comment-message-hint">Bạn vui lòng gõ tiếng Việt có dấu</p>`);
  assert.match(html, `<p class="form-thanks" id="da-gui-y-kien" role="status" hidden data-form-thanks>${t.commentThanks}</p>`);
});

test("an English page's forms say so: the receiver answers their readers in English", () => {
  const english = renderArticlePage({ endpoint: ENDPOINT }, "https://tintuc.example.org/en/2024/01/27/sample/", undefined, strings.en);
  assert.is(count(english, /<input type="hidden" name="lang" value="en">/g), 2);
  assert.is(count(english, /name="lang" value="vi"/g), 0);
});

test("the honeypot: hidden from people, out of the tab order, never autofilled", () => {
  assert.equal(html.match(/<div class="form-trap" hidden>\s*<label for="(comment|poll)-website">/g)?.length, 2);
  assert.match(html, '<input id="comment-website" name="website" type="text" tabindex="-1" autocomplete="off">');
});

test("no inline script or style anywhere: the page's security policy needs neither", () => {
  assert.is(count(html, /<script(?![^>]*\bsrc=)/g), 0);
  assert.is(count(html, /\sstyle=/g), 0);
  assert.is(count(html, /\son[a-z]+=/g), 0);
});

test("the poll: question, one radio button per option, Bình chọn, kind/poll/choice, redirect to this page", () => {
  assert.match(html, `<h2 class="poll__heading" id="poll-heading">${t.pollHeading}</h2>`);
  assert.match(html, "Bạn biết website “truyenthongkhoahoc.vn” qua nguồn thông tin nào?");
  assert.is(count(html, /<input type="radio" id="poll-nguon-thong-tin-[a-z-]+" name="choice" value="[a-z-]+" required>/g), 3);
  assert.match(html, '<label for="poll-nguon-thong-tin-qua-sach-bao">Qua sách báo, quảng cáo banner</label>');
  assert.match(html, '<input type="hidden" name="kind" value="poll">');
  assert.match(html, '<input type="hidden" name="poll" value="nguon-thong-tin">');
  assert.match(html, `<input type="hidden" name="redirect" value="${PAGE}#da-binh-chon">`);
  assert.is(count(html, /<input type="hidden" name="lang" value="vi">/g), 2, "both forms say their page's language");
  assert.is(count(html, new RegExp(`<input type="hidden" name="idempotency-key" value="${PLAIN_POST_KEY}">`, "g")), 2);
  assert.match(html, `data-results="${ENDPOINT}/polls/nguon-thong-tin"`);
  assert.match(html, `>${t.pollVote}</button>`);
});

test("without an endpoint: a short notice in place of each form, no dead form", () => {
  const off = renderArticlePage({}, PAGE);
  assert.is(count(off, /<form/g), 0);
  assert.is(count(off, new RegExp(`<p class="form-unavailable">${t.formsUnavailable}</p>`, "g")), 2);
  assert.match(off, t.commentHeading);
  assert.match(off, t.pollHeading);
});

test("no open poll: no poll box at all", () => {
  const none = renderArticlePage({ endpoint: ENDPOINT }, PAGE, null);
  assert.not.match(none, 'class="poll"');
  assert.match(none, 'data-form="comment"');
});

test("with a captcha: the provider's widget in each form, its script left to forms.js, a note for readers without JavaScript", () => {
  const withCaptcha = renderArticlePage({ endpoint: ENDPOINT, captcha: { provider: "turnstile", siteKey: "0x4AAAAAAAB" } }, PAGE);
  assert.is(count(withCaptcha, /<div class="form-captcha cf-turnstile" data-sitekey="0x4AAAAAAAB" data-captcha-script="https:\/\/challenges.cloudflare.com\/turnstile\/v0\/api.js"/g), 2);
  assert.is(count(withCaptcha, /<script[^>]*challenges/g), 0);
  assert.match(withCaptcha, `<noscript><p class="form-note">${t.formCaptchaNeedsScript}</p></noscript>`);
  assert.match(withCaptcha, /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39; https:\/\/challenges.cloudflare.com/);
});

test("whatever the newsroom writes in a poll is escaped", () => {
  const { polls } = parsePolls(
    '- id: a\n  question: "<script>alert(1)</script> & “Q”?"\n  options:\n    - { id: x, label: "<b>X</b>" }\n    - { id: y, label: Y }\n  opens: 2024-01-01\n  closes: 2030-01-01\n',
    "polls.yaml",
  );
  const escaped = renderArticlePage({ endpoint: ENDPOINT }, PAGE, polls[0]!);
  assert.match(escaped, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; “Q”?");
  assert.match(escaped, "&lt;b&gt;X&lt;/b&gt;");
  assert.not.match(escaped, "<script>alert");
});

/** A form's data-msg-* attributes as the browser's `dataset` holds them (`data-msg-too-long` → `msgTooLong`). */
function messageDataset(page: string, kind: "comment" | "poll"): Record<string, string> {
  const tag = new RegExp(`<form [^>]*data-form="${kind}"[^>]*>`).exec(page)?.[0] ?? "";
  return Object.fromEntries(
    [...tag.matchAll(/ data-(msg-[a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), value!]),
  );
}

test("each form's data-msg-* attributes are SCRIPT_MESSAGES' entries, in the page's language: the one table forms.js reads by", () => {
  for (const [dictionary, page] of [
    [strings.vi, html],
    [strings.en, renderArticlePage({ endpoint: ENDPOINT }, "https://tintuc.example.org/en/2024/01/27/sample/", undefined, strings.en)],
  ] as const) {
    for (const kind of ["comment", "poll"] as const) {
      const dataset = messageDataset(page, kind);
      const table = Object.entries(SCRIPT_MESSAGES[kind]) as [ScriptMessageName, keyof typeof dictionary][];
      assert.is(Object.keys(dataset).length, table.length, `${dictionary.langCode} ${kind}: no attribute besides the table's`);
      for (const [name, key] of table) assert.is(scriptMessage(dataset, name), escapeHtml(String(dictionary[key])), `${dictionary.langCode} ${kind}: ${name}`);
    }
  }
});

test("forms.js asks only for sentences the table names, and only through scriptMessage: a name that drifts fails here", () => {
  const script = readFileSync(path.join(ASSETS_DIR, "forms.js"), "utf8");
  const names = new Set(Object.values(SCRIPT_MESSAGES).flatMap((messages) => Object.keys(messages)));
  const asked = [...script.matchAll(/(?:scriptMessage\(form\.dataset, |message\()"(\w+)"\)/g)].map(([, name]) => name!);
  assert.ok(asked.length >= 15, `forms.js asks for its sentences by name (${asked.length} found)`);
  for (const name of asked) assert.ok(names.has(name), `forms.js asks for "${name}", which SCRIPT_MESSAGES does not name`);
  assert.not.match(script, /\bmsg[A-Z]/, "no data-msg-* attribute read by its dataset name");
  assert.not.match(script, 'getAttribute("data-msg', "no data-msg-* attribute read by getAttribute");
});

test.run();
