/**
 * `npm run check` keeps what it derived from each article file (src/content/derived-store.ts) in a
 * cache folder of its own (`--cache`, .cache/check by default): a second check reads unchanged files
 * from it and reports exactly what a check without it reports, a changed file anew.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DERIVED_STORE_FILE } from "../../src/content/derived-store.ts";
import { FIXTURE_SITE, checkSite } from "../support/build-site.ts";

/** check's report without its closing line's time. */
const report = (stdout: string): string => stdout.replace(/[\d.,]+ ?(s|giây)\b/g, "T");

test("a check with a kept cache reports what a check without one reports, and a changed file anew", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-check-cache-test-"));
  try {
    const content = path.join(root, "content");
    await cp(FIXTURE_SITE, content, { recursive: true });
    const cache = ["--cache", path.join(root, "cache")];
    const first = await checkSite(content, { args: cache });
    assert.is(first.stderr, "");
    const snapshot = await readFile(path.join(root, "cache", DERIVED_STORE_FILE), "utf8");
    const files = (await readdir(path.join(content, "articles"), { recursive: true })).filter((file) => file.endsWith(".md"));
    assert.is(snapshot.trim().split("\n").length, files.length + 1, "a header and a line per article file");

    const second = await checkSite(content, { args: cache });
    assert.is(report(second.stdout), report(first.stdout));
    assert.is(second.code, first.code);

    const article = path.join(content, "articles", "2024", "03", "nua-dem.md");
    await writeFile(article, (await readFile(article, "utf8")).replace(/^category: .*$/m, "category: khong-co"));
    const broken = await checkSite(content, { args: cache });
    const uncached = await checkSite(content);
    assert.is(broken.code, 1);
    assert.match(broken.stdout, "nua-dem.md");
    assert.is(report(broken.stdout), report(uncached.stdout), "the same report as a check without the cache");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test.run();
