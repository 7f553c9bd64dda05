/**
 * What a reader's first search fetches: opens the built site's search page in headless Chromium
 * with a query in its address and adds up every response until the results are shown, by kind.
 * Sizes are as a CDN would send them: text gzip-compressed, Pagefind's index files as they are
 * (Pagefind writes them gzip-compressed already). Then, on a fresh page with Chromium's CPU slowed
 * down (issue 21: 4×, a mid-range phone), how long the results take to show after Enter.
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./chromium.ts";
import { serveDirectory } from "./static-server.ts";

export interface FirstQueryFigures {
  query: string;
  results: number;
  requests: number;
  /** Bytes over the wire, by kind: the page (HTML, CSS, our scripts), Pagefind's scripts and WebAssembly, its index, the term layer's files (src/search/term-layer.ts), its fragments (the results' text). */
  bytes: { page: number; searchScripts: number; index: number; terms: number; fragments: number; total: number };
  /** Milliseconds from Enter to the results shown, on a loaded search page with an empty cache and the CPU `cpuSlowdown` times slower. */
  enterToResultsMs: number;
  cpuSlowdown: number;
}

type Kind = keyof Omit<FirstQueryFigures["bytes"], "total">;

function kindOf(pathname: string): Kind {
  if (/\/pagefind\/.*\/fragment\//.test(pathname)) return "fragments";
  if (/\/pagefind\/terms-/.test(pathname)) return "terms";
  if (/\/pagefind\/.*(\.pf_|pagefind-entry\.json)/.test(pathname)) return "index";
  if (pathname.includes("/pagefind/")) return "searchScripts";
  return "page";
}

/**
 * Opens `/search/?q=<query>` of the site in `siteDir` and measures what it fetches until the summary
 * of results shows; then times the same query typed into a fresh search page and sent with Enter.
 */
export async function measureFirstQuery(siteDir: string, query: string, cpuSlowdown = 4): Promise<FirstQueryFigures> {
  const server = await serveDirectory(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const sizes: Promise<[Kind, number]>[] = [];
    page.on("response", (response) => {
      const pathname = new URL(response.url()).pathname;
      sizes.push(
        response.body().then((body) => {
          const kind = kindOf(pathname);
          // Pagefind's index files and the WebAssembly are compressed already.
          const compressed = /\.pf_|\.pagefind$/.test(pathname) || /\.(jpe?g|png|webp)$/.test(pathname);
          return [kind, compressed ? body.length : gzipSync(body).length];
        }, () => [kindOf(pathname), 0]),
      );
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (document.querySelector("[data-search-summary]")?.textContent ?? "").includes("“"), undefined, { timeout: 120_000 });
    const results = await page.locator(".search-result").count();
    const bytes = { page: 0, searchScripts: 0, index: 0, terms: 0, fragments: 0, total: 0 };
    for (const [kind, size] of await Promise.all(sizes)) {
      bytes[kind] += size;
      bytes.total += size;
    }
    await page.close();
    return { query, results, requests: sizes.length, bytes, enterToResultsMs: await enterToResults(browser, server.origin, query, cpuSlowdown), cpuSlowdown };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Milliseconds from Enter to the results shown, timed by the page's own clock (Chromium's CPU
 * throttling slows the CPU, not the clock): a fresh context (nothing cached), the search page loaded
 * and its script ready, then the CPU slowed down through the DevTools protocol, the query put in the
 * box (without an input event, which would start the search before Enter) and Enter pressed.
 */
async function enterToResults(browser: Browser, origin: string, query: string, cpuSlowdown: number): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/search/`);
    await page.waitForSelector("[data-search-controls]:not([hidden])", { state: "attached" });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.evaluate((query) => {
      const input = document.querySelector<HTMLInputElement>("[data-search-input]")!;
      input.value = query;
      const timing: { sent?: number; shown?: number } = {};
      (window as unknown as { firstQueryTiming: typeof timing }).firstQueryTiming = timing;
      document.querySelector("[data-search-form]")!.addEventListener("submit", () => void (timing.sent = performance.now()), { capture: true });
      const summary = document.querySelector("[data-search-summary]")!;
      new MutationObserver(() => {
        if (timing.shown === undefined && (summary.textContent ?? "").includes("“")) timing.shown = performance.now();
      }).observe(summary, { childList: true, characterData: true, subtree: true });
    }, query);
    await page.press("[data-search-input]", "Enter");
    await page.waitForFunction(() => (window as unknown as { firstQueryTiming: { shown?: number } }).firstQueryTiming.shown !== undefined, undefined, { timeout: 120_000 });
    const { sent, shown } = await page.evaluate(() => (window as unknown as { firstQueryTiming: { sent: number; shown: number } }).firstQueryTiming);
    return shown - sent;
  } finally {
    await context.close();
  }
}
