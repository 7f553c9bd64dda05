/**
 * `npm run build`: the production build of the site into _site/.
 * Usage: tsx scripts/build.ts [--content DIR] [--output DIR]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { runBuild } from "../src/build/run-build.ts";
import { ContentError } from "../src/content/problems.ts";
import { DEFAULT_CONTENT_DIR, DEFAULT_OUTPUT_DIR } from "../src/project-paths.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    output: { type: "string", default: DEFAULT_OUTPUT_DIR },
  },
});

try {
  await runBuild({ contentDir: path.resolve(values.content), outputDir: path.resolve(values.output), log: (line) => console.log(line) });
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`\nBuild stopped: ${error.message}\nThe previous output was left as it was.`);
  } else {
    console.error("\nBuild failed; the previous output was left as it was.\n", error);
  }
  process.exitCode = 1;
}
