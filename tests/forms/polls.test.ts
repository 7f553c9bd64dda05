import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Language } from "../../src/language.ts";
import { formatProblem } from "../../src/problems.ts";
import { isoTimestamp, parseTimestamp } from "../../src/dates.ts";
import { isPollOpen, openPollAt, parsePolls, readPolls } from "../../src/forms/polls.ts";
import { DEFAULT_CONTENT_DIR, PROJECT_DIR } from "../../src/project-paths.ts";

const FILE = "content/_data/polls.yaml";
const at = (iso: string) => {
  const parsed = parseTimestamp(iso);
  if (!parsed.ok) throw new Error(iso);
  return parsed.value;
};
const poll = (id: string, opens: string, closes: string, extra = ""): string =>
  `- id: ${id}\n  question: Câu hỏi ${id}?\n  options:\n    - { id: co, label: Có }\n    - { id: khong, label: Không }\n  opens: ${opens}\n  closes: ${closes}\n${extra}`;
const messages = (text: string, lang?: Language): string[] => parsePolls(text, FILE, lang).problems.map((problem) => formatProblem(problem, lang ?? "vi"));

test("the sample poll: three options, open from 2024-01-01 through 2030-12-31 in GMT+7", async () => {
  const { polls, problems } = await readPolls(DEFAULT_CONTENT_DIR);
  assert.equal(problems, []);
  assert.is(polls.length, 1);
  const [sample] = polls;
  assert.is(sample!.question, "Bạn biết website “truyenthongkhoahoc.vn” qua nguồn thông tin nào?");
  assert.equal(sample!.options.map((option) => option.label), ["Bạn bè giới thiệu", "Qua Google", "Qua sách báo, quảng cáo banner"]);
  assert.is(isoTimestamp(sample!.opens), "2024-01-01T00:00:00+07:00");
  assert.is(isoTimestamp(sample!.closes), "2031-01-01T00:00:00+07:00", "a date alone in closes means the end of that day");
});

test("a site without polls.yaml has no polls and no problem; an empty file neither", async () => {
  assert.equal(await readPolls(path.join(PROJECT_DIR, "tests", "fixtures", "forms")), { polls: [], problems: [] });
  assert.equal(parsePolls("", FILE), { polls: [], problems: [] });
  assert.equal(parsePolls("# chưa có\n", FILE), { polls: [], problems: [] });
});

test("opens and closes are GMT+7 whatever the machine's zone; closes is exclusive", () => {
  const { polls } = parsePolls(poll("a", "2024-03-01T08:00", "2024-03-02T08:00"), FILE);
  const [a] = polls;
  assert.is(isoTimestamp(a!.opens), "2024-03-01T08:00:00+07:00");
  const table: [string, boolean][] = [
    ["2024-03-01T07:59:59+07:00", false],
    ["2024-03-01T08:00:00+07:00", true],
    ["2024-03-01T01:00:00Z", true],
    ["2024-03-02T07:59:59+07:00", true],
    ["2024-03-02T08:00:00+07:00", false],
    ["2024-03-02T00:59:59Z", true],
  ];
  for (const [instant, open] of table) assert.is(isPollOpen(a!, at(instant)), open, instant);
});

test("openPollAt: the open poll that opened last; none when none is open", () => {
  const { polls, problems } = parsePolls(
    [poll("cu", "2024-01-01", "2024-12-31"), poll("moi", "2024-06-01", "2025-06-30"), poll("sau", "2026-01-01", "2026-12-31")].join(""),
    FILE,
  );
  assert.equal(problems.map((problem) => problem.message), ['cuộc bình chọn "moi" mở cùng lúc với "cu"; khi cả hai cùng mở, trang hiện "moi"']);
  assert.is(problems[0]!.severity, "warning");
  assert.is(problems[0]!.line, 8);
  assert.is(openPollAt(polls, at("2024-03-01"))?.id, "cu");
  assert.is(openPollAt(polls, at("2024-07-01"))?.id, "moi");
  assert.is(openPollAt(polls, at("2025-07-01")), undefined);
  assert.is(openPollAt(polls, at("2026-05-01"))?.id, "sau");
});

