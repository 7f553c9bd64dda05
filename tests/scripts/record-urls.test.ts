// npm run record-urls speaks to the writer: its lines are Vietnamese by default and English with
// --lang en, from the one dictionary (src/cli-messages.ts).
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-record-urls-"));
const contentDir = path.join(root, "content");
const files: Record<string, string> = {
  "articles/2024/05/mot.md": "---\ntitle: Một\ncategory: khoa-hoc\npublished: 2024-05-01 08:00\n---\nThân bài.\n",
  "articles/2024/05/hai.md": "---\ntitle: Hai\ncategory: khoa-hoc\npublished: 2024-05-02 08:00\n---\nThân bài.\n",
};
for (const name of ["site.yaml", "categories.yaml"]) {
  await mkdir(path.join(contentDir, "_data"), { recursive: true });
  await writeFile(path.join(contentDir, "_data", name), await readFile(path.join(PROJECT_DIR, "tests/fixtures/permanence-site/_data", name)));
}
for (const [name, text] of Object.entries(files)) {
  await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
  await writeFile(path.join(contentDir, name), text);
}

const recordUrls = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/record-urls.ts", "--content", contentDir, ...args], {
    cwd: PROJECT_DIR,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse("2024-06-01T00:00:00+07:00") / 1000) },
  });

test("by default it says what it wrote in Vietnamese", async () => {
  const result = recordUrls();
  assert.is(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, "/_data/published-urls.tsv: 2 bài, 2 địa chỉ");
  assert.match(await readFile(path.join(contentDir, "_data", "published-urls.tsv"), "utf8"), "/2024/05/02/hai/");
});

test("with --lang en it says it in English", () => {
  const result = recordUrls("--lang", "en");
  assert.is(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, "/_data/published-urls.tsv: 2 articles, 2 URLs");
});

test("an article that does not load: the record is not written, and it says so in the writer's language", async () => {
  await writeFile(path.join(contentDir, "articles/2024/05/ba.md"), "---\ntitle: Ba\npublished: 2024-05-03 08:00\n---\nThân bài.\n");
  const vi = recordUrls();
  assert.is(vi.status, 1, vi.stdout + vi.stderr);
  assert.match(vi.stdout, /Chưa ghi \S+\/_data\/published-urls\.tsv: hãy sửa 1 lỗi ở trên trước/);
  const en = recordUrls("--lang", "en");
  assert.match(en.stdout, "/_data/published-urls.tsv not written: fix the 1 error above first");
});

test.after(() => rm(root, { recursive: true, force: true }));
test.run();
