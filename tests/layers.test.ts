/**
 * Folders import downward (STYLE.md, docs/architecture.md): each file belongs to a layer of this
 * table, and may import only from its own layer or a lower one; and no chain of imports comes back
 * to the file it started from. Every import counts, types too.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import ts from "typescript";
import { PROJECT_DIR } from "../src/project-paths.ts";

/**
 * The layers, lowest first: a path (relative to the project) belongs to the layer of its longest
 * matching entry; a folder entry ends in `/`.
 */
const LAYERS: { name: string; paths: string[] }[] = [
  {
    name: "helpers",
    paths: [
      "src/text/", "src/testing/", "src/dates.ts", "src/urls.ts", "src/slug.ts", "src/i18n.ts", "src/writer-messages.ts", "src/language.ts", "src/summary.ts",
      "src/credits.ts", "src/day-index.ts", "src/video-providers.ts", "src/build-time.ts", "src/settings.ts", "src/run-mode.ts", "src/project-paths.ts",
      "src/command-line.ts", "src/cli-messages.ts", "src/query-aliases.ts", "src/problems.ts", "src/newsroom-day.ts", "src/replace-file.ts",
    ],
  },
  // What writers wrote, read and validated: articles and data files (content/), the forms' settings and polls (forms/).
  // The importers (import/) write what writers would have: articles, categories and photos.
  // Writers' photos too: their checks, the plan of their copies, the <picture> printer, the encoder (images/).
  { name: "content", paths: ["src/content/", "src/forms/", "src/import/", "src/images/"] },
  { name: "lists", paths: ["src/listings.ts", "src/article-summary.ts", "src/pager.ts", "src/month-calendar.ts", "src/related.ts", "src/category-link.ts", "src/search/", "src/feeds/"] },
  // The browser's scripts, bundled with the src/ modules they import (src/eleventy/asset-manifest.ts): rules and
  // helpers shared with the build, never the pages', the pipeline's or Eleventy's code.
  { name: "browser", paths: ["layouts/assets/"] },
  { name: "pages", paths: ["src/pages/"] },
  // The form receiver is a server of its own, started by scripts/ beside the build.
  { name: "pipeline", paths: ["src/pipeline/", "src/bench/", "src/forms/receiver.ts", "src/forms/receiver-setup.ts"] },
  { name: "eleventy", paths: ["src/eleventy/", ".eleventy.js"] },
  { name: "scripts", paths: ["scripts/"] },
];

/** The layer of a project path: its index in LAYERS, or -1. */
function layerOf(file: string): number {
  let best = { layer: -1, length: -1 };
  LAYERS.forEach((layer, index) => {
    for (const entry of layer.paths) {
      const matches = entry.endsWith("/") ? file.startsWith(entry) : file === entry;
      if (matches && entry.length > best.length) best = { layer: index, length: entry.length };
    }
  });
  return best.layer;
}

/** Every source file of the product, relative to the project, `/`-separated. */
function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(PROJECT_DIR, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return walk(file);
      return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
    });
  return [...walk("src"), ...walk("scripts"), ...walk("layouts/assets"), ".eleventy.js"].sort();
}

/** The project files a file imports (relative imports only: packages are outside the layers). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(PROJECT_DIR, file), "utf8");
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name)));
}

const files = sourceFiles();
const graph = new Map(files.map((file) => [file, importsOf(file)]));

test("every source file is in a layer", () => {
  assert.equal(files.filter((file) => layerOf(file) < 0), []);
});

test("no file imports from a layer above its own", () => {
  const upward = [...graph].flatMap(([file, imports]) =>
    imports.filter((target) => layerOf(target) > layerOf(file)).map((target) => `${file} (${LAYERS[layerOf(file)]!.name}) → ${target} (${LAYERS[layerOf(target)]!.name})`),
  );
  assert.equal(upward, []);
});

test("every relative import names a file that exists", () => {
  assert.equal([...graph].flatMap(([file, imports]) => imports.filter((target) => !graph.has(target)).map((target) => `${file} → ${target}`)), []);
});

/** The import cycles among `nodes`, each as the chain of files that comes back to its start. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

test("no import cycle between files", () => {
  assert.equal(cycles(graph).map((cycle) => cycle.join(" → ")), []);
});

test("the checks catch what they are for: an upward import and a cycle", () => {
  assert.ok(layerOf("src/pages/build-pages.ts") > layerOf("src/content/load-content.ts"));
  assert.is(layerOf("src/forms/receiver.ts"), LAYERS.findIndex((layer) => layer.name === "pipeline"));
  assert.is(layerOf("src/forms/view.ts"), LAYERS.findIndex((layer) => layer.name === "content"));
  assert.ok(layerOf("layouts/assets/forms.js") > layerOf("src/forms/submission.ts"), "a browser script may import a shared rule");
  assert.ok(layerOf("layouts/assets/forms.js") < layerOf("src/pipeline/run-build.ts"), "but not the pipeline");
  assert.equal(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]])), [["a", "b", "c", "a"]]);
  assert.equal(cycles(new Map([["a", ["b"]], ["b", []], ["c", ["a", "b"]]])), []);
});

test.run();
