import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../src/content/article.ts";
import { committedText, matchMovedArticles } from "../../src/content/moved-articles.ts";
import type { RecordEntry } from "../../src/content/published-record.ts";

const text = (title: string, published: string, body: string): string => `---\ntitle: ${title}\ncategory: khoa-hoc\npublished: ${published}\n---\n${body}\n`;
const entry = (file: string): RecordEntry => ({ file, url: `/${file}/`, former: [], line: 1 });
const article = (published: string, body: string, lang: "vi" | "en" = "vi") =>
  ({ published: DateTime.fromISO(`${published}+07:00`, { setZone: true }), body: `${body}\n`, lang }) as Article;

test("a gone file becomes the one unrecorded article with its body, or with its published instant and language", () => {
  const sameBody = article("2024-02-01T10:00", "Thân bài A");
  const sameTime = article("2024-01-27T22:01", "Thân bài đã sửa");
  const other = article("2024-03-01T10:00", "Khác");
  const former: Record<string, string> = {
    "a.md": text("A", "2024-01-01 08:00", "Thân bài A"),
    "b.md": text("B", "2024-01-27 22:01", "Thân bài B"),
    "c.md": text("C", "2024-05-05 05:05", "Không ai"),
  };
  const moved = matchMovedArticles([entry("a.md"), entry("b.md"), entry("c.md"), entry("d.md")], [sameBody, sameTime, other], (e) => former[e.file]);
  assert.equal([...moved].map(([e, a]) => [e.file, a]), [["a.md", sameBody], ["b.md", sameTime]]);
});

test("two candidates: ambiguous, left recorded as it was", () => {
  const moved = matchMovedArticles([entry("a.md")], [article("2024-01-27T22:01", "x"), article("2024-01-27T22:01", "y")], () => text("A", "2024-01-27 22:01", "z"));
  assert.is(moved.size, 0);
});

test("committedText: from HEAD, or from before the commit that deleted it; undefined outside git", async () => {
  const repo = await mkdtemp(path.join(os.tmpdir(), "tintuc-git-"));
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: repo, stdio: "ignore" });
  git("init", "-q");
  await mkdir(path.join(repo, "content", "articles"), { recursive: true });
  await writeFile(path.join(repo, "content", "articles", "a.md"), "A\n");
  await writeFile(path.join(repo, "content", "articles", "b.md"), "B\n");
  await writeFile(path.join(repo, "content", "articles", "c.md"), "C\n");
  git("add", "-A");
  git("commit", "-qm", "one");
  await rm(path.join(repo, "content", "articles", "a.md"));
  git("rm", "-q", "content/articles/b.md");
  git("commit", "-qm", "two");
  const contentDir = path.join(repo, "content");
  assert.is(committedText(contentDir, "articles/a.md"), "A\n");
  assert.is(committedText(contentDir, "articles/b.md"), "B\n");
  assert.is(committedText(contentDir, "articles/nothing.md"), undefined);
  assert.is(committedText(await mkdtemp(path.join(os.tmpdir(), "tintuc-nogit-")), "articles/a.md"), undefined);
});

test.run();
