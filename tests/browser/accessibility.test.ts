/**
 * Accessibility of the built fixture site in headless Chromium: axe-core (WCAG 2.0/2.1 A and AA, and
 * its best practices) finds nothing serious or critical on each kind of page, and what axe cannot
 * judge alone is checked directly: the contrast of text it leaves "incomplete", alt on every image, the landmarks, heading order, the skip link
 * and a visible keyboard focus.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";

// An endpoint, so that articles carry the comment form (the fixture site has no open poll).
const site = useBuiltSite(test, { env: { FORM_ENDPOINT: "http://127.0.0.1:9/" } });
const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const PAGES = {
  home: "/",
  tag: "/tag/dang-bo/",
  author: "/author/dang-minh/",
  article: "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/",
  day: "/2024/01/27/",
  month: "/2024/01/",
  category: "/category/khoa-hoc/",
  search: "/search/?q=khoa+hoc",
  "not found": "/khong-co-trang-nay/",
};

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
  resultTypes: ["violations"],
};

/**
 * Opens a page as a reader would, scripts run and (on the search page) results rendered, in a context
 * of its own (close it with `done`). The context bypasses the pages' meta Content-Security-Policy,
 * which would refuse the injected axe source; the policy itself is security-policy.test.ts's concern.
 */
async function open(url: string): Promise<Page> {
  const page = await (await site.browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(`${site.origin}${url}`);
  await page.waitForLoadState("networkidle");
  if (url.startsWith("/search/")) {
    // The summary is written once the results are in the list.
    await page.waitForFunction(() => /kết quả/.test(document.querySelector("[data-search-summary]")?.textContent ?? "") && document.querySelector(".search-result"));
  }
  return page;
}

const done = (page: Page): Promise<void> => page.context().close();

/** axe's serious and critical violations, one readable line per rule and node. */
async function seriousViolations(page: Page, url: string): Promise<string[]> {
  await page.addScriptTag({ content: await AXE_SOURCE });
  const results = await page.evaluate((options) => (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(document, options), AXE_OPTIONS);
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map((node) => `${url}: ${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(" ")}\n    ${node.failureSummary?.replace(/\n/g, "\n    ") ?? ""}`),
    );
}

/**
 * In the page: the contrast of an element's text against what it sits on, computed as WCAG defines it
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), for the nodes axe leaves "incomplete" (a
 * gradient, an overlap, a translucent colour). Every background colour and every gradient's colour
 * stop of the element and its ancestors is composited over what lies beneath, and the worst of the
 * possible backgrounds counts; text colour and opacity are composited too.
 */
function worstContrast(selector: string): { ratio: number; text: string; colors: string } | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  const box = element.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) return null; // visually hidden: nothing to read
  type Rgba = [number, number, number, number];
  const parse = (text: string): Rgba[] =>
    Array.from(text.matchAll(/rgba?\(([^)]+)\)/g), (match) => {
      const [r, g, b, a] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r!, g!, b!, a ?? 1];
    });
  const over = (top: Rgba, below: Rgba): Rgba => {
    const alpha = top[3] + below[3] * (1 - top[3]);
    const mix = (i: number): number => (alpha === 0 ? 0 : (top[i]! * top[3] + below[i]! * below[3] * (1 - top[3])) / alpha);
    return [mix(0), mix(1), mix(2), alpha];
  };
  const luminance = ([r, g, b]: Rgba): number => {
    const channel = (value: number): number => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) chain.unshift(node);
  let backgrounds: Rgba[] = [[255, 255, 255, 1]];
  let opacity = 1;
  for (const node of chain) {
    const style = getComputedStyle(node);
    opacity *= Number(style.opacity);
    const [color] = parse(style.backgroundColor);
    if (color) backgrounds = backgrounds.map((below) => over(color, below));
    const stops = style.backgroundImage.includes("gradient") ? parse(style.backgroundImage) : [];
    if (stops.length) backgrounds = backgrounds.flatMap((below) => [below, ...stops.map((stop) => over(stop, below))]);
  }
  const [foreground] = parse(getComputedStyle(element).color);
  const text: Rgba = [foreground![0], foreground![1], foreground![2], foreground![3] * opacity];
  let worst = Infinity;
  let colors = "";
  for (const background of backgrounds) {
    const ink = over(text, background);
    const [light, dark] = [luminance(ink), luminance(background)].sort((a, b) => b - a);
    const ratio = (light! + 0.05) / (dark! + 0.05);
    if (ratio < worst) {
      worst = ratio;
      colors = `rgb(${ink.slice(0, 3).map(Math.round).join(",")}) on rgb(${background.slice(0, 3).map(Math.round).join(",")})`;
    }
  }
  return { ratio: worst, text: (element.textContent ?? "").trim().slice(0, 40), colors };
}

