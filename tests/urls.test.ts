import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pathPrefixOf } from "../src/content/data-files.ts";
import { absoluteUrl, articleUrl, authorFeedUrl, authorUrl, categoryUrl, tagFeedUrl, tagUrl, dayUrl, dayUrlPattern, hasScheme, isRootRelative, leavesSite, monthUrl, paginatedUrl, permalinkFor, videoSectionUrl, withPathPrefix, yearUrl } from "../src/urls.ts";

test("article URLs use the GMT+7 day of publication", () => {
  assert.is(articleUrl(DateTime.fromISO("2024-01-27T22:01:00+07:00"), "dang-bo"), "/2024/01/27/dang-bo/");
  assert.is(articleUrl(DateTime.fromISO("2024-01-26T17:30:00Z"), "nua-dem"), "/2024/01/27/nua-dem/");
});

test("archive and category URLs; page 1 has no /page/1/", () => {
  assert.is(dayUrl(2024, 1, 7), "/2024/01/07/");
  assert.is(monthUrl(2024, 9), "/2024/09/");
  assert.is(yearUrl(2024), "/2024/");
  assert.is(categoryUrl("khoa-hoc"), "/category/khoa-hoc/");
  assert.is(videoSectionUrl(), "/video/");
  assert.is(tagUrl("ve-tinh"), "/tag/ve-tinh/");
  assert.is(tagFeedUrl("ve-tinh", "en"), "/en/tag/ve-tinh/feed.xml");
  assert.is(authorUrl("dang-minh", "en"), "/en/author/dang-minh/");
  assert.is(authorFeedUrl("dang-minh"), "/author/dang-minh/feed.xml");
  assert.is(paginatedUrl(tagUrl("ve-tinh"), 2), "/tag/ve-tinh/page/2/");
  assert.is(videoSectionUrl("en"), "/en/video/");
  assert.is(paginatedUrl(videoSectionUrl(), 2), "/video/page/2/");
  assert.is(paginatedUrl("/category/khoa-hoc/", 1), "/category/khoa-hoc/");
  assert.is(paginatedUrl("/category/khoa-hoc/", 3), "/category/khoa-hoc/page/3/");
  assert.is(permalinkFor("/2024/"), "/2024/index.html");
  assert.is(permalinkFor("/feed.xml"), "/feed.xml");
});

test("a path prefix goes before site-relative URLs only", () => {
  assert.is(withPathPrefix("/tin/", "/archive/days.json"), "/tin/archive/days.json");
  assert.is(withPathPrefix("/tin/", dayUrlPattern()), "/tin/{yyyy}/{mm}/{dd}/");
  assert.is(withPathPrefix("/", "/2024/"), "/2024/");
  assert.is(withPathPrefix("/tin/", "https://forms.example.org/"), "https://forms.example.org/");
  assert.is(withPathPrefix("/tin/", "//cdn.example.org/x.js"), "//cdn.example.org/x.js");
  assert.is(withPathPrefix("/tin/", "/\\cdn.example.org/x.js"), "/\\cdn.example.org/x.js");
});

test("absoluteUrl joins the site's URL and a path, once, and leaves an absolute URL alone", () => {
  const cases: [string, string, string][] = [
    ["https://x.org", "/2024/", "https://x.org/2024/"],
    ["https://x.org/", "/2024/", "https://x.org/2024/"],
    ["https://x.org/tin", "/2024/", "https://x.org/tin/2024/"],
    ["https://x.org/tin/", "feed.xml", "https://x.org/tin/feed.xml"],
    ["https://x.org", "https://cdn.example.org/a.jpg", "https://cdn.example.org/a.jpg"],
  ];
  for (const [siteUrl, path, expected] of cases) assert.is(absoluteUrl(siteUrl, path), expected, `${siteUrl} + ${path}`);
});

test("a URL has a scheme when it starts as RFC 3986 says, and leaves the site with one or with //", () => {
  // [url, hasScheme, leavesSite]
  const cases: [string, boolean, boolean][] = [
    ["https://example.org/", true, true],
    ["HTTP://EXAMPLE.ORG", true, true],
    ["mailto:toa-soan@example.org", true, true],
    ["tel:+84-24-1234", true, true],
    ["data:image/png;base64,iVBORw0KGgo=", true, true],
    ["javascript:void(0)", true, true],
    ["svn+ssh://host/repo", true, true],
    ["web+tintuc:x", true, true],
    ["anh:1.jpg", true, true], // a browser reads `anh:` as a scheme too
    ["//cdn.example.org/x.js", false, true],
    ["/\\cdn.example.org/x.js", false, true], // a browser reads a backslash as a slash: another host
    ["\\\\cdn.example.org/x.js", false, true],
    ["/2024/01/27/dang-bo/", false, false],
    ["/tin/photo-sizes/a-480.jpg", false, false],
    ["anh/ha-noi.jpg", false, false],
    ["./anh.jpg", false, false],
    ["../anh.jpg", false, false],
    ["anh/2024:01.jpg", false, false], // a colon after a slash is in the path
    ["ảnh:1.jpg", false, false], // a scheme is ASCII: this is a file name
    ["1a:x", false, false],
    [":x", false, false],
    ["a b:c", false, false],
    ["#top", false, false],
    ["?p=12", false, false],
    ["", false, false],
  ];
  for (const [url, scheme, leaves] of cases) {
    assert.is(hasScheme(url), scheme, `hasScheme(${JSON.stringify(url)})`);
    assert.is(leavesSite(url), leaves, `leavesSite(${JSON.stringify(url)})`);
  }
});

test("a root-relative URL starts with one slash: never protocol-relative, never a scheme, never relative", () => {
  const cases: [string, boolean][] = [
    ["/", true],
    ["/2024/01/27/dang-bo/", true],
    ["/images/ảnh hội nghị.jpg", true],
    ["/images/a.jpg?v=2#top", true],
    ["/tin\\anh.jpg", true], // a backslash further on stays in this site's path
    ["//cdn.example.org/a.jpg", false],
    ["///cdn.example.org/a.jpg", false],
    ["/\\cdn.example.org/a.jpg", false], // browsers go to cdn.example.org
    ["\\\\cdn.example.org/a.jpg", false],
    ["https://tintuc.example.org/2024/", false],
    ["mailto:toa-soan@example.org", false],
    ["images/a.jpg", false],
    ["./a.jpg", false],
    ["#top", false],
    ["", false],
  ];
  for (const [url, expected] of cases) {
    assert.is(isRootRelative(url), expected, `isRootRelative(${JSON.stringify(url)})`);
    if (expected) assert.not.ok(leavesSite(url), `a root-relative ${JSON.stringify(url)} stays on the site`);
  }
});

test("the path prefix comes from the site's URL", () => {
  assert.is(pathPrefixOf("https://example.org"), "/");
  assert.is(pathPrefixOf("https://example.org/tin"), "/tin/");
  assert.is(pathPrefixOf("https://example.org/tin/"), "/tin/");
  assert.is(pathPrefixOf("https://example.org/bao/tin"), "/bao/tin/");
});

test.run();
