import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseUrlList, redirectTargetOf, siteUrlSet, unansweredUrls } from "../../src/pipeline/url-set.ts";

const refresh = (url: string): string => `<!doctype html><meta http-equiv="refresh" content="0; url=${url}">`;

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-urls-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

test("the URL set: pages as folders, feeds and old portal files; no assets, media, search bundles or 404", async () => {
  const dir = await site({
    "index.html": "", "2024/01/27/a/index.html": "", "feed.xml": "", "tin-tuc/1.html": "", "Pages/1.aspx": "",
    "assets/site.css": "", "images/a.jpg": "", "pagefind/x.html": "", "404.html": "", "_redirects": "",
  });
  assert.equal(await siteUrlSet(dir), ["/", "/2024/01/27/a/", "/Pages/1.aspx", "/feed.xml", "/tin-tuc/1.html"]);
});

test("redirectTargetOf: the refresh URL without the path prefix; undefined for a page", () => {
  assert.is(redirectTargetOf(refresh("/tin/2024/01/27/a/"), "/tin/"), "/2024/01/27/a/");
  assert.is(redirectTargetOf(refresh("/2024/01/27/a/")), "/2024/01/27/a/");
  assert.is(redirectTargetOf("<!doctype html><h1>Tin</h1>"), undefined);
});

test("unanswered: missing, a redirect to nothing, a chain, another host; pages and one-hop redirects answer", async () => {
  const dir = await site({
    "a/index.html": "<h1>A</h1>", "old.html": refresh("/a/"), "chain/index.html": refresh("/old.html"),
    "dead/index.html": refresh("/nothing/"), "away/index.html": refresh("https://other.example/"), "feed.xml": "<feed/>",
    // A browser reads `/\\host` as `//host`: another host, not a path of this site.
    "slant/index.html": refresh("/\\other.example/"),
  });
  assert.equal(unansweredUrls(dir, ["/a/", "/a", "/old.html", "/feed.xml", "/chain/", "/dead/", "/away/", "/slant/", "/gone/"]), [
    { url: "/chain/", kind: "chain", target: "/old.html" },
    { url: "/dead/", kind: "dead-end", target: "/nothing/" },
    { url: "/away/", kind: "external", target: "https://other.example/" },
    { url: "/slant/", kind: "external", target: "/\\other.example/" },
    { url: "/gone/", kind: "missing" },
  ]);
});

test("WordPress's ?p=ID is in the set while the lookup holds it, and answers when it leads to a page in one hop (issue 23)", async () => {
  const dir = await site({
    "a/index.html": "<h1>A</h1>", "old/index.html": refresh("/a/"),
    "query-aliases/p/0.json": JSON.stringify({ 12: "/a/", 13: "/old/", 14: "/nothing/" }), "query-aliases/p/4.json": JSON.stringify({ 4321: "/a/" }),
  });
  assert.equal(await siteUrlSet(dir), ["/?p=12", "/?p=13", "/?p=14", "/?p=4321", "/a/", "/old/"]);
  assert.equal(unansweredUrls(dir, ["/?p=12", "/index.php?p=4321", "/?p=13", "/?p=14", "/?p=15", "/?p=5000"]), [
    { url: "/?p=13", kind: "chain", target: "/old/" },
    { url: "/?p=14", kind: "dead-end", target: "/nothing/" },
    { url: "/?p=15", kind: "missing" },
    { url: "/?p=5000", kind: "missing" },
  ]);
  const prefixed = await site({ "a/index.html": "<h1>A</h1>", "query-aliases/p/0.json": JSON.stringify({ 12: "/tin/a/" }) });
  assert.equal(unansweredUrls(prefixed, ["/?p=12"], "/tin/"), []);
});

test("URL lists: one a line, comments and blanks skipped", () => {
  assert.equal(parseUrlList("# đã xuất bản\n/a/\n\n  /b.html  \n"), ["/a/", "/b.html"]);
});

test.run();
