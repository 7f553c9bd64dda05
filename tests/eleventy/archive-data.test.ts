import { test } from "uvu";
import * as assert from "uvu/assert";
import archiveDataPlugin from "../../src/eleventy/archive-data.ts";
import type { EleventyConfig } from "../../src/eleventy/eleventy-config.ts";
import { type HandOff, handOffTo } from "../../src/pipeline/hand-off.ts";
import type { SitePages } from "../../src/pages/build-pages.ts";
import { PAGE_KIND_NAMES } from "../../src/pages/page-kinds.ts";

/** An Eleventy configuration that records what the plugin registers, with the hand-off given. */
function fakeConfig(handOff: HandOff) {
  const globalData = new Map<string, () => Promise<unknown>>();
  const templates: string[] = [];
  const listeners: (() => unknown)[] = [];
  const config = {
    directories: { input: "content", output: "_site" },
    ignores: { add() {} },
    addGlobalData: (name: string, value: unknown) => globalData.set(name, value as () => Promise<unknown>),
    addTemplate: (virtualPath: string) => templates.push(virtualPath),
    addWatchTarget() {},
    on: (_event: string, listener: () => unknown) => listeners.push(listener),
  } as unknown as EleventyConfig;
  handOffTo(handOff)(config);
  archiveDataPlugin(config);
  return { global: (name: string) => globalData.get(name)!(), templates, afterBuild: () => listeners.forEach((listener) => listener()) };
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

test("without a hand-off (Eleventy started by itself) the plugin says which commands to run", () => {
  const config = { directories: { input: "content", output: "_site" } } as unknown as EleventyConfig;
  assert.throws(() => archiveDataPlugin(config), /npm run build` or `npm start`/);
});

test.run();
