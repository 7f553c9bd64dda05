/**
 * What a writer waits for in the preview (npm start, issue 17): from the command to its first page,
 * from the first request of an article to its page, and from saving a change to seeing it in the
 * open page (live reload, in headless Chromium when it is installed; otherwise by asking the server
 * until the change is there). Also how many pages the preview rendered in all: it renders only the
 * pages asked for. Timings depend on the machine's load: the report carries the load average.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { PROJECT_DIR } from "../project-paths.ts";
import { CHROMIUM_PATH, launchBrowser } from "./chromium.ts";

export interface PreviewFigures {
  /** From starting `npm start` to the front page's answer. */
  firstPageSeconds: number;
  /** The first request of an article page, rendered on request. */
  firstArticleSeconds: number;
  /** From the first page to the search index made (in a process of its own, beside the preview). */
  searchIndexSeconds: number;
  /** From writing the changed file to the change shown in the open page (after the search index is made). */
  saveToVisibleSeconds: number;
  /** How the change was seen: by the browser's live reload, or by asking the server again. */
  seenBy: "browser" | "requests";
  /** The preview's own figure for reading the content again after the save. */
  rereadSeconds?: number;
  /** HTML files the preview wrote in all (it renders only what is asked for). */
  renderedPages: number;
  /** The 1-, 5- and 15-minute load averages when the figures were taken. */
  loadAverage: number[];
}

const PATIENCE_MS = 600_000;

/** Starts the preview on `contentDir`, measures, stops it. `articleFile` (under content/articles/) is the one changed. */
export async function measurePreview(contentDir: string, outputDir: string, articleFile: string, env: NodeJS.ProcessEnv): Promise<PreviewFigures> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  let output = "";
  const preview: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(PROJECT_DIR, "scripts", "serve.ts"), "--content", contentDir, "--output", outputDir, "--port", String(port), "--lang", "en"],
    // An endpoint of its own: no form receiver beside it.
    { cwd: PROJECT_DIR, env: { ...env, FORM_ENDPOINT: "https://forms.example.org" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  preview.stdout!.on("data", (chunk) => (output += chunk));
  preview.stderr!.on("data", (chunk) => (output += chunk));
  const failed = new Promise<never>((_resolve, reject) => preview.once("exit", (code) => reject(new Error(`the preview stopped (${code}):\n${output}`))));
  failed.catch(() => undefined);
  try {
    await Promise.race([until(async () => (await fetch(`${origin}/`).catch(() => undefined))?.ok === true), failed]);
    const firstPageSeconds = (performance.now() - started) / 1000;

    const source = await readFile(articleFile, "utf8");
    const url = articleUrl(articleFile, source);
    const articleStart = performance.now();
    const first = await fetch(`${origin}${url}`);
    if (!first.ok) throw new Error(`${url}: ${first.status}`);
    await first.text();
    const firstArticleSeconds = (performance.now() - articleStart) / 1000;

    // The save is measured in a writing session's steady state: after the search index, which the
    // preview makes once, beside it, at start (it reads the whole archive again in its own process).
    const indexStart = performance.now();
    await Promise.race([until(async () => /Search: [\d,]+ articles? indexed/.test(output)), failed]);
    const searchIndexSeconds = (performance.now() - indexStart) / 1000 + firstArticleSeconds;

    const marker = `Đính chính số ${Date.now()}`;
    const change = async (): Promise<number> => {
      const saved = performance.now();
      await writeFile(articleFile, `${source}\n${marker}\n`);
      return saved;
    };
    let saveToVisibleSeconds: number;
    let seenBy: PreviewFigures["seenBy"];
    if (existsSync(CHROMIUM_PATH)) {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const connected = new Promise<void>((resolve) =>
          page.on("websocket", (socket) => socket.on("framereceived", (frame) => String(frame.payload).includes('"connected"') && resolve())),
        );
        await page.goto(`${origin}${url}`);
        await connected;
        const saved = await change();
        await page.waitForFunction((text) => document.body.textContent?.includes(text), marker, { timeout: PATIENCE_MS, polling: 20 });
        saveToVisibleSeconds = (performance.now() - saved) / 1000;
        seenBy = "browser";
      } finally {
        await browser.close();
      }
    } else {
      const saved = await change();
      await until(async () => (await (await fetch(`${origin}${url}`)).text()).includes(marker));
      saveToVisibleSeconds = (performance.now() - saved) / 1000;
      seenBy = "requests";
    }
    const reread = /Content read again in ([\d.]+) s/.exec(output);
    const renderedPages = (await readdir(outputDir, { recursive: true })).filter((file) => String(file).endsWith(".html")).length;
    await writeFile(articleFile, source);
    return { firstPageSeconds, firstArticleSeconds, searchIndexSeconds, saveToVisibleSeconds, seenBy, rereadSeconds: reread ? Number(reread[1]) : undefined, renderedPages, loadAverage: os.loadavg() };
  } finally {
    preview.kill("SIGINT");
    if (preview.exitCode === null) await new Promise((resolve) => preview.once("exit", resolve));
  }
}

/**
 * The URL of a generated article (src/bench/corpus/): its file is named by its slug and its time is
 * written in GMT+7, so its day is the one written. The preview's answer (200) confirms it.
 */
function articleUrl(file: string, source: string): string {
  const day = /^published:\s*"?(\d{4})-(\d{2})-(\d{2})T[^"]*\+07:00/m.exec(source);
  if (!day) throw new Error(`${file}: not a generated article (its published time is not written in +07:00)`);
  return `/${day[1]}/${day[2]}/${day[3]}/${path.basename(file, ".md")}/`;
}

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not within ${PATIENCE_MS / 1000} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
