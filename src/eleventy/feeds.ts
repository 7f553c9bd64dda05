/**
 * Atom feeds with @11ty/eleventy-plugin-rss. The HTML base plugin it brings makes links and images in
 * the bodies absolute (`transformWithHtmlBase`, which adds a site's path prefix too). The feeds are a
 * kind of page (src/pages/page-kinds.ts) printed from the small feed views computed in
 * src/feeds/feed-view.ts; the plugin's date filters are not used, since they follow the machine's TZ.
 */
import rssPlugin from "@11ty/eleventy-plugin-rss";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function feedsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(rssPlugin);
}
