import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readWxr, WxrSyntaxError, type WxrEvent } from "../../src/import/wxr-reader.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function collect(bytes: Buffer, size: number): Promise<WxrEvent[]> {
  const events: WxrEvent[] = [];
  for await (const event of readWxr(chunksOf(bytes, size))) events.push(event);
  return events;
}

const WXR_11 = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.1/" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/">
<channel>
<wp:wxr_version>1.1</wp:wxr_version>
<wp:base_site_url>http://cu.vn</wp:base_site_url>
<wp:author><wp:author_login>an</wp:author_login><wp:author_display_name><![CDATA[Nguyễn Văn An]]></wp:author_display_name></wp:author>
<item>
<title>Đ&#7897;ng &amp; đồng</title>
<content:encoded><![CDATA[<p>Một]]]]><![CDATA[>hai</p>]]></content:encoded>
<wp:post_id>7</wp:post_id>
<wp:post_type>post</wp:post_type>
<category domain="category" nicename="tin"><![CDATA[Tin]]></category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[9]]></wp:meta_value></wp:postmeta>
<wp:comment><wp:commentmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>1</wp:meta_value></wp:commentmeta></wp:comment>
</item>
</channel>
</rss>`);

test("WXR 1.1: site, author, item fields with entities, split CDATA, terms, post meta (not comment meta)", async () => {
  const events = await collect(WXR_11, 1 << 16);
  assert.equal(events[0], { kind: "author", login: "an", displayName: "Nguyễn Văn An" });
  assert.equal(events[1], { kind: "site", baseSiteUrl: "http://cu.vn", wxrVersion: "1.1" });
  const item = events[2]!.kind === "item" ? events[2]!.item : undefined;
  assert.equal([item?.title, item?.content, item?.postId, item?.line], ["Động & đồng", "<p>Một]]>hai</p>", "7", 7]);
  assert.equal(item?.terms, [{ domain: "category", nicename: "tin", name: "Tin" }]);
  assert.equal(item?.meta, { _thumbnail_id: "9" });
});

test("chunks of any size, even one byte splitting a Vietnamese letter, read the same", async () => {
  const file = readFileSync(path.join(PROJECT_DIR, "tests", "fixtures", "import", "wordpress", "export.xml"));
  const whole = await collect(file, file.length);
  assert.equal(whole.filter((event) => event.kind === "item").length, 12);
  assert.equal(await collect(file, 1), whole);
  assert.equal(await collect(file, 7), whole);
});

test("bad XML: an error with its line", async () => {
  try {
    await collect(Buffer.from("<rss>\n<channel>\n</rss>"), 4);
    assert.unreachable();
  } catch (error) {
    assert.instance(error, WxrSyntaxError);
    assert.equal((error as WxrSyntaxError).line, 3);
  }
});

test.run();
