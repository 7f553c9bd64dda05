import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../src/content/article.ts";
import type { SiteConfig } from "../../src/content/data-files.ts";
import { htaccessFile, nginxMapFiles, redirectPages, redirectsFile, withdrawnPages } from "../../src/pages/redirect-pages.ts";

const site = (url = "https://tin.example.org", pathPrefix = "/"): SiteConfig => ({
  title: "Tin", shortTitle: "Tin", description: "", titleEn: "News", descriptionEn: "", url, pathPrefix, language: "vi", publisher: "Tin", publisherEn: "News", featuredDays: 3, menu: [],
});
const article = (url: string, fields: Partial<Pick<Article, "aliases" | "formerUrls" | "lang">> = {}) => ({ url, aliases: [], formerUrls: [], lang: "vi" as const, ...fields });

test("each alias and former URL leads to the article's URL, in one hop, in the article's language", () => {
  const pages = redirectPages(
    [article("/2024/01/27/moi/", { aliases: ["/tin-tuc/1.html", "/cu", "/2024/01/27/moi"], formerUrls: ["/2024/01/27/cu/"] }), article("/en/2024/01/27/new/", { lang: "en", aliases: ["/en/old/"] })],
    [], [], site(),
  );
  assert.equal(pages.map((p) => [p.url, p.outputPath, p.target, p.lang, p.title]), [
    ["/2024/01/27/cu/", "/2024/01/27/cu/index.html", "/2024/01/27/moi/", "vi", "Trang đã chuyển"],
    ["/cu", "/cu/index.html", "/2024/01/27/moi/", "vi", "Trang đã chuyển"],
    ["/en/old/", "/en/old/index.html", "/en/2024/01/27/new/", "en", "Page moved"],
    ["/tin-tuc/1.html", "/tin-tuc/1.html", "/2024/01/27/moi/", "vi", "Trang đã chuyển"],
  ]);
  assert.is(pages[0]!.canonicalUrl, "https://tin.example.org/2024/01/27/moi/");
});

test("under a path prefix: the canonical is the site's URL plus the path; a non-HTML file's refresh gets the prefix here", () => {
  const [aspx, folder] = redirectPages([article("/2024/01/27/moi/", { aliases: ["/cu/", "/Pages/1.aspx"] })], [], [], site("https://x.org/tin", "/tin/"));
  assert.is(aspx!.refreshUrl, "/tin/2024/01/27/moi/");
  // Eleventy's HTML base plugin prefixes .html pages' refresh, as every other link of theirs (tests/build/permanence.test.ts).
  assert.is(folder!.refreshUrl, "/2024/01/27/moi/");
  assert.is(folder!.canonicalUrl, "https://x.org/tin/2024/01/27/moi/");
});

test("a renamed category: every page of its list answers at the former key, in each language", () => {
  const pages = redirectPages([], [{ key: "moi", formerKeys: ["cu"] }], [
    { url: "/category/moi/", lang: "vi" }, { url: "/category/moi/page/2/", lang: "vi" }, { url: "/en/category/moi/", lang: "en" }, { url: "/category/khac/", lang: "vi" },
  ], site());
  assert.equal(pages.map((p) => [p.url, p.target]), [
    ["/category/cu/", "/category/moi/"], ["/category/cu/page/2/", "/category/moi/page/2/"], ["/en/category/cu/", "/en/category/moi/"],
  ]);
});

test("a day, month or year page an article's URL names but the build no longer writes leads to the nearest page above", () => {
  const archive = new Set(["/2024/", "/2024/02/", "/2024/02/01/", "/archive/"]);
  const pages = redirectPages([article("/2024/01/29/a/"), article("/2024/02/01/b/", { formerUrls: ["/2023/12/31/b/"] })], [], [], site(), archive);
  assert.equal(pages.map((p) => [p.url, p.target]), [
    ["/2023/", "/archive/"], ["/2023/12/", "/archive/"], ["/2023/12/31/", "/archive/"], ["/2023/12/31/b/", "/2024/02/01/b/"], ["/2024/01/", "/2024/"], ["/2024/01/29/", "/2024/"],
  ]);
});

test("withdrawn pages: when and why, in the article's language", () => {
  const withdrawn = { date: DateTime.fromISO("2024-05-01T00:00:00+07:00", { setZone: true }), reason: "Theo yêu cầu" };
  const [vi] = withdrawnPages([{ url: "/2024/01/27/a/", lang: "vi", withdrawn } as Article, { url: "/2024/01/28/b/", lang: "vi" } as Article], site());
  assert.equal([vi!.outputPath, vi!.title, vi!.text, vi!.reason], ["/2024/01/27/a/index.html", "Bài viết đã được gỡ", "Bài viết ở địa chỉ này đã được gỡ ngày 01/05/2024.", "Theo yêu cầu"]);
  const [en] = withdrawnPages([{ url: "/en/2024/01/27/a/", lang: "en", withdrawn } as Article], site());
  assert.is(en!.text, "The article at this address was withdrawn on 1 May 2024.");
});

test("_redirects, nginx maps and .htaccess: the same list, under the path prefix", () => {
  const redirects = [{ url: "/tin-tuc/1.html", target: "/2024/01/27/a/" }, { url: "/cu", target: "/2024/01/27/a/" }];
  const withdrawn = [{ url: "/2024/01/28/b/", outputPath: "/2024/01/28/b/index.html" }];
  const feeds = [{ formerPath: "/category/cu/feed.xml", path: "/category/moi/feed.xml" }];
  const lines = redirectsFile(redirects, withdrawn, feeds, { pathPrefix: "/tin/" }).content.split("\n").filter((l) => l && !l.startsWith("#"));
  assert.equal(lines, [
    "/tin/tin-tuc/1.html /tin/2024/01/27/a/ 301",
    "/tin/cu /tin/2024/01/27/a/ 301",
    "/tin/category/cu/feed.xml /tin/category/moi/feed.xml 301",
    "/tin/2024/01/28/b/ /tin/2024/01/28/b/index.html 410!",
  ]);
  const [map, gone] = nginxMapFiles(redirects, withdrawn, feeds, { pathPrefix: "/" });
  assert.is(map!.content, '"/tin-tuc/1.html" "/2024/01/27/a/";\n"/cu/" "/2024/01/27/a/";\n"/cu" "/2024/01/27/a/";\n"/category/cu/feed.xml" "/category/moi/feed.xml";\n');
  assert.is(gone!.content, '"/2024/01/28/b/" 1;\n');
  assert.match(htaccessFile(redirects, feeds, { pathPrefix: "/" }).content, 'RedirectMatch 301 "^/tin-tuc/1\\.html/?$" "/2024/01/27/a/"\nRedirectMatch 301 "^/cu/?$" "/2024/01/27/a/"');
});

test("a path with Vietnamese letters: written decoded (as the host looks it up), percent-encoded in _redirects", () => {
  const [page] = redirectPages([article("/2024/01/27/a/", { aliases: ["/tin-tức/1.html"] })], [], [], site());
  assert.is(page!.outputPath, "/tin-tức/1.html");
  assert.match(redirectsFile([page!], [], [], { pathPrefix: "/" }).content, "/tin-t%E1%BB%A9c/1.html /2024/01/27/a/ 301");
  assert.is(nginxMapFiles([{ url: "/tin-t%E1%BB%A9c/1.html", target: "/2024/01/27/a/" }], [], [], { pathPrefix: "/" })[0]!.content, '"/tin-tức/1.html" "/2024/01/27/a/";\n');
});

test.run();
