import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const build = await buildSite(FIXTURE_SITE, { env: { SITE_URL: "https://bao.example.vn" } });
const read = (file: string): string => readFileSync(path.join(build.outputDir, file), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "author", "link"].includes(name) });

interface AtomEntry {
  title: string;
  id: string;
  updated: string;
  published: string;
  summary: string;
  content: { "#text": string; "@type": string };
  author: { name: string }[];
  link: { "@href": string; "@rel": string }[];
}
function feed(file: string) {
  const xml = read(file);
  const valid = XMLValidator.validate(xml);
  assert.is(valid, true, `${file}: ${JSON.stringify(valid)}`);
  return parser.parse(xml).feed as { title: string; id: string; updated: string; link: { "@href": string; "@rel": string }[]; entry?: AtomEntry[] };
}

const RFC3339_GMT7 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

test("the build succeeds", () => assert.is(build.code, 0, build.stderr));

test("/feed.xml: valid Atom with the required elements, newest first, dates in +07:00", () => {
  const site = feed("feed.xml");
  assert.is(site.title, "Tin tức Khoa học và Công nghệ");
  assert.is(site.id, "https://bao.example.vn/feed.xml");
  assert.ok(site.link.some((link) => link["@rel"] === "self" && link["@href"] === "https://bao.example.vn/feed.xml"));
  assert.match(site.updated, RFC3339_GMT7);
  const entries = site.entry ?? [];
  assert.equal(entries.map((entry) => entry.id), [
    "https://bao.example.vn/2024/03/02/ban-tin-luc-nua-dem/",
    "https://bao.example.vn/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/",
    "https://bao.example.vn/2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/",
  ]);
  for (const entry of entries) {
    assert.ok(entry.title && entry.summary !== undefined && entry.author.length > 0, entry.id);
    assert.match(entry.updated, RFC3339_GMT7);
    assert.match(entry.published, RFC3339_GMT7);
  }
  assert.is(entries[0]!.published, "2024-03-02T00:30:00+07:00");
  assert.is(entries[0]!.updated, "2024-03-02T09:45:00+07:00");
  assert.equal(entries[0]!.author.map((author) => author.name), ["Lan Anh", "Minh Đức"]);
});

test("entries carry the full content with absolute image URLs, the lead photo and credits; titles stay text", () => {
  const entries = feed("feed.xml").entry ?? [];
  const seed = entries[1]!;
  assert.is(seed.content["@type"], "html");
  assert.match(seed.content["#text"], '<img src="https://bao.example.vn/photo-sizes/images/hoi-nghi.jpg/800.jpg"', "the lead photo's 800-px copy, not the camera's file");
  assert.match(seed.content["#text"], '<img src="https://bao.example.vn/photo-sizes/images/toan-canh.jpg/800.jpg" srcset="https://bao.example.vn/photo-sizes/images/toan-canh.jpg/400.jpg 400w,');
  assert.match(seed.content["#text"], "Quyết liệt trong công tác chỉ đạo điều hành");
  assert.match(seed.content["#text"], "Bài, ảnh: Đăng Minh");
  assert.is(entries[2]!.title, 'Cảnh báo <script>alert("tieu-de")</script> & "trích dẫn"');
});

test("a feed per category, linked from its pages and the site feed from every page", () => {
  const science = feed("category/khoa-hoc/feed.xml");
  assert.equal((science.entry ?? []).map((entry) => entry.id), ["https://bao.example.vn/2024/03/02/ban-tin-luc-nua-dem/"]);
  assert.is(feed("category/chinh-sach/feed.xml").entry, undefined, "an empty category still has a valid feed");
  assert.match(read("category/khoa-hoc/index.html"), '<link rel="alternate" type="application/atom+xml" title="Khoa học – Tin tức Khoa học và Công nghệ" href="/category/khoa-hoc/feed.xml">');
  assert.match(read("2024/03/02/ban-tin-luc-nua-dem/index.html"), 'href="/category/khoa-hoc/feed.xml"');
  assert.match(read("index.html"), '<link rel="alternate" type="application/atom+xml" title="Tin tức Khoa học và Công nghệ" href="/feed.xml">');
});

test.run();
