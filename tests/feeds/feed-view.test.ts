/**
 * A feed's entries carry what the feed prints of each article and no more: the whole article page
 * (its lists, metadata and search view) in each of 50 entries made feeds half the bytes the page
 * cache hashed at every build (issue 19).
 */
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../src/content/load-content.ts";
import { buildSitePages } from "../../src/pages/build-pages.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { PERMANENCE_FIXTURE_SITE } from "../support/build-site.ts";

test("an entry's content holds its URL, photo, body and its photos' sizes, credits and corrections: nothing else of its page", async () => {
  const content = await loadContent({ contentDir: PERMANENCE_FIXTURE_SITE, projectDir: PROJECT_DIR, buildTime: DateTime.fromISO("2025-01-01T00:00:00+07:00"), env: {} });
  const { byKind } = buildSitePages(content, "production");
  const entries = byKind.feed.flatMap((feed) => feed.entries);
  assert.ok(entries.length > 0);
  const printed = ["body", "correctionHeading", "corrections", "credits", "image", "imageSizes", "url"];
  for (const entry of entries) assert.equal(Object.keys(entry.page).sort(), printed, entry.url);
  const corrected = entries.find((entry) => entry.page.corrections.length > 0);
  assert.ok(corrected, "the fixture's corrected article is in a feed, with its correction");
});

test.run();