/**
 * tsx names the inner functions of a function it compiles with a helper, `__name`, that the page
 * lacks; a function with inner functions handed to page.evaluate needs this in the page first.
 */
const KEEP_NAMES_SHIM = "globalThis.__name = (target) => target";

interface Focus {
  html: string;
  inMain: boolean;
  /** Why the focused element shows no focus ring, or "". */
  problem: string;
}

/**
 * In the page: the focused element and whether it shows a ring: :focus-visible with an outline or a
 * box-shadow, drawn on screen and not cut off by an ancestor that clips its overflow (a scrolling list).
 */
function focusRing(): Focus {
  const element = document.activeElement as HTMLElement;
  const html = element.outerHTML.slice(0, 160);
  const inMain = element.closest("main") === document.querySelector("main#main");
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== "none";
  if (!element.matches(":focus-visible") || !(outline || shadow)) return { html, inMain, problem: "no outline or box-shadow" };
  // How far the ring reaches beyond the border box: the outline's, else the shadow's (its largest length).
  const shadowReach = style.boxShadow.includes("inset") ? 0 : Math.max(0, ...Array.from(style.boxShadow.matchAll(/(-?[\d.]+)px/g), (m) => parseFloat(m[1]!)));
  const reach = outline ? parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) : shadowReach;
  const box = element.getBoundingClientRect();
  const ring = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
  if (box.width === 0 || box.height === 0) return { html, inMain, problem: "nothing drawn" };
  const clips: { name: string; rect: { left: number; top: number; right: number; bottom: number } }[] = [
    { name: "the window", rect: { left: 0, top: 0, right: innerWidth, bottom: innerHeight } },
  ];
  for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
    const overflow = getComputedStyle(ancestor);
    if (overflow.overflowX !== "visible" || overflow.overflowY !== "visible") clips.push({ name: ancestor.outerHTML.slice(0, 60), rect: ancestor.getBoundingClientRect() });
  }
  for (const clip of clips) {
    if (ring.left < clip.rect.left - 0.5 || ring.top < clip.rect.top - 0.5 || ring.right > clip.rect.right + 0.5 || ring.bottom > clip.rect.bottom + 0.5) {
      return { html, inMain, problem: `the ring is cut off by ${clip.name}` };
    }
  }
  return { html, inMain, problem: "" };
}

