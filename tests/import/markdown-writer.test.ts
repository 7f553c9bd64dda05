import { test } from "uvu";
import * as assert from "uvu/assert";
import { prepareBody } from "../../src/import/html-body.ts";
import { bodyMarkdown, domOf } from "../../src/import/markdown-writer.ts";
import { expandShortcodes } from "../../src/import/wordpress-shortcodes.ts";

/** Bodies the copied tree must write exactly as turndown's own parse of the serialized HTML does. */
const SAME_EITHER_WAY = [
  "<p>a<p>b<div>c</div>d</p>", "<ul><li>a<li>b<ul><li>c</ul></ul>", "<pre>  code\n  x</pre>", "<p>  spaces   and\n\nlines </p>",
  "<b>bold <i>it</i></b> and <a href='/x'>link</a>", "<blockquote><p>q</p></blockquote>", "<p>x &amp; &lt;y&gt; &nbsp; ž</p>", "<h1>H</h1><h4>h4</h4>",
  "text\n\nmore <br> line\nbreak", "<div><figure><img src='/a.jpg' alt='A'><figcaption>C</figcaption></figure></div>", "<code>`x`</code> <em>*e*</em>",
  "<font color=red>f</font><center>c</center><u>u</u>", "<p>a<br>b</p><hr><p>c</p>", "<ol start=3><li>x</li></ol>", "<a href='/x'><img src='/b.jpg'></a>",
  "<table><tr><td>a\n\nb</td><td>|pipe|</td></tr><tr><td>1</td></tr></table>", "<p>1. not list</p><p># not heading</p>", "<dl><dt>t</dt><dd>d</dd></dl>",
  "<table>\n<tbody>\n<tr>\n<td>a</td>\n</tr>\n</tbody>\n</table>", "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table>",
  "[caption id=\"a\"]<img src=\"a.jpg\" alt=\"Ảnh\"> Chú thích[/caption]\n\n<h2>Mục</h2>\n<table><tr><td>A</td></tr><tr><td>1</td></tr></table>",
  "<table><caption>Cap</caption><tr><th>h</th></tr><tr><td>v</td></tr></table>",
  "<p class=MsoNormal>Word<o:p></o:p> <st1:place>Hà Nội</st1:place></p>", "<p>a</p><!-- chú thích --><p>b<![CDATA[x]]></p>",
  // What the HTML parser builds otherwise: the writer takes the serialized way for these.
  "<table>stray<tr><td>a</td></tr></table>", "<table><div>x</div><tr><td>a</td></tr></table>", "<td>stray</td> cell", "<p>x<span>y<div>z</div></span></p>",
  "<a href='/1'>a<a href='/2'>b</a></a>", "<ul><li>a<div><li>b</li></div></ul>", "<pre>\ncode\n</pre>", "<image src='a.jpg'>", "<html><body><p>b</p></body></html>",
  "<svg><path d='x'/></svg><math><mi>x</mi></math>", "<p foo\"bar=1>odd attribute</p>", "<h1>Tựa<h2>phụ</h2></h1>",
];

test("a body's parsed tree, copied into turndown's DOM, writes the Markdown its HTML writes (issue 23: one parse, not two)", () => {
  for (const html of SAME_EITHER_WAY) {
    for (const autoParagraphs of [true, false]) {
      const prepared = prepareBody(expandShortcodes(html).html, { autoParagraphs });
      assert.equal(bodyMarkdown(prepared), bodyMarkdown(prepared.html()), html);
    }
  }
});

test("ordinary bodies are copied; a tree the HTML parser would build otherwise is not", () => {
  const copied = (html: string): boolean => domOf(prepareBody(expandShortcodes(html).html, { autoParagraphs: true }).nodes) !== undefined;
  for (const html of SAME_EITHER_WAY.slice(0, 24)) assert.ok(copied(html), html);
  for (const html of SAME_EITHER_WAY.slice(24)) assert.not.ok(copied(html), html);
  assert.equal(bodyMarkdown(prepareBody("<table><tr><td>A</td></tr><tr><td>1</td></tr></table>")), "| A |\n| --- |\n| 1 |");
});

test("random bodies (fixed seed) write the same Markdown either way, and many of them are copied", () => {
  const TAGS = ["p", "div", "span", "b", "i", "strong", "a", "ul", "ol", "li", "table", "tr", "td", "th", "tbody", "thead", "h2", "h3", "blockquote", "pre", "code", "br", "img", "figure", "figcaption", "font", "sup", "hr", "center", "dl", "dt", "dd", "caption"];
  const TEXTS = ["Tin", " ", "\n", "\n\n", "a & b", "*x*", "1. ", "# h", "|", "đảng bộ", "_u_", "`c`", "[l]"];
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const body = (depth: number): string =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => {
      if (depth > 4 || random() < 0.35) return pick(TEXTS);
      const tag = pick(TAGS);
      if (tag === "br" || tag === "hr") return `<${tag}>`;
      if (tag === "img") return `<img src="/a${k}.jpg" alt="A${k}">`;
      return `<${tag}${tag === "a" ? ` href="/x${k}"` : ""}>${body(depth + 1)}</${tag}>`;
    }).join("");
  let copied = 0;
  for (let i = 0; i < 300; i++) {
    const html = body(0);
    const prepared = prepareBody(html, { autoParagraphs: i % 2 === 0 });
    if (domOf(prepared.nodes)) copied++;
    assert.equal(bodyMarkdown(prepared), bodyMarkdown(prepared.html()), html);
  }
  assert.ok(copied > 50, `${copied} of 300 copied`);
});

test.run();
