/**
 * Content is data, never code (issue 15): neither `npm run check` nor the real build runs anything
 * written in content/, whether as front matter in another language, a template or a data file.
 */
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite, checkSite, recordUrls } from "../support/build-site.ts";

async function siteWith(files: (markerDir: string) => Record<string, string>): Promise<{ contentDir: string; markerDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-code-"));
  const contentDir = path.join(root, "content");
  const markerDir = path.join(root, "markers");
  await mkdir(markerDir);
  await cp(FIXTURE_SITE, contentDir, { recursive: true });
  for (const [name, text] of Object.entries(files(markerDir))) {
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
    await writeFile(path.join(contentDir, name), text);
  }
  return { contentDir, markerDir };
}

const marker = (dir: string, name: string): string => JSON.stringify(path.join(dir, name));
/** The payload of issue 15, writing a file where it used to run `id`. */
const payload = (dir: string, name: string): string =>
  `{ title: "Tin " + require("fs").writeFileSync(${marker(dir, name)}, "ran"), category: "khoa-hoc", published: "2024-02-01" }`;

test("an article with ---js or ---javascript front matter is an error in check and build, and its code never runs", async () => {
  const { contentDir, markerDir } = await siteWith((dir) => ({
    "articles/2024/05/js.md": `---js\n${payload(dir, "js")}\n---\nThân bài\n`,
    "articles/2024/05/javascript.md": `---javascript\n${payload(dir, "javascript")}\n---\nThân bài\n`,
  }));
  const check = await checkSite(contentDir);
  assert.is(check.code, 1, check.stdout + check.stderr);
  assert.match(check.stdout, /articles\/2024\/05\/js\.md:1: phần đầu bài \(front matter\) chỉ được viết bằng YAML, nhưng dòng mở đầu là "---js"/);
  assert.match(check.stdout, /articles\/2024\/05\/javascript\.md:1: .*"---javascript"/);
  const english = await checkSite(contentDir, { args: ["--lang", "en"] });
  assert.match(english.stdout, /articles\/2024\/05\/js\.md:1: front matter is YAML only, but the opening line is "---js"/);
  const build = await buildSite(contentDir);
  assert.is(build.code, 1, build.stdout + build.stderr);
  assert.match(build.stdout + build.stderr, /articles\/2024\/05\/js\.md:1: /);
  assert.not.ok(existsSync(path.join(build.outputDir)), "nothing written");
  for (const name of ["js", "javascript"]) assert.not.ok(existsSync(path.join(markerDir, name)), `the ---${name} payload ran`);
});

test("templates, front matter and data files elsewhere in content/ are never run by the build", async () => {
  const { contentDir, markerDir } = await siteWith((dir) => ({
    "trang.md": `---js\n${payload(dir, "page-js")}\n---\nTrang\n`,
    "trang-node.md": `---node\n${payload(dir, "page-node")}\n---\nTrang\n`,
    "hong.njk": "{% if %}",
    "_data/ma.js": `import fs from "node:fs";\nfs.writeFileSync(${marker(dir, "global-data")}, "ran");\nexport default {};\n`,
    "_data/ma.cjs": `require("fs").writeFileSync(${marker(dir, "global-data-cjs")}, "ran");\nmodule.exports = {};\n`,
    "tintuc/tintuc.11tydata.js": `import fs from "node:fs";\nfs.writeFileSync(${marker(dir, "directory-data")}, "ran");\nexport default {};\n`,
    "tintuc/article-pages.js": `import fs from "node:fs";\nfs.writeFileSync(${marker(dir, "template-data")}, "ran");\nexport default {};\n`,
  }));
  await recordUrls(contentDir);
  const check = await checkSite(contentDir);
  assert.is(check.code, 0, check.stdout + check.stderr);
  const build = await buildSite(contentDir);
  assert.is(build.code, 0, build.stdout + build.stderr);
  assert.ok(existsSync(path.join(build.outputDir, "index.html")));
  assert.not.ok(existsSync(path.join(build.outputDir, "trang", "index.html")), "a Markdown file outside articles/ is not a page");
  for (const name of ["page-js", "page-node", "global-data", "global-data-cjs", "directory-data", "template-data"]) {
    assert.not.ok(existsSync(path.join(markerDir, name)), `${name} ran`);
  }
});

test.run();