test("the search page's two search landmarks have names of their own (axe landmark-unique)", async () => {
  const page = await open(PAGES.search);
  const results = await (async () => {
    await page.addScriptTag({ content: await AXE_SOURCE });
    return page.evaluate(() => (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(document, { runOnly: ["landmark-unique"] }));
  })();
  const names = await page.locator("[role=search]").evaluateAll((forms) => forms.map((form) => form.getAttribute("aria-label")));
  await done(page);
  assert.is(names.length, 2);
  assert.is(new Set(names.filter(Boolean)).size, 2, JSON.stringify(names));
  assert.equal(results.violations.map((violation) => violation.id), []);
});

for (const [name, url] of Object.entries(PAGES)) {
  test(`${name} page (${url}): no serious or critical axe violation`, async () => {
    const page = await open(url);
    const found = await seriousViolations(page, url);
    await done(page);
    if (found.length) assert.unreachable(`axe found ${found.length}:\n${found.join("\n")}`);
  });

  test(`${name} page: text axe cannot judge ("incomplete" color-contrast) has at least 4.5:1, computed here`, async () => {
    const page = await open(url);
    await page.addScriptTag({ content: await AXE_SOURCE });
    const options: RunOptions = { runOnly: { type: "rule", values: ["color-contrast"] }, resultTypes: ["incomplete"] };
    const results = await page.evaluate((options) => (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(document, options), options);
    const targets = results.incomplete.flatMap((result) => result.nodes.map((node) => node.target.join(" ")));
    await page.evaluate(KEEP_NAMES_SHIM);
    const low: string[] = [];
    for (const target of targets) {
      const found = await page.evaluate(worstContrast, target);
      if (found && found.ratio < 4.5) low.push(`${target} "${found.text}": ${found.ratio.toFixed(2)}:1 (${found.colors})`);
    }
    await done(page);
    assert.equal(low, [], `${url}: text below 4.5:1`);
  });

  test(`${name} page: alt on every image, one main, a banner and navigation, headings in order`, async () => {
    const page = await open(url);
    const structure = await page.evaluate(() => {
      const banners = Array.from(document.querySelectorAll("header, [role=banner]")).filter(
        (header) => header.getAttribute("role") === "banner" || !header.parentElement?.closest("article, aside, main, nav, section, [role=main]"),
      );
      return {
        imagesWithoutAlt: Array.from(document.querySelectorAll("img:not([alt])")).map((image) => image.outerHTML),
        mains: document.querySelectorAll("main, [role=main]").length,
        banners: banners.length,
        navs: document.querySelectorAll("nav, [role=navigation]").length,
        headings: Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6")).map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent?.trim()}`),
      };
    });
    await done(page);
    assert.equal(structure.imagesWithoutAlt, [], "every image has alt");
    assert.is(structure.mains, 1, "exactly one main landmark");
    assert.is(structure.banners, 1, "one banner: the site's header");
    assert.ok(structure.navs >= 1, "a navigation landmark");
    let previous = 0;
    for (const heading of structure.headings) {
      const level = Number(heading[1]);
      assert.ok(level <= previous + 1, `${url}: "${heading}" follows an h${previous} (headings: ${structure.headings.join(" | ")})`);
      previous = level;
    }
  });

  test(`${name} page: the skip link comes first and leads into main; keyboard focus is visible`, async () => {
    const page = await open(url);
    const seen: Focus[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      seen.push(await page.evaluate(focusRing));
    }
    assert.match(seen[0]?.html ?? "", 'href="#main"', "the first Tab focuses the skip link");

    await page.goto(`${site.origin}${url}`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL((address) => address.hash === "#main", { timeout: 5_000 });
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(focusRing);
      if (i === 0) assert.ok(focus.inMain, `${url}: after the skip link, Tab goes into main, not to ${focus.html}`);
      seen.push(focus);
    }
    await done(page);
    for (const focus of seen) assert.is(focus.problem, "", `${url}: ${focus.problem} on ${focus.html}`);
  });
}

test("the contrast check itself: the header's language link as it once was (its header's own blue) fails it", async () => {
  const page = await open("/");
  await page.evaluate(KEEP_NAMES_SHIM);
  const ratio = await page.evaluate((check) => {
    const link = document.createElement("a");
    link.id = "same-as-header";
    link.href = "/en/";
    link.textContent = "English";
    link.style.color = "#0b4f8a";
    document.querySelector(".site-header__bar")!.append(link);
    return (new Function(`return (${check})`)() as (selector: string) => { ratio: number } | null)("#same-as-header")?.ratio;
  }, worstContrast.toString());
  await done(page);
  assert.ok(ratio !== undefined && ratio < 1.1, `${ratio}`);
});

// A photo that arrives after the reader has moved on must not push the page: the focus tests above
// once saw the comment form's first field pushed off screen by a body photo that loaded late.
test("article page: photos hold their place before they arrive, so nothing moves under the reader", async () => {
  const context = await site.browser.newContext();
  await context.route("**/*.jpg", () => undefined); // never answered: a very slow link
  const page = await context.newPage();
  await page.goto(`${site.origin}${PAGES.article}`, { waitUntil: "domcontentloaded" });
  const boxes = await page.evaluate(() =>
    Array.from(document.querySelectorAll("main figure img"), (image) => {
      const box = image.getBoundingClientRect();
      return { src: image.getAttribute("src"), width: box.width, height: box.height };
    }),
  );
  await context.close();
  assert.is(boxes.length, 2, "the lead photo and the body's photo");
  for (const box of boxes) {
    assert.ok(box.width > 100, `${box.src} is laid out`);
    // The fixture's photos are 960 × 540.
    assert.ok(Math.abs(box.height - (box.width * 540) / 960) < 1, `${box.src}: ${box.width} × ${box.height} before it has arrived`);
  }
});

test.run();
