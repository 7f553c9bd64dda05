import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_DIR, "scripts", "import.ts"), ...args], { cwd: PROJECT_DIR, encoding: "utf8" });

test("--help prints the usage; usage errors say what is wrong, in the chosen language, without a stack trace", () => {
  const help = run("--help");
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Cách dùng:/);
  const unknown = run("joomla", "x.xml", "--lang", "en");
  assert.equal(unknown.status, 2);
  // The usage first, then the one line of what was wrong (src/command-line.ts), where the eye lands.
  assert.match(unknown.stderr, /^Usage:[\s\S]*\n\nno command "joomla"; use wordpress or html\n$/);
  const missing = run("html", "/khong/co/thu-muc");
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^Cách dùng:[\s\S]*\n\nkhông đọc được \/khong\/co\/thu-muc: tệp hoặc thư mục không tồn tại/);
  for (const result of [unknown, missing, run("wordpress", "--bogus")]) assert.not.match(result.stderr, /\n\s+at /);
});

test("an export that is not XML: its line, nothing written", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-import-cli-"));
  cpSync(path.join(PROJECT_DIR, "tests", "fixtures", "site", "_data"), path.join(dir, "content", "_data"), { recursive: true });
  const file = path.join(dir, "bad.xml");
  writeFileSync(file, "<rss><channel>\n<item><title>Tin</title><wp:post_type>post</wp:post_type></item>\n</channel>\n</rs>\n");
  const result = run("wordpress", file, "--content", path.join(dir, "content"), "--lang", "en");
  assert.equal(result.status, 1);
  assert.match(result.stderr, /bad\.xml:4: not valid XML \(line 4\)/);
  assert.not.match(result.stderr, /\n\s+at /);
  assert.equal(spawnSync("find", [path.join(dir, "content"), "-name", "*.md"], { encoding: "utf8" }).stdout, "");
});

test.run();
