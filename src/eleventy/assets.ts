/** Copies the site's own assets (styles, scripts) and the newsroom's images into the output. */
import path from "node:path";
import { ASSETS_DIR } from "../project-paths.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function assetsPlugin(eleventyConfig: EleventyConfig): void {
  const contentDir = path.resolve(eleventyConfig.directories.input);
  eleventyConfig.addPassthroughCopy({ [ASSETS_DIR]: "assets" });
  eleventyConfig.addPassthroughCopy({ [path.join(contentDir, "images")]: "images" });
}
