/**
 * Nothing moves under a reader on a phone: the cumulative layout shift of every page kind, at 412 px
 * in Chromium, stays at most 0.05 (Core Web Vitals call 0.1 good), also when every script and photo
 * arrives late (held back by route interception until the page has painted, then a little longer).
 * The hold waits on the paint itself, not on a timer: on a loaded machine a first paint can take
 * seconds, and a timer then released the files before it (a flaky test). Screenshots at 390
 * and 1280 px are kept in test-artifacts/screenshots/ for a human to look at.
 *
 * The site: the English fixture (both languages, tags, writers, photos) with the video fixture's
 * articles added, so that every page kind exists.
 */
import { cp, mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { VIDEO_FIXTURE_SITE } from "../support/build-site.ts";
import { useBuiltSite } from "../support/built-site.ts";

const contentDir = path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-shift-")), "content");
await cp(path.join(PROJECT_DIR, "tests", "fixtures", "english-site"), contentDir, { recursive: true });
for (const folder of ["articles/2024/05", "images", "videos"]) {
  await cp(path.join(VIDEO_FIXTURE_SITE, folder), path.join(contentDir, folder), { recursive: true });
}
const site = useBuiltSite(test, { contentDir });
const SCREENSHOTS = path.join(PROJECT_DIR, "test-artifacts", "screenshots");
/** How long after the first paint a held script or photo is answered. */
const AFTER_PAINT_MS = 300;
/** A page that has not painted by then never will without its scripts: the files are let go, and the test fails. */
const PAINT_CAP_MS = 60_000;
const MAX_SHIFT = 0.05;

const PAGES = {
  home: "/",
  article: "/2024/01/27/ve-tinh-khoa-hoc-dau-tien-cua-viet-nam-hoan-thanh-thu-nghiem/",
  "video article": "/2024/05/21/robot-ho-tro-nguoi-cao-tuoi-duoc-gioi-thieu-tai-ha-noi/",
  day: "/2024/01/27/",
  month: "/2024/01/",
  year: "/2024/",
  archive: "/archive/",
  category: "/category/khoa-hoc/",
  tag: "/tag/ve-tinh/",
  author: "/author/dang-minh/",
  video: "/video/",
  search: "/search/?q=v%E1%BB%87+tinh",
  "not found": "/khong-co-trang-nay/",
  "English home": "/en/",
  "English article": "/en/2024/01/27/first-science-satellite-completes-tests/",
};

/**
 * A phone's context in which scripts and photos are answered only after the page's first paint
 * (one page per context). `releasedBeforePaint` says whether the cap let them go unpainted.
 */
async function slowPhone(width: number): Promise<{ context: BrowserContext; releasedBeforePaint: () => boolean }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  let markPainted!: () => void;
  const painted = new Promise<void>((resolve) => (markPainted = resolve));
  let paintSeen = false;
  let releasedUnpainted = false;
  await context.exposeBinding("tintucPainted", () => {
    paintSeen = true;
    markPainted();
  });
  await context.route(/\.(js|jpg|png|webp|avif|svg)(\?|$)/, async (route) => {
    await Promise.race([painted, new Promise((resolve) => setTimeout(resolve, PAINT_CAP_MS))]);
    if (!paintSeen) releasedUnpainted = true;
    await new Promise((resolve) => setTimeout(resolve, AFTER_PAINT_MS));
    await route.continue().catch(() => undefined); // the page may be gone (the test is over)
  });
  await context.addInitScript(() => {
    const state = window as unknown as { shift: number; tintucPainted?: () => void };
    state.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.shift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver(() => state.tintucPainted?.()).observe({ type: "paint", buffered: true });
  });
  return { context, releasedBeforePaint: () => releasedUnpainted };
}

for (const [name, url] of Object.entries(PAGES)) {
  test(`${name} (${url}): layout shift at most ${MAX_SHIFT} at 412 px with scripts and photos arriving late`, async () => {
    const { context, releasedBeforePaint } = await slowPhone(412);
    const page = await context.newPage();
    await page.goto(`${site.origin}${url}`, { waitUntil: "commit" });
    await page.waitForLoadState("load", { timeout: PAINT_CAP_MS + 30_000 });
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    await context.close();
    // The page paints before anything late arrives: the late files then land on a laid-out page.
    assert.not.ok(releasedBeforePaint(), `${url}: the page did not paint without its scripts and photos`);
    assert.ok(shift <= MAX_SHIFT, `${url}: cumulative layout shift ${shift.toFixed(3)}`);
  });
}

test("the check sees a shift: a script that pushes the page down late is caught", async () => {
  const { context } = await slowPhone(412);
  const page = await context.newPage();
  await page.goto(`${site.origin}/`, { waitUntil: "load" });
  await page.evaluate(() => {
    const banner = document.createElement("p");
    banner.style.height = "200px";
    document.body.prepend(banner);
  });
  await page.waitForTimeout(200);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await context.close();
  assert.ok(shift > MAX_SHIFT, `a 200 px banner inserted on top: ${shift}`);
});

test("at 390 px the category bar scrolls and shows a dark edge where links are hidden", async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  const bar = await page.evaluate(() => {
    const list = document.querySelector(".site-nav ul")!;
    return { overflows: list.scrollWidth > list.clientWidth, background: getComputedStyle(list).backgroundImage };
  });
  await context.close();
  assert.ok(bar.overflows, "the bar is wider than the screen");
  assert.match(bar.background, /radial-gradient\(at 100% 50%, rgba\(0, 0, 0, 0\.85\)|radial-gradient\(farthest-side at 100% 50%, rgba\(0, 0, 0, 0\.85\)/);
});

test("screenshots at 390 and 1280 px, kept as artifacts of the run", async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const [name, url] of Object.entries({ home: "/", article: PAGES.article, tag: PAGES.tag, "en-home": "/en/" })) {
      await page.goto(`${site.origin}${url}`, { waitUntil: "networkidle" });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: width === 1280 });
    }
    await context.close();
  }
});

test.run();