test("problems: each with its file, line, field and fix, in Vietnamese by default and in English with --lang en", () => {
  const table: [string, string[], string[]][] = [
    [
      poll("a", "2024-01-01", "2024-02-01", "  qestion: x\n  extra: y\n"),
      [
        `${FILE}:8: qestion: không có trường này (có phải ý bạn là question:?); một cuộc bình chọn có id, question, options, opens, closes (cảnh báo)`,
        `${FILE}:9: extra: không có trường này; một cuộc bình chọn có id, question, options, opens, closes (cảnh báo)`,
      ],
      [
        `${FILE}:8: qestion: unknown field (did you mean question:?); a poll has id, question, options, opens, closes (warning)`,
        `${FILE}:9: extra: unknown field; a poll has id, question, options, opens, closes (warning)`,
      ],
    ],
    [
      poll("a", "2024-01-01", "2024-02-01") + poll("a", "2024-03-01", "2024-04-01"),
      [`${FILE}:8: id: mã "a" đã dùng cho cuộc bình chọn ở dòng 1: mỗi cuộc cần một mã riêng`],
      [`${FILE}:8: id: the id "a" is already used by the poll on line 1: each poll needs its own`],
    ],
    [
      poll("a", "2024-02-01", "2024-01-01"),
      [`${FILE}:7: closes: phải muộn hơn opens: cuộc bình chọn đóng sau khi mở`],
      [`${FILE}:7: closes: is not after opens: a poll must close after it opens`],
    ],
    [
      poll("a", "2024-02-01T10:00", "2024-02-01T10:00"),
      [`${FILE}:7: closes: phải muộn hơn opens: cuộc bình chọn đóng sau khi mở`],
      [`${FILE}:7: closes: is not after opens: a poll must close after it opens`],
    ],
    [
      "- id: a\n  question: Q?\n  options:\n    - { id: co, label: Có }\n  opens: 2024-01-01\n  closes: 2024-02-01\n",
      [`${FILE}:4: options: mới có một lựa chọn; cuộc bình chọn cần ít nhất hai`],
      [`${FILE}:4: options: has one option; a poll needs at least two`],
    ],
    [
      "- id: a\n  question: Q?\n  options: []\n  opens: 2024-01-01\n  closes: 2024-02-01\n",
      [`${FILE}:3: options: chưa có lựa chọn nào; cuộc bình chọn cần ít nhất hai`],
      [`${FILE}:3: options: has no option; a poll needs at least two`],
    ],
    [
      "- id: a\n  question: Q?\n  options:\n    - { id: co, label: Có }\n    - { id: co, label: Vâng }\n    - { id: X Y, label: Khác }\n    - { id: z }\n    - { id: t, label: T, lable: U }\n  opens: 2024-01-01\n  closes: 2024-02-01\n",
      [
        `${FILE}:5: options[2].id: mã "co" trùng với lựa chọn thứ 1: mỗi lựa chọn cần một mã riêng`,
        `${FILE}:6: options[3].id: mã chỉ gồm chữ thường a-z, chữ số và dấu gạch nối đơn, ví dụ id: qua-google`,
        `${FILE}:7: options[4].label: thiếu label: chữ bạn đọc bấm chọn, ví dụ label: Qua Google`,
        `${FILE}:8: options[5].lable: không có trường này (có phải ý bạn là label:?); một lựa chọn có id và label (cảnh báo)`,
      ],
      [
        `${FILE}:5: options[2].id: the id "co" is also option 1's: each option needs its own`,
        `${FILE}:6: options[3].id: must be lowercase a-z, digits and single hyphens, e.g. id: qua-google`,
        `${FILE}:7: options[4].label: is required: the text readers choose, e.g. label: Qua Google`,
        `${FILE}:8: options[5].lable: unknown field (did you mean label:?); an option has id and label (warning)`,
      ],
    ],
    [
      "- question: Q?\n",
      [
        `${FILE}:1: closes: thiếu trường này: ngày hoặc ngày giờ (giờ Việt Nam), ví dụ closes: 2024-01-01 hoặc closes: 2024-01-01 08:00`,
        `${FILE}:1: id: thiếu trường này: hãy thêm một dòng như id: nguon-thong-tin`,
        `${FILE}:1: opens: thiếu trường này: ngày hoặc ngày giờ (giờ Việt Nam), ví dụ opens: 2024-01-01 hoặc opens: 2024-01-01 08:00`,
        `${FILE}:1: options: thiếu options: một danh sách ít nhất hai lựa chọn, mỗi lựa chọn có id và label`,
      ],
      [
        `${FILE}:1: closes: is required: a date or date-time in Vietnam time, e.g. closes: 2024-01-01 or closes: 2024-01-01 08:00`,
        `${FILE}:1: id: is required: add a line such as id: nguon-thong-tin`,
        `${FILE}:1: opens: is required: a date or date-time in Vietnam time, e.g. opens: 2024-01-01 or opens: 2024-01-01 08:00`,
        `${FILE}:1: options: is required: a list of at least two options, each with id and label`,
      ],
    ],
    [
      poll("Thăm dò", "01/01/2024", "2024-02-30"),
      [
        `${FILE}:1: id: mã chỉ gồm chữ thường a-z, chữ số và dấu gạch nối đơn, ví dụ id: nguon-thong-tin`,
        `${FILE}:6: opens: "01/01/2024" là cách viết ngày quen thuộc, nhưng trang chỉ đọc dạng năm-tháng-ngày: hãy sửa dòng này thành opens: 2024-01-01`,
        `${FILE}:7: closes: "2024-02-30" không phải ngày theo cách trang đọc: hãy viết năm-tháng-ngày, ví dụ 2024-01-27, 2024-01-27 22:01 hoặc 2024-01-27T22:01:00+07:00 (giờ Việt Nam khi không ghi múi giờ)`,
      ],
      [
        `${FILE}:1: id: must be lowercase a-z, digits and single hyphens, e.g. id: nguon-thong-tin`,
        `${FILE}:6: opens: "01/01/2024" is a day-first date, but the site reads year-month-day only: make this line opens: 2024-01-01`,
        `${FILE}:7: closes: "2024-02-30" is not a date the site reads: write year-month-day, e.g. 2024-01-27, 2024-01-27 22:01 or 2024-01-27T22:01:00+07:00 (Vietnam time when no offset is given)`,
      ],
    ],
    [
      "id: a\nquestion: Q?\n",
      [`${FILE}:1: cần một danh sách cuộc bình chọn, mỗi cuộc bắt đầu bằng \`- id:\``],
      [`${FILE}:1: expected a list of polls, each starting with \`- id:\``],
    ],
    ["- just text\n", [`${FILE}:1: cần một cuộc bình chọn có id, question, options, opens và closes`], [`${FILE}:1: expected a poll with id, question, options, opens and closes`]],
    ["- id: a\n  id: b\n", [`${FILE}:2: trường này được viết hai lần: hãy giữ một dòng và xóa dòng kia`], [`${FILE}:2: this field is written twice: keep one line and delete the other`]],
  ];
  for (const [text, vi, en] of table) {
    assert.equal(messages(text).sort(), [...vi].sort(), text);
    assert.equal(messages(text, "en").sort(), [...en].sort(), `--lang en: ${text}`);
  }
});

test("a poll with an error is left out; the others stay", () => {
  const { polls } = parsePolls(poll("tot", "2024-01-01", "2024-02-01") + poll("hong", "2024-02-01", "2024-01-01"), FILE);
  assert.equal(polls.map((p) => p.id), ["tot"]);
});

test.run();
