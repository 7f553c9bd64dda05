/**
 * Counts the pages Eleventy writes, for the build report's progress lines. Eleventy has no
 * per-page event, so a transform (which sees every output page once) does the counting.
 */
import type { EleventyConfig } from "./eleventy-config.ts";

let onPageWritten: (() => void) | undefined;

/** Calls `listener` once per page written by the next builds; `undefined` stops it. */
export function onEachPageWritten(listener: (() => void) | undefined): void {
  onPageWritten = listener;
}

export default function progressPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("tintuc-progress", (content: unknown) => {
    onPageWritten?.();
    return content;
  });
}
