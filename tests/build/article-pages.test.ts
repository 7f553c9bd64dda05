import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const build = await buildSite(FIXTURE_SITE);
const page = (url: string): string => {
  const file = path.join(build.outputDir, url, "index.html");
  assert.ok(existsSync(file), `expected a page at ${url}`);
  return readFileSync(file, "utf8");
};

test("the build succeeds and reports what it wrote", () => {
  assert.is(build.code, 0, build.stderr);
  assert.match(build.stdout, /Đã dựng 3 bài/);
});

test("an article page: URL from its GMT+7 day, lang=vi, headline, time lines with +07:00", () => {
  const html = page("/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/");
  assert.match(html, '<html lang="vi">');
  assert.match(html, '<h1 class="article__title">Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực</h1>');
  assert.match(html, 'Đăng: <time datetime="2024-01-27T22:01:00+07:00">27/01/2024, 22:01 (GMT+7)</time>');
  assert.match(html, 'Cập nhật: <time datetime="2024-01-27T22:01:00+07:00">27/01/2024, 22:01 (GMT+7)</time>');
  assert.match(html, '<a href="/category/hoat-dong-khcn/">Hoạt động KH&amp;CN</a>');
});

test("lead photo and body photos are figures with captions; subheadings are h2", () => {
  const html = page("/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/");
  assert.match(html, /<figure class="article__lead-photo">\s*<picture><source type="image\/avif" [^>]*><source type="image\/webp" [^>]*><img src="\/photo-sizes\/images\/hoi-nghi.jpg\/800.jpg" [^>]*alt="Bí thư phát biểu" width="960" height="540" fetchpriority="high" decoding="async"><\/picture>\s*<figcaption>Bí thư Đảng ủy Bộ KH&amp;CN Lê Xuân Định phát biểu kết luận Hội nghị.<\/figcaption>/);
  assert.match(html, /<figure><picture><source [^>]*><source [^>]*><img src="\/photo-sizes\/images\/toan-canh.jpg\/800.jpg" [^>]*alt="Toàn cảnh" width="960" height="540" loading="lazy" decoding="async"><\/picture><figcaption>Toàn cảnh Hội nghị.<\/figcaption><\/figure>/);
  assert.match(html, "<h2>Quyết liệt trong công tác chỉ đạo điều hành</h2>");
  assert.ok(existsSync(path.join(build.outputDir, "images/hoi-nghi.jpg")), "images are copied");
});

test("the newsroom's photos are linked into the output, not copied: no bytes written however large the archive", () => {
  for (const image of ["hoi-nghi.jpg", "toan-canh.jpg"]) {
    const [source, output] = [statSync(path.join(FIXTURE_SITE, "images", image)), statSync(path.join(build.outputDir, "images", image))];
    assert.is(output.size, source.size);
    // A copy where the output is on another file system than content/.
    if (source.dev === output.dev) assert.is(output.ino, source.ino, `${image} is the same file`);
  }
});

test("credit lines: one person → 'Bài, ảnh'; otherwise 'Bài' and 'Ảnh'; writers link to their pages; the source line", () => {
  assert.match(page("/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/"), '<p class="article__credit">Bài, ảnh: <a href="/author/dang-minh/" rel="author">Đăng Minh</a></p>');
  const html = page("/2024/03/02/ban-tin-luc-nua-dem/");
  assert.match(
    html,
    '<p class="article__credit">Bài: <a href="/author/lan-anh/" rel="author">Lan Anh</a>, <a href="/author/minh-duc/" rel="author">Minh Đức</a></p><p class="article__credit">Ảnh: Hữu Thắng</p>',
  );
  assert.match(html, '<p class="article__source">Theo Tạp chí Khoa học</p>');
});

test("an article at 00:30 GMT+7 (17:30 UTC the day before) is on its GMT+7 day", () => {
  const html = page("/2024/03/02/ban-tin-luc-nua-dem/");
  assert.match(html, 'Đăng: <time datetime="2024-03-02T00:30:00+07:00">02/03/2024, 00:30 (GMT+7)</time>');
  assert.match(html, 'Cập nhật: <time datetime="2024-03-02T09:45:00+07:00">02/03/2024, 09:45 (GMT+7)</time>');
});

test("every value from front matter is escaped; raw HTML and template syntax in bodies print as text", () => {
  const html = page("/2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/");
  assert.not.match(html, '<script>alert("tieu-de")');
  assert.not.match(html, '<script>alert("than-bai")');
  assert.not.match(html, "<i>Nam</i>");
  assert.not.match(html, "<b>thẻ</b>");
  assert.not.match(html, "<em>thẻ</em>");
  assert.match(html, "Cảnh báo &lt;script&gt;alert(&quot;tieu-de&quot;)&lt;/script&gt; &amp; &quot;trích dẫn&quot;");
  assert.match(html, "Bài: <a href=\"/author/phong-vien-i-nam-i/\" rel=\"author\">Phóng viên &lt;i&gt;Nam&lt;/i&gt;</a>");
  assert.match(html, "&lt;script&gt;alert(&quot;than-bai&quot;)&lt;/script&gt;");
  assert.match(html, "Biểu thức {{ site.title }} và {% if true %}khối{% endif %} in ra nguyên văn.");
});

test("drafts and scheduled articles are not published", () => {
  assert.not.ok(existsSync(path.join(build.outputDir, "2023/05/10/bai-viet-con-la-ban-nhap/index.html")), "draft");
  assert.not.ok(existsSync(path.join(build.outputDir, "2099/01/01/bai-viet-hen-gio-dang/index.html")), "scheduled");
  assert.not.match(build.stdout + readFileSync(path.join(build.outputDir, "404.html"), "utf8"), "Bản nháp");
});

test("a 404 page in the site's frame", () => {
  const html = readFileSync(path.join(build.outputDir, "404.html"), "utf8");
  assert.match(html, '<html lang="vi">');
  assert.match(html, "Không tìm thấy trang");
});

test.run();
