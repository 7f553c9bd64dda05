/**
 * The front page in the built site: the editor's top stories (pinned, then featured within
 * featured_days), the latest news, a block per category, no story twice; and without any choice,
 * the newest stories lead. The main fixture plus a month of generated December 2024 stories
 * (build time 2025-01-01T00:00+07:00).
 */
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const pad2 = (n: number): string => String(n).padStart(2, "0");
const SEED = "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/";
const story = (day: number): string => `/2024/12/${pad2(day)}/tin-ngay-${day}/`;

/** December 2024, one story a day at 08:00; `featured` days carry `featured: true`. */
async function siteWith(featured: number[], pinned?: string): Promise<string> {
  const contentDir = path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-front-")), "content");
  await cp(FIXTURE_SITE, contentDir, { recursive: true });
  await mkdir(path.join(contentDir, "articles", "2024", "12"), { recursive: true });
  for (let day = 1; day <= 31; day++) {
    const fields = [`title: "Tin ngày ${day}"`, `category: ${day % 2 ? "khoa-hoc" : "cong-nghe"}`, `published: 2024-12-${pad2(day)}T08:00:00+07:00`];
    if (featured.includes(day)) fields.push("featured: true");
    if (day === 31) fields.push("image: { src: /images/hoi-nghi.jpg, alt: Toàn cảnh hội nghị }");
    await writeFile(path.join(contentDir, "articles", "2024", "12", `ngay-${day}.md`), `---\n${fields.join("\n")}\n---\nTin ngày ${day}.\n`);
  }
  if (pinned) await writeFile(path.join(contentDir, "_data", "front-page.yaml"), pinned);
  return contentDir;
}

// Featured on the 30th (within the default 3 days), the 20th (expired) and the 29th; the old seed article pinned.
const [chosen, unchosen] = await Promise.all([
  siteWith([20, 29, 30], `pinned:\n  - ${SEED}\n`).then((dir) => buildSite(dir)),
  siteWith([]).then((dir) => buildSite(dir)),
]);
const home = (dir: string): string => {
  const file = path.join(dir, "index.html");
  assert.ok(existsSync(file), "expected the front page");
  return readFileSync(file, "utf8");
};
const section = (page: string, start: string): string => page.slice(page.indexOf(start), page.indexOf("</section>", page.indexOf(start)));
const links = (html: string, className: string): string[] => [...html.matchAll(new RegExp(`class="${className}"><a href="([^"]+)"`, "g"))].map((m) => m[1]!);
const lead = (page: string): string => links(page, "front-lead__title")[0] ?? "";
const secondary = (page: string): string[] => links(section(page, 'class="front-secondary"'), "news-list__title");
const latest = (page: string): string[] => links(section(page, 'class="home-latest"'), "news-list__title");
const everyStory = (page: string): string[] => [lead(page), ...links(page, "news-list__title")].filter(Boolean);

test("both builds succeed", () => {
  assert.is(chosen.code, 0, chosen.stderr);
  assert.is(unchosen.code, 0, unchosen.stderr);
});

test("the pinned story leads, whatever its age; featured ones follow newest first; an expired one does not", () => {
  const page = home(chosen.outputDir);
  assert.is(lead(page), SEED);
  assert.equal(secondary(page), [story(30), story(29)]);
  assert.not.ok(secondary(page).includes(story(20)), "featured 12 days before the build: expired");
  assert.ok(latest(page).includes(story(20)), "an expired featured story is news like any other");
});

test("the lead story: its large photo when it has one, headline and lede", () => {
  const page = home(unchosen.outputDir);
  assert.is(lead(page), story(31));
  assert.match(page, /<picture><source type="image\/avif" srcset="\/photo-sizes\/images\/hoi-nghi.jpg\/400.avif 400w[^"]*"[^>]*>.*<img src="\/photo-sizes\/images\/hoi-nghi.jpg\/800.jpg" [^>]*alt="Toàn cảnh hội nghị" class="front-lead__photo" width="\d+" height="\d+" fetchpriority="high"/);
  assert.match(page, '<p class="front-lead__lede">Tin ngày 31.</p>');
});

test("without featured or pinned stories the newest lead, two secondaries under them", () => {
  const page = home(unchosen.outputDir);
  assert.equal(secondary(page), [story(30), story(29)]);
  assert.equal(latest(page).slice(0, 2), [story(28), story(27)]);
});

test("no story twice on the front page, and the category blocks skip what is above them", () => {
  for (const build of [chosen, unchosen]) {
    const stories = everyStory(home(build.outputDir));
    assert.ok(stories.length > 25, `${stories.length} stories`);
    assert.is(new Set(stories).size, stories.length, stories.join("\n"));
  }
  const science = section(home(unchosen.outputDir), 'id="home-khoa-hoc"');
  assert.not.match(science, story(31), "the lead is not repeated in its category's block");
});

test.run();
