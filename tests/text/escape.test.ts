import { test } from "uvu";
import * as assert from "uvu/assert";
import { escapeHtml, escapeXml } from "../../src/text/escape.ts";

const cases: [string, string, string][] = [
  // input, HTML, XML
  ["Khoa học & Công nghệ", "Khoa học &amp; Công nghệ", "Khoa học &amp; Công nghệ"],
  ['<b>"đạt"</b>', "&lt;b&gt;&quot;đạt&quot;&lt;/b&gt;", "&lt;b&gt;&quot;đạt&quot;&lt;/b&gt;"],
  ["KH&CN's", "KH&amp;CN's", "KH&amp;CN&apos;s"],
  ["&amp;", "&amp;amp;", "&amp;amp;"],
  ["Đảng bộ đồng lòng", "Đảng bộ đồng lòng", "Đảng bộ đồng lòng"],
  ["", "", ""],
];

test("escapeHtml and escapeXml: every markup character, once; Vietnamese untouched", () => {
  for (const [input, html, xml] of cases) {
    assert.is(escapeHtml(input), html, input);
    assert.is(escapeXml(input), xml, input);
  }
});

test.run();
