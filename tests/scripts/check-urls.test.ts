// npm run check-urls and scheduled articles (issue 19): the record holds a scheduled article's URL
// before its time (docs/permanent-urls.md), and no build publishes it until then; the URL-set check
// that CI runs on every build waits for that time, then insists.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-check-urls-"));
const contentDir = path.join(root, "content");
const outputDir = path.join(root, "_site");
const files: Record<string, string> = {
  "content/articles/2024/05/da-dang.md": "---\ntitle: Đã đăng\ncategory: khoa-hoc\npublished: 2024-05-01 08:00\n---\nThân bài.\n",
  "content/articles/2024/05/hen-gio.md": "---\ntitle: Hẹn giờ\ncategory: khoa-hoc\npublished: 2024-05-02 06:00\n---\nThân bài.\n",
  "content/_data/published-urls.tsv":
    "articles/2024/05/da-dang.md\t/2024/05/01/da-dang/\narticles/2024/05/hen-gio.md\t/2024/05/02/hen-gio/\n",
  // A build at 2024-05-01 12:00 GMT+7: the published article's page, not yet the scheduled one's.
  "_site/2024/05/01/da-dang/index.html": "<!doctype html><title>Đã đăng</title>",
};
for (const [name, text] of Object.entries(files)) {
  await mkdir(path.dirname(path.join(root, name)), { recursive: true });
  await writeFile(path.join(root, name), text);
}

const checkUrls = (at: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/check-urls.ts", "--content", contentDir, "--output", outputDir], {
    cwd: PROJECT_DIR,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse(at) / 1000) },
  });

test("before its time, a scheduled article's recorded URL is not required, and the output says it waits", () => {
  const result = checkUrls("2024-05-01T12:00:00+07:00");
  assert.is(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, "1 URLs checked, 0 not answering; 1 scheduled articles' URLs wait for their time");
});

test("from its time on, it must answer", () => {
  const result = checkUrls("2024-05-02T06:00:00+07:00");
  assert.is(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stdout, "/2024/05/02/hen-gio/ không còn trả lời");
});

test.run();
