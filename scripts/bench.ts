/**
 * `npm run bench -- --count N [--seed S] [--json] [--keep] [--cold-only] [--query Q …] [--photos P [--photo-size 3000x2000]] [--preview]`: generates N
 * articles into a temporary content folder, runs the real production build on it (a child process,
 * measured as a whole process tree), measures what a reader's first search fetches (in headless
 * Chromium, when it is installed), then adds a sentence to one article's body and builds again, then
 * changes another's headline and builds again. With --photos, P articles
 * get a camera-size JPEG lead photo each, a further build follows one new photo, and a few of the
 * photos are encoded alone for their CPU cost. Reports, per stage,
 * wall time, CPU time and peak memory, plus files and bytes written. No test asserts these
 * figures: they are for notes. With --preview, no build: the preview (npm start) is measured instead,
 * its first page and a saved change seen in the open page (src/bench/preview.ts), with the load average.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine, usageExit } from "../src/command-line.ts";
import { CHROMIUM_PATH } from "../src/bench/chromium.ts";
import { type FirstQueryFigures, measureFirstQuery } from "../src/bench/first-query.ts";
import { type MeasuredRun, runMeasured } from "../src/bench/run-measured.ts";
import { BUILD_NODE_OPTIONS } from "../src/pipeline/heap.ts";
import { outputStats } from "../src/pipeline/output-stats.ts";
import { writeCorpus } from "../src/bench/corpus/write.ts";
import { cameraPhoto, giveArticlesPhotos, setLeadPhoto } from "../src/bench/camera-photos.ts";
import { type PhotoEncodingFigures, measurePhotoEncoding } from "../src/bench/photo-encoding.ts";
import { type PreviewFigures, measurePreview } from "../src/bench/preview.ts";
import { PROJECT_DIR } from "../src/project-paths.ts";
import { isHeadlineBundle } from "../src/search/search-periods.ts";

const { values, lang } = commandLine({
  command: "npm run bench",
  usage: usageOf("bench"),
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "cold-only": { type: "boolean", default: false },
    // A common word, a rare one, a phrase and a query that finds nothing: the index a query fetches
    // grows with its matches, and a query of several syllables asks for their joined pairs too.
    query: { type: "string", multiple: true, default: ["khoa học", "VIFOTEC", "liêm chính học thuật", "khủng long bạo chúa"] },
    // Articles given a camera-size JPEG lead photo of their own (src/bench/camera-photos.ts); 0: the corpus' SVGs only.
    photos: { type: "string", default: "0" },
    "photo-size": { type: "string", default: "3000x2000" },
    // Instead of builds: the preview (npm start), its first page and a saved change seen (src/bench/preview.ts).
    preview: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const usageError = (reason: string): never => usageExit(`${usageOf("bench")[lang]}\n\n${cliMessages[lang].problem(reason)}`);
if (!Number.isInteger(count) || count < 1) usageError(cliMessages[lang].wholeNumber("--count", values.count));
const photos = Number(values.photos);
const [photoWidth, photoHeight] = values["photo-size"].split("x").map(Number) as [number, number];
if (!Number.isInteger(photos) || photos < 0 || photos > count - 1) usageError(cliMessages[lang].photosBelowCount(values.photos));
if (!(photoWidth > 0 && photoHeight > 0)) usageError(cliMessages[lang].photoSize(values["photo-size"]));

const say = (line: string): void => {
  if (!values.json) console.log(line);
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const strip = ({ output: _output, ...figures }: MeasuredRun & { files: number; bytes: number }) => figures;

const workDir = await mkdtemp(path.join(os.tmpdir(), "tintuc-bench-"));
const contentDir = path.join(workDir, "content");
const outputDir = path.join(workDir, "site");
// The cold build starts with an empty cache; the rebuild after one change finds what it left.
const cacheDir = path.join(workDir, "cache");
// A fixed build time after every generated article but the scheduled ones (2099).
const env = { ...process.env, SOURCE_DATE_EPOCH: "1790000000", NO_COLOR: "1" };

async function build(label: string): Promise<MeasuredRun & { files: number; bytes: number }> {
  say(`\n${label}`);
  const run = await runMeasured(
    process.execPath,
    // In English: the stage lines the timeline and the photo line below read (src/bench/stage-timeline.ts).
    [...BUILD_NODE_OPTIONS, path.join(PROJECT_DIR, "scripts/build.ts"), "--content", contentDir, "--output", outputDir, "--cache", cacheDir, "--lang", "en"],
    env,
  );
  if (run.exitCode !== 0) throw new Error(`build failed:\n${run.output}`);
  const stats = outputStats(outputDir);
  // The photo stage runs beside Eleventy; its own line says how many it encoded and in how long.
  const photoLine = /photos: ([\d,]+) photos, ([\d,]+) encoded, .* in ([\d.,]+) s/.exec(run.output)?.map((figure) => figure.replaceAll(",", ""));
  if (photoLine && Number(photoLine[2]) > 0) say(`  photos: ${photoLine[2]} of ${photoLine[1]} encoded in ${photoLine[3]} s: ${(Number(photoLine[2]) / Number(photoLine[3])).toFixed(2)} photos/s`);
  for (const stage of run.stages) {
    say(`  ${stage.name.padEnd(16)} ${stage.wallSeconds.toFixed(2).padStart(7)} s wall ${stage.cpuSeconds.toFixed(2).padStart(7)} s CPU ${mb(stage.peakRssBytes).padStart(8)} peak`);
  }
  say(`  ${"total".padEnd(16)} ${run.wallSeconds.toFixed(2).padStart(7)} s wall ${run.cpuSeconds.toFixed(2).padStart(7)} s CPU ${mb(run.peakRssBytes).padStart(8)} peak; ${stats.files} files, ${mb(stats.bytes)}`);
  return { ...run, files: stats.files, bytes: stats.bytes };
}

try {
  const generateStart = performance.now();
  const corpus = await writeCorpus({ out: contentDir, count, seed: values.seed });
  const generateSeconds = (performance.now() - generateStart) / 1000;
  say(`Generated ${corpus.articles} articles (${mb(corpus.bytes)}) in ${generateSeconds.toFixed(1)} s → ${contentDir}`);
  if (photos > 0) {
    const photoBytes = await giveArticlesPhotos(contentDir, photos, { width: photoWidth, height: photoHeight });
    say(`Gave ${photos} articles a ${photoWidth}×${photoHeight} JPEG lead photo (${mb(photoBytes)} in all)`);
  }

  if (values.preview) {
    const figures = await previewFigures();
    if (values.json) console.log(JSON.stringify({ count, seed: values.seed, preview: figures }, null, 2));
  } else await builds(generateSeconds);
} finally {
  if (values.keep) say(`Kept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}

/** The preview on the generated archive: one article (the middle one) opened, changed and seen. */
async function previewFigures(): Promise<PreviewFigures> {
  const articlesDir = path.join(contentDir, "articles");
  const generated = (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
  const file = generated[Math.floor(generated.length / 2)]!;
  say(`\nPreview (npm start), changing ${file}`);
  const figures = await measurePreview(contentDir, path.join(workDir, "preview"), path.join(articlesDir, file), env);
  const load = figures.loadAverage.map((average) => average.toFixed(2)).join(", ");
  say(`  first page (front page) ${figures.firstPageSeconds.toFixed(2).padStart(7)} s from the command`);
  say(`  first article page      ${figures.firstArticleSeconds.toFixed(2).padStart(7)} s from its request`);
  say(`  search index made        ${figures.searchIndexSeconds.toFixed(2).padStart(7)} s after the first page (its own process)`);
  say(
    `  save to visible         ${figures.saveToVisibleSeconds.toFixed(2).padStart(7)} s (${figures.seenBy === "browser" ? "live reload in Chromium" : "asked again"}` +
      `${figures.rereadSeconds === undefined ? "" : `; content read again in ${figures.rereadSeconds.toFixed(2)} s`})`,
  );
  say(`  pages rendered in all   ${String(figures.renderedPages).padStart(7)} (only those asked for)`);
  say(`  load average            ${load}`);
  return figures;
}

/** The production build: cold, after one changed article, after one new photo; and a reader's first search. */
async function builds(generateSeconds: number): Promise<void> {
  const cold = await build("Cold build");
  // The headline bundles (one a period: the fragments the term layer's results are shown from) are
  // built in the search stage with the periods' bundles; their share of the output:
  const headlineBundles = (await readdir(path.join(outputDir, "pagefind"))).filter(isHeadlineBundle);
  const headlines = headlineBundles.map((bundle) => outputStats(path.join(outputDir, "pagefind", bundle))).reduce((sum, stats) => ({ files: sum.files + stats.files, bytes: sum.bytes + stats.bytes }), { files: 0, bytes: 0 });
  const periods = outputStats(path.join(outputDir, "pagefind"));
  say(`  headline bundles: ${headlineBundles.length}, ${headlines.files} files, ${mb(headlines.bytes)} (all search bundles: ${periods.files} files, ${mb(periods.bytes)})`);
  // The term layer (src/search/term-layer.ts), written in the search stage after the headline bundles: the build's line says its cost.
  const termLayer = /the term layer: ([\d,]+) files, ([\d.,]+) MB, ([\d.,]+) s of CPU/.exec(cold.output)?.map((figure) => figure.replaceAll(",", ""));
  if (termLayer) say(`  term layer: ${termLayer[1]} files, ${termLayer[2]} MB, ${termLayer[3]} CPU-s (in the search stage's process)`);

  const firstQueries: FirstQueryFigures[] = [];
  if (existsSync(CHROMIUM_PATH)) {
    for (const query of values.query) {
      const figures = await measureFirstQuery(outputDir, query);
      firstQueries.push(figures);
      const { page, searchScripts, index, terms, fragments, total } = figures.bytes;
      say(
        `\nFirst query "${query}": ${figures.results} results shown, ${figures.requests} requests, ${kb(total)} ` +
          `(page ${kb(page)}, Pagefind's scripts ${kb(searchScripts)}, index ${kb(index)}, term layer ${kb(terms)}, results' text ${kb(fragments)}; text gzip-compressed); ` +
          `results ${figures.enterToResultsMs.toFixed(0)} ms after Enter with the CPU ${figures.cpuSlowdown}× slower (load average ${os.loadavg()[0]!.toFixed(2)})`,
      );
    }
  } else say(`\n(no ${CHROMIUM_PATH}: first query not measured)`);
  let rebuild: (MeasuredRun & { files: number; bytes: number }) | undefined;
  let headlineRebuild: (MeasuredRun & { files: number; bytes: number }) | undefined;
  if (!values["cold-only"]) {
    // Change one article's body, as a writer's correction would, and build again.
    const articlesDir = path.join(contentDir, "articles");
    const articleFiles = (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
    const someArticle = articleFiles[Math.floor(count / 2)]!;
    const file = path.join(articlesDir, someArticle);
    await writeFile(file, `${await readFile(file, "utf8")}\nĐính chính: bài viết đã được cập nhật.\n`);
    rebuild = await build(`Rebuild after a sentence added to the body of ${someArticle}`);
    // Then another's headline, which lists, feeds, related lists and the search's headline bundle show
    // (issue 19); its URL stays, as the record of published URLs would keep it (the file is named by its slug).
    const otherArticle = articleFiles[Math.floor(count / 3)]!;
    const otherFile = path.join(articlesDir, otherArticle);
    const keptSlug = `slug: ${path.basename(otherArticle, ".md")}\ntitle: "Cập nhật: `;
    await writeFile(otherFile, (await readFile(otherFile, "utf8")).replace(/^title: "/m, keptSlug));
    headlineRebuild = await build(`Rebuild after a changed headline in ${otherArticle}`);
  }
  let photoRebuild: (MeasuredRun & { files: number; bytes: number }) | undefined;
  if (photos > 0 && !values["cold-only"]) {
    // A writer gives the oldest article a new photo in place of its own. Not the next article without one:
    // at 10,000 articles that is the last in path order, a scheduled one (2099), whose photo no build encodes.
    const articlesDir = path.join(contentDir, "articles");
    const next = (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith(".md")).sort()[0]!;
    await writeFile(path.join(contentDir, "images", "photos", `photo-new.jpg`), await cameraPhoto(photoWidth, photoHeight, photos + 1));
    await setLeadPhoto(path.join(articlesDir, next), "/images/photos/photo-new.jpg");
    photoRebuild = await build(`Rebuild after one new photo in ${next}`);
  }

  let photoEncoding: PhotoEncodingFigures | undefined;
  if (photos > 0) {
    // A photo's cost alone, since the builds' CPU mixes it with Eleventy's work.
    const sample = Array.from({ length: Math.min(photos, 5) }, (_, index) => path.join(contentDir, "images", "photos", `photo-${index + 1}.jpg`));
    photoEncoding = await measurePhotoEncoding(sample, { width: photoWidth, height: photoHeight }, path.join(workDir, "encoded-alone"));
    say(
      `\nEncoding ${photoEncoding.photos} photos alone, one at a time: ${photoEncoding.cpuSecondsPerPhoto.toFixed(2)} CPU-s a photo ` +
        `(${photoEncoding.wallSecondsPerPhoto.toFixed(2)} s wall); 10,000 such photos on an idle ${photoEncoding.cores}-core machine: ` +
        `${(photoEncoding.tenThousandSeconds / 60).toFixed(0)} min of encoding`,
    );
  }

  if (values.json) {
    console.log(
      JSON.stringify(
        { count, seed: values.seed, photos, generateSeconds, cold: strip(cold), headlineBundle: headlines, firstQueries, rebuild: rebuild && strip(rebuild), headlineRebuild: headlineRebuild && strip(headlineRebuild), photoRebuild: photoRebuild && strip(photoRebuild), photoEncoding },
        null,
        2,
      ),
    );
  }
}
