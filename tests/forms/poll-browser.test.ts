/**
 * The poll ("Thăm dò ý kiến") in headless Chromium: voting with JavaScript on and off, the vote
 * remembered, the tallies shown when the endpoint offers them and only then.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { testFormStrings as t } from "../fixtures/forms/form-strings.ts";
import { useFormsBrowser } from "../fixtures/forms/harness.ts";

const forms = useFormsBrowser(test);
const openArticle = forms.openArticle;

test("a vote is stored, the tallies show as bars, and the browser remembers it voted", async () => {
  await forms.restartRig({ rateLimit: false }, [{ id: "a", receivedAt: "2025-05-01T00:00:00+07:00", kind: "poll", poll: "nguon-thong-tin", choice: "qua-google" }]);
  const page = await openArticle();
  await page.click("text=Bạn bè giới thiệu");
  await page.click(".poll button[type=submit]");
  await page.locator(".poll [data-poll-results]").waitFor();
  assert.ok(await page.locator(".poll [data-poll-voted]").isVisible());
  assert.is(await page.locator(".poll [data-poll-voted]").textContent(), t.pollVoted);
  assert.not.ok(await page.locator(".poll button[type=submit]").isVisible(), "no buttons once voted");
  assert.not.ok(await page.locator(".poll fieldset").isVisible());

  const bars = await page.$$eval(".poll__result", (items) =>
    items.map((item) => ({
      option: item.getAttribute("data-option"),
      label: item.querySelector(".poll__result-label")?.textContent,
      value: (item.querySelector("meter") as HTMLMeterElement).value,
      max: (item.querySelector("meter") as HTMLMeterElement).max,
      count: item.querySelector(".poll__result-count")?.textContent,
    })),
  );
  assert.equal(bars, [
    { option: "ban-be-gioi-thieu", label: "Bạn bè giới thiệu", value: 1, max: 2, count: "1 phiếu (50%)" },
    { option: "qua-google", label: "Qua Google", value: 1, max: 2, count: "1 phiếu (50%)" },
    { option: "qua-sach-bao", label: "Qua sách báo, quảng cáo banner", value: 0, max: 2, count: "0 phiếu (0%)" },
  ]);
  const votes = (await forms.rig.records()).filter((record) => record.id !== "a");
  assert.equal(votes.map(({ kind, poll, choice }) => ({ kind, poll, choice })), [{ kind: "poll", poll: "nguon-thong-tin", choice: "ban-be-gioi-thieu" }]);

  // Another page of the site: "Bạn đã bình chọn" at once, with the tallies, and no buttons.
  await page.reload();
  await page.locator(".poll [data-poll-results]").waitFor();
  assert.ok(await page.locator(".poll [data-poll-voted]").isVisible());
  assert.not.ok(await page.locator(".poll button[type=submit]").isVisible());
  assert.equal(forms.session.problems, []);
});

test("a vote without a choice asks for one; an endpoint without tallies gets no results box", async () => {
  const page = await openArticle();
  await page.route(`${forms.rig.endpoint}/polls/**`, (route) => route.fulfill({ status: 404, headers: { "Access-Control-Allow-Origin": forms.rig.siteUrl }, body: "" }));
  // The first click also loads forms.js (layouts/assets/forms-loader.js): the message follows it.
  await page.click(".poll button[type=submit]");
  await page.locator("#poll-choice-error").waitFor();
  assert.is(await page.locator("#poll-choice-error").textContent(), t.pollChoose);
  assert.is((await forms.rig.records()).length, 0);

  await page.click("text=Qua Google");
  assert.not.ok(await page.locator("#poll-choice-error").isVisible(), "choosing clears the message");
  await page.click(".poll button[type=submit]");
  await page.locator(".poll [data-poll-voted]").waitFor();
  const tallies = page.waitForResponse(`${forms.rig.endpoint}/polls/nguon-thong-tin`);
  await page.reload();
  await tallies;
  await page.waitForTimeout(100);
  assert.ok(await page.locator(".poll [data-poll-voted]").isVisible());
  assert.is(await page.locator(".poll [data-poll-results]").isVisible(), false);
  assert.is((await forms.rig.records()).length, 1);
});

test("JavaScript off: a vote is a plain post back to the poll's thank-you notice", async () => {
  const page = await openArticle(false);
  await page.click("text=Qua sách báo, quảng cáo banner");
  await Promise.all([page.waitForURL((url) => url.hash === "#da-binh-chon"), page.click(".poll button[type=submit]")]);
  assert.ok(await page.locator("#da-binh-chon").isVisible());
  const records = await forms.rig.records();
  assert.equal(records.map(({ kind, poll, choice }) => ({ kind, poll, choice })), [{ kind: "poll", poll: "nguon-thong-tin", choice: "qua-sach-bao" }]);
});
test.run();
