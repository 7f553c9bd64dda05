/**
 * Lighthouse over a built site (issue #22), for `npm run lighthouse`: generates a small archive whose
 * articles each have a camera photo (the newest, which leads the front page, a 4000×3000 JPEG),
 * builds it for production, serves it on loopback as a static host would (its `_headers`, gzip),
 * and runs Lighthouse's mobile defaults on the home page and that article in Debian's Chromium.
 * Nothing leaves loopback: the browser's background fetches are off (CHROMIUM_FLAGS), no host name
 * resolves, and only the performance category runs.
 */
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { BUILD_NODE_OPTIONS } from "../pipeline/heap.ts";
import { PROJECT_DIR } from "../project-paths.ts";
import { cameraPhoto, setLeadPhoto } from "./camera-photos.ts";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.ts";
import { writeCorpus } from "./corpus/write.ts";
import { type LighthouseFigures, type LighthouseReport, lighthouseFigures, medianRun } from "./lighthouse-figures.ts";
import { runMeasured } from "./run-measured.ts";
import { serveDirectory } from "./static-server.ts";

/** The build's clock (as the bench's): after every generated article but the scheduled ones (2099). */
export const BUILD_EPOCH_SECONDS = 1_790_000_000;

/** The article the issue names: a 4000×3000 camera JPEG as lead photo. */
export const LEAD_PHOTO = { width: 4000, height: 3000 };
/** The other articles' photos: only their list thumbnails (400-px copies) show on the front page. */
export const OTHER_PHOTO = { width: 1600, height: 1200 };

/**
 * Gives every article of `contentDir` a camera photo of its own: the newest article a reader sees at
 * the build's time a LEAD_PHOTO-sized one, the others OTHER_PHOTO-sized.
 * @returns the newest article's file
 */
export async function givePhotos(contentDir: string): Promise<string> {
  const articlesDir = path.join(contentDir, "articles");
  const files = (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
  const published = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(articlesDir, file), "utf8");
      const at = Date.parse(/^published: "?([^"\n]+)"?$/m.exec(text)?.[1] ?? "");
      return /^draft: true$/m.test(text) || !(at <= BUILD_EPOCH_SECONDS * 1000) ? Number.NEGATIVE_INFINITY : at;
    }),
  );
  const newest = files[published.indexOf(Math.max(...published))]!;
  for (const [index, file] of files.entries()) {
    const size = file === newest ? LEAD_PHOTO : OTHER_PHOTO;
    await writeFile(path.join(contentDir, "images", `lighthouse-${index}.jpg`), await cameraPhoto(size.width, size.height, index + 1));
    await setLeadPhoto(path.join(articlesDir, file), `/images/lighthouse-${index}.jpg`);
  }
  return newest;
}

export interface LighthouseRun {
  /** Every run of each page, in order: home page first, then the article. */
  pages: { label: "home" | "article"; runs: LighthouseFigures[]; median: LighthouseFigures }[];
  buildSeconds: number;
}

/**
 * Generates `count` articles into `workDir`, builds them, and runs Lighthouse `runs` times on the
 * home page and on the article whose lead photo is the 4000×3000 JPEG.
 */
export async function lighthouseSite(workDir: string, options: { count: number; runs: number; say: (line: string) => void }): Promise<LighthouseRun> {
  const { say } = options;
  const contentDir = path.join(workDir, "content");
  const outputDir = path.join(workDir, "site");
  await writeCorpus({ out: contentDir, count: options.count, seed: "1" });
  const newest = await givePhotos(contentDir);
  say(`Generated ${options.count} articles with camera photos; ${newest} has a ${LEAD_PHOTO.width}×${LEAD_PHOTO.height} one`);
  const env = { ...process.env, SOURCE_DATE_EPOCH: String(BUILD_EPOCH_SECONDS), NO_COLOR: "1" };
  const build = await runMeasured(
    process.execPath,
    [...BUILD_NODE_OPTIONS, path.join(PROJECT_DIR, "scripts/build.ts"), "--content", contentDir, "--output", outputDir, "--cache", path.join(workDir, "cache"), "--lang", "en"],
    env,
  );
  if (build.exitCode !== 0) throw new Error(`build failed:\n${build.output}`);
  say(`Built in ${build.wallSeconds.toFixed(0)} s`);

  const server = await serveDirectory(outputDir, { applyHeaders: true, compress: true });
  // Every host name resolves to nothing: the site is served at 127.0.0.1, and nothing else may be reached.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"] });
  try {
    const home = await readFile(path.join(outputDir, "index.html"), "utf8");
    const articleUrl = /class="front-lead__title"><a href="([^"]+)"/.exec(home)?.[1];
    if (!articleUrl) throw new Error("the front page has no lead story");
    const articleHtml = await readFile(path.join(outputDir, decodeURIComponent(articleUrl), "index.html"), "utf8");
    if (!articleHtml.includes(`width="${LEAD_PHOTO.width}" height="${LEAD_PHOTO.height}"`)) throw new Error(`${articleUrl} does not show the ${LEAD_PHOTO.width}×${LEAD_PHOTO.height} photo`);
    const pages: LighthouseRun["pages"] = [];
    for (const [label, url] of [["home", "/"], ["article", articleUrl]] as const) {
      const runs: LighthouseFigures[] = [];
      for (let run = 0; run < options.runs; run++) {
        // Lighthouse's defaults: mobile screen, simulated slow 4G and a 4× slower CPU.
        const result = await lighthouse(`${server.origin}${url}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], disableFullPageScreenshot: true });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        runs.push(lighthouseFigures(result.lhr as unknown as LighthouseReport));
        say(`  ${label} run ${run + 1}: Performance ${runs.at(-1)!.performance}, LCP ${(runs.at(-1)!.lcpMs / 1000).toFixed(2)} s`);
      }
      pages.push({ label, runs, median: medianRun(runs) });
    }
    return { pages, buildSeconds: build.wallSeconds };
  } finally {
    chrome.kill();
    await server.close();
  }
}
