/**
 * WordPress's `?p=ID` links (issue 23): a static host serves the home page for `/?p=12` and the 404
 * page for `/index.php?p=12`; their script looks the ID up in the build's lookup and goes to the
 * article, under the site's security policy.
 */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { suite, test } from "uvu";
import * as assert from "uvu/assert";
import { PERMANENCE_FIXTURE_SITE } from "../support/build-site.ts";
import { useBuiltSite } from "../support/built-site.ts";

const contentDir = mkdtempSync(path.join(os.tmpdir(), "tintuc-query-aliases-"));
cpSync(PERMANENCE_FIXTURE_SITE, contentDir, { recursive: true });
writeFileSync(
  path.join(contentDir, "articles", "2024", "01", "tu-wordpress.md"),
  "---\ntitle: Tin nhập từ WordPress\ncategory: khoa-hoc\npublished: 2024-01-20 09:00\naliases: [/2019/05/tin-cu/, /?p=12, /index.php?p=4321]\n---\nBài cũ.\n",
);
const ARTICLE = "/2024/01/20/tin-nhap-tu-wordpress/";
const site = useBuiltSite(test, { contentDir, applyHeaders: true });

/** Opens `url`, collecting every policy violation and script error, and waits for the page to settle. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${site.origin}${url}`);
  return { page, problems };
}

test("/?p=ID, served the home page, goes to the article, the old address left out of the history", async () => {
  const { page, problems } = await open("/?p=12");
  await page.waitForURL(`**${ARTICLE}`, { timeout: 10_000 });
  assert.equal(await page.locator("h1").first().textContent(), "Tin nhập từ WordPress");
  // The new tab's blank page and the article: location.replace put the article in the home page's place, so Back does not bounce.
  assert.equal(await page.evaluate(() => history.length), 2, "location.replace, not a new entry");
  assert.equal(problems, []);
  await page.close();
});

test("/index.php?p=ID, served the 404 page, goes to the article; other parameters beside p are ignored", async () => {
  for (const url of ["/index.php?p=4321", "/?preview=true&p=4321"]) {
    const { page, problems } = await open(url);
    await page.waitForURL(`**${ARTICLE}`, { timeout: 10_000 });
    assert.equal(problems, [], url);
    await page.close();
  }
});

test("an ID the lookup does not hold, or p on another path, stays where the host put it", async () => {
  for (const [url, stays] of [["/?p=13", "/?p=13"], ["/?p=99999", "/?p=99999"], ["/archive/?p=12", "/archive/?p=12"], ["/?p=abc", "/?p=abc"]] as const) {
    const { page, problems } = await open(url);
    await page.waitForLoadState("networkidle");
    assert.is(new URL(page.url()).pathname + new URL(page.url()).search, stays, url);
    assert.equal(problems, [], url);
    await page.close();
  }
});

test.run();

// Under a path prefix (a site at https://example.org/tin/): the script's root and the lookup's URLs carry it.
const prefixed = suite("under a path prefix");
const prefixedSite = useBuiltSite(prefixed, { contentDir, env: { SITE_URL: "https://example.org/tin/" }, pathPrefix: "/tin/" });

prefixed("/tin/?p=12 and /tin/index.php?p=4321 go to the article under /tin/", async () => {
  for (const url of ["/tin/?p=12", "/tin/index.php?p=4321"]) {
    const page = await prefixedSite.browser.newPage();
    await page.goto(`${prefixedSite.origin}${url}`);
    await page.waitForURL(`**/tin${ARTICLE}`, { timeout: 10_000 });
    await page.close();
  }
});

prefixed.run();
