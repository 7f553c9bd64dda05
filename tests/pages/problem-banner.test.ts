import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Problem } from "../../src/problems.ts";
import { PROBLEMS_STYLESHEET_URL, problemBanner, problemPage, withProblemBanner } from "../../src/pages/problem-banner.ts";

const hostile: Problem = {
  severity: "error",
  file: 'content/articles/2024/01/<img src=x onerror="alert(1)">.md',
  line: 3,
  field: "category<script>",
  message: 'unknown category "<b>Khoa học</b>" & more',
};
const warning: Problem = { severity: "warning", file: "content/articles/a.md", message: "a warning is not an error" };

test("every value from content is escaped: file, field and message print as text", () => {
  const banner = problemBanner([hostile], "vi", "kept");
  assert.not.match(banner, "<img");
  assert.not.match(banner, "<script");
  assert.not.match(banner, "<b>");
  assert.match(banner, "content/articles/2024/01/&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.md:3");
  assert.match(banner, "category&lt;script&gt;");
  assert.match(banner, "unknown category &quot;&lt;b&gt;Khoa học&lt;/b&gt;&quot; &amp; more");
});

test("the banner keeps the path:line: field: message form, counts errors only, and speaks the writer's language", () => {
  const table: [Problem[], "vi" | "en", "kept" | "none", string[]][] = [
    [[hostile, warning], "vi", "kept", ["Nội dung có 1 lỗi", "bản trước khi có lỗi", 'lang="vi"']],
    [[hostile, hostile], "en", "kept", ["2 content errors", "last version without errors", 'lang="en"']],
    [[hostile], "en", "none", ["1 content error<", "cannot be shown"]],
    [[{ severity: "error", file: "content/_data/site.yaml", message: "x" }], "vi", "none", ['<code class="tintuc-problem-file">content/_data/site.yaml</code>: <span class="tintuc-problem-message">x</span>', "Chưa hiện được"]],
  ];
  for (const [problems, lang, shown, expected] of table) {
    const banner = problemBanner(problems, lang, shown);
    for (const text of expected) assert.match(banner, text, `${lang} ${shown}: ${text}`);
    assert.not.match(banner, "a warning is not an error");
  }
});

test("no inline style or script: the banner's look is a stylesheet from the preview's origin", () => {
  const page = withProblemBanner('<!doctype html><html><head><title>T</title></head><body class="page"><main>Bài</main></body></html>', [hostile], "vi");
  assert.match(page, `<link rel="stylesheet" href="${PROBLEMS_STYLESHEET_URL}"></head>`);
  assert.match(page, '<body class="page"><aside class="tintuc-problems" role="alert"');
  assert.match(page, "</aside><main>Bài</main>");
  for (const html of [page, problemPage([hostile], "en")]) {
    assert.not.match(html, /style=|<style|<script/);
  }
});

test("the problem page carries a policy without 'unsafe-inline'", () => {
  const page = problemPage([hostile], "vi");
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? "";
  assert.match(policy, "default-src 'self'");
  assert.match(policy, "style-src 'self'");
  assert.not.match(policy, "unsafe");
  assert.match(page, "<title>Nội dung có 1 lỗi</title>");
});

test.run();
