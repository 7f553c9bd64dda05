/**
 * Feeds Eleventy the archive that tintuc's loader read: the site frame data as global data, and one
 * paginated virtual template per kind of page. Articles are read once per build by
 * our loader, never as Eleventy templates of their own (see README, design notes).
 */
import path from "node:path";
import { buildTime } from "../build-time.ts";
import { loadArchive } from "../content/load-archive.ts";
import { type SitePages, buildSitePages } from "../pages/build-pages.ts";
import { PAGE_KIND_NAMES, PAGE_KINDS } from "../pages/page-kinds.ts";
import { runModeFrom } from "../run-mode.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

let preloaded: SitePages | undefined;

/**
 * Hands Eleventy the pages the build script has already computed from the archive it loaded and
 * validated, so that a build reads every file and computes every list once. Used for the next build only.
 */
export function usePreloadedPages(pages: SitePages): void {
  preloaded = pages;
}

export default function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  const contentDir = path.resolve(eleventyConfig.directories.input);
  let pages: Promise<SitePages> | undefined;

  const sitePages = (): Promise<SitePages> => {
    pages ??= (async () => {
      const ready = preloaded;
      preloaded = undefined;
      return ready ?? buildSitePages(await loadArchive({ contentDir, buildTime: buildTime(), mode: runModeFrom() }), runModeFrom());
    })();
    return pages;
  };
  // The next build (a rebuild in watch mode) reads the archive afresh. Reset after a build rather
  // than before one: Eleventy may ask for global data before it announces the build.
  eleventyConfig.on("eleventy.after", () => {
    pages = undefined;
  });

  // Eleventy matches ignores against paths relative to the working directory.
  eleventyConfig.ignores.add(`${path.relative(process.cwd(), contentDir) || "."}/articles/**`);
  eleventyConfig.addWatchTarget(path.join(contentDir, "articles/"));

  const globalKeys = [...FRAME_KEYS, "frames", "byKind", "forms", "csp"] as const;
  for (const key of globalKeys) {
    eleventyConfig.addGlobalData(key, async () => (await sitePages())[key]);
  }

  // Every kind of page is one virtual template (src/pages/page-kinds.ts): paginated at size 1 over
  // its list, computed in src/, printed by its layout (in the frame of the page's language when the
  // kind has one) or, for a file without a layout, written as its `content`.
  for (const name of PAGE_KIND_NAMES) {
    const kind = PAGE_KINDS[name];
    const body = kind.layout === undefined ? `{{ ${name}.content | safe }}` : `{% extends "${kind.layout}" %}`;
    eleventyConfig.addTemplate(`tintuc/${name}-pages.njk`, `${kind.inFrame ? inFrameOf(name) : ""}${body}`, {
      pagination: { data: `byKind.${name}`, size: 1, alias: name, addAllPagesToCollections: false },
      permalink: `{{ ${name}.outputPath }}`,
      eleventyExcludeFromCollections: true,
    });
  }
}

/** What a page's language decides in its frame: global data by these names is the default (Vietnamese) frame's. */
const FRAME_KEYS = ["site", "homeUrl", "nav", "feedUrl", "t", "todayWeekdays", "datePicker", "searchPage", "otherLanguage", "poll", "videoSection"] as const;

/** Template code that sets the frame's variables from `frames` by the language of the page object `alias`. */
function inFrameOf(alias: string): string {
  return `{% set frame = frames[${alias}.lang] %}${FRAME_KEYS.map((key) => `{% set ${key} = frame.${key} %}`).join("")}`;
}
