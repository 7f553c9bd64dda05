import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { replaceFile } from "../src/replace-file.ts";

/** The pid of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

test("replaceFile replaces the file whole and leaves no partial of its own", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-replace-"));
  const file = path.join(dir, "page-keys.json");
  writeFileSync(file, "old");
  replaceFile(file, "new");
  assert.is(readFileSync(file, "utf8"), "new");
  assert.equal(readdirSync(dir), ["page-keys.json"]);
});

test("replaceFile removes partials left by ended processes, keeps those of running ones and other files'", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-replace-"));
  const file = path.join(dir, "page-keys.json");
  const dead = `page-keys.json.${endedPid()}.partial`;
  const running = `page-keys.json.${process.ppid}.partial`;
  const another = `related-lists.json.${endedPid()}.partial`;
  for (const name of [dead, running, another]) writeFileSync(path.join(dir, name), "half");
  replaceFile(file, "new");
  assert.equal(readdirSync(dir).sort(), ["page-keys.json", running, another].sort());
});

test("replaceFile leaves no partial behind when the rename fails", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-replace-"));
  const file = path.join(dir, "snapshot");
  mkdirSync(path.join(file, "inside"), { recursive: true }); // a non-empty folder cannot be renamed over
  assert.throws(() => replaceFile(file, "data"));
  assert.equal(readdirSync(dir), ["snapshot"]);
});

test.run();
