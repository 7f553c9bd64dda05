import type { Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";

const site = useBuiltSite(test, { env: { FORM_ENDPOINT: "http://127.0.0.1:9/" }, applyHeaders: true });

/** Opens a page under the policy from `_headers` and its own meta policy, collecting every complaint. */
async function visit(url: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await site.browser.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const response = await page.goto(`${site.origin}${url}`);
  assert.match(response?.headers()["content-security-policy"] ?? "", "default-src 'self'", "the header policy is applied");
  await page.waitForLoadState("networkidle");
  await act?.(page);
  await page.close();
  return problems;
}

const PAGES = ["/", "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/", "/2024/01/27/", "/2024/01/", "/2024/", "/archive/", "/category/khoa-hoc/"];

test("no page breaks under the security policy: no violation, no script error", async () => {
  for (const url of PAGES) assert.equal(await visit(url), [], url);
});

test("the search page works under its policy, which allows Pagefind and nothing more", async () => {
  const problems = await visit("/search/?q=khoa+hoc", async (page) => {
    await page.waitForSelector('a[href*="/2024/"]', { timeout: 20_000 });
  });
  assert.equal(problems, []);
});

test("the date picker works under the policy (it fetches the day index)", async () => {
  const problems = await visit("/2024/03/02/ban-tin-luc-nua-dem/", async (page) => {
    await page.fill("#date-picker-input", "2024-01-27");
    await Promise.all([page.waitForURL("**/2024/01/27/"), page.click(".date-picker button")]);
  });
  assert.equal(problems, []);
});

test("the forms' script loads under the policy when a reader starts a comment", async () => {
  const problems = await visit("/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/", async (page) => {
    const loaded = page.waitForResponse((response) => /\/assets\/forms\.[0-9a-f]+\.js$/.test(new URL(response.url()).pathname));
    await page.focus("#comment-message");
    assert.is((await loaded).status(), 200);
    await page.click("#y-kien button[type=submit]");
    await page.locator("#comment-name-error").waitFor();
  });
  assert.equal(problems, []);
});

test("a meta policy on pages other than search keeps WebAssembly out", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/`);
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.not.match(meta ?? "", "wasm-unsafe-eval");
  assert.match(meta ?? "", "script-src 'self'");
  await page.close();
});

test.run();
