/**
 * The comment form ("Ý kiến của bạn") in headless Chromium: the partials rendered into a test page
 * under a strict Content-Security-Policy, served on one loopback port, posting to the reference
 * receiver on another, with JavaScript on and off.
 */
import type { Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { testFormStrings as t } from "../fixtures/forms/form-strings.ts";
import { useFormsBrowser } from "../fixtures/forms/harness.ts";

const forms = useFormsBrowser(test);
const openArticle = forms.openArticle;

async function fillComment(page: Page, fields: { name: string; email: string; subject: string; message: string }): Promise<void> {
  await page.fill("#comment-name", fields.name);
  await page.fill("#comment-email", fields.email);
  await page.fill("#comment-subject", fields.subject);
  await page.fill("#comment-message", fields.message);
}

const COMMENT = {
  name: "Nguyễn Thị Hương",
  email: "huong@example.org",
  subject: "Góp ý về bài viết",
  message: "Bài viết rất bổ ích.\nXin cảm ơn Ban biên tập!",
};

test("JavaScript on: a comment goes in the background, is stored with every field, and the reader is thanked", async () => {
  const page = await openArticle();
  await fillComment(page, COMMENT);
  await page.click("#y-kien button[type=submit]");
  await page.locator("#y-kien [data-form-status][data-state=success]").waitFor();
  assert.is(await page.locator("#y-kien [data-form-status]").textContent(), t.commentThanks);
  assert.is(new URL(page.url()).pathname, "/2024/01/27/bai-mau/", "the page stays where it is");

  const records = await forms.rig.records();
  assert.is(records.length, 1);
  const { id, receivedAt, submissionKey, ...fields } = records[0]!;
  assert.equal(fields, { kind: "comment", ...COMMENT, article: forms.rig.articleUrl });
  assert.match(submissionKey!, /^[0-9a-f]{32}$/, "sent with an idempotency key");
  assert.match(id!, /^[0-9a-f-]{36}$/);
  assert.match(receivedAt!, /^2025-06-01T09:00:00\+07:00$/);
  // Sent: the subject and message are cleared, the name and e-mail kept for the next comment.
  assert.is(await page.inputValue("#comment-message"), "");
  assert.is(await page.inputValue("#comment-name"), COMMENT.name);
  assert.equal(forms.session.problems, []);
});

test("JavaScript off: a plain post is stored and the reader comes back to the thank-you notice", async () => {
  const page = await openArticle(false);
  await fillComment(page, COMMENT);
  await Promise.all([page.waitForURL((url) => url.hash === "#da-gui-y-kien"), page.click("#y-kien button[type=submit]")]);
  assert.is(new URL(page.url()).pathname, "/2024/01/27/bai-mau/");
  assert.ok(await page.locator("#da-gui-y-kien").isVisible(), "the notice shows (CSS :target)");
  const records = await forms.rig.records();
  assert.is(records.length, 1);
  const { id: _id, receivedAt: _receivedAt, submissionKey, ...fields } = records[0]!;
  // The textarea sends its line break as CRLF; the receiver stores LF.
  assert.equal(fields, { kind: "comment", ...COMMENT, article: forms.rig.articleUrl });
  assert.match(submissionKey!, /^[0-9a-f]{32}$/, "with the page's idempotency key");

  // The browser sends the same post again (Back, then Send; or a reload of a lost answer): stored once.
  await page.goBack();
  await fillComment(page, COMMENT);
  await Promise.all([page.waitForURL((url) => url.hash === "#da-gui-y-kien"), page.click("#y-kien button[type=submit]")]);
  assert.is((await forms.rig.records()).length, 1);
});

test("JavaScript on: a comment whose answer was lost is sent again with the same key and stored once", async () => {
  const page = await openArticle();
  await fillComment(page, COMMENT);
  const endpointPattern = `${forms.rig.endpoint}/`;
  const keys: string[] = [];
  // The first sending reaches the receiver, which stores it; its answer never comes back.
  await page.route(endpointPattern, async (route) => {
    if (route.request().method() === "POST") keys.push(JSON.parse(route.request().postData() ?? "{}")["idempotency-key"]);
    if (keys.length === 1) {
      await route.fetch();
      await route.abort("connectionreset");
    } else {
      await route.continue();
    }
  });
  await page.click("#y-kien button[type=submit]");
  await page.locator("#y-kien [data-form-status][data-state=error]").waitFor();
  assert.is((await forms.rig.records()).length, 1, "stored, though the reader was told it failed");
  await page.click("#y-kien button[type=submit]");
  await page.locator("#y-kien [data-form-status][data-state=success]").waitFor();
  assert.is((await forms.rig.records()).length, 1, "the retry was not stored again");
  assert.is(keys.length, 2);
  assert.match(keys[0]!, /^[0-9a-f]{32}$/);
  assert.is(keys[1], keys[0], "the same key for the retry");

  // The next comment is another submission, with a key of its own.
  await fillComment(page, { ...COMMENT, subject: "Ý kiến thứ hai", message: "Một ý kiến nữa." });
  const answered = page.waitForResponse((response) => response.url() === endpointPattern && response.request().method() === "POST");
  await page.click("#y-kien button[type=submit]");
  assert.is((await answered).status(), 200);
  assert.is(keys.length, 3);
  assert.is.not(keys[2], keys[0]);
  assert.is((await forms.rig.records()).length, 2);
});

test("inline messages in Vietnamese block an incomplete comment; no diacritics is a warning that still sends", async () => {
  const page = await openArticle();
  await page.fill("#comment-email", "khong-phai-email");
  await page.click("#y-kien button[type=submit]");
  // forms.js arrives on the reader's first use of the form: its messages may follow the click.
  await page.locator("#comment-name-error:not([hidden])").waitFor();
  assert.is(await page.locator("#comment-name-error").textContent(), t.formErrorRequired);
  assert.is(await page.locator("#comment-email-error").textContent(), t.formErrorEmail);
  assert.is(await page.getAttribute("#comment-name", "aria-invalid"), "true");
  assert.is(await page.locator("#y-kien [data-form-status]").textContent(), t.formFixErrors);
  assert.is(await page.evaluate(() => document.activeElement?.id), "comment-name", "focus goes to the first field to fix");
  assert.is((await forms.rig.records()).length, 0, "nothing was sent");

  // The warning shows while the reader writes, once there are a few words.
  await fillComment(page, { ...COMMENT, message: "Bai viet rat hay, cam on tac gia" });
  assert.is(await page.locator("#comment-message-warning").textContent(), t.formWarningNoDiacritics);
  assert.ok(await page.locator("#comment-message-warning").isVisible());
  assert.not.ok(await page.locator("#comment-name-error").isVisible(), "a fixed field loses its message");
  await page.click("#y-kien button[type=submit]");
  await page.locator("#y-kien [data-form-status][data-state=success]").waitFor();
  const records = await forms.rig.records();
  assert.is(records.length, 1);
  assert.is(records[0]!.message, "Bai viet rat hay, cam on tac gia");
});

const isFormsScript = (url: string): boolean => new URL(url).pathname === "/assets/forms.js";

test("forms.js is not loaded with the page, but on focusing the comment; its inline messages then work", async () => {
  const page = await forms.session.page(true);
  const requested: string[] = [];
  const onRequest = (request: { url(): string }): void => void (isFormsScript(request.url()) && requested.push(request.url()));
  page.on("request", onRequest);
  try {
    await openArticle();
    await page.waitForLoadState("networkidle");
    assert.equal(requested, [], "only layouts/assets/forms-loader.js loads with the page");

    const loaded = page.waitForResponse((response) => isFormsScript(response.url()));
    await page.focus("#comment-message");
    assert.is((await loaded).status(), 200);
    // Its module has run once the page's own import of it resolves.
    await page.evaluate(() => import(new URL("/assets/forms.js", location.href).href).then(() => true));
    assert.is(requested.length, 1);

    await page.fill("#comment-message", "Bai viet rat hay, cam on tac gia");
    assert.is(await page.locator("#comment-message-warning").textContent(), t.formWarningNoDiacritics);
    await page.click("#y-kien button[type=submit]");
    assert.is(await page.locator("#comment-name-error").textContent(), t.formErrorRequired);
    assert.is(await page.evaluate(() => document.activeElement?.id), "comment-name");
    assert.is((await forms.rig.records()).length, 0, "nothing was sent");
    assert.equal(forms.session.problems, []);
  } finally {
    page.off("request", onRequest);
  }
});

test("a comment sent before forms.js has arrived waits for it, then goes in the background", async () => {
  const page = await forms.session.page(true);
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => isFormsScript(url.href), async (route) => {
    await held;
    await route.continue();
  });
  await openArticle();
  await fillComment(page, COMMENT);
  await page.click("#y-kien button[type=submit]");
  assert.is(await page.locator("#y-kien [data-form-status]").textContent(), "", "nothing happens yet");
  release();
  await page.locator("#y-kien [data-form-status][data-state=success]").waitFor();
  assert.is(new URL(page.url()).hash, "", "not a plain post");
  assert.is((await forms.rig.records()).length, 1);
});

