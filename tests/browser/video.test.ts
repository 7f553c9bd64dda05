/**
 * Video facades in headless Chromium, over tests/fixtures/video-site served with its `_headers` policy:
 * nothing is asked of YouTube or Vimeo before the reader clicks play, then the player's frame is
 * inserted. No request ever leaves loopback: every request to another host is recorded and aborted.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { VIDEO_FIXTURE_SITE } from "../support/build-site.ts";
import { useBuiltSite } from "../support/built-site.ts";

const site = useBuiltSite(test, { contentDir: VIDEO_FIXTURE_SITE, applyHeaders: true });

const YOUTUBE = "/2024/05/21/robot-ho-tro-nguoi-cao-tuoi-duoc-gioi-thieu-tai-ha-noi/";
const VIMEO = "/2024/05/18/doi-moi-sang-tao-trong-doanh-nghiep-nho/";
const FILE = "/2024/05/20/mot-ngay-trong-phong-thi-nghiem-vat-lieu-moi/";

interface Visit {
  page: Page;
  /** Every request the page made, on loopback or not. */
  requests: string[];
  /** Requests to any other host: recorded, then aborted. */
  external: string[];
  /** What the browser said about the security policy, and script errors. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Waits until the route handler has recorded a request to `prefix`. The page's own "request" event
 * can come before the route handler runs, so waiting for that event raced the handler.
 */
async function routed(external: readonly string[], prefix: string): Promise<void> {
  for (let waited = 0; !external.some((url) => url.startsWith(prefix)); waited += 50) {
    if (waited > 15_000) throw new Error(`no request to ${prefix} reached the route; external: ${external.join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function visit(url: string, options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<Visit> {
  const context: BrowserContext = await site.browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  const external: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  // Routes see the page's requests and its frames' (the player's navigation included).
  await page.route(
    (target) => target.hostname !== "127.0.0.1",
    (route) => {
      external.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  await page.goto(`${site.origin}${url}`);
  await page.waitForLoadState("networkidle");
  return { page, requests, external, problems, close: () => context.close() };
}

test("YouTube: no request leaves the site before the click; the facade is a poster and a named play button", async () => {
  const { page, requests, external, problems, close } = await visit(YOUTUBE);
  assert.equal(external, [], "nothing asked of another host before the click");
  assert.not.ok(requests.some((url) => /youtube|vimeo|ytimg|googlevideo/.test(url)));
  assert.is(await page.locator("iframe").count(), 0);
  const play = page.getByRole("button", { name: "Phát video", exact: true });
  assert.ok(await play.isVisible(), "the play button shows once the script runs");
  assert.ok(await page.locator("[data-video-link]").isHidden(), "the no-JavaScript link gives way to the button");
  assert.ok(await page.locator(".video__poster").isVisible());
  assert.equal(problems, []);
  await close();
});

test("YouTube: a click inserts the privacy-enhanced player with autoplay and a title, and moves focus to it", async () => {
  const { page, external, problems, close } = await visit(YOUTUBE);
  await page.getByRole("button", { name: "Phát video", exact: true }).click();
  const frame = page.locator("[data-video-facade] iframe");
  await frame.waitFor({ state: "attached" });
  assert.is(await frame.getAttribute("src"), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  assert.is(await frame.getAttribute("title"), "Video: Robot hỗ trợ người cao tuổi được giới thiệu tại Hà Nội");
  assert.match((await frame.getAttribute("allow")) ?? "", "autoplay");
  assert.is(await page.locator("[data-video-play]").count(), 0, "the button is replaced by the player");
  assert.is(await page.evaluate(() => document.activeElement?.tagName), "IFRAME");
  await routed(external, "https://www.youtube-nocookie.com/");
  assert.ok(external.includes("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"), `the player is requested (and aborted here): ${external.join(", ")}`);
  assert.ok(external.every((url) => url.startsWith("https://www.youtube-nocookie.com/")), `only the player's host: ${external.join(", ")}`);
  assert.equal(problems, [], "the page's policy allows the player's frame");
  await close();
});

test("Vimeo, from the keyboard: Enter on the play button loads the Vimeo player", async () => {
  const { page, external, problems, close } = await visit(VIMEO);
  assert.equal(external, []);
  await page.getByRole("button", { name: "Phát video", exact: true }).focus();
  await page.keyboard.press("Enter");
  const frame = page.locator("[data-video-facade] iframe");
  await frame.waitFor({ state: "attached" });
  assert.is(await frame.getAttribute("src"), "https://player.vimeo.com/video/76979871?autoplay=1");
  await routed(external, "https://player.vimeo.com/");
  assert.equal(external, ["https://player.vimeo.com/video/76979871?autoplay=1"]);
  assert.equal(problems, []);
  await close();
});

test("without JavaScript the facade is a link to the video's page at the provider, and still nothing is fetched from it", async () => {
  const { page, external, close } = await visit(YOUTUBE, { javaScriptEnabled: false });
  const link = page.getByRole("link", { name: "Xem video trên YouTube" });
  assert.ok(await link.isVisible());
  assert.is(await link.getAttribute("href"), "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  assert.ok(await page.locator("[data-video-play]").isHidden());
  assert.equal(external, []);
  await close();
});

test("a file video: the native player, and the file is not fetched before play", async () => {
  const { page, requests, external, problems, close } = await visit(FILE);
  const video = page.locator("video");
  assert.is(await video.getAttribute("preload"), "none");
  assert.ok(await video.evaluate((element) => (element as HTMLVideoElement).controls));
  assert.not.ok(requests.some((url) => url.includes("/videos/")), "the file waits for the reader");
  assert.ok(requests.some((url) => url.endsWith("/photo-sizes/images/phong-thi-nghiem.jpg/800.jpg")), "the poster shows, as its 800-px copy");
  assert.equal(external, []);
  assert.equal(problems, []);
  await close();
});

test("the sidebar's latest video leads to its article, with nothing from another host", async () => {
  // Not the front page: it shows every video story of this small site, so its sidebar offers none again.
  const { page, external, close } = await visit("/archive/");
  const latest = page.locator(".latest-video");
  assert.ok(await latest.isVisible());
  await Promise.all([page.waitForURL(`**${YOUTUBE}`), latest.getByRole("link", { name: "Robot hỗ trợ người cao tuổi được giới thiệu tại Hà Nội" }).click()]);
  assert.equal(external, []);
  await close();
});

test("axe finds nothing serious or critical on the video pages, and the play button shows its focus", async () => {
  const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  for (const url of [YOUTUBE, FILE, "/video/"]) {
    // The injected axe source is an inline script: the page's own policy would refuse it.
    const { page, close } = await visit(url, { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        resultTypes: ["violations"],
      }),
    );
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    assert.equal(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), [], url);
    if (url === YOUTUBE) {
      await page.getByRole("button", { name: "Phát video", exact: true }).focus();
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      assert.is.not(outline, "none", "a visible focus ring");
    }
    await close();
  }
});

test.run();
