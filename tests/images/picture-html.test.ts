import { test } from "uvu";
import * as assert from "uvu/assert";
import { LAYOUT_SIZES, pictureHtml, sharedImage, singleCopyUrl, thumbnailCopyUrl } from "../../src/images/picture-html.ts";

const PHOTO = { src: "/images/a.jpg", alt: "Hội nghị “lớn” & <đông>", width: 3000, height: 2000 };

/** The attributes of the first `<tag>` in `html`. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const match = new RegExp(`<${tag}\\b([^>]*)>`).exec(html);
  assert.ok(match, `no <${tag}> in ${html}`);
  return Object.fromEntries([...match[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

test("a lead photo: AVIF, WebP, then a JPEG img with srcset and sizes; fetched first, never lazy", () => {
  const html = pictureHtml(PHOTO, "lead");
  assert.match(html, /^<picture><source type="image\/avif" [^>]*><source type="image\/webp" [^>]*><img [^>]*><\/picture>$/);
  const img = attributesOf(html, "img");
  assert.is(img.src, "/photo-sizes/images/a.jpg/800.jpg");
  assert.is(img.srcset, "/photo-sizes/images/a.jpg/400.jpg 400w, /photo-sizes/images/a.jpg/800.jpg 800w, /photo-sizes/images/a.jpg/1200.jpg 1200w, /photo-sizes/images/a.jpg/1600.jpg 1600w");
  assert.is(img.sizes, LAYOUT_SIZES.lead);
  assert.is(img.fetchpriority, "high");
  assert.is(img.loading, undefined);
  assert.equal([img.width, img.height], ["3000", "2000"], "the original's size, for the box's shape");
  assert.is(img.alt, "Hội nghị “lớn” &amp; &lt;đông&gt;");
  assert.is(attributesOf(html, "source").srcset!.split(", ").length, 4);
});

test("each role: its sizes and how it loads; thumbnails and posters beside a link have an empty alt", () => {
  const cases: [Parameters<typeof pictureHtml>[1], string, string | undefined, string | undefined, string][] = [
    ["body", LAYOUT_SIZES.body, "lazy", undefined, PHOTO.alt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")],
    ["thumbnail", "7rem", "lazy", undefined, ""],
    ["sidebar", "(min-width: 60rem) 18rem, calc(100vw - 2rem)", "lazy", undefined, ""],
    ["poster", LAYOUT_SIZES.poster, undefined, "high", ""],
    ["front", "(min-width: 72rem) 50rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)", undefined, "high", PHOTO.alt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")],
  ];
  for (const [role, sizes, loading, fetchpriority, alt] of cases) {
    const img = attributesOf(pictureHtml(PHOTO, role), "img");
    assert.equal([img.sizes, img.loading, img.fetchpriority, img.alt, img.decoding], [sizes, loading, fetchpriority, alt, "async"], role);
  }
});

test("a layout's box and class: a list thumbnail is 160×90 whatever the photo's shape", () => {
  const img = attributesOf(pictureHtml(PHOTO, "thumbnail", { className: "news-list__thumb", box: { width: 160, height: 90 } }), "img");
  assert.equal([img.class, img.width, img.height], ["news-list__thumb", "160", "90"]);
});

test("no copies without a size, for GIF and SVG, or for another site's image: the plain img, width and height when known", () => {
  assert.is(pictureHtml({ src: "/images/a.jpg", alt: "A" }, "body"), '<img src="/images/a.jpg" alt="A" loading="lazy" decoding="async">');
  assert.is(pictureHtml({ src: "/images/a.gif", alt: "A", width: 300, height: 200 }, "lead"), '<img src="/images/a.gif" alt="A" width="300" height="200" fetchpriority="high" decoding="async">');
  assert.not.match(pictureHtml({ src: "/images/a.svg", width: 300, height: 200 }, "body"), "<picture>");
  assert.not.match(pictureHtml({ src: "https://example.org/a.jpg", width: 3000, height: 2000 }, "body"), "<picture>");
});

test("the header's logo: 2.5rem high, so its sizes follow its shape; loaded at once, its alt empty beside the site's name", () => {
  const html = pictureHtml({ src: "/images/logo.png", width: 600, height: 120 }, "logo", { className: "site-header__logo" });
  assert.match(html, /^<picture><source type="image\/avif" [^>]*><source type="image\/webp" [^>]*><img [^>]*><\/picture>$/);
  const img = attributesOf(html, "img");
  assert.equal([img.sizes, img.loading, img.fetchpriority, img.alt, img.class], ["12.5rem", undefined, undefined, "", "site-header__logo"]);
  assert.is(img.srcset, "/photo-sizes/images/logo.png/400.png 400w, /photo-sizes/images/logo.png/600.png 600w");
  assert.is(attributesOf(pictureHtml({ src: "/images/logo.png", width: 1000, height: 300 }, "logo"), "img").sizes, "8.33rem");
  // An SVG draws itself at any size: the plain img, as before.
  assert.is(pictureHtml({ src: "/images/logo.svg", width: 240, height: 48 }, "logo", { className: "site-header__logo" }), '<img src="/images/logo.svg" alt="" class="site-header__logo" width="240" height="48">');
});

test("no candidate wider than the original", () => {
  const html = pictureHtml({ src: "/images/nho.jpg", width: 500, height: 500 }, "body");
  const widths = [...html.matchAll(/ (\d+)w/g)].map((m) => Number(m[1]));
  assert.ok(widths.length > 0 && widths.every((width) => width <= 500), widths.join(","));
  assert.is(attributesOf(html, "img").src, "/photo-sizes/images/nho.jpg/500.jpg");
});

test("the shared image: the 1200-px JPEG with its real size; the original when there are no copies", () => {
  assert.equal(sharedImage(PHOTO), { url: "/photo-sizes/images/a.jpg/1200.jpg", width: 1200, height: 800 });
  assert.equal(sharedImage({ src: "/images/a.png", width: 640, height: 480 }), { url: "/photo-sizes/images/a.png/640.jpg", width: 640, height: 480 });
  assert.equal(sharedImage({ src: "/images/a.gif", width: 64, height: 48 }), { url: "/images/a.gif", width: 64, height: 48 });
  assert.equal(sharedImage({ src: "/images/a.jpg" }), { url: "/images/a.jpg", width: undefined, height: undefined });
});

test("one URL where one image goes: the copy nearest 800 px", () => {
  assert.is(singleCopyUrl(PHOTO), "/photo-sizes/images/a.jpg/800.jpg");
  assert.is(singleCopyUrl({ src: "/images/a.jpg", width: 300, height: 200 }), "/photo-sizes/images/a.jpg/300.jpg");
  assert.is(singleCopyUrl({ src: "/images/a.jpg" }), "/images/a.jpg");
});

test("a thumbnail a script draws from one URL (a search result): the copy nearest 400 px", () => {
  assert.is(thumbnailCopyUrl(PHOTO), "/photo-sizes/images/a.jpg/400.jpg");
  assert.is(thumbnailCopyUrl({ src: "/images/a.png", width: 3000, height: 2000 }), "/photo-sizes/images/a.png/400.png");
  assert.is(thumbnailCopyUrl({ src: "/images/a.jpg", width: 300, height: 200 }), "/photo-sizes/images/a.jpg/300.jpg");
  assert.is(thumbnailCopyUrl({ src: "/images/a.jpg" }), "/images/a.jpg");
  assert.is(thumbnailCopyUrl({ src: "/images/a.svg", width: 3000, height: 2000 }), "/images/a.svg");
});

test.run();
