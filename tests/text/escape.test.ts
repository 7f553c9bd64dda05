import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { escapeHtml, escapeXml } from "../../src/text/escape.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

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

// JavaScript's global escape() URL-encodes ("Đ" → "%u0110") and compiles without a word when a module
// forgets to import escapeHtml: it once reached the search documents after a merge.
test("no module of src/ or layouts/assets calls the global escape() or unescape()", () => {
  const GLOBAL_ESCAPE = /(^|[^.\w$])(un)?escape\(/m;
  for (const dir of ["src", "layouts/assets"]) {
    const files = readdirSync(path.join(PROJECT_DIR, dir), { recursive: true }).map(String).filter((file) => /\.(ts|js)$/.test(file));
    for (const file of files) {
      const text = readFileSync(path.join(PROJECT_DIR, dir, file), "utf8").replace(/function (un)?escape\(/g, "");
      assert.not.match(text, GLOBAL_ESCAPE, `${dir}/${file}`);
    }
  }
});

test.run();
