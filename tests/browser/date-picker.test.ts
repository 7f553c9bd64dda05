import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";

const site = useBuiltSite(test);

async function pick(date: string) {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}/2024/03/02/ban-tin-luc-nua-dem/`);
  assert.not.ok(requests.includes("/archive/days.json"), "the index is fetched only when the picker is used");
  await page.fill("#date-picker-input", date);
  return { page, requests };
}

test("picking a day with news lands on that day's page", async () => {
  const { page } = await pick("2024-01-27");
  await Promise.all([page.waitForURL("**/2024/01/27/"), page.click(".date-picker button")]);
  assert.match(await page.textContent("h1") ?? "", "27/01/2024");
  assert.ok(await page.isHidden("[data-picker-notice]"));
  await page.close();
});

test("picking a day without news lands on the nearest earlier day with news, saying so", async () => {
  const { page, requests } = await pick("2024-02-29");
  await Promise.all([page.waitForURL("**/2024/01/27/?ngay=2024-02-29"), page.click(".date-picker button")]);
  assert.ok(requests.includes("/archive/days.json"));
  assert.is((await page.textContent("[data-picker-notice]"))?.trim(), "Không có tin ngày 29/02/2024; đang xem tin ngày 27/01/2024.");
  await page.close();
});

test("before the first day with news: a message offering the first day", async () => {
  const { page } = await pick("2001-05-01");
  await page.click(".date-picker button");
  await page.waitForSelector("[data-picker-message]:not([hidden])");
  assert.match(await page.textContent("[data-picker-message]") ?? "", "Không có tin ngày 01/05/2001. Tin sớm nhất là ngày 27/01/2024.");
  assert.is(await page.getAttribute("[data-picker-message] a", "href"), "/2024/01/27/");
  assert.match(page.url(), "/2024/03/02/ban-tin-luc-nua-dem/");
  await page.close();
});

test("after the last day with news: a message offering the last day", async () => {
  const { page } = await pick("2030-01-01");
  await page.click(".date-picker button");
  await page.waitForSelector("[data-picker-message]:not([hidden])");
  assert.match(await page.textContent("[data-picker-message]") ?? "", "Tin mới nhất là ngày 02/03/2024.");
  await page.close();
});

test("without JavaScript the picker leads to the archive index", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/2024/03/02/ban-tin-luc-nua-dem/`);
  await page.fill("#date-picker-input", "2024-01-27");
  await Promise.all([page.waitForURL("**/archive/?ngay=2024-01-27"), page.click(".date-picker button")]);
  assert.match(await page.textContent("h1") ?? "", "Lưu trữ");
  await context.close();
});

test.run();
