import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleSummary } from "../../src/article-summary.ts";
import type { CategoryLink } from "../../src/category-link.ts";
import { type FrontCandidate, MAX_SECONDARY, frontPage, topStoryUrls } from "../../src/pages/front-page.ts";

const BUILD = DateTime.fromISO("2024-05-10T12:00:00+07:00", { setZone: true });
const category = (key: string): CategoryLink => ({ key, name: key, url: `/category/${key}/`, feedUrl: `/category/${key}/feed.xml` });
const SCIENCE = category("khoa-hoc");
const TECH = category("cong-nghe");

/** Stories a day apart, newest first: `n` is days before the build, `f` marks featured. */
function stories(spec: string): FrontCandidate[] {
  return spec.split(" ").map((item) => {
    const [name, days] = item.replace("*", "").split("@");
    return { url: `/${name}/`, published: BUILD.minus({ days: Number(days), hours: 1 }), featured: item.endsWith("*") };
  });
}
const top = (spec: string, pinned: string[] = [], featuredDays = 3): string[] =>
  topStoryUrls(stories(spec), { buildTime: BUILD, featuredDays, pinned }).map((url) => url.slice(1, -1));

test("top stories: without a choice the three newest lead", () => {
  assert.equal(top("a@0 b@0 c@1 d@2 e@5"), ["a", "b", "c"]);
});

test("top stories: featured ones newest first, topped up to a lead and two secondaries", () => {
  assert.equal(top("a@0 b@0* c@1 d@2*"), ["b", "d", "a"]);
  assert.equal(top("a@0* b@0* c@1* d@1* e@2* f@2* g@2*"), ["a", "b", "c", "d", "e"], `at most 1 + ${MAX_SECONDARY}`);
});

test("top stories: a featured story leaves the top after featured_days", () => {
  assert.equal(top("a@0 b@1 c@2 d@4*"), ["a", "b", "c"], "4 days old, 3 days allowed: expired");
  assert.equal(top("a@0 b@1 c@2 d@4*", [], 5), ["d", "a", "b"], "within 5 days");
});

test("top stories: pinned ones lead in the order written, whatever their age; unknown ones are ignored", () => {
  assert.equal(top("a@0 b@0* c@1 d@30", ["/d/", "/nowhere/"]), ["d", "b", "a"]);
});

test("top stories: a scheduled featured story (after build time, in preview) does not lead", () => {
  const candidates = [{ url: "/later/", published: BUILD.plus({ days: 1 }), featured: true }, ...stories("a@0 b@1 c@2")];
  assert.equal(topStoryUrls(candidates, { buildTime: BUILD, featuredDays: 3, pinned: [] }), ["/a/", "/b/", "/c/"]);
});

const summary = (url: string, cat: CategoryLink): ArticleSummary => ({
  url, title: url, summary: "", category: cat, published: { iso: "", text: "" }, publishedAt: { iso: "", text: "" },
});

test("front page: lead, secondaries, latest and category blocks never repeat a story", () => {
  const all = Array.from({ length: 30 }, (_, i) => summary(`/s${i}/`, i % 3 === 0 ? TECH : SCIENCE));
  const page = frontPage("vi", all, ["/s5/", "/s0/", "/s1/"], [SCIENCE, TECH], { latestCount: 6, categoryCount: 3 });
  assert.equal([page.url, page.outputPath], ["/", "/index.html"]);
  assert.is(page.lead!.url, "/s5/");
  assert.equal(page.secondary.map((s) => s.url), ["/s0/", "/s1/"]);
  assert.equal(page.latest.map((s) => s.url), ["/s2/", "/s3/", "/s4/", "/s6/", "/s7/", "/s8/"]);
  assert.equal(page.categories.map((block) => [block.category.key, block.articles.map((s) => s.url)]), [
    ["khoa-hoc", ["/s10/", "/s11/", "/s13/"]],
    ["cong-nghe", ["/s9/", "/s12/", "/s15/"]],
  ]);
  const shown = [page.lead!, ...page.secondary, ...page.latest, ...page.categories.flatMap((block) => block.articles)].map((s) => s.url);
  assert.is(new Set(shown).size, shown.length);
});

test("front page: the sidebar's video is the newest video story not already on the page", () => {
  const video = (url: string): ArticleSummary => ({ ...summary(url, SCIENCE), video: { poster: "/p.jpg", posterImage: { src: "/p.jpg" } } });
  const all = [video("/v1/"), summary("/s1/", SCIENCE), summary("/s2/", SCIENCE), video("/v2/"), summary("/s3/", TECH), video("/v3/")];
  // v1 on top, v2 in the latest news; v3 (Khoa học) is in no block here.
  assert.is(frontPage("vi", all, ["/v1/", "/s1/", "/s2/"], [TECH], { latestCount: 1, categoryCount: 1 }).sidebarVideo?.url, "/v3/");
  assert.is(frontPage("vi", all.slice(0, 4), ["/v1/"], [SCIENCE], { latestCount: 5 }).sidebarVideo, null);
});

test("front page: a category with nothing left to show has no block; an empty site has no lead", () => {
  const page = frontPage("en", [summary("/en/a/", SCIENCE), summary("/en/b/", SCIENCE)], ["/en/a/"], [SCIENCE, TECH], { latestCount: 5 });
  assert.is(page.url, "/en/");
  assert.equal(page.latest.map((s) => s.url), ["/en/b/"]);
  assert.equal(page.categories, []);
  assert.equal(frontPage("vi", [], [], [SCIENCE]).lead, undefined);
});

test.run();
