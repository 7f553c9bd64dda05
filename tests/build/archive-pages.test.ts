import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const build = await buildSite(FIXTURE_SITE);
const html = (url: string): string => {
  const file = path.join(build.outputDir, url, url.endsWith(".json") ? "" : "index.html");
  assert.ok(existsSync(file), `expected ${url}`);
  return readFileSync(file, "utf8");
};
/** Article links of a list, in order. */
const listed = (page: string): string[] => [...page.matchAll(/<h[23] class="news-list__title"><a href="([^"]+)"/g)].map((m) => m[1]!);

const SEED = "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/";
const WARNING = "/2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/";
const MIDNIGHT = "/2024/03/02/ban-tin-luc-nua-dem/";

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

test("day page: the day's articles newest first with their times, and links to neighbouring days", () => {
  const day = html("/2024/01/27/");
  assert.equal(listed(day), [SEED, WARNING]);
  assert.match(day, '<time datetime="2024-01-27T22:01:00+07:00">22:01, 27/01/2024</time>');
  assert.match(day, "Thứ bảy, 27/01/2024");
  assert.match(day, '<a href="/2024/03/02/" rel="next">');
  assert.not.match(day, 'rel="prev"');
  assert.equal(listed(html("/2024/03/02/")), [MIDNIGHT], "00:30 GMT+7 belongs to 02/03, not 01/03");
});

test("no page for a day, month or year without news; no /page/1/", () => {
  for (const url of ["/2024/03/01/", "/2024/02/", "/2023/", "/2099/", "/2024/01/27/page/1/", "/category/khoa-hoc/page/1/"]) {
    assert.not.ok(existsSync(path.join(build.outputDir, url, "index.html")), url);
  }
});

test("month page: a Monday-first calendar linking days with news and their counts; the month's articles", () => {
  const month = html("/2024/01/");
  assert.match(month, /<thead><tr><th scope="col">T2<\/th>.*<th scope="col">CN<\/th><\/tr><\/thead>/);
  // January 2024 starts on a Monday: the first cell is day 1.
  assert.match(month, /<tbody>\s*<tr>\s*<td class="calendar__day">1<\/td>/);
  assert.match(month, '<a href="/2024/01/27/">27<span class="calendar__count">2 tin</span></a>');
  assert.equal(listed(month), [SEED, WARNING]);
  assert.match(month, '<a href="/2024/03/" rel="next">');
  // March 2024 starts on a Friday: four blank cells before day 1.
  assert.match(html("/2024/03/"), /<tr>\s*<td><\/td>\s*<td><\/td>\s*<td><\/td>\s*<td><\/td>\s*<td class="calendar__day">1<\/td>/);
});

test("year page: twelve months with counts, only months with news linked", () => {
  const year = html("/2024/");
  assert.is((year.match(/class="month-grid__month/g) ?? []).length, 12);
  assert.match(year, '<a href="/2024/01/">01/2024</a> <span class="month-grid__count">2 tin</span>');
  assert.match(year, '<a href="/2024/03/">03/2024</a> <span class="month-grid__count">1 tin</span>');
  assert.match(year, "<span>02/2024</span>");
  assert.not.match(year, 'href="/2024/02/"');
});

test("archive index: every year and month with counts", () => {
  const archive = html("/archive/");
  assert.match(archive, "<h1>Lưu trữ</h1>");
  assert.match(archive, '<a href="/2024/">Tin năm 2024</a> <span class="list-count">3 tin</span>');
});

test("category page: name, description, its articles newest first; an empty category says so", () => {
  const category = html("/category/khoa-hoc/");
  assert.match(category, "<h1>Khoa học</h1>");
  assert.match(category, "Nghiên cứu, phát hiện và đời sống khoa học");
  assert.equal(listed(category), [MIDNIGHT], "drafts and scheduled articles are not listed");
  assert.match(html("/category/chinh-sach/"), "Chưa có tin.");
});

test("home page: the newest story leads, two more under it; no category block repeats them", () => {
  const home = html("/");
  assert.match(home, `<h3 class="front-lead__title"><a href="${MIDNIGHT}">`);
  assert.equal(listed(home), [SEED, WARNING]);
  assert.not.match(home, 'id="home-khoa-hoc"', "its one story leads the page");
  assert.not.match(home, 'id="home-chinh-sach"');
});

test("every page carries the date picker; the day index lists the days with news", () => {
  for (const url of ["/", SEED, "/2024/01/", "/archive/"]) assert.match(html(url), 'data-date-picker', url);
  assert.match(readFileSync(path.join(build.outputDir, "404.html"), "utf8"), "data-date-picker");
  const index = JSON.parse(html("/archive/days.json"));
  assert.equal(index, { first: "2024-01-27", last: "2024-03-02", months: [1 << 26, 0, 1 << 1] });
});

test.run();
