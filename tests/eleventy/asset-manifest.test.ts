import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { assetManifest, hashedName } from "../../src/eleventy/asset-manifest.ts";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

test("a hashed name changes with the content and keeps the extension", () => {
  assert.match(hashedName("site.css", "body{}"), /^site\.[0-9a-f]{10}\.css$/);
  assert.is(hashedName("site.css", "body{}"), hashedName("site.css", "body{}"));
  assert.is.not(hashedName("site.css", "body{}"), hashedName("site.css", "body{color:red}"));
  assert.match(hashedName("date-picker.js", "x"), /^date-picker\.[0-9a-f]{10}\.js$/);
});

test("the manifest names every file of the folder", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-assets-"));
  writeFileSync(path.join(dir, "a.css"), "a");
  writeFileSync(path.join(dir, "b.js"), "b");
  assert.equal([...assetManifest(dir).keys()], ["a.css", "b.js"]);
});

test("the built site names its CSS and JavaScript by content hash, and only those names exist", async () => {
  const build = await buildSite(FIXTURE_SITE);
  assert.is(build.code, 0, build.stderr);
  const assets = readdirSync(path.join(build.outputDir, "assets"));
  assert.ok(assets.length >= 4);
  for (const name of assets) assert.match(name, /^[a-z-]+\.[0-9a-f]{10}\.(css|js|svg)$/);
  const home = readFileSync(path.join(build.outputDir, "index.html"), "utf8");
  const css = /<link rel="stylesheet" href="\/assets\/(site\.[0-9a-f]{10}\.css)">/.exec(home)?.[1];
  assert.ok(css && assets.includes(css));
});

test.run();
