import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findBrokenLinks } from "../../src/pipeline/link-check.ts";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

test("finds links and images that point to no file, and only those", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-links-"));
  await mkdir(path.join(dir, "a"), { recursive: true });
  await writeFile(path.join(dir, "a", "index.html"), "");
  await writeFile(path.join(dir, "x.jpg"), "");
  await writeFile(
    path.join(dir, "index.html"),
    '<a href="/a/">ok</a><a href="/a/?q=1#top">ok</a><img src="x.jpg"><a href="https://example.org/">ext</a><a href="#main">frag</a>' +
      '<a href="mailto:a@b.c">mail</a><a href="/b/">broken</a><img src="/anh/thieu.jpg">',
  );
  assert.equal(await findBrokenLinks(dir), [
    { page: "index.html", url: "/b/" },
    { page: "index.html", url: "/anh/thieu.jpg" },
  ]);
});

test("under a path prefix, site-relative links must start with it and resolve below it", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-links-"));
  await mkdir(path.join(dir, "a"), { recursive: true });
  await writeFile(path.join(dir, "a", "index.html"), "");
  await writeFile(path.join(dir, "index.html"), '<a href="/tin/a/">ok</a><a href="/a/">outside the site</a><a href="/tin/b/">broken</a>');
  assert.equal(await findBrokenLinks(dir, "/tin/"), [
    { page: "index.html", url: "/a/" },
    { page: "index.html", url: "/tin/b/" },
  ]);
});

test("every internal link and image of the built fixture site resolves to a file in the output", async () => {
  const build = await buildSite(FIXTURE_SITE);
  assert.is(build.code, 0, build.stderr);
  assert.equal(await findBrokenLinks(build.outputDir), []);
});

test.run();
