/**
 * Markdown for Eleventy: tintuc's renderer for writers' pages in content/, and the `articleBody`
 * filter that renders an article's body when its page is written (not before, so the archive's
 * rendered HTML is never all in memory at once).
 */
import { createMarkdown } from "../markdown.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  const markdown = createMarkdown();
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.addFilter("articleBody", (article: { body: string }) => markdown.render(article.body));
}
