import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { assetManifest, hashedName } from "../../src/eleventy/asset-manifest.ts";
import { ASSETS_DIR } from "../../src/project-paths.ts";
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
  assert.equal([...assetManifest(dir, path.join(dir, "bundles")).keys()], ["a.css", "b.js"]);
});

test("a script that imports is bundled with what it imports; others are copied as they are", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-assets-"));
  const assets = path.join(dir, "assets");
  mkdirSync(assets);
  writeFileSync(path.join(dir, "rule.ts"), "export const twice = (n: number): number => n * 2;\n");
  writeFileSync(path.join(assets, "uses.js"), 'import { twice } from "../rule.ts";\nconsole.log(twice(21));\n');
  writeFileSync(path.join(assets, "plain.js"), "console.log(42);\n");
  const manifest = assetManifest(assets, path.join(dir, "bundles"));
  const uses = manifest.get("uses.js")!;
  assert.is(path.dirname(uses.source), path.join(dir, "bundles"));
  assert.is(path.basename(uses.source), uses.hashedName);
  const bundled = readFileSync(uses.source, "utf8");
  assert.not.match(bundled, /^import /m);
  assert.match(bundled, "n * 2");
  assert.is(manifest.get("plain.js")!.source, path.join(assets, "plain.js"));
  // The same script bundles to the same bytes, under the same name.
  assert.is(assetManifest(assets, path.join(dir, "bundles")).get("uses.js")!.hashedName, uses.hashedName);
});

test("the date picker carries src/day-index.ts's decoder, bundled, and nothing heavy", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-bundles-"));
  const picker = assetManifest(ASSETS_DIR, dir).get("date-picker.js")!;
  const script = readFileSync(picker.source, "utf8");
  assert.not.match(script, /^import /m);
  assert.match(script, "function nearestDayWithNews(");
  assert.ok(script.length < 8_000, `${script.length} characters`);
});

test("today.js and the date picker take the GMT+7 day and its form from src/newsroom-day.ts, bundled, without luxon", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-bundles-"));
  const manifest = assetManifest(ASSETS_DIR, dir);
  for (const name of ["today.js", "date-picker.js"]) {
    const script = readFileSync(manifest.get(name)!.source, "utf8");
    assert.match(script, "// src/newsroom-day.ts", name);
    assert.match(script, "function formatCalendarDay(", name);
    assert.not.match(script, /luxon|^import /m, name);
  }
});

test("forms.js carries src/forms/submission.ts's rules, bundled, and nothing of the receiver's (no luxon, no polls file)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-bundles-"));
  const forms = assetManifest(ASSETS_DIR, dir).get("forms.js")!;
  const script = readFileSync(forms.source, "utf8");
  assert.not.match(script, /^import /m);
  assert.match(script, "// src/forms/submission.ts");
  assert.match(script, "function validateSubmission(");
  // And the receiver's choice of sentence for each issue (src/forms/form-strings.ts).
  assert.match(script, "// src/forms/form-strings.ts");
  assert.match(script, "function issueMessage(");
  assert.not.match(script, /luxon|DateTime|src\/forms\/polls\.ts|node:/);
  assert.ok(script.length < 20_000, `${script.length} characters`);
});

test("no script bundles a package: the browser gets the project's own small modules only (no luxon, no yaml)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-bundles-"));
  const bundled = [...assetManifest(ASSETS_DIR, dir).entries()].filter(([, asset]) => path.dirname(asset.source) === dir);
  assert.equal(bundled.map(([name]) => name), ["date-picker.js", "forms-loader.js", "forms.js", "query-alias.js", "search.js", "today.js"]);
  for (const [name, asset] of bundled) {
    const modules = [...readFileSync(asset.source, "utf8").matchAll(/^\/\/ (\S+)$/gm)].map((match) => match[1]!);
    assert.equal(modules.filter((module) => !/^(src|layouts\/assets)\//.test(module)), [], name);
  }
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
  // search.js comes with the modules it imports (src/search/query-terms.ts, term-layer.ts), never a copy of them.
  const search = assets.find((name) => name.startsWith("search.") && name.endsWith(".js"))!;
  const script = readFileSync(path.join(build.outputDir, "assets", search), "utf8");
  assert.not.match(script, /^import .* from/m);
  assert.match(script, "function queryTerms(");
  assert.match(script, "function foldVietnamese(");
  // Excerpts are escaped by the site's one HTML escaper, not a copy of it.
  assert.match(script, "// src/text/escape.ts");
  assert.match(script, "function escapeHtml(");
});

test.run();
