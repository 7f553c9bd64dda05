/**
 * The `absoluteSiteUrl` filter, for what must name a page absolutely (canonical links, the forms'
 * `article` and `redirect`): `{{ page.url | absoluteSiteUrl(site.url) }}`.
 */
import { absoluteUrl } from "../urls.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function absoluteUrlsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("absoluteSiteUrl", (path: string, siteUrl: string) => absoluteUrl(siteUrl, path));
}
