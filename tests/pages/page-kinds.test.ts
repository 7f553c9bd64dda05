import { existsSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../src/content/load-content.ts";
import { buildSitePages } from "../../src/pages/build-pages.ts";
import { PAGE_KINDS, PAGE_KIND_NAMES, mapPageKinds, pageCount } from "../../src/pages/page-kinds.ts";
import { LAYOUTS_DIR, PROJECT_DIR } from "../../src/project-paths.ts";
import { FIXTURE_SITE, PERMANENCE_FIXTURE_SITE, VIDEO_FIXTURE_SITE } from "../support/build-site.ts";

const pagesOf = async (contentDir: string) =>
  buildSitePages(await loadContent({ contentDir, projectDir: PROJECT_DIR, buildTime: DateTime.fromISO("2025-01-01T00:00:00+07:00"), env: {} }), "production");
const pages = await pagesOf(FIXTURE_SITE);
const videoSitePages = await pagesOf(VIDEO_FIXTURE_SITE);
const permanenceSitePages = await pagesOf(PERMANENCE_FIXTURE_SITE);

test("every kind's layout is a file under layouts/", () => {
  for (const name of PAGE_KIND_NAMES) {
    const layout = PAGE_KINDS[name].layout;
    if (layout !== undefined) assert.ok(existsSync(path.join(LAYOUTS_DIR, layout)), `${name}: ${layout}`);
  }
});

test("the site's pages come in exactly the table's kinds, each page naming its file by outputPath", () => {
  assert.equal(Object.keys(pages.byKind).sort(), [...PAGE_KIND_NAMES].sort());
  for (const name of PAGE_KIND_NAMES) {
    const inFixtures = pages.byKind[name].length + videoSitePages.byKind[name].length + permanenceSitePages.byKind[name].length;
    assert.ok(inFixtures > 0, `the fixture sites have pages of kind ${name}`);
    for (const page of pages.byKind[name]) assert.match(page.outputPath, /^\/[^ ]+$/, `${name}: ${page.outputPath}`);
  }
  const outputPaths = PAGE_KIND_NAMES.flatMap((name) => pages.byKind[name].map((page) => page.outputPath));
  assert.is(new Set(outputPaths).size, outputPaths.length, "no two pages write the same file");
});

test("pageCount counts every kind's pages; mapPageKinds keeps the table's kinds and order", () => {
  const total = PAGE_KIND_NAMES.reduce((count, name) => count + pages.byKind[name].length, 0);
  assert.is(pageCount(pages.byKind), total);
  const cachedOnly = mapPageKinds(pages.byKind, (_name, rules, list) => (rules.cached ? [...list] : []));
  assert.equal(Object.keys(cachedOnly), PAGE_KIND_NAMES);
  assert.is(cachedOnly.notFound.length, 0);
  assert.is(pageCount(cachedOnly), total - 1);
});

test.run();
