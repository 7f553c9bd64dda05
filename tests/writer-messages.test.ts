/**
 * The dictionary's sentences that count things agree in number in English (Vietnamese nouns do not
 * change): "1 article, 1 draft", never "1 drafts".
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writerMessages } from "../src/writer-messages.ts";

const counts = (articles: number, drafts: number, errors: number, warnings: number) => ({ articles, published: articles - drafts, drafts, scheduled: 0, errors, warnings, seconds: 0.2 });

test("check's closing line: singular and plural in English, one form in Vietnamese", () => {
  const table: [ReturnType<typeof counts>, string][] = [
    [counts(1, 1, 1, 1), "1 article checked (0 published, 1 draft, 0 scheduled): 1 error, 1 warning in 0.20 s"],
    [counts(17, 2, 0, 3), "17 articles checked (15 published, 2 drafts, 0 scheduled): 0 errors, 3 warnings in 0.20 s"],
  ];
  for (const [input, expected] of table) assert.is(writerMessages.en.checkSummary(input), expected);
  assert.is(writerMessages.vi.checkSummary(counts(1, 1, 1, 1)), "Đã kiểm tra 1 bài (0 đã đăng, 1 bản nháp, 0 hẹn giờ): 1 lỗi, 1 cảnh báo, trong 0,20 giây");
});

test.run();
