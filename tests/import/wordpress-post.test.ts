import { test } from "uvu";
import * as assert from "uvu/assert";
import { postAliases, postSlug, postStatus, wordpressDate } from "../../src/import/wordpress-post.ts";
import { expandShortcodes } from "../../src/import/wordpress-shortcodes.ts";
import { bodyMarkdown, photoMarkdown } from "../../src/import/markdown-writer.ts";
import { prepareBody } from "../../src/import/html-body.ts";

test("postStatus", () => {
  assert.equal(postStatus("publish"), { kind: "article", draft: false, scheduled: false });
  assert.equal(postStatus("future"), { kind: "article", draft: false, scheduled: true });
  assert.equal(postStatus("draft"), { kind: "article", draft: true, scheduled: false });
  assert.equal(postStatus("pending"), { kind: "article", draft: true, scheduled: false });
  assert.equal(postStatus("private"), { kind: "skip", reason: "skipPrivate" });
  assert.equal(postStatus("trash"), { kind: "skip", reason: "skipTrash" });
  assert.equal(postStatus("auto-draft"), { kind: "skip", reason: "skipOtherStatus" });
});

test("wordpressDate: GMT to GMT+7 across midnight; a local time in its zone; the zero date is none", () => {
  assert.equal(wordpressDate("2024-01-31 17:30:00", 0)?.toISO(), "2024-02-01T00:30:00.000+07:00");
  assert.equal(wordpressDate("2024-01-31 17:30:00", 60)?.toISO(), "2024-01-31T23:30:00.000+07:00");
  assert.equal(wordpressDate("0000-00-00 00:00:00", 0), undefined);
  assert.equal(wordpressDate("", 0), undefined);
});

test("postSlug and postAliases", () => {
  assert.equal(postSlug("%c4%91ang-b%e1%bb%99", "x"), "dang-bo");
  assert.equal(postSlug("", "Động đất ở Đà Nẵng"), "dong-dat-o-da-nang");
  assert.equal(postSlug("tin-cu__trashed", "x"), "tin-cu");
  assert.equal(postAliases("https://x.vn/2024/01/dang-bo/", "12"), ["/2024/01/dang-bo/", "/?p=12"]);
  assert.equal(postAliases("https://x.vn/?p=12", "12"), ["/?p=12"]);
});

test("shortcodes: caption, gallery, embed, unknown dropped, plain brackets kept", () => {
  assert.equal(expandShortcodes('[gallery ids="1,2"]').html, '<div data-import-gallery="1,2"></div>');
  assert.equal(expandShortcodes("[embed]https://vimeo.com/76979871[/embed]").html, '<p data-import-embed="https://vimeo.com/76979871"></p>');
  assert.equal(expandShortcodes('[caption id="a"]<img src="a.jpg"> Chú thích[/caption]').html, '<figure data-import-caption><img src="a.jpg"> Chú thích</figure>');
  assert.equal(expandShortcodes('Xem [ghi chú] và [poll id="3"]'), { html: "Xem [ghi chú] và ", dropped: ["poll"], galleryIds: [] });
  assert.equal(expandShortcodes('[gallery ids="4, 5"]').galleryIds, ["4", "5"]);
});

test("Markdown: photo titles escaped; headings start at ##; a second video stays a link", () => {
  assert.equal(photoMarkdown("/a b.jpg", "Ảnh [1]", 'Nói "xin chào"'), '![Ảnh \\[1\\]](/a%20b.jpg "Nói \\"xin chào\\"")');
  const prepared = prepareBody('<h1>Tựa</h1><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><p>https://vimeo.com/76979871</p>');
  assert.equal(prepared.videos.length, 2);
  assert.equal(bodyMarkdown(prepared, { leadVideo: "youtube:dQw4w9WgXcQ" }), "## Tựa\n\nhttps://vimeo.com/76979871");
});

test.run();
