import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { EleventyConfig } from "../../src/eleventy/eleventy-config.ts";
import quietPlugin from "../../src/eleventy/quiet.ts";

/** Builds one page through a filter slow enough for Eleventy to warn about; returns what reached the console. */
async function consoleOfBuild(withQuietPlugin: boolean): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-quiet-"));
  const input = path.join(dir, "input");
  const output = path.join(dir, "output");
  mkdirSync(input);
  // An empty configuration file of its own: the project's .eleventy.js (which adds the plugin) stays out.
  writeFileSync(path.join(dir, "eleventy.config.mjs"), "export default function () {}\n");
  writeFileSync(path.join(input, "index.njk"), `{{ "tin" | slow }}`);
  const eleventy = new Eleventy(input, output, {
    configPath: path.join(dir, "eleventy.config.mjs"),
    quietMode: true,
    config: ((eleventyConfig: EleventyConfig) => {
      if (withQuietPlugin) eleventyConfig.addPlugin(quietPlugin as never);
      eleventyConfig.addFilter("slow", (value: never) => {
        const until = performance.now() + 150;
        while (performance.now() < until);
        return value;
      });
    }) as never,
  });
  const lines: string[] = [];
  const saved = { log: console.log, warn: console.warn, info: console.info };
  console.log = console.warn = console.info = (...args: unknown[]) => void lines.push(args.join(" "));
  try {
    await eleventy.write();
  } finally {
    Object.assign(console, saved);
  }
  return lines.join("\n");
}

test("without the plugin, quietMode still lets Eleventy's benchmark warning through (what the plugin is for)", async () => {
  assert.match(await consoleOfBuild(false), /Benchmark .*"slow" Nunjucks Filter/);
});

test("with it, no benchmark warning", async () => {
  assert.not.match(await consoleOfBuild(true), "Benchmark");
});

test.run();
