/**
 * Eleventy's folders. The input is the content folder (content/ by default; a test fixture or a
 * generated corpus otherwise), while layouts stay in the project's layouts/ whatever the input,
 * so Eleventy's includes folder is given relative to the input it was started with.
 *
 * Eleventy's global data folder is not content/_data: Eleventy imports every `.js` file in its data
 * folder, and nothing in content/ may run (content-is-data.ts). tintuc's loader reads
 * content/_data/*.yaml itself and hands Eleventy the result; the folder named here is empty.
 */
import path from "node:path";
import { LAYOUTS_DIR } from "../project-paths.ts";

interface EleventyConfigWithDirectories {
  directories: { input: string };
}

export function eleventyDirectories(eleventyConfig: EleventyConfigWithDirectories): { dir: Record<string, string> } {
  return {
    dir: {
      includes: path.relative(path.resolve(eleventyConfig.directories.input), LAYOUTS_DIR),
      data: path.relative(path.resolve(eleventyConfig.directories.input), path.join(LAYOUTS_DIR, "_data")),
    },
  };
}
