/**
 * Photos in headless Chromium over the built fixture site: on a 390-px phone at 2× the lead photo
 * is fetched as its 800-px AVIF copy, a list thumbnail as its 400-px copy, and the lead photo's box
 * is laid out at the photo's shape before it arrives (width and height).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";

const site = useBuiltSite(test);
const ARTICLE = "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/";

test("a 390-px phone at 2× takes the 800-px AVIF of the lead photo and the 400-px copy of a thumbnail, never an original", async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    // The home page first: Chromium takes a larger copy it already holds over the one srcset would pick.
    await page.goto(`${site.origin}/`, { waitUntil: "load" });
    const thumbnail = page.locator("img.news-list__thumb").first();
    await thumbnail.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector("img.news-list__thumb") as HTMLImageElement | null)?.complete === true);
    const current = await thumbnail.evaluate((img: HTMLImageElement) => img.currentSrc);
    assert.match(new URL(current).pathname, /^\/photo-sizes\/images\/[^/]+\.jpg\/400\.avif$/, current);
    await page.goto(`${site.origin}${ARTICLE}`, { waitUntil: "load" });
    const lead = await page.locator(".article__lead-photo img").evaluate((img: HTMLImageElement) => ({
      current: new URL(img.currentSrc).pathname,
      shown: img.getBoundingClientRect().width,
      ratio: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
    }));
    assert.is(lead.current, "/photo-sizes/images/hoi-nghi.jpg/800.avif");
    assert.is(lead.shown, 358, "the column: 390 px less 1rem a side");
    assert.ok(Math.abs(lead.ratio - 960 / 540) < 0.01, `the photo's shape, ${lead.ratio}`);
    assert.not.ok(requests.some((url) => url.startsWith("/images/")), `an original was fetched: ${requests.filter((url) => url.startsWith("/images/")).join(", ")}`);

  } finally {
    await context.close();
  }
});

test.run();
