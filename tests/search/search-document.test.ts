import { test } from "uvu";
import * as assert from "uvu/assert";
import { type SearchablePage, headlineDocument, searchDocument } from "../../src/search/search-document.ts";

const page: SearchablePage = {
  url: "/2024/01/27/dang-bo/",
  lang: "vi",
  title: 'Đảng bộ <b>"đạt"</b> kết quả',
  lede: "Tóm tắt & lời dẫn",
  image: { src: "/images/hoi-nghi.jpg", alt: "Bí thư phát biểu", caption: "Hội nghị tổng kết" },
  credits: ["Bài, ảnh: Đăng Minh"],
  source: "Theo Tạp chí KH&CN",
  category: { name: "Hoạt động KH&CN" },
  published: { iso: "2024-01-27T22:01:00+07:00", text: "27/01/2024, 22:01 (GMT+7)" },
  search: { year: "2024", month: "2024-01", date: "27/01/2024", foldedForms: ["dang", "dat"] },
};

test("a search document holds what readers search, escaped, with the filters, sort and result fields", () => {
  const { url, html } = searchDocument(page, "<p>Thân bài.</p>", "/");
  assert.is(url, "/2024/01/27/dang-bo/");
  assert.is(
    html,
    '<html lang="vi"><body><span data-pagefind-filter="category" data-pagefind-meta="category">Hoạt động KH&amp;CN</span>' +
      '<article data-pagefind-body data-pagefind-filter="year:2024" data-pagefind-meta="published:27/01/2024" data-pagefind-sort="published:2024-01-27T22:01:00+07:00">' +
      "<h1>Đảng bộ &lt;b&gt;&quot;đạt&quot;&lt;/b&gt; kết quả</h1><p>Tóm tắt &amp; lời dẫn</p>" +
      '<figure><img src="/images/hoi-nghi.jpg" alt="Bí thư phát biểu" data-pagefind-meta="image[src], image_alt[alt]"><figcaption>Hội nghị tổng kết</figcaption></figure>' +
      "<div><p>Thân bài.</p></div><p>Bài, ảnh: Đăng Minh</p><p>Theo Tạp chí KH&amp;CN</p>" +
      '<p data-pagefind-meta="folded:2">dang dat</p></article></body></html>',
  );
});

test("without a lead photo a result has no picture; with a path prefix the picture is served from under it", () => {
  const plain = searchDocument({ ...page, image: undefined, lede: undefined, source: undefined, search: { ...page.search, foldedForms: [] } }, "", "/");
  assert.match(plain.html, '<span data-pagefind-meta="image:"></span>');
  assert.not.match(plain.html, "folded");
  assert.match(searchDocument(page, "", "/tin/").html, 'src="/tin/images/hoi-nghi.jpg"');
  assert.is(searchDocument(page, "", "/tin/").url, "/2024/01/27/dang-bo/", "Pagefind adds the bundle's base to result URLs");
});

test("a video article without a lead photo shows its poster in results", () => {
  const video = { poster: "/images/poster.jpg" } as NonNullable<SearchablePage["video"]>;
  assert.match(searchDocument({ ...page, image: undefined, video }, "", "/").html, '<img src="/images/poster.jpg" alt="Đảng bộ &lt;b&gt;&quot;đạt&quot;&lt;/b&gt; kết quả"');
});

test("a result's picture is the photo's 400-px copy, never the camera's file, when its size is known (issue 22)", () => {
  const sized = { ...page, image: { ...page.image!, width: 4000, height: 3000 } };
  assert.match(searchDocument(sized, "", "/tin/").html, '<img src="/tin/photo-sizes/images/hoi-nghi.jpg/400.jpg" alt="Bí thư phát biểu"');
  assert.match(headlineDocument(sized, "2024", "/").html, '<img src="/photo-sizes/images/hoi-nghi.jpg/400.jpg" alt="Bí thư phát biểu"');
  const video = { poster: "/images/poster.jpg", posterImage: { width: 1280, height: 720 } };
  assert.match(searchDocument({ ...page, image: undefined, video }, "", "/").html, '<img src="/photo-sizes/images/poster.jpg/400.jpg"');
  // A GIF has no copies: shown as it is.
  assert.match(searchDocument({ ...page, image: { src: "/images/a.gif", alt: "", width: 900, height: 600 } }, "", "/").html, '<img src="/images/a.gif"');
});

test("an English article's document is in English, for Pagefind's English index", () => {
  assert.match(searchDocument({ ...page, lang: "en" }, "", "/").html, '<html lang="en">');
});

test("a headline document holds the headline, lede and picture a result shows, and no search terms (the term layer ranks headlines)", () => {
  const { url, html } = headlineDocument({ ...page, title: "Đại học Quốc gia", lede: "Ba phòng thí nghiệm của Đại học." }, "2024", "/tin/");
  assert.is(url, "/2024/01/27/dang-bo/");
  assert.is(
    html,
    '<html lang="vi"><body><span data-pagefind-filter="category" data-pagefind-meta="category">Hoạt động KH&amp;CN</span>' +
      '<article data-pagefind-body data-pagefind-filter="year:2024" data-pagefind-meta="published:27/01/2024">' +
      '<span data-pagefind-meta="period:2024"></span><h1>Đại học Quốc gia</h1><p>Ba phòng thí nghiệm của Đại học.</p>' +
      '<img src="/tin/images/hoi-nghi.jpg" alt="Bí thư phát biểu" data-pagefind-meta="image[src], image_alt[alt]">' +
      "</article></body></html>",
  );
});

test("a headline document without a lede or a photo: no paragraph, no image", () => {
  const { html } = headlineDocument({ ...page, title: "Robot", lede: undefined, image: undefined }, "2024-05", "/");
  assert.match(html, '<span data-pagefind-meta="image:"></span>');
  assert.match(html, '<span data-pagefind-meta="period:2024-05"></span><h1>Robot</h1><span');
});

test.run();
