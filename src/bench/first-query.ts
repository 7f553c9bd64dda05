/**
 * What a reader's first search fetches: opens the built site's search page in headless Chromium
 * with a query in its address and adds up every response until the results are shown, by kind.
 * Sizes are as a CDN would send them: text gzip-compressed, Pagefind's index files as they are
 * (Pagefind writes them gzip-compressed already).
 */
import { gzipSync } from "node:zlib";
import { launchBrowser } from "./chromium.ts";
import { serveDirectory } from "./static-server.ts";

export interface FirstQueryFigures {
  query: string;
  results: number;
  requests: number;
  /** Bytes over the wire, by kind: the page (HTML, CSS, our scripts), Pagefind's scripts and WebAssembly, its index, its fragments (the results' text). */
  bytes: { page: number; searchScripts: number; index: number; fragments: number; total: number };
}

type Kind = keyof Omit<FirstQueryFigures["bytes"], "total">;

function kindOf(pathname: string): Kind {
  if (/\/pagefind\/.*\/fragment\//.test(pathname)) return "fragments";
  if (/\/pagefind\/.*(\.pf_|pagefind-entry\.json)/.test(pathname)) return "index";
  if (pathname.includes("/pagefind/")) return "searchScripts";
  return "page";
}

/** Opens `/search/?q=<query>` of the site in `siteDir` and measures what it fetches until the summary of results shows. */
export async function measureFirstQuery(siteDir: string, query: string): Promise<FirstQueryFigures> {
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
    const bytes = { page: 0, searchScripts: 0, index: 0, fragments: 0, total: 0 };
    for (const [kind, size] of await Promise.all(sizes)) {
      bytes[kind] += size;
      bytes.total += size;
    }
    return { query, results, requests: sizes.length, bytes };
  } finally {
    await browser.close();
    await server.close();
  }
}
