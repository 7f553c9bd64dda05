/**
 * Feeds Eleventy the archive that tintuc's loader read: the site frame data as global data, and one
 * paginated virtual template that writes every article page. Articles are read once per build by
 * our loader, never as Eleventy templates of their own (see README, design notes).
 */
import path from "node:path";
import { buildTime } from "../build-time.ts";
import { loadArchive } from "../content/load-archive.ts";
import { type SitePages, buildSitePages } from "../pages/build-pages.ts";
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
  // Not Eleventy's data folder (directories.ts): watched for the preview by name.
  eleventyConfig.addWatchTarget(path.join(contentDir, "_data/"));

  const globalKeys = [
    ...FRAME_KEYS, "frames", "articlePages", "archive", "searchPages", "dayIndexFiles", "siteFiles", "feeds", "forms", "csp",
  ] as const;
  for (const key of globalKeys) {
    eleventyConfig.addGlobalData(key, async () => (await sitePages())[key]);
  }

  // Every page kind is one virtual template: paginated at size 1 over a flat list computed in src/,
  // printed in the frame of the page's language.
  const eachPageOf = (data: string, alias: string, layout: string): void => {
    eleventyConfig.addTemplate(`tintuc/${alias}-pages.njk`, `${inFrameOf(alias)}{% extends "pages/${layout}" %}`, {
      pagination: { data, size: 1, alias, addAllPagesToCollections: false },
      permalink: `{{ ${alias}.outputPath }}`,
      eleventyExcludeFromCollections: true,
    });
  };
  eachPageOf("articlePages", "article", "article.njk");
  eachPageOf("archive.dayPages", "dayPage", "day.njk");
  eachPageOf("archive.monthPages", "monthPage", "month.njk");
  eachPageOf("archive.yearPages", "yearPage", "year.njk");
  eachPageOf("archive.categoryPages", "categoryPage", "category.njk");
  eachPageOf("archive.videoPages", "videoPage", "video.njk");
  eachPageOf("archive.homePages", "home", "home.njk");
  eachPageOf("archive.archiveIndexPages", "archiveIndex", "archive-index.njk");
  eachPageOf("searchPages", "search", "search.njk");

  const singlePage = (name: string, content: string, permalink: string): void => {
    eleventyConfig.addTemplate(`tintuc/${name}`, content, { permalink, eleventyExcludeFromCollections: true });
  };
  // One 404 page for the whole site, in the default frame (the top-level global data).
  singlePage("404.njk", '{% extends "pages/not-found.njk" %}', "/404.html");
  const eachFileOf = (data: string, alias: string, content: string, permalink: string): void => {
    eleventyConfig.addTemplate(`tintuc/${alias}-files.njk`, content, {
      pagination: { data, size: 1, alias, addAllPagesToCollections: false },
      permalink,
      eleventyExcludeFromCollections: true,
    });
  };
  eachFileOf("dayIndexFiles", "dayIndex", "{{ dayIndex.json | safe }}", "{{ dayIndex.outputPath }}");
  eachFileOf("siteFiles", "siteFile", "{{ siteFile.content | safe }}", "{{ siteFile.path }}");
}

/** What a page's language decides in its frame: global data by these names is the default (Vietnamese) frame's. */
const FRAME_KEYS = ["site", "homeUrl", "nav", "feedUrl", "t", "todayWeekdays", "datePicker", "searchPage", "otherLanguage", "poll", "videoSection"] as const;

/** Template code that sets the frame's variables from `frames` by the language of the page object `alias`. */
function inFrameOf(alias: string): string {
  return `{% set frame = frames[${alias}.lang] %}${FRAME_KEYS.map((key) => `{% set ${key} = frame.${key} %}`).join("")}`;
}
