/**
 * The preview's search index (npm start), made in a process of its own: the content read again
 * there (through the preview's derivation cache, read-only: only changed files are parsed anew), its
 * search documents written and Pagefind run. In the preview's own process, writing
 * 10,000 articles' search documents held the main thread for seconds (measured: the writer's second
 * page waited 15 s behind it), while the other core was idle.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { DerivationCacheOptions } from "../content/load-content.ts";
import type { Language } from "../language.ts";
import type { SiteOverrides } from "../settings.ts";

export interface PreviewSearchRequest {
  contentDir: string;
  /** Where the bundles go: `<output>/pagefind/`. */
  bundleRoot: string;
  /** The preview's "now", in seconds since the epoch, and its site settings, as the preview reads the content. */
  nowSeconds: number;
  siteOverrides: SiteOverrides;
  writerLanguage: Language;
  /**
   * The preview's derivation cache (.cache/preview/): read, never written, so that the preview stays
   * its only writer; a file saved since the preview last read it is parsed anew.
   */
  derivationCache?: Omit<DerivationCacheOptions, "readOnly">;
}

/**
 * The count indexed (and, with a derivation cache, how many article files were parsed anew rather than
 * taken from it), or why not: the content's errors (which the preview shows already) or a fault of the program.
 */
export type PreviewSearchAnswer = { records: number; readAnew?: number } | { contentErrors: true } | { error: string };

/**
 * Indexes the preview's articles in a child process; resolves with how many were indexed, or
 * `contentErrors` when the content has errors (nothing is indexed then).
 * @example const { records } = await indexPreviewSearch({ contentDir, bundleRoot, nowSeconds, siteOverrides, writerLanguage: "vi" });
 */
export function indexPreviewSearch(request: PreviewSearchRequest): Promise<{ records: number; readAnew?: number } | { contentErrors: true }> {
  return new Promise((resolve, reject) => {
    // The same Node options as this process: tsx's loader among them.
    const child = fork(fileURLToPath(new URL("./preview-search-process.ts", import.meta.url)), [], {
      execArgv: process.execArgv,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let answer: PreviewSearchAnswer | undefined;
    child.on("message", (message: PreviewSearchAnswer) => (answer = message));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (answer && !("error" in answer)) resolve(answer);
      else reject(new Error(answer && "error" in answer ? answer.error : `search index: its process ended (${signal ?? `exit code ${code}`}) without an index`));
    });
    child.send(request);
  });
}
