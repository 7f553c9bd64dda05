/**
 * The production build: validate → Eleventy → swap into the output folder.
 * Each stage is timed and reported; any failure leaves the previous output untouched.
 */
import path from "node:path";
import { buildTime } from "../build-time.ts";
import { type Archive, loadArchive } from "../content/load-archive.ts";
import { ContentError, formatProblem, hasErrors } from "../content/problems.ts";
import { usePreloadedArchive } from "../eleventy/archive-data.ts";
import { PROJECT_DIR } from "../project-paths.ts";
import { RUN_MODE_VARIABLE } from "../run-mode.ts";
import { createStagingArea } from "./atomic-output.ts";
import { type OutputStats, outputStats } from "./output-stats.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** Receives one line per stage and per problem. */
  log?: (line: string) => void;
}

export interface StageReport {
  name: string;
  seconds: number;
}

export interface BuildReport {
  stages: StageReport[];
  articles: number;
  output: OutputStats;
  seconds: number;
}

export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? (() => {});
  const stages: StageReport[] = [];
  const started = performance.now();
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const stageStart = performance.now();
    log(`▸ ${name}…`);
    const result = await work();
    const seconds = (performance.now() - stageStart) / 1000;
    stages.push({ name, seconds });
    log(`✓ ${name} (${seconds.toFixed(2)} s)`);
    return result;
  };

  process.env[RUN_MODE_VARIABLE] = "production";
  const archive: Archive = await timed("validate", () =>
    loadArchive({ contentDir: options.contentDir, projectDir: process.cwd(), buildTime: buildTime() }),
  );
  for (const problem of archive.problems) log(`  ${formatProblem(problem)}`);
  if (hasErrors(archive.problems)) throw new ContentError(archive.problems);
  const published = archive.articles.filter((article) => article.status === "published").length;

  const staging = await createStagingArea(options.outputDir);
  try {
    await timed("eleventy", async () => {
      const { default: Eleventy } = await import("@11ty/eleventy");
      usePreloadedArchive(archive);
      const eleventy = new Eleventy(options.contentDir, staging.dir, {
        configPath: path.join(PROJECT_DIR, ".eleventy.js"),
        quietMode: true,
      });
      await eleventy.write();
    });
    const output = await outputStats(staging.dir);
    await timed("swap", () => staging.commit());
    const seconds = (performance.now() - started) / 1000;
    log(
      `Built ${published} articles: ${output.htmlFiles} pages, ${output.files} files, ` +
        `${(output.bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s → ${path.relative(process.cwd(), options.outputDir) || "."}`,
    );
    return { stages, articles: published, output, seconds };
  } catch (error) {
    await staging.discard();
    throw error;
  }
}
