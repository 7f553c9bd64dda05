/**
 * The preview's pages (npm start, issue 17): the content is read as the build reads it
 * (loadSitePages), but a page is rendered only when the browser asks for it, and again only when
 * what it prints changed. At 10,000 articles the site has some 20,000 pages; rendering them all took
 * minutes on start and on every save (Eleventy's watch mode rewrote every page), while a writer looks
 * at a handful.
 *
 * A page is rendered by an Eleventy run of its own over that one page object (the hand-off), into
 * the output folder, which the dev server serves. Each rendered page is noted with the hash of
 * what it was made from (its page object and the data every page sees); after the content is read
 * again, a rendered page whose hash changed is rendered on its next request, one that is gone is
 * deleted, and the rest are served as written.
 *
 * A content error never stops the preview: the problems are kept for the server to show (a banner on
 * every page, src/pages/problem-banner.ts), the pages of the last good reading are still served, and
 * the next good save replaces both. Loads and renders run one at a time, so that a page is never
 * rendered from a reading that is being replaced.
 */
import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { ContentError, type Problem } from "../problems.ts";
import { DEFAULT_LANGUAGE } from "../language.ts";
import type { SitePages } from "../pages/build-pages.ts";
import { type AnyPage, PAGE_KIND_NAMES, mapPageKinds } from "../pages/page-kinds.ts";
import { problemPage, withProblemBanner } from "../pages/problem-banner.ts";
import { PROJECT_DIR } from "../project-paths.ts";
import { eleventyInputPath } from "./eleventy-input.ts";
import { handOffTo } from "./hand-off.ts";
import { type SiteSource, loadSitePages } from "./run-build.ts";

/** How the server answers a request: the file the preview wrote, a page of its own, or as if the preview were not there. */
export type PreviewAnswer = { kind: "file" } | { kind: "page"; html: string } | { kind: "none" };

export interface LoadReport {
  seconds: number;
  articles: number;
  /** The reading's errors; none when the content was read. */
  problems: readonly Problem[];
  /** Rendered pages that must be rendered again (what they print changed) or were deleted (gone from the site). */
  stale: number;
}

export interface PreviewSite {
  /** Reads the content again (calls made while one waits share it). Content errors are kept, not thrown. */
  load(): Promise<LoadReport>;
  /** The layouts or the site's assets changed: every page is rendered again on its next request. */
  rendererChanged(): void;
  /**
   * What to send for a URL path (`/2024/01/27/slug/`), rendering the page first when it must; while
   * the content has errors, a page with the banner, or the problem page where there is no page.
   */
  answer(urlPath: string): Promise<PreviewAnswer>;
  /** The pages of the last good reading, if any. */
  readonly pages: SitePages | undefined;
  /** The errors of the last reading: none once the content is good again. */
  readonly problems: readonly Problem[];
  /** Pages rendered so far. */
  readonly renders: number;
  /** Resolves once the first page is rendered: work that can wait (the search index) waits for it. */
  readonly firstRender: Promise<void>;
}

interface Reading {
  pages: SitePages;
  byOutputPath: Map<string, AnyPage>;
  /** JSON of what every page prints besides its own object: the frames, the forms, the policy. */
  shared: string;
}

