import { test } from "uvu";
import * as assert from "uvu/assert";
import { Document } from "yaml";
import { articleFileText, contentHash, readImportRecord } from "../../src/import/article-file.ts";

/** What the `yaml` package writes for the same front matter: the importer's own writer must match it byte for byte. */
function byYamlPackage(frontMatter: Record<string, unknown>, body: string, source: string): string {
  const text = articleFileText(frontMatter, body, source);
  const record = readImportRecord(text)!;
  const yaml = new Document({ ...frontMatter, imported: { source: record.source, hash: record.hash } }).toString({ defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

const AWKWARD = [
  "Tin: mới # 1", 'Nói "xin chào"', "C:\\đường\\dẫn", "\\u0041 written out", " lề ", "", "dòng\nhai dòng\n\nba", "tab\there", "\u0000\u0001\u0007\u000b\u001b\u001f\u007f\u0085\u00a0",
  "\u2028\u2029\ufeff", "😀 Đảng bộ", "'single' & <html>", "yes", "null", "- dash", "a".repeat(400), "\ud800 lone",
];

test("front matter is written exactly as the yaml package writes it, and reads back to the same values (issue 23)", () => {
  for (const value of AWKWARD) {
    const frontMatter = { title: value, category: "khoa-hoc", published: "2024-01-27T10:00:00+07:00", tags: [value, "b"], image: { src: "/a.jpg", alt: value, caption: value }, draft: true };
    const text = articleFileText(frontMatter, "Thân bài.", `wordpress:${value.length}`);
    assert.equal(text, byYamlPackage(frontMatter, "Thân bài.", `wordpress:${value.length}`), JSON.stringify(value));
    assert.equal(readImportRecord(text)?.edited, false, JSON.stringify(value));
    assert.equal(contentHash(text), readImportRecord(text)?.hash);
  }
});

test("a shape the writer does not know goes to the yaml package", () => {
  const frontMatter = { title: "A", count: 3, video: { youtube: "dQw4w9WgXcQ", poster: "/p.jpg" } };
  assert.equal(articleFileText(frontMatter, "B", "html:a"), byYamlPackage(frontMatter, "B", "html:a"));
});

test.run();
