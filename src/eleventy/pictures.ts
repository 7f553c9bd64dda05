/**
 * Local photos for layouts: the `picture` filter (src/images/picture-html.ts), printed through the
 * `picture` macro of layouts/partials/picture.njk, and `singleCopyUrl` for places that take one
 * image URL. In `npm start` the copies are not encoded: the preview serves each copy's URL with
 * its original (src/images/preview-originals.ts), so that a writer sees a new photo at once.
 */
import { type PhotoRole, type PictureImage, pictureHtml, singleCopyUrl } from "../images/picture-html.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function picturesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("picture", (image: PictureImage, role: PhotoRole, className?: string, boxWidth?: number, boxHeight?: number) =>
    pictureHtml(image, role, { className, box: boxWidth && boxHeight ? { width: boxWidth, height: boxHeight } : undefined }),
  );
  eleventyConfig.addFilter("singleCopyUrl", (image: PictureImage) => singleCopyUrl(image));
}
