/**
 * `npm run build`: the production build of the site into _site/.
 * Usage: tsx scripts/build.ts [--content DIR] [--output DIR] [--cache DIR] [--preview]
 * --preview also publishes drafts and scheduled articles, badged, e.g. for an editors' staging site.
 * --cache names the folder of written pages a rebuild reuses (default .cache/build/; keep it in CI).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { rerunWithHeapLimit } from "../src/build/heap.ts";
import { runBuild } from "../src/build/run-build.ts";
import { ContentError } from "../src/content/problems.ts";
import { DEFAULT_CONTENT_DIR, DEFAULT_OUTPUT_DIR } from "../src/project-paths.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    output: { type: "string", default: DEFAULT_OUTPUT_DIR },
    preview: { type: "boolean", default: false },
    cache: { type: "string" },
  },
});

if (!(await rerunWithHeapLimit())) await main();

async function main(): Promise<void> {
  try {
    await runBuild({
      contentDir: path.resolve(values.content),
      outputDir: path.resolve(values.output),
      mode: values.preview ? "preview" : "production",
      cacheDir: values.cache === undefined ? undefined : path.resolve(values.cache),
      log: (line) => console.log(line),
    });
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`\nBuild stopped: ${error.message}\nThe previous output was left as it was.`);
    } else {
      console.error("\nBuild failed; the previous output was left as it was.\n", error);
    }
    process.exitCode = 1;
  }
}
