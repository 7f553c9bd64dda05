// The scheduled job's decision (issue 19): build only when something timed came due since the last
// deploy, or a new GMT+7 day began; and the publication times it reads are the build's own.
import { spawnSync } from "node:child_process";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../src/content/load-content.ts";
import { type TimedChange, publishDecision, readSince, timedChanges } from "../../src/content/publication-due.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const at = (iso: string): DateTime => DateTime.fromISO(iso, { setZone: true });
const article = (file: string, iso: string): TimedChange => ({ kind: "article", file, at: at(iso) });

const SINCE = at("2024-05-01T08:00:00+07:00");
const NOW = at("2024-05-01T08:15:00+07:00");

test("publishDecision: a table of last deploys, clocks and timed changes", () => {
  const cases: [string, TimedChange[], DateTime | undefined, DateTime, ReturnType<typeof publishDecision>][] = [
    ["no record of a deploy", [], undefined, NOW, { due: true, reason: "no-record" }],
    ["nothing timed", [], SINCE, NOW, { due: false }],
    ["published before the last deploy: already live", [article("a.md", "2024-05-01T07:59:00+07:00")], SINCE, NOW, { due: false }],
    ["published at the last deploy's time: that build published it", [article("a.md", "2024-05-01T08:00:00+07:00")], SINCE, NOW, { due: false }],
    ["published since", [article("a.md", "2024-05-01T08:10:00+07:00")], SINCE, NOW, { due: true, reason: "came-due", changes: [article("a.md", "2024-05-01T08:10:00+07:00")] }],
    ["published exactly now", [article("a.md", "2024-05-01T08:15:00+07:00")], SINCE, NOW, { due: true, reason: "came-due", changes: [article("a.md", "2024-05-01T08:15:00+07:00")] }],
    ["in another zone, the same instant", [article("a.md", "2024-05-01T01:10:00Z")], SINCE, NOW, { due: true, reason: "came-due", changes: [article("a.md", "2024-05-01T01:10:00Z")] }],
    ["still scheduled: not due, and named as the next", [article("a.md", "2024-05-01T09:00:00+07:00")], SINCE, NOW, { due: false, next: article("a.md", "2024-05-01T09:00:00+07:00") }],
    [
      "a poll closing since",
      [{ kind: "poll-closes", file: "content/_data/polls.yaml", at: at("2024-05-01T08:05:00+07:00") }],
      SINCE,
      NOW,
      { due: true, reason: "came-due", changes: [{ kind: "poll-closes", file: "content/_data/polls.yaml", at: at("2024-05-01T08:05:00+07:00") }] },
    ],
    // 23:50 and 00:05 GMT+7 are one day in UTC (16:50Z, 17:05Z): the newsroom's day decides.
    ["midnight GMT+7 passed", [], at("2024-05-01T16:50:00Z"), at("2024-05-01T17:05:00Z"), { due: true, reason: "new-day" }],
    ["midnight UTC passed, not GMT+7's", [], at("2024-05-01T23:50:00Z"), at("2024-05-02T00:05:00Z"), { due: false }],
  ];
  for (const [label, changes, since, now, expected] of cases) {
    const decision = publishDecision(changes, since, now);
    assert.equal(JSON.parse(JSON.stringify(decision)), JSON.parse(JSON.stringify(expected)), label);
  }
});

test("publishDecision: what came due is listed oldest first", () => {
  const decision = publishDecision([article("b.md", "2024-05-01T08:12:00+07:00"), article("a.md", "2024-05-01T08:01:00+07:00")], SINCE, NOW);
  assert.ok(decision.due && decision.reason === "came-due");
  assert.equal(decision.changes.map((change) => change.file), ["a.md", "b.md"]);
});

test("readSince: SOURCE_DATE_EPOCH seconds, an ISO instant, nothing, or an error", () => {
  const seconds = readSince("1714525200");
  assert.ok(seconds.ok && seconds.value?.equals(at("2024-05-01T08:00:00+07:00").setZone("UTC+7")));
  const iso = readSince("2024-05-01T01:00:00Z");
  assert.ok(iso.ok && iso.value?.toMillis() === SINCE.toMillis());
  assert.equal(readSince(""), { ok: true });
  assert.equal(readSince(undefined), { ok: true });
  assert.equal(readSince("hôm qua"), { ok: false });
});

async function contentOf(files: Record<string, string | Buffer>): Promise<string> {
  const contentDir = path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-due-")), "content");
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
    await writeFile(path.join(contentDir, name), text);
  }
  return contentDir;
}

const FRONT = (lines: string, body = "Thân bài.\n"): string => `---\ntitle: Tin\ncategory: khoa-hoc\n${lines}\n---\n${body}`;

