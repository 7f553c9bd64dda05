/**
 * Content is data, never code: Eleventy evaluates nothing in the content folder. tintuc's loader
 * reads the articles and `_data/*.yaml` itself (src/content/); Eleventy only renders the virtual
 * templates it is handed (archive-data.ts), with layouts from the project's layouts/ folder.
 *
 * Left to its defaults, Eleventy would run code from content/ in four ways, each closed here:
 * - front matter in another language: `---js` is `eval`ed by gray-matter's `javascript` engine,
 *   Eleventy's own `javascript` engine runs it as a module (issue 15); every engine but YAML refuses;
 * - templates: a `.njk` file is Nunjucks code (not a sandbox), and Markdown files carry front matter:
 *   every template file in content/ is ignored;
 * - directory data files (`*.11tydata.js`, `<folder>.js` beside a template): turned off;
 * - global data files (`_data/*.js` are imported): Eleventy's data folder is one that holds nothing (directories.ts).
 */
import path from "node:path";
import type { EleventyConfig } from "./eleventy-config.ts";

/** The front-matter engines gray-matter and Eleventy know besides YAML, under every alias gray-matter resolves. */
export const REFUSED_FRONT_MATTER_ENGINES = ["javascript", "js", "jsLegacy", "node", "json", "coffee", "coffeescript", "cson", "toml"] as const;

function refuse(): never {
  throw new Error("tintuc reads front matter as YAML only: content is data, never code (src/eleventy/content-is-data.ts)");
}

export default function contentIsDataPlugin(eleventyConfig: EleventyConfig): void {
  const engines = Object.fromEntries(REFUSED_FRONT_MATTER_ENGINES.map((name) => [name, { parse: refuse, stringify: refuse }]));
  eleventyConfig.setFrontMatterParsingOptions({ engines });
  eleventyConfig.setDataFileSuffixes([]);
  const contentDir = path.resolve(eleventyConfig.directories.input);
  // Eleventy matches ignores against paths relative to the working directory.
  eleventyConfig.ignores.add(`${path.relative(process.cwd(), contentDir).split(path.sep).join("/") || "."}/**/*.{md,njk}`);
}
