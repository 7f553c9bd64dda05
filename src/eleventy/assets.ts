/**
 * Copies the site's own assets under content-hashed names (src/build/asset-manifest.ts) and the
 * newsroom's images and videos into the output. Templates name an asset by its plain name:
 * `{{ assets["site.css"] }}` → `/assets/site.3f9a1c0b2d.css`.
 */
import path from "node:path";
import { assetManifest } from "../build/asset-manifest.ts";
import { ASSETS_DIR } from "../project-paths.ts";
import { assetUrl } from "../urls.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function assetsPlugin(eleventyConfig: EleventyConfig): void {
  const contentDir = path.resolve(eleventyConfig.directories.input);
  const urls: Record<string, string> = {};
  for (const [name, asset] of assetManifest(ASSETS_DIR)) {
    eleventyConfig.addPassthroughCopy({ [asset.source]: assetUrl(asset.hashedName).slice(1) });
    urls[name] = assetUrl(asset.hashedName);
  }
  eleventyConfig.addGlobalData("assets", urls);
  // A changed asset gets a new name: reload the configuration so that pages name it.
  eleventyConfig.addWatchTarget(ASSETS_DIR, { resetConfig: true });
  eleventyConfig.addPassthroughCopy({ [path.join(contentDir, "images")]: "images" });
  // Video files that articles play themselves (`video: { file: /videos/… }`, src/content/video.ts).
  eleventyConfig.addPassthroughCopy({ [path.join(contentDir, "videos")]: "videos" });
}
