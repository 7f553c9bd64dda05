/**
 * Eleventy's folders. The input is the content folder (content/ by default; a test fixture or a
 * generated corpus otherwise), while layouts stay in the project's layouts/ whatever the input,
 * so Eleventy's includes folder is given relative to the input it was started with.
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
      data: "_data",
    },
  };
}
