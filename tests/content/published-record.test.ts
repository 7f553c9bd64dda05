import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../src/content/article.ts";
import {
  applyPublishedRecord, parsePublishedRecord, pinnedUrl, serializePublishedRecord, staleRecordProblems, updatedRecordEntries,
} from "../../src/content/published-record.ts";
import { formatProblem } from "../../src/problems.ts";
import { articleUrl } from "../../src/urls.ts";

const RECORD = "content/_data/published-urls.tsv";

/** An article as the loader makes it, before the record is applied: its URL from its front matter. */
function article(file: string, slug: string, published: string, fields: Partial<Article> = {}): Article {
  const date = DateTime.fromISO(`${published}+07:00`, { setZone: true });
  return {
    sourcePath: `content/${file}`, url: articleUrl(date, slug), slug, slugGiven: false, aliases: [], postIds: [], formerUrls: [], corrections: [],
    lang: "vi", title: slug, category: "khoa-hoc", published: date, authors: [], photographers: [], summary: "", tags: [], related: [],
    imageSizes: {}, status: "published", featured: false, body: "", bodyFoldedForms: [], bodyLine: 1, contentHash: "", ...fields,
  };
}
const fileOf = (a: Article): string => a.sourcePath.replace(/^content\//, "");

test("parse: file, URL, former URLs; comments and blank lines skipped; bad and contradictory lines reported with their line", () => {
  const record = parsePublishedRecord("# c\n\narticles/a.md\t/2024/01/27/a/\t/2024/01/27/cu/\nrác\narticles/a.md\t/x/\narticles/b.md\t/2024/01/27/a/\n", RECORD);
  assert.equal(record.entries.map((e) => [e.file, e.url, e.former, e.line]), [
    ["articles/a.md", "/2024/01/27/a/", ["/2024/01/27/cu/", "/x/"], 3],
    ["articles/b.md", "/2024/01/27/a/", [], 6],
  ]);
  assert.equal(record.problems.map((p) => p.line), [4, 5, 6]);
  assert.match(formatProblem(record.problems[0]!, "vi"), `${RECORD}:4: dòng không đọc được: "rác"`);
  assert.is(parsePublishedRecord(undefined, RECORD).exists, false);
});

test("serialize: a header, lines sorted by file; parse reads back what it wrote", () => {
  const text = serializePublishedRecord([{ file: "articles/b.md", url: "/b/", former: [] }, { file: "articles/a.md", url: "/a/", former: ["/a0/"] }]);
  assert.match(text, /^# /);
  assert.ok(text.endsWith("articles/a.md\t/a/\t/a0/\narticles/b.md\t/b/\n"));
  assert.equal(parsePublishedRecord(text, RECORD).entries.map((e) => e.url), ["/a/", "/b/"]);
});

test("pinnedUrl: the published URL stays unless a deliberate slug: names one not recorded", () => {
  const entry = { url: "/2024/01/27/tieu-de/", former: ["/2024/01/27/cu/"] };
  const cases: [Pick<Article, "url" | "slug" | "slugGiven">, string][] = [
    [{ url: "/2024/01/27/tieu-de/", slug: "tieu-de", slugGiven: false }, "/2024/01/27/tieu-de/"], // unchanged
    [{ url: "/2024/01/27/tieu-de-moi/", slug: "tieu-de-moi", slugGiven: false }, "/2024/01/27/tieu-de/"], // headline
    [{ url: "/2024/01/28/tieu-de/", slug: "tieu-de", slugGiven: false }, "/2024/01/27/tieu-de/"], // day
    [{ url: "/2024/01/27/moi/", slug: "moi", slugGiven: true }, "/2024/01/27/moi/"], // slug edit
    [{ url: "/2024/01/28/tieu-de/", slug: "tieu-de", slugGiven: true }, "/2024/01/27/tieu-de/"], // slug: set to what it was, day moved
    [{ url: "/2024/01/27/cu/", slug: "cu", slugGiven: true }, "/2024/01/27/cu/"], // back to a former slug
  ];
  for (const [input, expected] of cases) assert.is(pinnedUrl(input, entry), expected, JSON.stringify(input));
});

test("apply: found by file, or a moved file by its unchanged URL; pinned URLs and former URLs set; gone files left over", () => {
  const record = parsePublishedRecord(
    "articles/a.md\t/2024/01/27/a/\narticles/old/b.md\t/2024/01/28/b/\narticles/c.md\t/2024/01/29/c/\t/2024/01/29/c0/\narticles/gone.md\t/2024/01/30/gone/\n",
    RECORD,
  );
  const a = article("articles/a.md", "a-sua-tieu-de", "2024-01-27T10:00");
  const b = article("articles/new/b.md", "b", "2024-01-28T10:00");
  const c = article("articles/c.md", "c2", "2024-01-29T10:00", { slugGiven: true });
  const d = article("articles/d.md", "d", "2024-01-31T10:00");
  const applied = applyPublishedRecord([a, b, c, d], record, fileOf);
  assert.is(a.url, "/2024/01/27/a/");
  assert.is(b.url, "/2024/01/28/b/");
  assert.is(c.url, "/2024/01/29/c2/");
  assert.equal(c.formerUrls, ["/2024/01/29/c/", "/2024/01/29/c0/"]);
  assert.is(d.url, "/2024/01/31/d/");
  assert.equal(applied.orphans.map((e) => e.file), ["articles/gone.md"]);

  const problems = staleRecordProblems([a, b, c, d], record, applied, { displayPath: RECORD, fileOf }).map((problem) => formatProblem(problem, "vi"));
  assert.equal(problems, [
    `${RECORD}:4: /2024/01/30/gone/ đã đăng từ content/articles/gone.md, nhưng tệp này không còn. Nếu chuyển tệp đi chỗ khác: chạy \`npm run record-urls\`. Nếu muốn gỡ bài: khôi phục tệp và thêm \`withdrawn: { date: …, reason: "…" }\` vào front matter; không xóa tệp của bài đã đăng`,
    "content/articles/new/b.md: bài đã đăng ở /2024/01/28/b/ nhưng danh sách đường dẫn đã đăng chưa ghi đường dẫn này; chạy `npm run record-urls` rồi commit content/_data/published-urls.tsv",
    "content/articles/c.md: bài đã đăng ở /2024/01/29/c2/ nhưng danh sách đường dẫn đã đăng chưa ghi đường dẫn này; chạy `npm run record-urls` rồi commit content/_data/published-urls.tsv",
    "content/articles/d.md: bài đã đăng ở /2024/01/31/d/ nhưng danh sách đường dẫn đã đăng chưa ghi đường dẫn này; chạy `npm run record-urls` rồi commit content/_data/published-urls.tsv",
  ]);
  // A published file that is there but whose front matter does not load is not "gone": its own errors say what to fix (issue 17).
  const whileBroken = staleRecordProblems([a, b, c, d], record, applied, { displayPath: RECORD, fileOf, unread: new Set(["articles/gone.md"]) });
  assert.equal(whileBroken.map((problem) => problem.file), ["content/articles/new/b.md", "content/articles/c.md", "content/articles/d.md"]);

  const updated = updatedRecordEntries([a, b, c, d], applied, fileOf);
  assert.equal(updated.map((e) => [e.file, e.url, e.former]), [
    ["articles/gone.md", "/2024/01/30/gone/", []],
    ["articles/a.md", "/2024/01/27/a/", []],
    ["articles/new/b.md", "/2024/01/28/b/", []],
    ["articles/c.md", "/2024/01/29/c2/", ["/2024/01/29/c/", "/2024/01/29/c0/"]],
    ["articles/d.md", "/2024/01/31/d/", []],
  ]);
});

test("stale: no record at all; a recorded article made a draft again; drafts are never recorded", () => {
  const a = article("articles/a.md", "a", "2024-01-27T10:00");
  const none = parsePublishedRecord(undefined, RECORD);
  assert.match(formatProblem(staleRecordProblems([a], none, applyPublishedRecord([a], none, fileOf), { displayPath: RECORD, fileOf })[0]!, "vi"), "chưa có danh sách");
  const draft = article("articles/a.md", "a", "2024-01-27T10:00", { status: "draft" });
  const record = parsePublishedRecord("articles/a.md\t/2024/01/27/a/\n", RECORD);
  const problems = staleRecordProblems([draft], record, applyPublishedRecord([draft], record, fileOf), { displayPath: RECORD, fileOf, lang: "en" });
  assert.equal(problems.map((p) => [p.field, p.message.slice(0, 40)]), [["draft", "was published at /2024/01/27/a/: making "]]);
  const fresh = article("articles/n.md", "n", "2024-01-27T10:00", { status: "draft" });
  const empty = parsePublishedRecord("", RECORD);
  assert.equal(staleRecordProblems([fresh], empty, applyPublishedRecord([fresh], empty, fileOf), { displayPath: RECORD, fileOf }), []);
  assert.equal(updatedRecordEntries([fresh], applyPublishedRecord([fresh], empty, fileOf), fileOf), []);
});

test("update: a gone file matched to the article it became keeps its URL under the new file", () => {
  const record = parsePublishedRecord("articles/old.md\t/2024/01/27/cu/\n", RECORD);
  const moved = article("articles/new.md", "moi", "2024-01-27T10:00");
  const applied = applyPublishedRecord([moved], record, fileOf);
  assert.equal(applied.orphans.length, 1);
  const updated = updatedRecordEntries([moved], applied, fileOf, new Map([[applied.orphans[0]!, moved]]));
  assert.equal(updated.map((e) => [e.file, e.url, e.former]), [["articles/new.md", "/2024/01/27/cu/", []]]);
});

test("two writers: the repository's merge=union keeps both sides' lines; the merged record loses no URL", async () => {
  const repo = await mkdtemp(path.join(os.tmpdir(), "tintuc-merge-"));
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: repo, encoding: "utf8" });
  const file = path.join(repo, "content", "_data", "published-urls.tsv");
  git("init", "-q", "-b", "main");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(path.join(repo, ".gitattributes"), await readFile(new URL("../../.gitattributes", import.meta.url), "utf8"));
  await writeFile(file, serializePublishedRecord([{ file: "articles/a.md", url: "/2024/01/27/a/", former: [] }]));
  git("add", "-A");
  git("commit", "-qm", "base");
  git("checkout", "-qb", "one");
  await writeFile(file, serializePublishedRecord([{ file: "articles/a.md", url: "/2024/01/27/a2/", former: ["/2024/01/27/a/"] }, { file: "articles/b.md", url: "/2024/01/28/b/", former: [] }]));
  git("commit", "-qam", "one");
  git("checkout", "-q", "main");
  await writeFile(file, serializePublishedRecord([{ file: "articles/a.md", url: "/2024/01/27/a3/", former: ["/2024/01/27/a/"] }, { file: "articles/c.md", url: "/2024/01/29/c/", former: [] }]));
  git("commit", "-qam", "two");
  git("merge", "-q", "one", "-m", "merge"); // no conflict
  const merged = parsePublishedRecord(await readFile(file, "utf8"), RECORD);
  // Ours first, then theirs (record-urls sorts them again): one entry for a.md with every URL either side recorded.
  assert.equal(merged.entries.map((e) => [e.file, e.url, e.former]), [
    ["articles/a.md", "/2024/01/27/a3/", ["/2024/01/27/a/", "/2024/01/27/a2/"]],
    ["articles/c.md", "/2024/01/29/c/", []],
    ["articles/b.md", "/2024/01/28/b/", []],
  ]);
  const urls = new Set(merged.entries.flatMap((e) => [e.url, ...e.former]));
  for (const url of ["/2024/01/27/a/", "/2024/01/27/a2/", "/2024/01/27/a3/", "/2024/01/28/b/", "/2024/01/29/c/"]) assert.ok(urls.has(url), url);
  assert.equal(merged.problems.map((p) => p.message), ["articles/a.md có hai dòng; chạy lại lệnh cập nhật để gộp chúng"]);
});

test.run();
