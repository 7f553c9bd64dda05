/**
 * Watch and serve settings for `npm start`. Eleventy's own JavaScript dependency watcher parses
 * the config's imports with a JavaScript-only parser and fails on our TypeScript modules, so it is
 * off; layouts, which live outside the input folder, are watched explicitly instead.
 * (Changes to src/ need a restart of `npm start`: Node caches ES modules.)
 *
 * Photos' copies (src/images/photo-variants.ts) are encoded by the build only: the preview answers a
 * copy's URL with the original, so that a photo a writer has just added shows at once (encoding
 * one takes seconds) and exactly as committed. Pages print the same `<picture>` as in production.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { originalOfCopyUrl } from "../images/photo-variants.ts";
import { LAYOUTS_DIR } from "../project-paths.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function devServerPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.addWatchTarget(LAYOUTS_DIR);
  eleventyConfig.setServerOptions({ middleware: [servePhotoOriginals] });
}

/** Rewrites a copy's URL to its original's, which the server then sends from the preview's output. */
function servePhotoOriginals(request: IncomingMessage, _response: ServerResponse, next: () => void): void {
  const original = request.url ? originalOfCopyUrl(request.url) : undefined;
  if (original) request.url = encodeURI(original);
  next();
}
