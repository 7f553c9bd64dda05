import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nunjucks from "nunjucks";
import archiveDataPlugin, { FRAME_KEYS, IN_FRAME_LAYOUT } from "../../src/eleventy/archive-data.ts";
import type { EleventyConfig } from "../../src/eleventy/eleventy-config.ts";
import { type HandOff, handOffTo } from "../../src/pipeline/hand-off.ts";
import type { SitePages } from "../../src/pages/build-pages.ts";
import { PAGE_KIND_NAMES, PAGE_KINDS } from "../../src/pages/page-kinds.ts";
import { LAYOUTS_DIR } from "../../src/project-paths.ts";

/** An Eleventy configuration that records what the plugin registers, with the hand-off given. */
function fakeConfig(handOff: HandOff) {
  const globalData = new Map<string, () => Promise<unknown>>();
  const templates: string[] = [];
  const registered = new Map<string, { body: string; data: Record<string, unknown> }>();
  const listeners: (() => unknown)[] = [];
  const config = {
    directories: { input: "content", output: "_site" },
    ignores: { add() {} },
    addGlobalData: (name: string, value: unknown) => globalData.set(name, value as () => Promise<unknown>),
    addTemplate: (virtualPath: string, body: string, data: Record<string, unknown>) => {
      templates.push(virtualPath);
      registered.set(virtualPath, { body, data });
    },
    addWatchTarget() {},
    on: (_event: string, listener: () => unknown) => listeners.push(listener),
  } as unknown as EleventyConfig;
  handOffTo(handOff)(config);
  archiveDataPlugin(config);
  return { global: (name: string) => globalData.get(name)!(), templates, registered, afterBuild: () => listeners.forEach((listener) => listener()) };
}

const somePages = { byKind: { article: [] }, forms: { enabled: false } } as unknown as SitePages;

test("the pages are asked once per build, and again after it", async () => {
  let asked = 0;
  const eleventy = fakeConfig({ sitePages: async () => (asked++, somePages), copyMedia: false });
  await Promise.all([eleventy.global("byKind"), eleventy.global("forms"), eleventy.global("byKind")]);
  assert.is(asked, 1);
  eleventy.afterBuild();
  assert.equal(await eleventy.global("forms"), { enabled: false });
  assert.is(asked, 2);
});

test("a failed computation is not kept: the next build (the preview's, after a fix) asks again", async () => {
  let asked = 0;
  const eleventy = fakeConfig({
    sitePages: async () => {
      asked++;
      if (asked === 1) throw new Error("1 content error");
      return somePages;
    },
    copyMedia: true,
  });
  const failure = await eleventy.global("byKind").then(() => undefined, (error: Error) => error.message);
  assert.is(failure, "1 content error");
  // A failed build never reaches eleventy.after.
  assert.is(await eleventy.global("byKind"), somePages.byKind);
  assert.is(asked, 2);
});

test("one template per kind of page", () => {
  const eleventy = fakeConfig({ sitePages: async () => somePages, copyMedia: false });
  assert.equal(eleventy.templates, PAGE_KIND_NAMES.map((name) => `tintuc/${name}-pages.njk`));
});

test("a kind in a frame goes through layouts/in-frame.njk, told its own layout; a kind without one extends its layout", () => {
  const eleventy = fakeConfig({ sitePages: async () => somePages, copyMedia: false });
  for (const name of PAGE_KIND_NAMES) {
    const { body, data } = eleventy.registered.get(`tintuc/${name}-pages.njk`)!;
    const kind = PAGE_KINDS[name];
    if (kind.layout === undefined) assert.is(body, `{{ ${name}.content | safe }}`, name);
    else if (kind.inFrame) assert.equal([body, data.pageLayout], ['{% extends "in-frame.njk" %}', kind.layout], name);
    else assert.equal([body, data.pageLayout], [`{% extends "${kind.layout}" %}`, undefined], name);
  }
});

test("layouts/in-frame.njk sets exactly the frame's names, each from the frame of the page's language", () => {
  const source = readFileSync(path.join(LAYOUTS_DIR, IN_FRAME_LAYOUT), "utf8").replace(/\{#[^]*?#\}/g, "");
  const sets = [...source.matchAll(/\{%-?\s*set\s+(\w+)\s*=\s*([^%]+?)\s*-?%\}/g)].map((match) => [match[1], match[2]]);
  assert.equal(sets, [["frame", "frames[pagination.items[0].lang]"], ...FRAME_KEYS.map((key) => [key, `frame.${key}`])]);
  assert.match(source, /\{%-?\s*extends pageLayout\s*-?%\}\s*$/);
});

test("an English page is printed in the English frame, a Vietnamese one in the Vietnamese, whatever the globals", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tintuc-in-frame-"));
  writeFileSync(path.join(dir, "test-layout.njk"), "{{ t }} {{ site }} {{ poll }} {{ openGraph }}");
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([LAYOUTS_DIR, dir]), { throwOnUndefined: true });
  const frame = (lang: string) => Object.fromEntries(FRAME_KEYS.map((key) => [key, `${lang}:${key}`]));
  const render = (lang: string) =>
    env.renderString(`{% extends "${IN_FRAME_LAYOUT}" %}`, { ...frame("global"), frames: { vi: frame("vi"), en: frame("en") }, pagination: { items: [{ lang }] }, pageLayout: "test-layout.njk" });
  assert.is(render("en"), "en:t en:site en:poll en:openGraph");
  assert.is(render("vi"), "vi:t vi:site vi:poll vi:openGraph");
});

test("without a hand-off (Eleventy started by itself) the plugin says which commands to run", () => {
  const config = { directories: { input: "content", output: "_site" } } as unknown as EleventyConfig;
  assert.throws(() => archiveDataPlugin(config), /npm run build` or `npm start`/);
});

test.run();
