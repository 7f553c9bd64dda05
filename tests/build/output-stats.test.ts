import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { outputStats } from "../../src/pipeline/output-stats.ts";

test("counts every file, every byte and the HTML pages, however deep", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-output-stats-"));
  let bytes = 0;
  for (let i = 0; i < 200; i++) {
    const folder = path.join(dir, String(i % 7), String(i));
    await mkdir(folder, { recursive: true });
    const content = "x".repeat(i + 1);
    bytes += content.length;
    await writeFile(path.join(folder, i % 2 ? "index.html" : "feed.xml"), content);
  }
  assert.equal(outputStats(dir), { files: 200, bytes, htmlFiles: 100 });
});

test.run();
