import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const build = await buildSite(FIXTURE_SITE, { env: { SITE_URL: "https://bao.example.vn" } });
const page = (url: string): string => readFileSync(path.join(build.outputDir, url, "index.html"), "utf8");
const SEED = "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/";

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

test("article pages: canonical, OpenGraph and Twitter tags with absolute URLs", () => {
  const html = page(SEED);
  assert.match(html, `<link rel="canonical" href="https://bao.example.vn${SEED}">`);
  assert.match(html, '<meta property="og:title" content="Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực">');
  // The shared copy: a JPEG 1200 px wide, or the original's width (960) when narrower, with its real size.
  assert.match(html, '<meta property="og:image" content="https://bao.example.vn/photo-sizes/images/hoi-nghi.jpg/960.jpg">');
  assert.match(html, '<meta property="og:image:width" content="960">\n<meta property="og:image:height" content="540">');
  assert.match(html, '<meta property="article:published_time" content="2024-01-27T22:01:00+07:00">');
  assert.match(html, '<meta property="article:modified_time" content="2024-01-27T22:01:00+07:00">');
  assert.match(html, '<meta property="article:section" content="Hoạt động KH&amp;CN">');
  assert.match(html, '<meta name="twitter:card" content="summary_large_image">');
});

test("article pages: NewsArticle JSON-LD with the required fields", () => {
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page(SEED))?.[1];
  assert.ok(json);
  const data = JSON.parse(json!);
  assert.is(data["@type"], "NewsArticle");
  assert.is(data.headline, "Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực");
  assert.is(data.datePublished, "2024-01-27T22:01:00+07:00");
  assert.is(data.dateModified, "2024-01-27T22:01:00+07:00");
  assert.equal(data.author, [{ "@type": "Person", name: "Đăng Minh", url: "https://bao.example.vn/author/dang-minh/" }]);
  assert.equal(data.image, [{ "@type": "ImageObject", url: "https://bao.example.vn/photo-sizes/images/hoi-nghi.jpg/960.jpg", width: 960, height: 540 }]);
  assert.is(data.articleSection, "Hoạt động KH&CN");
  assert.is(data.publisher.name, "Tin tức Khoa học và Công nghệ");
});

test("a title with markup cannot break out of the JSON-LD script", () => {
  const html = page("/2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/");
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? "";
  assert.not.match(json, "<");
  assert.is(JSON.parse(json).headline, 'Cảnh báo <script>alert("tieu-de")</script> & "trích dẫn"');
});

test("list pages have their own canonical URLs", () => {
  assert.match(page("/2024/01/"), '<link rel="canonical" href="https://bao.example.vn/2024/01/">');
  assert.match(page("/category/khoa-hoc/"), '<link rel="canonical" href="https://bao.example.vn/category/khoa-hoc/">');
  assert.match(page("/"), '<link rel="canonical" href="https://bao.example.vn/">');
});

test.run();