test("when forms.js cannot load, the comment is a plain post", async () => {
  const page = await forms.session.page(true);
  await page.route((url) => isFormsScript(url.href), (route) => route.abort("connectionrefused"));
  await openArticle();
  await fillComment(page, COMMENT);
  await Promise.all([page.waitForURL((url) => url.hash === "#da-gui-y-kien"), page.click("#y-kien button[type=submit]")]);
  assert.is((await forms.rig.records()).length, 1);
});

test("a failed submission keeps every word the reader typed: network down, server error, then success", async () => {
  const page = await openArticle();
  await fillComment(page, COMMENT);
  const endpointPattern = `${forms.rig.endpoint}/`;
  await page.route(endpointPattern, (route) => route.abort("connectionrefused"));
  await page.click("#y-kien button[type=submit]");
  await page.locator("#y-kien [data-form-status][data-state=error]").waitFor();
  assert.is(await page.locator("#y-kien [data-form-status]").textContent(), t.formFailed);
  for (const [selector, value] of [["#comment-name", COMMENT.name], ["#comment-email", COMMENT.email], ["#comment-subject", COMMENT.subject], ["#comment-message", COMMENT.message]]) {
    assert.is(await page.inputValue(selector!), value, selector);
  }
  assert.ok(await page.isEnabled("#y-kien button[type=submit]"), "the reader can try again");

  await page.unroute(endpointPattern);
  await page.route(endpointPattern, (route) =>
    route.fulfill({ status: 500, contentType: "application/json", headers: { "Access-Control-Allow-Origin": forms.rig.siteUrl }, body: '{"ok":false,"error":"storage"}' }),
  );
  await page.click("#y-kien button[type=submit]");
  await page.waitForFunction(() => document.querySelector("#y-kien [data-form-status]")?.getAttribute("data-state") === "error");
  assert.is(await page.inputValue("#comment-message"), COMMENT.message);

  // A reload keeps the draft too (this tab's sessionStorage): it makes the loader bring forms.js at once.
  await page.reload();
  await page.waitForFunction(() => (document.querySelector("#comment-message") as HTMLTextAreaElement).value !== "");
  assert.is(await page.inputValue("#comment-message"), COMMENT.message);
  assert.is(await page.inputValue("#comment-subject"), COMMENT.subject);

  await page.unroute(endpointPattern);
  await page.click("#y-kien button[type=submit]");
  await page.locator("#y-kien [data-form-status][data-state=success]").waitFor();
  assert.is((await forms.rig.records()).length, 1, "stored once, when the endpoint was back");
});

