/**
 * Copies the site's own assets under content-hashed names (src/eleventy/asset-manifest.ts) and the
 * newsroom's images and videos into the output. Templates name an asset by its plain name:
 * `{{ assets["site.css"] }}` → `/assets/site.3f9a1c0b2d.css`.
 *
 * The production build links the images and videos into the output itself (HandOff.copyMedia false):
 * Eleventy would copy every byte of them, in every build and every batch of pages, and a newsroom's
 * photos and videos run to gigabytes. The development server still serves them through Eleventy.
 */
import path from "node:path";
import { assetManifest } from "./asset-manifest.ts";
import { ASSETS_DIR, MEDIA_FOLDERS, PROJECT_DIR } from "../project-paths.ts";
import { assetUrl } from "../urls.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { handOffOf } from "../pipeline/hand-off.ts";

/** Where bundled scripts are written before Eleventy copies them (src/eleventy/asset-manifest.ts). */
const BUNDLE_DIR = path.join(PROJECT_DIR, ".cache", "bundles");

export default function assetsPlugin(eleventyConfig: EleventyConfig): void {
  const contentDir = path.resolve(eleventyConfig.directories.input);
  const urls: Record<string, string> = {};
  for (const [name, asset] of assetManifest(ASSETS_DIR, BUNDLE_DIR)) {
    eleventyConfig.addPassthroughCopy({ [asset.source]: assetUrl(asset.hashedName).slice(1) });
    urls[name] = assetUrl(asset.hashedName);
  }
  eleventyConfig.addGlobalData("assets", urls);
  // A changed asset gets a new name: reload the configuration so that pages name it.
  eleventyConfig.addWatchTarget(ASSETS_DIR, { resetConfig: true });
  // Images, and video files that articles play themselves (`video: { file: /videos/… }`, src/content/video-field.ts).
  if (handOffOf(eleventyConfig).copyMedia) for (const folder of MEDIA_FOLDERS) eleventyConfig.addPassthroughCopy({ [path.join(contentDir, folder)]: folder });
}
