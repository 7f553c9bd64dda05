/**
 * `npm start`: builds the site in preview mode (drafts and scheduled articles shown, badged) into
 * _preview/ and serves it with live reload on http://localhost:8080 (PORT overrides).
 * Usage: tsx scripts/serve.ts [--content DIR] [--port N]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { DEFAULT_CONTENT_DIR, PROJECT_DIR } from "../src/project-paths.ts";
import { RUN_MODE_VARIABLE } from "../src/run-mode.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    port: { type: "string", default: process.env.PORT ?? "8080" },
  },
});

process.env[RUN_MODE_VARIABLE] = "preview";
const eleventy = new Eleventy(path.resolve(values.content), path.join(PROJECT_DIR, "_preview"), {
  configPath: path.join(PROJECT_DIR, ".eleventy.js"),
  runMode: "serve",
});
await eleventy.init();
await eleventy.watch();
await eleventy.serve(Number(values.port));
process.on("SIGINT", async () => {
  await eleventy.stopWatch();
  process.exit(0);
});
