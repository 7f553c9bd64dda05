/**
 * Watch and serve settings for `npm start`. Eleventy's own JavaScript dependency watcher parses
 * the config's imports with a JavaScript-only parser and fails on our TypeScript modules, so it is
 * off; layouts, which live outside the input folder, are watched explicitly instead.
 * (Changes to src/ need a restart of `npm start`: Node caches ES modules.)
 */
import { LAYOUTS_DIR } from "../project-paths.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function devServerPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.addWatchTarget(LAYOUTS_DIR);
}
