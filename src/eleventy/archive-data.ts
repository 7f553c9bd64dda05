/**
 * Feeds Eleventy the pages that the build or the preview handed it (src/pipeline/hand-off.ts): the
 * site frame data as global data, and one paginated virtual template per kind of page. Articles are
 * read once per build by our loader, never as Eleventy templates of their own (docs/design-notes.md).
 */
import path from "node:path";
import type { LanguageFrame, SitePages } from "../pages/build-pages.ts";
import { PAGE_KIND_NAMES, PAGE_KINDS } from "../pages/page-kinds.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { handOffOf } from "../pipeline/hand-off.ts";

export default function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  const contentDir = path.resolve(eleventyConfig.directories.input);
  const handOff = handOffOf(eleventyConfig);
  let pages: Promise<SitePages> | undefined;

  // Every global datum below asks for the pages; they are computed once per build.
  const sitePages = (): Promise<SitePages> => {
    if (pages) return pages;
    const asked = handOff.sitePages();
    pages = asked;
    // A failed computation is not kept: a failed build never reaches eleventy.after, and a later
    // build by the same Eleventy (watch mode) must read the content again.
    asked.catch(() => {
      if (pages === asked) pages = undefined;
    });
    return asked;
  };
  // The next build (a rebuild in watch mode) reads the archive afresh. Reset after a build rather
  // than before one: Eleventy may ask for global data before it announces the build.
  eleventyConfig.on("eleventy.after", () => {
    pages = undefined;
  });

  // Eleventy matches ignores against paths relative to the working directory. (Nothing is watched
  // here: the preview watches the content itself and renders each page on request, src/pipeline/preview-site.ts.)
  eleventyConfig.ignores.add(`${path.relative(process.cwd(), contentDir) || "."}/articles/**`);

  const globalKeys = [...FRAME_KEYS, "frames", "byKind", "forms", "csp", "queryAliases"] as const;
  for (const key of globalKeys) {
    eleventyConfig.addGlobalData(key, async () => (await sitePages())[key]);
  }

  // Every kind of page is one virtual template (src/pages/page-kinds.ts): paginated at size 1 over
  // its list, computed in src/, printed by its layout or, for a file without a layout, written as its
  // `content`. A kind printed in the frame of its page's language goes through layouts/in-frame.njk,
  // which sets the frame's names from `frames` by the page's `lang`, then extends the kind's layout.
  for (const name of PAGE_KIND_NAMES) {
    const kind = PAGE_KINDS[name];
    const layout = kind.inFrame ? IN_FRAME_LAYOUT : kind.layout;
    eleventyConfig.addTemplate(`tintuc/${name}-pages.njk`, layout === undefined ? `{{ ${name}.content | safe }}` : `{% extends "${layout}" %}`, {
      pagination: { data: `byKind.${name}`, size: 1, alias: name, addAllPagesToCollections: false },
      permalink: `{{ ${name}.outputPath }}`,
      eleventyExcludeFromCollections: true,
      ...(kind.inFrame ? { pageLayout: kind.layout } : {}),
    });
  }
}

/** The layout that prints a page in its language's frame, then extends the layout named by the template's `pageLayout`. */
export const IN_FRAME_LAYOUT = "in-frame.njk";

/**
 * The names layouts print a frame by (every field of a language's frame but its `lang`): global data
 * by these names is the default (Vietnamese) frame's, and layouts/in-frame.njk sets each from the
 * frame of the page's language (tests/eleventy/archive-data.test.ts keeps that file to this list).
 */
const FRAME_NAMES: Record<Exclude<keyof LanguageFrame, "lang">, true> = {
  site: true, homeUrl: true, nav: true, feedUrl: true, t: true, todayWeekdays: true, datePicker: true,
  searchPage: true, otherLanguage: true, poll: true, videoSection: true, menu: true, logo: true, openGraph: true,
};
export const FRAME_KEYS = Object.keys(FRAME_NAMES) as (keyof typeof FRAME_NAMES)[];
