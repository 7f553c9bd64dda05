import { test } from "uvu";
import * as assert from "uvu/assert";
import { pageDateTime, readCredit, readLegacyPage, SEED_PRESET } from "../../src/import/legacy-page.ts";

test("pageDateTime: the portal's forms, the zone written three ways or not at all", () => {
  const cases: [string, string | undefined][] = [
    ["Cập nhật : 27/01/2024 , 22:01(GMT +7)", "2024-01-27T22:01:00.000+07:00"],
    ["Đăng: 3/2/2024, 08:15 (GMT+7)", "2024-02-03T08:15:00.000+07:00"],
    ["Cập nhật : 04/02/2024 , 09:30 (GMT+07:00)", "2024-02-04T09:30:00.000+07:00"],
    ["31/12/2023, 23:30", "2023-12-31T23:30:00.000+07:00"],
    ["Thứ năm, 25/04/2024 , 02:04 pm", "2024-04-25T14:04:00.000+07:00"],
    ["27/01/2024, 15:01 (GMT+0)", "2024-01-27T22:01:00.000+07:00"],
    ["31/02/2024, 10:00", undefined],
    ["không có ngày", undefined],
  ];
  for (const [text, expected] of cases) assert.equal(pageDateTime(text)?.toISO() ?? undefined, expected, text);
});

test("readCredit: one person for both, text and photo apart, on one line or two", () => {
  assert.equal(readCredit(["Bài, ảnh: Đăng Minh"]), { author: ["Đăng Minh"], photo: ["Đăng Minh"] });
  assert.equal(readCredit(["Bài: Hà Phương - Ảnh: Hữu Thắng"]), { author: ["Hà Phương"], photo: ["Hữu Thắng"] });
  assert.equal(readCredit(["Bài: Lan Anh", "Ảnh: Minh Đức, Quang Huy"]), { author: ["Lan Anh"], photo: ["Minh Đức", "Quang Huy"] });
  assert.equal(readCredit(["Đặc biệt, trong năm 2023: nhiều kết quả"]), undefined);
});

test("readLegacyPage: a page without a body or date gives none rather than a guess", () => {
  const page = readLegacyPage("<html><body><h1>Tiêu đề</h1></body></html>", SEED_PRESET);
  assert.equal([page.headline, page.published, page.bodyHtml], ["Tiêu đề", undefined, undefined]);
});

test.run();
