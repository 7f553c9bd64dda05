/**
 * Markdown for Eleventy: tintuc's renderer for writers' pages in content/, and the `articleBody`
 * filter that renders an article's body when its page is written (not before, so the archive's
 * rendered HTML is never all in memory at once).
 */
import { createMarkdown, markdownEnv } from "../content/markdown.ts";
import type { ArticlePage } from "../pages/article-page.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  const markdown = createMarkdown();
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.addFilter("articleBody", (article: Pick<ArticlePage, "body" | "imageSizes">) => markdown.render(article.body, markdownEnv(article.imageSizes)));
}
