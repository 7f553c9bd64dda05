/**
 * Video articles in the built site: tests/fixtures/video-site (a YouTube, a Vimeo and a file video, a
 * draft video, an article without one) plus 20 generated YouTube articles, so that the video section
 * has a second page. The forms are on: the heaviest pages for the script budget.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHeadersFile } from "../../src/bench/static-server.ts";
import { VIDEO_FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const GENERATED = 20;
const pad2 = (n: number): string => String(n).padStart(2, "0");

const contentDir = path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-video-")), "content");
await cp(VIDEO_FIXTURE_SITE, contentDir, { recursive: true });
await mkdir(path.join(contentDir, "articles", "2024", "04"), { recursive: true });
for (let n = 1; n <= GENERATED; n++) {
  const frontMatter = [
    `title: "Bản tin video số ${n}"`,
    "category: khoa-hoc",
    `published: 2024-04-${pad2(n)}T08:00:00+07:00`,
    `video: { youtube: VIDEOtes${pad2(n)}A, poster: /images/robot.jpg }`,
  ];
  await writeFile(path.join(contentDir, "articles", "2024", "04", `video-${pad2(n)}.md`), `---\n${frontMatter.join("\n")}\n---\nBản tin số ${n}.\n`);
}
const build = await buildSite(contentDir, { env: { FORM_ENDPOINT: "https://forms.example.org/gui" } });

const html = (url: string): string => {
  const file = path.join(build.outputDir, url, url.endsWith(".html") ? "" : "index.html");
  assert.ok(existsSync(file), `expected ${url}`);
  return readFileSync(file, "utf8");
};
/** Article links of a list, in order. */
const listed = (page: string): string[] => [...page.matchAll(/<h2 class="news-list__title"><a href="([^"]+)"/g)].map((m) => m[1]!);
const scripts = (page: string): string[] => [...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

const YOUTUBE = "/2024/05/21/robot-ho-tro-nguoi-cao-tuoi-duoc-gioi-thieu-tai-ha-noi/";
const FILE = "/2024/05/20/mot-ngay-trong-phong-thi-nghiem-vat-lieu-moi/";
const VIMEO = "/2024/05/18/doi-moi-sang-tao-trong-doanh-nghiep-nho/";
const NO_VIDEO = "/2024/05/22/hoi-thao-ve-tieu-chuan-chat-luong-san-pham/";
const VIDEO_SCRIPT = /^\/assets\/video\.[0-9a-f]{10}\.js$/;

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

test("a YouTube article: a facade above the body, poster, link and play button; no frame and nothing from YouTube in the HTML", () => {
  const page = html(YOUTUBE);
  const facade = /<figure class="video">[\s\S]*?<\/figure>/.exec(page)?.[0] ?? "";
  assert.ok(page.indexOf('<figure class="video"') < page.indexOf('<div class="article__body"'), "the player is above the body");
  assert.match(facade, '<div class="video__frame" data-video-facade data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" data-embed-title="Video: Robot hỗ trợ người cao tuổi được giới thiệu tại Hà Nội">');
  assert.match(facade, /<picture><source type="image\/avif" srcset="\/photo-sizes\/images\/robot.jpg\/400.avif 400w, [^"]*"[^>]*>.*<img src="\/photo-sizes\/images\/robot.jpg\/800.jpg" [^>]*alt="" class="video__poster" width="960" height="540" fetchpriority="high"/);
  assert.match(facade, '<a class="video__play" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-video-link><span class="video__label">Xem video trên YouTube</span></a>');
  assert.match(facade, '<button class="video__play" type="button" hidden data-video-play><span class="video__label">Phát video</span></button>');
  assert.match(facade, '<figcaption>Thời lượng: <time datetime="PT3M25S">3:25</time></figcaption>');
  assert.not.match(page, "<iframe");
  // Only the no-JavaScript link names YouTube: nothing the page loads by itself comes from there.
  assert.equal([...page.matchAll(/\s(?:src|href|poster|srcset)="(https:\/\/[^"]*(?:youtube|vimeo)[^"]*)"/g)].map((m) => m[1]), ["https://www.youtube.com/watch?v=dQw4w9WgXcQ"]);
  assert.equal(scripts(page).filter((src) => VIDEO_SCRIPT.test(src)).length, 1, "the facade's script, once");
});

test("the security policy of a video page frames exactly the two players", () => {
  assert.match(html(YOUTUBE), "frame-src https://www.youtube-nocookie.com https://player.vimeo.com;");
  assert.match(readFileSync(path.join(build.outputDir, "_headers"), "utf8"), "frame-src https://www.youtube-nocookie.com https://player.vimeo.com;");
});

test("_headers caches for a year exactly the files whose names change with their bytes: assets and Pagefind's hashed files, not photo copies or pages", () => {
  const rules = parseHeadersFile(readFileSync(path.join(build.outputDir, "_headers"), "utf8"));
  const immutable = (url: string): boolean =>
    rules.some((rule) => rule.pattern.test(url) && rule.headers.some(([name, value]) => name === "Cache-Control" && value.includes("immutable")));
  // A content hash in the name: `site.36a7b55fe9.css`, `vi_b02b8d7.pf_fragment`, `pagefind.vi_9dcbe56830.pf_meta`.
  const fingerprinted = (file: string): boolean => /[._][0-9a-f]{7,}\.[^/]+$/.test(file);
  const files = readdirSync(build.outputDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(build.outputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`);
  for (const kind of [/^\/assets\//, /^\/photo-sizes\//, /^\/pagefind\/.*\.pf_meta$/, /^\/pagefind\/.*\/fragment\//, /^\/pagefind\/.*\/pagefind\.js$/]) {
    assert.ok(files.some((file) => kind.test(file)), `the build wrote a file like ${kind}`);
  }
  for (const file of files) assert.is(immutable(file), fingerprinted(file), file);
});

test("a Vimeo article: the Vimeo player behind the facade, the lead photo kept, an h:mm:ss duration", () => {
  const page = html(VIMEO);
  assert.match(page, 'data-embed-src="https://player.vimeo.com/video/76979871?autoplay=1"');
  assert.match(page, '<a class="video__play" href="https://vimeo.com/76979871" data-video-link><span class="video__label">Xem video trên Vimeo</span></a>');
  assert.match(page, '<time datetime="PT1H2M3S">1:02:03</time>');
  assert.match(page, /<img src="\/photo-sizes\/images\/phong-thi-nghiem.jpg\/800.jpg" [^>]*alt="Nhân viên một doanh nghiệp nhỏ bên dây chuyền mới"/);
  assert.not.match(page, "<iframe");
});

test("a file of the site: the browser's own player, fetching nothing before play; the file is published", () => {
  const page = html(FILE);
  assert.match(page, '<video class="video__frame" controls preload="none" poster="/photo-sizes/images/phong-thi-nghiem.jpg/800.jpg">', "the poster's copy nearest 800 px, not the original");
  assert.match(page, '<source src="/videos/2024/05/thi-nghiem.webm" type="video/webm">');
  assert.not.match(page, "data-video-facade");
  assert.not.ok(scripts(page).some((src) => VIDEO_SCRIPT.test(src)), "no facade, no facade script");
  assert.ok(existsSync(path.join(build.outputDir, "videos", "2024", "05", "thi-nghiem.webm")));
});

test("structured data: a VideoObject with its poster, duration and player or file; the poster shared when there is no lead photo", () => {
  const jsonLd = (url: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html(url))![1]!);
  assert.equal(jsonLd(YOUTUBE).video, {
    "@type": "VideoObject",
    name: "Robot hỗ trợ người cao tuổi được giới thiệu tại Hà Nội",
    description: "Một nhóm kỹ sư trẻ giới thiệu robot hỗ trợ người cao tuổi trong sinh hoạt hằng ngày.",
    thumbnailUrl: ["https://tintuc.example.org/photo-sizes/images/robot.jpg/960.jpg"],
    uploadDate: "2024-05-21T09:30:00+07:00",
    duration: "PT3M25S",
    embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
  });
  assert.is(jsonLd(FILE).video.contentUrl, "https://tintuc.example.org/videos/2024/05/thi-nghiem.webm");
  assert.match(html(YOUTUBE), '<meta property="og:image" content="https://tintuc.example.org/photo-sizes/images/robot.jpg/960.jpg">', "shared with its poster when it has no lead photo");
  assert.match(html(VIMEO), '<meta property="og:image" content="https://tintuc.example.org/photo-sizes/images/phong-thi-nghiem.jpg/960.jpg">', "its lead photo otherwise");
  assert.is(jsonLd(NO_VIDEO).video, undefined);
});

test("an article without a video has no player and loads no video script", () => {
  const page = html(NO_VIDEO);
  assert.not.match(page, '<figure class="video"');
  assert.not.ok(scripts(page).some((src) => VIDEO_SCRIPT.test(src)));
});

test("/video/: video articles only, newest first, 20 a page with a pager; drafts left out; in the sitemap", () => {
  const first = html("/video/");
  const second = html("/video/page/2/");
  const generated = Array.from({ length: GENERATED }, (_, index) => `/2024/04/${pad2(GENERATED - index)}/ban-tin-video-so-${GENERATED - index}/`);
  assert.equal([...listed(first), ...listed(second)], [YOUTUBE, FILE, VIMEO, ...generated]);
  assert.is(listed(first).length, 20);
  assert.match(first, "<h1>Video</h1>");
  assert.match(first, "<title>Video – Tin tức Khoa học và Công nghệ</title>");
  assert.match(second, "<title>Video – Trang 2 – Tin tức Khoa học và Công nghệ</title>");
  assert.match(first, '<a href="/video/page/2/" rel="next">');
  assert.match(second, '<a href="/video/" rel="prev">');
  assert.not.ok(existsSync(path.join(build.outputDir, "video", "page", "3")));
  assert.not.match(first + second, "video-dang-bien-tap", "a draft is not listed");
  assert.not.match(first + second, NO_VIDEO, "an article without a video is not listed");
  assert.match(first, /<img src="\/photo-sizes\/images\/robot.jpg\/800.jpg" srcset="[^"]*" sizes="7rem" alt="" class="news-list__thumb" width="160" height="90" loading="lazy"/, "a video without a lead photo shows its poster");
  const sitemap = readFileSync(path.join(build.outputDir, "sitemap.xml"), "utf8");
  assert.match(sitemap, "<loc>https://tintuc.example.org/video/</loc><lastmod>2024-05-21T09:30:00+07:00</lastmod>");
  assert.match(sitemap, "<loc>https://tintuc.example.org/video/page/2/</loc>");
});

test("every Vietnamese page: a Video link in the navigation, and the newest video in the sidebar", () => {
  const block = (page: string): string => /<section class="box latest-video"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
  for (const url of [NO_VIDEO, FILE, "/video/page/2/", "/category/khoa-hoc/", "/2024/05/", "/archive/", "/search/", "/404.html"]) {
    const page = html(url);
    assert.match(page, /<nav class="site-nav"[\s\S]*<li><a href="\/video\/">Video<\/a><\/li>[\s\S]*<\/nav>/, url);
    const latest = block(page);
    assert.match(latest, '<h2 class="box__title" id="latest-video-title"><a href="/video/">Video</a></h2>', url);
    assert.match(latest, `<a class="latest-video__link" href="${YOUTUBE}">`, url);
    assert.match(latest, /<img src="\/photo-sizes\/images\/robot.jpg\/800.jpg" [^>]*alt="" class="latest-video__poster" width="288" height="162" loading="lazy"/, url);
    assert.match(latest, '<span class="latest-video__title">Robot hỗ trợ người cao tuổi được giới thiệu tại Hà Nội</span>', url);
    assert.match(latest, '<time datetime="PT3M25S">3:25</time>', url);
  }
});

test("the front page's sidebar offers no video story the page already shows", () => {
  const page = html("/");
  const block = /<section class="box latest-video"[\s\S]*?<\/section>/.exec(page)?.[0];
  const main = /<main[\s\S]*?<\/main>/.exec(page)![0];
  const offered = block && /class="latest-video__link" href="([^"]+)"/.exec(block)?.[1];
  if (offered) assert.not.match(main, `href="${offered}"`);
  assert.match(main, `href="${YOUTUBE}"`, "the newest video is a top story, so the sidebar does not repeat it");
  assert.not.equal(offered, YOUTUBE);
});

test("the newest video's own page: the sidebar offers the next newest, never the article being read", () => {
  const latest = /<section class="box latest-video"[\s\S]*?<\/section>/.exec(html(YOUTUBE))?.[0] ?? "";
  assert.match(latest, `<a class="latest-video__link" href="${FILE}">`);
  assert.not.match(latest, YOUTUBE);
});

test("feeds: a video article's entry shows its poster linked to the video; a file video is an enclosure", () => {
  const feed = readFileSync(path.join(build.outputDir, "feed.xml"), "utf8");
  const entry = (url: string): string => new RegExp(`<entry>\\s*<title>[^<]*</title>\\s*<link href="https://tintuc.example.org${url}"[\\s\\S]*?</entry>`).exec(feed)?.[0] ?? "";
  const file = entry(FILE);
  assert.match(file, '<link rel="enclosure" type="video/webm" href="https://tintuc.example.org/videos/2024/05/thi-nghiem.webm"/>');
  assert.match(file, `&lt;a href=&quot;https://tintuc.example.org${FILE}&quot;&gt;&lt;img src=&quot;https://tintuc.example.org/photo-sizes/images/`);
  assert.match(file, "Xem video");
  const youtube = entry(YOUTUBE);
  assert.match(youtube, "&lt;a href=&quot;https://www.youtube.com/watch?v=");
  assert.match(youtube, "img src=&quot;https://tintuc.example.org/photo-sizes/images/robot.jpg/800.jpg&quot;", "the poster's 800-px copy, not the original");
  assert.not.match(youtube, 'rel="enclosure"', "a provider's video is no file to enclose");
});

test("a site without English articles has no English section, so no English video section either", () => {
  assert.not.ok(existsSync(path.join(build.outputDir, "en")));
});

test("a video page loads under 10 KB of JavaScript, the facade's script included", () => {
  for (const url of [YOUTUBE, VIMEO]) {
    const sizes = scripts(html(url)).map((src) => readFileSync(path.join(build.outputDir, src)).length);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    assert.ok(total < 10 * 1024, `${url}: ${total} bytes of JavaScript`);
  }
});

test("the built output holds no frame anywhere", () => {
  const pages = readdirSync(build.outputDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
  assert.ok(pages.length > 30);
  for (const file of pages) assert.not.match(readFileSync(path.join(build.outputDir, file), "utf8"), "<iframe", file);
});

test.run();
