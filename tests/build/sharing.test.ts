/**
 * What a shared link and a search engine see, and what site.yaml adds to the frame: the default
 * share image for articles without a photo and for list pages, Open Graph on list pages, the
 * publisher's logo in structured data, the header's logo and extra menu links.
 */
import { existsSync, readFileSync } from "node:fs";
import { appendFile, cp, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const contentDir = path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-sharing-")), "content");
await cp(FIXTURE_SITE, contentDir, { recursive: true });
await writeFile(path.join(contentDir, "images", "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="48" viewBox="0 0 240 48"><rect width="240" height="48" fill="#fff"/></svg>\n');
await cp(path.join(contentDir, "images", "toan-canh.jpg"), path.join(contentDir, "images", "chia-se.jpg"));
await appendFile(
  path.join(contentDir, "_data", "site.yaml"),
  "logo: /images/logo.svg\nshare_image: /images/chia-se.jpg\nmenu:\n  - name: Giới thiệu\n    url: /gioi-thieu/\n  - name: Báo in\n    url: https://bao-in.example.org/\n    name_en: Print edition\n",
);
const build = await buildSite(contentDir);
const read = (url: string): string => {
  const file = path.join(build.outputDir, url, url.endsWith("/") ? "index.html" : "");
  assert.ok(existsSync(file), `expected ${url}`);
  return readFileSync(file, "utf8");
};
const jsonLd = (html: string): Record<string, any> => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? "{}");
const WARNING = "/2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/";
const SEED = "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/";

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

// The share image is 960 px wide, narrower than 1200: it is shared as its widest JPEG copy, never enlarged.
const SHARE_COPY = "https://tintuc.example.org/photo-sizes/images/chia-se.jpg/960.jpg";

test("an article without a photo is shared with the site's share image's JPEG copy, with the copy's size", async () => {
  const html = read(WARNING);
  assert.match(html, `<meta property="og:image" content="${SHARE_COPY}">`);
  assert.match(html, '<meta property="og:image:width" content="960">\n<meta property="og:image:height" content="540">');
  assert.match(html, '<meta name="twitter:card" content="summary_large_image">');
  assert.match(html, `<meta name="twitter:image" content="${SHARE_COPY}">`);
  assert.equal(jsonLd(html).image, [{ "@type": "ImageObject", url: SHARE_COPY, width: 960, height: 540 }]);
  const copy = await sharp(path.join(build.outputDir, new URL(SHARE_COPY).pathname)).metadata();
  assert.equal([copy.format, copy.width, copy.height], ["jpeg", 960, 540], "the copy exists, as large as its tags say");
});

test("an article with a photo keeps its own", () => {
  // Its sharing copy (src/images/): the 1200-px JPEG, or the original's width when narrower.
  assert.match(read(SEED), /<meta property="og:image" content="https:\/\/tintuc\.example\.org\/photo-sizes\/images\/hoi-nghi\.jpg\/\d+\.jpg">/);
});

test("structured data: the publisher's logo, with its size", () => {
  assert.equal(jsonLd(read(SEED)).publisher.logo, { "@type": "ImageObject", url: "https://tintuc.example.org/images/logo.svg", width: 240, height: 48 });
});

test("list pages and the front page carry Open Graph tags of their own", () => {
  const category = read("/category/khoa-hoc/");
  assert.match(category, '<meta property="og:type" content="website">');
  assert.match(category, '<meta property="og:title" content="Khoa học – Tin tức Khoa học và Công nghệ">');
  assert.match(category, '<meta property="og:description" content="Nghiên cứu, phát hiện và đời sống khoa học trong nước và thế giới.">');
  assert.match(category, '<meta property="og:url" content="https://tintuc.example.org/category/khoa-hoc/">');
  assert.match(category, `<meta property="og:image" content="${SHARE_COPY}">\n<meta property="og:image:width" content="960">\n<meta property="og:image:height" content="540">`);
  assert.match(category, '<meta property="og:locale" content="vi_VN">');
  assert.match(read("/"), '<meta property="og:title" content="Tin tức Khoa học và Công nghệ">');
  assert.match(read("/tag/dang-bo/"), '<meta property="og:title" content="Từ khóa: đảng bộ – Tin tức Khoa học và Công nghệ">');
  assert.match(read("/2024/01/27/"), '<meta property="og:url" content="https://tintuc.example.org/2024/01/27/">');
  assert.not.match(read("/404.html"), "og:url", "the 404 page is nobody's page to share");
});

test("the header shows the logo, with the site's name as text for screen readers", () => {
  assert.match(
    read("/"),
    '<a class="site-header__name site-header__name--logo" href="/"><img src="/images/logo.svg" alt="" class="site-header__logo" width="240" height="48"><span class="visually-hidden">Tin tức Khoa học và Công nghệ</span></a>',
  );
});

test("the navigation shows site.yaml's menu links after the categories", () => {
  const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(read(WARNING))?.[0] ?? "";
  assert.match(nav, /tieu-chuan-chat-luong\/">[^<]+<\/a><\/li>\s*<li><a href="\/gioi-thieu\/">Giới thiệu<\/a><\/li>\s*<li><a href="https:\/\/bao-in.example.org\/">Báo in<\/a><\/li>/);
});

test.run();
