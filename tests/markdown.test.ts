import { test } from "uvu";
import * as assert from "uvu/assert";
import { createMarkdown } from "../src/markdown.ts";

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
