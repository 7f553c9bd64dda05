/** Tests of src/content/schedule.ts: scheduled articles listed with file and GMT+7 time; a year ahead warned (issue 17). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { farFutureProblems, scheduleLines } from "../../src/content/schedule.ts";
import type { Article } from "../../src/content/article.ts";

const NOW = DateTime.fromISO("2024-06-01T12:00:00+07:00", { setZone: true });
const article = (file: string, published: string, status: Article["status"] = "scheduled"): Article =>
  ({ sourcePath: `content/articles/${file}`, published: DateTime.fromISO(published, { setZone: true }), status }) as Article;
const ARTICLES = [
  article("xa.md", "2025-06-01T12:01:00+07:00"),
  article("gan.md", "2024-06-02T08:00:00Z"),
  article("nam-sau.md", "2025-06-01T12:00:00+07:00"),
  article("da-dang.md", "2024-05-01T08:00:00+07:00", "published"),
  article("nhap.md", "2030-01-01T08:00:00+07:00", "draft"),
];

test("scheduleLines: every scheduled article, soonest first, with its file and its time in GMT+7; nothing when none is", () => {
  assert.equal(scheduleLines(ARTICLES), [
    "Bài hẹn giờ đăng (3):",
    "  content/articles/gan.md → 02/06/2024, 15:00 (GMT+7)",
    "  content/articles/nam-sau.md → 01/06/2025, 12:00 (GMT+7)",
    "  content/articles/xa.md → 01/06/2025, 12:01 (GMT+7)",
  ]);
  assert.equal(scheduleLines(ARTICLES, "en")[0], "Scheduled (3):");
  assert.equal(scheduleLines(ARTICLES, "en")[1], "  content/articles/gan.md → 2 June 2024, 15:00 (GMT+7)");
  assert.equal(scheduleLines([ARTICLES[3]!]), []);
});

test("farFutureProblems: a warning naming the file and the line for a time more than a year ahead, drafts aside", () => {
  assert.equal(farFutureProblems(ARTICLES, NOW, () => 4), [
    {
      severity: "warning",
      file: "content/articles/xa.md",
      line: 4,
      field: "published",
      message: "bài hẹn đăng lúc 01/06/2025, 12:01 (GMT+7), hơn một năm nữa: nếu năm bị gõ nhầm, hãy sửa published:; nếu đúng là hẹn xa, có thể bỏ qua cảnh báo này",
    },
  ]);
  assert.match(farFutureProblems(ARTICLES, NOW, () => 4, "en")[0]!.message, "scheduled for 1 June 2025, 12:01 (GMT+7), more than a year ahead");
});

test.run();
