/**
 * `npm start` shows photos without encoding them: its dev server answers a copy's URL
 * (`/photo-sizes/images/a.jpg/800.avif`) with the original (src/eleventy/dev-server.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_EPOCH, FIXTURE_SITE } from "../support/build-site.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

/** A port nothing listens on now. */
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
let server: ChildProcess | undefined;
// An output folder of its own: the suite runs this file under two time zones at once.
const output = await mkdtemp(path.join(os.tmpdir(), "tintuc-preview-photos-"));

async function startPreview(): Promise<string> {
  server = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_DIR, "scripts", "serve.ts"), "--content", FIXTURE_SITE, "--port", String(port), "--output", output], {
    cwd: PROJECT_DIR,
    // An endpoint of its own: no form receiver is started beside the preview.
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXTURE_EPOCH, FORM_ENDPOINT: "https://forms.example.org" },
    stdio: "ignore",
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt++) {
    const ready = await fetch(`${origin}/`).then((response) => response.ok, () => false);
    if (ready) return origin;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the preview did not start within 2 minutes");
}

test("a copy's URL serves the original; pages print the same <picture> as the build", async () => {
  const origin = await startPreview();
  const original = await readFile(path.join(FIXTURE_SITE, "images", "hoi-nghi.jpg"));
  for (const copy of ["/photo-sizes/images/hoi-nghi.jpg/800.avif", "/photo-sizes/images/hoi-nghi.jpg/400.jpg"]) {
    const response = await fetch(`${origin}${copy}`);
    assert.is(response.status, 200, copy);
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(original), `${copy} is the original's bytes`);
  }
  assert.is((await fetch(`${origin}/photo-sizes/images/khong-co.jpg/800.avif`)).status, 404, "no original, no photo");
  const home = await (await fetch(`${origin}/`)).text();
  assert.match(home, 'srcset="/photo-sizes/images/');
});

test.after(async () => {
  server?.kill("SIGINT");
  if (server && server.exitCode === null) await new Promise((resolve) => server!.once("exit", resolve));
  await rm(output, { recursive: true, force: true });
});
test.run();
