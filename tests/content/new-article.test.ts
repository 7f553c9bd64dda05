import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseSourceFile } from "../../src/content/front-matter.ts";
import { freeSlug, monthFolder, newArticle, takenSlugs } from "../../src/content/new-article.ts";
import { validateFrontMatter } from "../../src/content/schema.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const categories = [{ key: "khoa-hoc", name: "Khoa học" }, { key: "cong-nghe", name: "Công nghệ" }];
// 23:30 UTC on 31 January is already 1 February in GMT+7.
const now = DateTime.fromISO("2024-01-31T23:30:15Z");

test("the new file: path and URL from the GMT+7 date and the slug; valid front matter", () => {
  const result = newArticle({ title: "Đại học “Quốc gia”: kết quả", category: "khoa-hoc", author: "Lan Anh", photo: "Hữu Thắng", now }, categories);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.is(result.relativePath, "articles/2024/02/dai-hoc-quoc-gia-ket-qua.md");
  assert.is(result.url, "/2024/02/01/dai-hoc-quoc-gia-ket-qua/");
  const parsed = parseSourceFile(result.text);
  assert.equal(parsed.data, { title: "Đại học “Quốc gia”: kết quả", category: "khoa-hoc", published: "2024-02-01T06:30:00+07:00", author: "Lan Anh", photo: "Hữu Thắng" });
  assert.equal(validateFrontMatter(parsed.data, { categoryKeys: ["khoa-hoc"] }).problems, []);
  assert.match(parsed.body, "## ");
});

test("--lang en starts an English article under /en/, naming its translation", () => {
  const result = newArticle({ title: "Science news", category: "khoa-hoc", lang: "en", translation: "/2024/02/01/tin-khoa-hoc/", now }, categories);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.is(result.url, "/en/2024/02/01/science-news/");
  const parsed = parseSourceFile(result.text);
  assert.equal(parsed.data, { title: "Science news", category: "khoa-hoc", published: "2024-02-01T06:30:00+07:00", lang: "en", translation: "/2024/02/01/tin-khoa-hoc/" });
  assert.equal(validateFrontMatter(parsed.data, { categoryKeys: ["khoa-hoc"] }).problems, []);
  assert.match(parsed.body, "Opening paragraph");
  const french = newArticle({ title: "Nouvelles", category: "khoa-hoc", lang: "fr", now }, categories);
  assert.not.ok(french.ok);
  if (!french.ok) assert.is(french.message, 'unknown language "fr"; expected vi or en');
});

test("a category given by its name, with or without tone marks, is written as its key (issue 17)", () => {
  for (const name of ["Khoa học", "khoa hoc", "KHOA HỌC"]) {
    const result = newArticle({ title: "Tin", category: name, now }, categories);
    assert.ok(result.ok, name);
    assert.match(result.ok ? result.text : "", '\ncategory: "khoa-hoc"\n', name);
  }
});

test("refuses an unknown category, listing the valid ones, and an empty title", () => {
  const unknown = newArticle({ title: "Tin", category: "khoa", now }, categories);
  assert.not.ok(unknown.ok);
  if (!unknown.ok) assert.match(unknown.message, /không có chuyên mục "khoa".*\n\s+khoa-hoc\s+\(Khoa học\)\n\s+cong-nghe/);
  const english = newArticle({ title: "News", category: "khoa", lang: "en", now }, categories);
  if (!english.ok) assert.match(english.message, /^unknown category "khoa"; valid categories:\n\s+khoa-hoc/);
  assert.not.ok(english.ok);
  const noLetters = newArticle({ title: "!!!", category: "khoa-hoc", now }, categories);
  assert.equal(noLetters, { ok: false, message: 'tiêu đề "!!!" không có chữ hay số nào để làm địa chỉ bài: hãy thêm chữ vào tiêu đề' });
  assert.not.ok(newArticle({ title: "  ", category: "khoa-hoc", now }, categories).ok);
});

test("a same-headline article in the month gets the first free slug: neither file nor URL clashes", () => {
  const taken = takenSlugs([
    { name: "tin-nong.md", text: '---\ntitle: "Tin nóng"\n---\nThân bài\n' },
    { name: "bai-khac.md", text: '---\ntitle: "Tin nóng"\nslug: "tin-nong-2"\n---\nslug: not-front-matter\n' },
    { name: "ghi-chu.txt", text: "" },
  ]);
  assert.equal([...taken].sort(), ["bai-khac", "tin-nong", "tin-nong-2"]);
  assert.is(freeSlug("tin-nong", taken), "tin-nong-3");
  assert.is(freeSlug("tin-moi", taken), "tin-moi");
  const result = newArticle({ title: "Tin nóng", category: "khoa-hoc", now, takenSlugs: taken }, categories);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.is(result.relativePath, "articles/2024/02/tin-nong-3.md");
  assert.is(result.url, "/2024/02/01/tin-nong-3/");
  assert.is(monthFolder(now), "articles/2024/02");
});

test("npm run new writes the file and prints path and URL; the same headline again gets a free name, printed too", () => {
  const contentDir = mkdtempSync(path.join(os.tmpdir(), "tintuc-new-"));
  cpSync(path.join(PROJECT_DIR, "tests/fixtures/site/_data"), path.join(contentDir, "_data"), { recursive: true });
  const run = () =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/new-article.ts", "--title", "Tin nóng", "--category", "khoa-hoc", "--content", contentDir], {
      cwd: PROJECT_DIR,
      env: { ...process.env, SOURCE_DATE_EPOCH: "1706367660" },
      encoding: "utf8",
    });
  const first = run();
  assert.is(first.status, 0, first.stderr);
  assert.match(first.stdout, "articles/2024/01/tin-nong.md");
  assert.match(first.stdout, "/2024/01/27/tin-nong/");
  const written = readFileSync(path.join(contentDir, "articles/2024/01/tin-nong.md"), "utf8");
  const second = run();
  assert.is(second.status, 0, second.stderr);
  assert.match(second.stdout, "articles/2024/01/tin-nong-2.md");
  assert.match(second.stdout, "/2024/01/27/tin-nong-2/");
  assert.is(readFileSync(path.join(contentDir, "articles/2024/01/tin-nong.md"), "utf8"), written);
  assert.ok(existsSync(path.join(contentDir, "articles/2024/01/tin-nong-2.md")));
});

test.run();
