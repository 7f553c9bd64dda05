/** How the build and the preview name the content folder to Eleventy. */
import path from "node:path";

/**
 * The content folder as Eleventy must be given it: relative to the working directory. Eleventy turns
 * absolute paths into relative ones by cutting the working directory off as a string prefix
 * (`TemplatePath.relativePath` in @11ty/eleventy-utils), so `/x/p-content` seen from `/x/p` became
 * `content/…`, and its pages were lost (`entry._pages is not iterable`; issue 15).
 * @example eleventyInputPath("/x/p-content") // "../p-content" when run from /x/p
 */
export function eleventyInputPath(contentDir: string): string {
  return path.relative(process.cwd(), contentDir) || ".";
}
