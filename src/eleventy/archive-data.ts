/**
 * Feeds Eleventy the pages that the build or the preview handed it (src/pipeline/hand-off.ts): the
 * site frame data as global data, and one paginated virtual template per kind of page. Articles are
 * read once per build by our loader, never as Eleventy templates of their own (docs/design-notes.md).
 */
import path from "node:path";
import type { SitePages } from "../pages/build-pages.ts";
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
    // A failed computation is not kept: a failed build never reaches eleventy.after, and the
    // preview's next rebuild (after the writer's fix) must read the content again.
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

  // Eleventy matches ignores against paths relative to the working directory.
  eleventyConfig.ignores.add(`${path.relative(process.cwd(), contentDir) || "."}/articles/**`);
  eleventyConfig.addWatchTarget(path.join(contentDir, "articles/"));
  // Not Eleventy's data folder (directories.ts): watched for the preview by name.
  eleventyConfig.addWatchTarget(path.join(contentDir, "_data/"));

  const globalKeys = [...FRAME_KEYS, "frames", "byKind", "forms", "csp", "queryAliases"] as const;
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
const FRAME_KEYS = ["site", "homeUrl", "nav", "feedUrl", "t", "todayWeekdays", "datePicker", "searchPage", "otherLanguage", "poll", "videoSection", "menu", "logo", "openGraph"] as const;

/** Template code that sets the frame's variables from `frames` by the language of the page object `alias`. */
function inFrameOf(alias: string): string {
  return `{% set frame = frames[${alias}.lang] %}${FRAME_KEYS.map((key) => `{% set ${key} = frame.${key} %}`).join("")}`;
}
