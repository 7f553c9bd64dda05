import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { buildSite } from "../support/build-site.ts";

const build = await buildSite(path.join(PROJECT_DIR, "tests/fixtures/related-site"));
const page = (url: string): string => readFileSync(path.join(build.outputDir, url, "index.html"), "utf8");
/** Links of one list under an article, in order. */
const listLinks = (html: string, className: string): string[] => {
  const section = new RegExp(`<section class="link-list ${className}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";
  return [...section.matchAll(/<li><a href="([^"]+)"/g)].map((match) => match[1]!);
};

const TELESCOPE = "/2024/05/01/kinh-thien-van-moi-quan-sat-thien-ha-xa/";
const HISTORY = "/2024/05/02/thien-van-hoc-viet-nam-va-nhung-kinh-thien-van-dau-tien/";
const RICE = "/2024/05/03/giong-lua-chiu-man-cho-dong-bang-song-cuu-long/";
const SUMMARY = "/2024/05/04/tong-ket-thang-nam-cua-chuyen-muc-khoa-hoc/";
const SCHOOLS = "/2024/05/05/kinh-thien-van-so-hoa-cho-truong-hoc/";

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

test("Các tin khác: the category's articles published just before, newest first, and a link to the category", () => {
  const html = page(RICE);
  assert.equal(listLinks(html, "other-news"), [HISTORY, TELESCOPE]);
  assert.match(html, '<a href="/category/khoa-hoc/">Xem thêm tin cùng chuyên mục: Khoa học ›</a>');
  assert.match(html, /\(<time datetime="2024-05-02T[^"]+\+07:00">02\/05\/2024<\/time>\)/);
});

test("the oldest article of a category gets the newest ones", () => {
  assert.equal(listLinks(page(TELESCOPE), "other-news"), [SUMMARY, RICE, HISTORY]);
});

test("Tin liên quan: the writer's list first, in order; then related by content, never one already in Các tin khác", () => {
  // The schools article names the rice article by its file and the history article by its absolute URL.
  const related = listLinks(page(SCHOOLS), "related-news");
  assert.equal(related.slice(0, 2), [RICE, HISTORY]);
  assert.ok(related.includes(TELESCOPE), "then the other telescope article, by content");
  const history = page(HISTORY);
  const others = listLinks(history, "other-news");
  for (const url of listLinks(history, "related-news")) assert.not.ok(others.includes(url), url);
  // Another category's article about telescopes is related by content to the telescope article.
  assert.ok(listLinks(page(TELESCOPE), "related-news").includes(SCHOOLS));
});

test("Tin mới hơn / Tin cũ hơn: the neighbours in the category", () => {
  const html = page(HISTORY);
  assert.match(html, `<a href="${RICE}" rel="next"><span>‹ Tin mới hơn</span>`);
  assert.match(html, `<a href="${TELESCOPE}" rel="prev"><span>Tin cũ hơn ›</span>`);
  assert.not.match(page(SUMMARY), 'rel="next"><span>‹ Tin mới hơn');
});

test.run();
