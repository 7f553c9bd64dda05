/**
 * Feeds Eleventy the archive that tintuc's loader read: the site frame data as global data, and one
 * paginated virtual template that writes every article page. Articles are read once per build by
 * our loader, never as Eleventy templates of their own (see README, design notes).
 */
import path from "node:path";
import { buildTime } from "../build-time.ts";
import { loadArchive } from "../content/load-archive.ts";
import { strings } from "../i18n.ts";
import { type SitePages, buildSitePages } from "../pages/build-pages.ts";
import { runModeFrom } from "../run-mode.ts";
import { searchPageView } from "../search/search-page.ts";
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

  for (const key of ["site", "nav", "feedUrl", "t", "todayWeekdays", "datePicker", "articlePages", "archive", "dayIndexJson", "siteFiles", "feeds", "forms", "poll", "csp"] as const) {
    eleventyConfig.addGlobalData(key, async () => (await sitePages())[key]);
  }

  // Every page kind is one virtual template: paginated at size 1 over a flat list computed in src/.
  const eachPageOf = (data: string, alias: string, layout: string): void => {
    eleventyConfig.addTemplate(`tintuc/${alias}-pages.njk`, `{% extends "pages/${layout}" %}`, {
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

  const singlePage = (name: string, content: string, permalink: string): void => {
    eleventyConfig.addTemplate(`tintuc/${name}`, content, { permalink, eleventyExcludeFromCollections: true });
  };
  singlePage("home.njk", '{% extends "pages/home.njk" %}', "{{ archive.home.outputPath }}");
  singlePage("archive-index.njk", '{% extends "pages/archive-index.njk" %}', "{{ archive.archiveIndex.outputPath }}");
  singlePage("404.njk", '{% extends "pages/not-found.njk" %}', "/404.html");
  // The search page, and what the search box in every page's header needs from it.
  eleventyConfig.addGlobalData("searchPage", async () => searchPageView(strings.vi, (await sitePages()).site.pathPrefix));
  singlePage("search.njk", '{% extends "pages/search.njk" %}', "{{ searchPage.outputPath }}");
  singlePage("day-index.njk", "{{ dayIndexJson | safe }}", "{{ datePicker.dayIndexOutputPath }}");
  eleventyConfig.addTemplate("tintuc/site-files.njk", "{{ siteFile.content | safe }}", {
    pagination: { data: "siteFiles", size: 1, alias: "siteFile", addAllPagesToCollections: false },
    permalink: "{{ siteFile.path }}",
    eleventyExcludeFromCollections: true,
  });
}
