// Eleventy's configuration: a table of contents of tintuc's plugins in src/eleventy/.
// Loaded under the tsx loader (every npm script runs through `tsx`), hence the .ts imports.
import { HtmlBasePlugin } from "@11ty/eleventy";
import absoluteUrlsPlugin from "./src/eleventy/absolute-urls.ts";
import archiveDataPlugin from "./src/eleventy/archive-data.ts";
import assetsPlugin from "./src/eleventy/assets.ts";
import contentIsDataPlugin from "./src/eleventy/content-is-data.ts";
import feedsPlugin from "./src/eleventy/feeds.ts";
import formsPlugin from "./src/eleventy/forms.ts";
import { eleventyDirectories } from "./src/eleventy/directories.ts";
import markdownPlugin from "./src/eleventy/markdown.ts";
import picturesPlugin from "./src/eleventy/pictures.ts";
import progressPlugin from "./src/eleventy/progress.ts";
import quietPlugin from "./src/eleventy/quiet.ts";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(quietPlugin);
  eleventyConfig.addPlugin(contentIsDataPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(picturesPlugin);
  eleventyConfig.addPlugin(archiveDataPlugin);
  eleventyConfig.addPlugin(absoluteUrlsPlugin);
  // Links in HTML get the site's path prefix (a site served under https://example.org/tin/).
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(feedsPlugin);
  eleventyConfig.addPlugin(formsPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(progressPlugin);
  return eleventyDirectories(eleventyConfig);
}

// Input and output folders come from the scripts that start Eleventy (content/ and _site/ by default).
export const config = {
  templateFormats: ["md", "njk"],
  // Writers' {{ }} and {% %} print as written: Markdown is never run through a template engine first.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
};