test("timedChanges: every way of writing published, drafts left out, unreadable files skipped", async () => {
  const contentDir = await contentOf({
    "articles/2024/05/tran.md": FRONT("published: 2024-05-01T08:10:00+07:00"),
    "articles/2024/05/ngoac-kep.md": FRONT('published: "2024-05-01T08:11:00+07:00"'),
    "articles/2024/05/ngoac-don.md": FRONT("published: '2024-05-01 08:12'"),
    "articles/2024/05/ngay.md": FRONT("published: 2024-05-02"),
    "articles/2024/05/dong-sau.md": FRONT("published:\n  2024-05-01T08:13"),
    "articles/2024/05/khoa-ngoac.md": FRONT('"published": 2024-05-01T08:14'),
    "articles/2024/05/crlf.md": FRONT("published: 2024-05-01T08:15:00+07:00").replaceAll("\n", "\r\n"),
    "articles/2024/05/bom.md": `\ufeff${FRONT("published: 2024-05-01T08:16:00+07:00")}`,
    // Front matter longer than the first read: the whole file is read.
    "articles/2024/05/dai.md": FRONT(`summary: "${"Tóm tắt rất dài. ".repeat(400)}"\npublished: 2024-05-01T08:17:00+07:00`),
    "articles/2024/05/nhap.md": FRONT("published: 2024-05-01T08:20:00+07:00\ndraft: true"),
    "articles/2024/05/nhap-ghi-chu.md": FRONT("published: 2024-05-01T08:21:00+07:00\ndraft: true # chưa duyệt"),
    "articles/2024/05/khong-nhap.md": FRONT("published: 2024-05-01T08:22:00+07:00\ndraft: false"),
    "articles/2024/05/sai-ngay.md": FRONT("published: hôm qua"),
    "articles/2024/05/khong-dau-bai.md": "Chỉ có thân bài.\n",
    "articles/2024/05/latin1.md": Buffer.from(FRONT("published: 2024-05-01T08:23:00+07:00\nsource: Theo báo Nhân Dân"), "latin1"),
    "_data/polls.yaml": "- id: binh-chon\n  question: Hỏi?\n  options:\n    - { id: a, label: A }\n    - { id: b, label: B }\n  opens: 2024-05-01T08:30\n  closes: 2024-05-03\n",
  });
  const changes = await timedChanges(contentDir);
  const shown = changes.map((change) => `${change.kind} ${change.file} ${change.at.toISO()}`).sort();
  assert.equal(shown, [
    "article content/articles/2024/05/bom.md 2024-05-01T08:16:00.000+07:00",
    "article content/articles/2024/05/crlf.md 2024-05-01T08:15:00.000+07:00",
    "article content/articles/2024/05/dai.md 2024-05-01T08:17:00.000+07:00",
    "article content/articles/2024/05/dong-sau.md 2024-05-01T08:13:00.000+07:00",
    "article content/articles/2024/05/khoa-ngoac.md 2024-05-01T08:14:00.000+07:00",
    "article content/articles/2024/05/khong-nhap.md 2024-05-01T08:22:00.000+07:00",
    "article content/articles/2024/05/ngay.md 2024-05-02T00:00:00.000+07:00",
    "article content/articles/2024/05/ngoac-don.md 2024-05-01T08:12:00.000+07:00",
    "article content/articles/2024/05/ngoac-kep.md 2024-05-01T08:11:00.000+07:00",
    "article content/articles/2024/05/tran.md 2024-05-01T08:10:00.000+07:00",
    "poll-closes content/_data/polls.yaml 2024-05-04T00:00:00.000+07:00",
    "poll-opens content/_data/polls.yaml 2024-05-01T08:30:00.000+07:00",
  ]);
});

test("timedChanges agrees with the build's loader on the fixture site", async () => {
  const contentDir = path.join(PROJECT_DIR, "tests/fixtures/site");
  const content = await loadContent({ contentDir, projectDir: path.dirname(contentDir), buildTime: at("2025-01-01T00:00:00+07:00") });
  const fromLoader = content.articles.filter((each) => each.status !== "draft").map((each) => `${each.sourcePath} ${each.published.toMillis()}`).sort();
  const fromScan = (await timedChanges(contentDir)).filter((change) => change.kind === "article").map((change) => `${change.file} ${change.at.toMillis()}`).sort();
  assert.ok(fromLoader.length >= 4, "the fixture has articles");
  assert.ok(content.articles.some((each) => each.status === "draft"), "and a draft, left out of both");
  assert.ok(content.articles.some((each) => each.status === "scheduled"), "and a scheduled article, in both");
  assert.equal(fromScan, fromLoader);
});

test("npm run due-since: the reason, then due=true or due=false for the workflow", async () => {
  const contentDir = await contentOf({ "articles/2024/05/tran.md": FRONT("published: 2024-05-01T08:10:00+07:00") });
  const run = (since: string): string =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/due-since.ts", "--content", contentDir, "--since", since], {
      cwd: PROJECT_DIR,
      encoding: "utf8",
      env: { ...process.env, SOURCE_DATE_EPOCH: String(NOW.toSeconds()) },
    }).stdout;
  const due = run(String(SINCE.toSeconds()));
  assert.match(due, "content/articles/2024/05/tran.md: bài đăng lúc 2024-05-01T08:10:00+07:00");
  assert.ok(due.endsWith("due=true\n"), due);
  const notDue = run(String(at("2024-05-01T08:12:00+07:00").toSeconds()));
  assert.ok(notDue.endsWith("due=false\n"), notDue);
});

test.run();
