/**
 * Performance budgets over the built fixture site, forms on (the heaviest configuration): an article
 * page's HTML, the CSS, the JavaScript a page loads, and no render-blocking request to another origin.
 * Sizes are uncompressed bytes, as the files are written.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";
import { LANGUAGES } from "../../src/language.ts";
import { searchUrl } from "../../src/urls.ts";

/** Every language's search page: the one kind of page that loads Pagefind. */
const SEARCH_PAGES = LANGUAGES.map((lang) => searchUrl(lang));

const KB = 1024;
const ARTICLE_HTML_BUDGET = 40 * KB;
const CSS_BUDGET = 20 * KB;
const SCRIPT_BUDGET = 10 * KB;

/** The fixture's site URL: what resolves here is a file of the output, anything else another origin. */
const SITE_ORIGIN = "https://tintuc.example.org";

const build = await buildSite(FIXTURE_SITE, { env: { FORM_ENDPOINT: "https://forms.example.org/gui" } });

interface Page {
  /** e.g. `/2024/01/27/dang-bo/` or `/404.html` */
  url: string;
  html: string;
}

const pages: Page[] = readdirSync(build.outputDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html"))
  .sort()
  .map((file) => {
    const url = `/${file.split(path.sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
    return { url, html: readFileSync(path.join(build.outputDir, file), "utf8") };
  });

/** Every `<tag …>` of the page, with its attributes (names lowercased; a bare attribute is ""). */
function tags(html: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, "gi"))) {
    const attributes: Record<string, string> = {};
    for (const attribute of match[1]!.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes[attribute[1]!.toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? "";
    }
    found.push(attributes);
  }
  return found;
}

/** A reference from a page, resolved: its file in the output when on the site's origin. */
function resolve(page: Page, reference: string): { url: URL; file?: string } {
  const url = new URL(reference.replaceAll("&amp;", "&"), new URL(page.url, SITE_ORIGIN));
  if (url.origin !== SITE_ORIGIN) return { url };
  return { url, file: path.join(build.outputDir, decodeURIComponent(url.pathname)) };
}

/** The size of a file the page names; a file that is missing fails the test. */
function sizeOf(page: Page, reference: string): number {
  const { file } = resolve(page, reference);
  assert.ok(file, `${page.url} loads ${reference} from another origin`);
  assert.ok(existsSync(file), `${page.url} names ${reference}, which is not in the output`);
  return readFileSync(file).length;
}

const stylesheets = (page: Page): string[] =>
  tags(page.html, "link")
    .filter((link) => link.rel?.toLowerCase().split(/\s+/).includes("stylesheet"))
    .map((link) => link.href ?? "");
const scripts = (page: Page): string[] => tags(page.html, "script").filter((script) => script.src !== undefined).map((script) => script.src!);

const report = (files: { name: string; size: number }[]): string =>
  `${files.map(({ name, size }) => `${name} ${(size / KB).toFixed(1)} KB`).join(" + ")} = ${(files.reduce((sum, file) => sum + file.size, 0) / KB).toFixed(1)} KB`;

test("the build succeeds with the forms on, and every kind of page is there", () => {
  assert.is(build.code, 0, build.stderr);
  for (const url of ["/", "/2024/", "/2024/01/", "/2024/01/27/", "/archive/", "/category/khoa-hoc/", searchUrl(), "/404.html"]) {
    assert.ok(pages.some((page) => page.url === url), `expected a page at ${url}`);
  }
  assert.ok(pages.some((page) => page.html.includes('data-form="comment"')), "the comment form is on the article pages");
});

test(`an article page's HTML is under ${ARTICLE_HTML_BUDGET / KB} KB`, () => {
  const articles = pages.filter((page) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(page.url));
  assert.ok(articles.length >= 3, "the fixture's articles are found");
  for (const page of articles) {
    const size = Buffer.byteLength(page.html);
    assert.ok(size < ARTICLE_HTML_BUDGET, `${page.url}: ${(size / KB).toFixed(1)} KB of HTML`);
  }
});

test(`the site's CSS totals under ${CSS_BUDGET / KB} KB, and so does what any page loads`, () => {
  const assetsDir = path.join(build.outputDir, "assets");
  const ours = readdirSync(assetsDir)
    .filter((name) => name.endsWith(".css"))
    .map((name) => ({ name, size: readFileSync(path.join(assetsDir, name)).length }));
  assert.ok(ours.length > 0, "the site's stylesheets are in /assets/");
  assert.ok(ours.reduce((sum, file) => sum + file.size, 0) < CSS_BUDGET, `the site's CSS: ${report(ours)}`);
  for (const page of pages) {
    const loaded = stylesheets(page).map((href) => ({ name: href, size: sizeOf(page, href) }));
    assert.ok(loaded.reduce((sum, file) => sum + file.size, 0) < CSS_BUDGET, `${page.url} loads ${report(loaded)} of CSS`);
  }
});

test(`every page but search loads under ${SCRIPT_BUDGET / KB} KB of JavaScript`, () => {
  const over: string[] = [];
  for (const page of pages.filter((candidate) => !SEARCH_PAGES.includes(candidate.url))) {
    const loaded = scripts(page).map((src) => ({ name: src, size: sizeOf(page, src) }));
    if (loaded.reduce((sum, file) => sum + file.size, 0) >= SCRIPT_BUDGET) over.push(`${page.url}: ${report(loaded)}`);
  }
  assert.ok(over.length === 0, `over budget:\n${over.join("\n")}`);
});

test("no page has a render-blocking request to another origin", () => {
  const blocking: string[] = [];
  for (const page of pages) {
    for (const script of tags(page.html, "script")) {
      if (script.src === undefined || resolve(page, script.src).file) continue;
      const deferred = "async" in script || "defer" in script || script.type?.toLowerCase() === "module";
      if (!deferred) blocking.push(`${page.url}: <script src="${script.src}">`);
    }
    for (const href of stylesheets(page)) {
      const { file } = resolve(page, href);
      if (!file) {
        blocking.push(`${page.url}: stylesheet ${href}`);
        continue;
      }
      // A stylesheet of the site that imports one from elsewhere blocks rendering all the same.
      const css = existsSync(file) ? readFileSync(file, "utf8") : "";
      for (const [, imported] of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
        if (!resolve({ url: href, html: "" }, imported!).file) blocking.push(`${page.url}: ${href} imports ${imported}`);
      }
    }
  }
  assert.equal(blocking, []);
});

test.run();
