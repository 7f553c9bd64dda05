/**
 * Counts the pages Eleventy writes, for the build report's progress lines (HandOff.onPageWritten).
 * Eleventy has no per-page event, so a transform (which sees every output page once) does the counting.
 */
import type { EleventyConfig } from "./eleventy-config.ts";
import { handOffOf } from "../pipeline/hand-off.ts";

export default function progressPlugin(eleventyConfig: EleventyConfig): void {
  const onPageWritten = handOffOf(eleventyConfig).onPageWritten;
  if (!onPageWritten) return;
  eleventyConfig.addTransform("tintuc-progress", (content: unknown) => {
    onPageWritten();
    return content;
  });
}
