/**
 * The preview forgives and keeps up (issue 17): on a copy of the fixture, `npm start` shows a good
 * page; a saved mistake is shown in the open page (a banner, live-reloaded); the saved fix is shown in
 * its place, by the same process, without a restart. Nothing waits a fixed time: each step polls
 * until the page shows what it should, with a generous limit.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser } from "../../src/bench/chromium.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { searchBundleUrl, searchUrl } from "../../src/urls.ts";
import { FIXTURE_EPOCH, FIXTURE_SITE } from "../support/build-site.ts";

const ARTICLE = path.join("articles", "2024", "03", "nua-dem.md");
const ARTICLE_URL = "/2024/03/02/ban-tin-luc-nua-dem/";
/** Long enough for a loaded machine; a step that passes returns at once. */
const PATIENCE = 90_000;

let scratch: string;
let preview: ChildProcess | undefined;
let output = "";
let browser: Browser | undefined;
let origin: string;

test.before(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "tintuc-preview-"));
  await cp(FIXTURE_SITE, path.join(scratch, "content"), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  preview = spawn(
    process.execPath,
    ["--import", "tsx", path.join(PROJECT_DIR, "scripts", "serve.ts"), "--content", path.join(scratch, "content"), "--output", path.join(scratch, "preview"), "--port", String(port)],
    // An endpoint of its own: no form receiver is started beside the preview.
    { cwd: PROJECT_DIR, env: { ...process.env, SOURCE_DATE_EPOCH: FIXTURE_EPOCH, FORM_ENDPOINT: "https://forms.example.org" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  preview.stdout!.on("data", (chunk) => (output += chunk));
  preview.stderr!.on("data", (chunk) => (output += chunk));
  await until(async () => (await fetch(`${origin}/`).catch(() => undefined))?.ok === true, "the preview answers");
  browser = await launchBrowser();
});

test.after(async () => {
  await browser?.close();
  preview?.kill("SIGINT");
  if (preview && preview.exitCode === null) await new Promise((resolve) => preview!.once("exit", resolve));
  await rm(scratch, { recursive: true, force: true });
});

test("a good page; a saved mistake is shown in the open page; the saved fix replaces it, without a restart", async () => {
  const page = await browser!.newPage();
  const violations = watchPolicy(page);
  const connected = liveReloadConnected(page);
  await page.goto(`${origin}${ARTICLE_URL}`);
  assert.match((await page.textContent("h1")) ?? "", "Bản tin lúc nửa đêm");
  assert.is(await page.locator(".tintuc-problems").count(), 0, "no banner while the content is good");
  await connected;

  const file = path.join(scratch, "content", ARTICLE);
  const good = await readFile(file, "utf8");
  // A category by its display name, a writer's habit, and a field value that would be markup if printed raw.
  // The save reloads the page, whose live-reload socket then connects anew: the fix below is saved
  // only once it has, or its reload could go out before anyone listens (seen in CI at load 20–30).
  const reconnected = liveReloadConnected(page);
  await writeFile(file, good.replace(/^category: .*$/m, 'category: "<b>Khoa học</b>"'));
  const banner = page.locator(".tintuc-problems");
  await banner.waitFor({ timeout: PATIENCE });
  await reconnected;
  const text = (await banner.textContent()) ?? "";
  assert.match(text, `${ARTICLE.split(path.sep).join("/")}:`, `the banner names the file: ${text}`);
  assert.match(text, "category", "and the field");
  assert.match(text, "<b>Khoa học</b>", "the value is printed as text");
  assert.is(await banner.locator("b").count(), 0, "never as markup");
  assert.match((await page.textContent("h1")) ?? "", "Bản tin lúc nửa đêm", "below it, the last good page");

  // The fix, with a new sentence in the body (a new title would give the article a new URL).
  await writeFile(file, good.replace("Tin do phòng thí nghiệm", "Tin đã sửa: do phòng thí nghiệm"));
  await page.waitForFunction(
    () => document.querySelector(".tintuc-problems") === null && (document.querySelector("main")?.textContent ?? "").includes("Tin đã sửa"),
    undefined,
    { timeout: PATIENCE, polling: 100 },
  );
  assert.equal(violations, [], "the page and its banner keep to the site's Content-Security-Policy");
  assert.is(preview!.exitCode, null, "the same preview process, still running");
  // What the terminal said: the mistake once, in the path:line: field: message form, and no chatter of Eleventy's.
  assert.match(output, `${ARTICLE.split(path.sep).join("/")}:3: category: `);
  assert.not.match(output, /\[11ty\]|Benchmark|Wrote \d+ files|Writing /);
  await page.close();
});

test("a URL with no page shows the errors while there are any, and the 404 page after the fix", async () => {
  const file = path.join(scratch, "content", ARTICLE);
  const good = await readFile(file, "utf8");
  await writeFile(file, good.replace(/^category: .*$/m, "category: khong-co"));
  const page = await browser!.newPage();
  await until(async () => {
    await page.goto(`${origin}/trang-chua-co/`);
    return (await page.locator(".tintuc-problems").count()) === 1;
  }, "the problem page");
  assert.match((await page.textContent(".tintuc-problems")) ?? "", "Nội dung có 1 lỗi");
  await writeFile(file, good);
  await until(async () => {
    await page.goto(`${origin}/trang-chua-co/`);
    return (await page.locator(".tintuc-problems").count()) === 0;
  }, "the site's 404 page once the content is good");
  await page.close();
});

test("the search index is made beside the preview, once a page has been shown", async () => {
  await until(async () => output.includes("Tìm kiếm: đã lập chỉ mục"), "the search index");
  assert.match(output, "Tìm kiếm: đã lập chỉ mục 5 bài");
  // The search page names the headline shards (search-periods.ts); the newest one is served.
  const searchPage = await (await fetch(`${origin}${searchUrl()}`)).text();
  const newestShard = /data-headlines="([^" ]+)/.exec(searchPage)?.[1];
  assert.ok(newestShard, "the search page names its headline shards");
  assert.ok((await fetch(`${origin}${searchBundleUrl()}${newestShard}/pagefind-entry.json`)).ok, newestShard);
  // And the term layer that ranks the headlines across the archive (term-layer.ts): its first file and doc chunk.
  const terms = /data-terms="([^"]+)"/.exec(searchPage)?.[1];
  for (const file of ["0.pf_terms", "docs/0.pf_docs"]) assert.ok((await fetch(`${origin}${searchBundleUrl()}${terms}/${file}`)).ok, `${terms}/${file}`);
});

test("a second preview on the same port says so in a line, without a stack trace", async () => {
  const second = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_DIR, "scripts", "serve.ts"), "--content", path.join(scratch, "content"), "--output", path.join(scratch, "second"), "--port", new URL(origin).port], {
    cwd: PROJECT_DIR,
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXTURE_EPOCH, FORM_ENDPOINT: "https://forms.example.org" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  second.stderr!.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => second.once("exit", resolve));
  assert.is(code, 1);
  assert.match(stderr, `Lỗi: cổng ${new URL(origin).port} đang được dùng`);
  assert.not.match(stderr, /\n\s+at /);
});

/** Resolves when the page's live-reload socket says it is connected, so that a save is not missed. */
function liveReloadConnected(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on("websocket", (socket) => {
      socket.on("framereceived", (frame) => {
        if (String(frame.payload).includes('"connected"')) resolve();
      });
    });
  });
}

/** Every complaint of the browser about the Content-Security-Policy, or a script error. */
function watchPolicy(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + PATIENCE;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not within ${PATIENCE / 1000} s\npreview's output:\n${output}`);
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test.run();
