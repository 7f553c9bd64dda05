import { test } from "uvu";
import * as assert from "uvu/assert";
import { createMarkdown, markdownEnv } from "../../src/content/markdown.ts";

const md = createMarkdown();

test("an image alone in its paragraph becomes a figure with its title as caption", () => {
  const html = md.render('![Toàn cảnh *hội nghị*](/images/a.jpg "Toàn cảnh Hội nghị.")');
  assert.is(
    html,
    '<figure><img src="/images/a.jpg" alt="Toàn cảnh hội nghị" loading="lazy" decoding="async"><figcaption>Toàn cảnh Hội nghị.</figcaption></figure>\n',
  );
});

test("a figure without a title has no caption; an inline image stays inline", () => {
  assert.not.match(md.render("![Ảnh](/a.jpg)"), "figcaption");
  assert.match(md.render("![Ảnh](/a.jpg)"), "<figure>");
  assert.match(md.render("Văn bản ![Ảnh](/a.jpg) tiếp"), /<p>Văn bản <img src="\/a.jpg" alt="Ảnh"/);
});

test("a photo whose size is known gets width and height, figure or inline, its src found as markdown-it encodes it", () => {
  const sizes = markdownEnv({ "/images/a.jpg": { width: 960, height: 540 }, [md.normalizeLink("/ảnh/b c.png")]: { width: 30, height: 40 } });
  const figure = md.render('![Toàn cảnh](/images/a.jpg "Hội nghị.")', sizes);
  assert.match(figure, /^<figure><picture><source type="image\/avif" srcset="\/photo-sizes\/images\/a.jpg\/400.avif 400w, [^"]*960.avif 960w"/);
  assert.match(figure, '<img src="/photo-sizes/images/a.jpg/800.jpg" srcset="/photo-sizes/images/a.jpg/400.jpg 400w, /photo-sizes/images/a.jpg/800.jpg 800w, /photo-sizes/images/a.jpg/960.jpg 960w"');
  assert.match(figure, 'alt="Toàn cảnh" width="960" height="540" loading="lazy" decoding="async"></picture><figcaption>Hội nghị.</figcaption></figure>\n');
  assert.match(md.render("Văn bản ![Ảnh](</ảnh/b c.png>) tiếp", sizes), 'alt="Ảnh" width="30" height="40" loading="lazy"');
  assert.match(md.render("Văn bản ![Ảnh](</ảnh/b c.png>) tiếp", sizes), 'srcset="/photo-sizes/%E1%BA%A3nh/b%20c.png/30.png 30w"', "a PNG keeps PNG as its fallback; never wider than its 30 px");
  assert.match(md.render("![Ảnh](</ảnh/b c.png>)", sizes), 'width="30" height="40"');
  assert.not.match(md.render("![Khác](/images/khac.jpg)", sizes), "width=", "no size, no attributes");
  assert.not.match(md.render("![Khác](/images/khac.jpg)", sizes), "<picture>", "no size, no copies");
  assert.not.match(md.render("![Ảnh](/images/a.jpg)"), "width=", "no sizes given");
  assert.not.match(md.render("![Ảnh](/constructor)", sizes), "width=", "only the article's own sizes, never the object's prototype");
});

test("an inline photo keeps its title; a GIF passes untouched, with its size", () => {
  const sizes = markdownEnv({ "/images/a.jpg": { width: 960, height: 540 }, "/images/chay.gif": { width: 300, height: 200 } });
  assert.match(md.render('Xem ![Ảnh](/images/a.jpg "Chú thích") nhé', sizes), 'title="Chú thích"');
  assert.is(md.render("![Động](/images/chay.gif)", sizes), '<figure><img src="/images/chay.gif" alt="Động" width="300" height="200" loading="lazy" decoding="async"></figure>\n');
});

test("captions and alt text are escaped", () => {
  const html = md.render('![<b>x</b>](/a.jpg "<script>alert(1)</script> & co")');
  assert.not.match(html, "<script>");
  assert.match(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
});

test("raw HTML in a body prints as text; template syntax is left alone", () => {
  const html = md.render("<script>alert(1)</script>\n\nGiá {{ price }} và {% if x %}");
  assert.not.match(html, "<script>");
  assert.match(html, "&lt;script&gt;");
  assert.match(html, "{{ price }} và {% if x %}");
});

test("unsafe link schemes are not rendered as links or images", () => {
  assert.not.match(md.render("[x](javascript:alert(1))"), 'href="javascript');
  assert.not.match(md.render('![x](javascript:alert(1) "c")'), 'src="javascript');
});

test("subheadings", () => {
  assert.is(md.render("## Phát huy sức mạnh đoàn kết"), "<h2>Phát huy sức mạnh đoàn kết</h2>\n");
});

test.run();
