/**
 * What the build or the preview hands Eleventy for a run, through Eleventy's programmatic
 * configuration callback (`new Eleventy(input, output, { config: handOffTo(handOff) })`), to the
 * plugins that .eleventy.js adds. It travels on the configuration object of that one run, never in a
 * module variable or the environment, so two runs in one process cannot see each other's. It lives
 * with the pipeline that fills it; the adapter (src/eleventy/) reads it.
 */
import type { SitePages } from "../pages/build-pages.ts";

export interface HandOff {
  /**
   * The pages to write, asked once per build (src/eleventy/archive-data.ts): the build hands the
   * pages it computed; the preview reads the content again for each rebuild.
   */
  sitePages(): Promise<SitePages>;
  /** Whether Eleventy copies content/images and content/videos; the build links them itself (src/eleventy/assets.ts). */
  copyMedia: boolean;
  /** Called once per page written, for the build's progress lines. */
  onPageWritten?: () => void;
}

const HAND_OFF = Symbol("tintuc hand-off");

/** Eleventy's configuration object, as far as the hand-off is concerned (its type is the adapter's, src/eleventy/eleventy-config.ts). */
type WithHandOff = { [HAND_OFF]?: HandOff };

/**
 * Eleventy's configuration callback that hands `handOff` to tintuc's plugins.
 * @example new Eleventy(contentDir, outputDir, { configPath, config: handOffTo({ sitePages: async () => pages, copyMedia: false }) })
 */
export function handOffTo(handOff: HandOff): (eleventyConfig: object) => void {
  return (eleventyConfig) => {
    (eleventyConfig as WithHandOff)[HAND_OFF] = handOff;
  };
}

/**
 * What the run's starter handed to Eleventy (handOffTo).
 * @throws Error when Eleventy was started without it (e.g. `npx @11ty/eleventy`), naming the commands that hand it.
 */
export function handOffOf(eleventyConfig: object): HandOff {
  const handOff = (eleventyConfig as WithHandOff)[HAND_OFF];
  if (!handOff) throw new Error("tintuc's Eleventy configuration is started by `npm run build` or `npm start` (scripts/build.ts, scripts/serve.ts), which hand it the pages to write");
  return handOff;
}
