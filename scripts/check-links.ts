/**
 * `npm run check-links [-- --output DIR]`: lists every internal link or image of the built site
 * (default _site/) that points to no file; exits 1 when there is any.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { findBrokenLinks } from "../src/build/link-check.ts";
import { DEFAULT_OUTPUT_DIR } from "../src/project-paths.ts";

const { values } = parseArgs({ options: { output: { type: "string", default: DEFAULT_OUTPUT_DIR } } });
const broken = await findBrokenLinks(path.resolve(values.output));
for (const link of broken) console.log(`${link.page}: ${link.url} points to no file`);
console.log(`${broken.length} broken internal link${broken.length === 1 ? "" : "s"}`);
if (broken.length > 0) process.exitCode = 1;