test("words typed before forms.js has arrived are kept as a draft all the same, and come back after a reload", async () => {
  const page = await openArticle();
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/assets/forms.js", async (route) => {
    await held;
    await route.continue();
  });
  await fillComment(page, COMMENT);
  release();
  // The draft lands in this tab's storage once forms.js runs; no keystroke follows to save it.
  await page.waitForFunction(
    (message) => Object.keys(sessionStorage).some((key) => key.startsWith("tintuc:comment-draft:") && sessionStorage.getItem(key)?.includes(message)),
    JSON.stringify(COMMENT.message).slice(1, -1),
    { timeout: 10_000 },
  );
  await page.unroute("**/assets/forms.js");
  await page.reload();
  await page.waitForFunction(() => (document.querySelector("#comment-message") as HTMLTextAreaElement).value !== "");
  assert.is(await page.inputValue("#comment-name"), COMMENT.name);
  assert.is(await page.inputValue("#comment-message"), COMMENT.message);
});

test("a robot that fills the honeypot is answered like a reader but nothing is stored (JavaScript on and off)", async () => {
  for (const javaScriptEnabled of [true, false]) {
    const page = await openArticle(javaScriptEnabled);
    assert.not.ok(await page.locator("#comment-website").isVisible(), "people never see the honeypot");
    await fillComment(page, COMMENT);
    // No person can reach it; a robot sets it all the same.
    await page.locator("#comment-website").evaluate((input) => {
      (input as HTMLInputElement).value = "http://spam.example";
    });
    if (javaScriptEnabled) {
      await page.click("#y-kien button[type=submit]");
      await page.locator("#y-kien [data-form-status][data-state=success]").waitFor();
    } else {
      await Promise.all([page.waitForURL((url) => url.hash === "#da-gui-y-kien"), page.click("#y-kien button[type=submit]")]);
    }
  }
  assert.is((await forms.rig.records()).length, 0);
});

test.run();
