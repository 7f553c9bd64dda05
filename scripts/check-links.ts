/**
 * `npm run check-links [-- --output DIR] [--path-prefix /tin/]`: lists every internal link or image of
 * the built site (default _site/) that points to no file; exits 1 when there is any. The path prefix
 * defaults to the one of the site's URL (site.yaml `url`, or SITE_URL), as the build uses it.
 */
import path from "node:path";
import { usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { findBrokenLinks } from "../src/pipeline/link-check.ts";
import { readSiteConfig } from "../src/content/data-files.ts";
import { DEFAULT_CONTENT_DIR, DEFAULT_OUTPUT_DIR } from "../src/project-paths.ts";

const { values } = commandLine({
  command: "npm run check-links",
  usage: usageOf("checkLinks"),
  folders: ["output", "content"],
  options: {
    output: { type: "string", default: DEFAULT_OUTPUT_DIR },
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    "path-prefix": { type: "string" },
  },
});
const pathPrefix = values["path-prefix"] ?? (await readSiteConfig(path.resolve(values.content))).site?.pathPrefix ?? "/";
const broken = await findBrokenLinks(path.resolve(values.output), pathPrefix);
for (const link of broken) console.log(`${link.page}: ${link.url} points to no file`);
console.log(`${broken.length} broken internal link${broken.length === 1 ? "" : "s"}`);
if (broken.length > 0) process.exitCode = 1;
