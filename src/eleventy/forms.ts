/** The `formRedirect` filter: where a plain post of a form comes back to (src/forms/view.ts). */
import { formRedirect } from "../forms/view.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

export default function formsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("formRedirect", formRedirect as (...args: never[]) => unknown);
}