export function createPreviewSite(source: SiteSource, outputDir: string): PreviewSite {
  const lang = source.writerLanguage ?? DEFAULT_LANGUAGE;
  let reading: Reading | undefined;
  let problems: readonly Problem[] = [];
  /**
   * Every page file written, by output path → the hash of the inputs it was rendered from, or STALE
   * when it must be rendered again before it is served. Files are forgotten only when deleted, so
   * that a page that leaves the site never stays behind in the output to be served.
   */
  const rendered = new Map<string, string>();
  let renders = 0;
  let firstRendered = (): void => {};
  const firstRender = new Promise<void>((resolve) => (firstRendered = resolve));
  let queue: Promise<unknown> = Promise.resolve();
  /** One at a time: a load and a render never overlap. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const done = queue.then(work);
    queue = done.catch(() => undefined);
    return done;
  };
  let waitingLoad: Promise<LoadReport> | undefined;

  async function read(): Promise<LoadReport> {
    const started = performance.now();
    let stale = 0;
    try {
      const pages = await loadSitePages(source);
      const next: Reading = { pages, byOutputPath: indexByOutputPath(pages), shared: sharedInputs(pages) };
      for (const [outputPath, key] of rendered) {
        const page = next.byOutputPath.get(outputPath);
        if (!page) {
          await rm(path.join(outputDir, outputPath), { force: true });
          rendered.delete(outputPath);
          stale++;
        } else if (key !== STALE && inputsKey(next.shared, page) !== key) {
          rendered.set(outputPath, STALE);
          stale++;
        }
      }
      reading = next;
      problems = [];
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = error.problems.filter((problem) => problem.severity === "error");
    }
    return { seconds: (performance.now() - started) / 1000, articles: reading?.pages.byKind.article.length ?? 0, problems, stale };
  }

  /** Renders `page` of the current reading unless it is rendered from the same inputs. */
  async function ensureRendered(page: AnyPage): Promise<void> {
    await exclusive(async () => {
      if (!reading || reading.byOutputPath.get(page.outputPath) !== page) return;
      const key = inputsKey(reading.shared, page);
      if (rendered.get(page.outputPath) === key) return;
      await renderPages(reading.pages, [page], source.contentDir, outputDir);
      renders++;
      rendered.set(page.outputPath, key);
      firstRendered();
    });
  }

  return {
    load() {
      // A load that has not started yet will read the newest files anyway: later calls join it.
      waitingLoad ??= exclusive(() => {
        waitingLoad = undefined;
        return read();
      });
      return waitingLoad;
    },
    rendererChanged() {
      for (const outputPath of rendered.keys()) rendered.set(outputPath, STALE);
    },
    async answer(urlPath) {
      // The site's assets, photos and search bundle do not wait for a reading: only pages can change with one.
      if (!looksLikePage(urlPath) && !(reading && pageAt(reading.byOutputPath, urlPath))) return { kind: "none" };
      // A page asked for while the content is read again waits for it, and is the new page.
      await queue;
      const page = reading ? pageAt(reading.byOutputPath, urlPath) : undefined;
      if (!page) {
        if (problems.length > 0 && looksLikePage(urlPath)) return { kind: "page", html: problemPage(problems, lang) };
        // Not a page: a file of the output (assets, the search bundle, photos) or a 404, for which the server needs the 404 page.
        const notFound = reading?.pages.byKind.notFound[0];
        if (notFound && looksLikePage(urlPath)) await ensureRendered(notFound);
        return { kind: "none" };
      }
      await ensureRendered(page);
      if (problems.length === 0 || !page.outputPath.endsWith(".html")) return { kind: "file" };
      return { kind: "page", html: withProblemBanner(await readFile(path.join(outputDir, page.outputPath), "utf8"), problems, lang) };
    },
    get pages() {
      return reading?.pages;
    },
    get problems() {
      return problems;
    },
    get renders() {
      return renders;
    },
    firstRender,
  };
}

/** One Eleventy run that writes just `targets` (page objects of `pages`) into `outputDir`. */
async function renderPages(pages: SitePages, targets: readonly AnyPage[], contentDir: string, outputDir: string): Promise<void> {
  const wanted = new Set(targets);
  const only: SitePages = { ...pages, byKind: mapPageKinds(pages.byKind, (_name, _rules, list) => list.filter((page) => wanted.has(page))) };
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(eleventyInputPath(contentDir), outputDir, {
    configPath: path.join(PROJECT_DIR, ".eleventy.js"),
    // Photos and videos are linked into the output once, not copied for every page (scripts/serve.ts).
    config: handOffTo({ sitePages: async () => only, copyMedia: false }),
    pathPrefix: pages.site.pathPrefix,
    quietMode: true,
  });
  // Eleventy's "Wrote 1 file" for every page opened says nothing a writer can act on.
  eleventy.disableLogger();
  await eleventy.write();
}

/** Every page of the site by the file it is written to. */
function indexByOutputPath(pages: SitePages): Map<string, AnyPage> {
  const index = new Map<string, AnyPage>();
  for (const name of PAGE_KIND_NAMES) for (const page of pages.byKind[name] as readonly AnyPage[]) index.set(page.outputPath, page);
  return index;
}

/**
 * The page a URL path names: `/2024/01/27/slug/` is written as `/2024/01/27/slug/index.html`, `/feed.xml` as itself;
 * `/2024/01/27/slug` too (the server then redirects to the slash).
 * @example pageAt(index, "/") // the front page, `/index.html`
 */
export function pageAt(byOutputPath: ReadonlyMap<string, AnyPage>, urlPath: string): AnyPage | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(urlPath.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  if (decoded.endsWith("/")) return byOutputPath.get(`${decoded}index.html`);
  return byOutputPath.get(decoded) ?? byOutputPath.get(`${decoded}/index.html`);
}

/** A URL a browser navigates to for a page (`/x/`, `/x.html`, `/x`), not a file such as `/assets/site.css`. */
function looksLikePage(urlPath: string): boolean {
  const last = urlPath.split(/[?#]/)[0]!.split("/").pop()!;
  return last === "" || last.endsWith(".html") || !last.includes(".");
}

/** The mark of a written page that must be rendered again. */
const STALE = "";

function sharedInputs(pages: SitePages): string {
  return JSON.stringify({ frames: pages.frames, forms: pages.forms, csp: pages.csp });
}

function inputsKey(shared: string, page: AnyPage): string {
  return createHash("sha1").update(shared).update("\n").update(JSON.stringify(page)).digest("hex");
}
