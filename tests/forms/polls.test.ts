import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
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
const messages = (text: string): string[] => parsePolls(text, FILE).problems.map((problem) => formatProblem(problem, "en"));

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
  assert.equal(problems.map((problem) => problem.message), ['poll "moi" is open at the same time as "cu"; while both are open, "moi" is shown']);
  assert.is(problems[0]!.severity, "warning");
  assert.is(problems[0]!.line, 8);
  assert.is(openPollAt(polls, at("2024-03-01"))?.id, "cu");
  assert.is(openPollAt(polls, at("2024-07-01"))?.id, "moi");
  assert.is(openPollAt(polls, at("2025-07-01")), undefined);
  assert.is(openPollAt(polls, at("2026-05-01"))?.id, "sau");
});

test("problems: each with its file, line and field, like articles'", () => {
  const table: [string, string[]][] = [
    [
      poll("a", "2024-01-01", "2024-02-01", "  qestion: x\n  extra: y\n"),
      [
        `${FILE}:8: qestion: unknown field (did you mean "question"?); a poll has id, question, options, opens, closes (warning)`,
        `${FILE}:9: extra: unknown field; a poll has id, question, options, opens, closes (warning)`,
      ],
    ],
    [poll("a", "2024-01-01", "2024-02-01") + poll("a", "2024-03-01", "2024-04-01"), [`${FILE}:8: id: duplicate poll id "a" (first used on line 1)`]],
    [poll("a", "2024-02-01", "2024-01-01"), [`${FILE}:7: closes: is not after opens: a poll must close after it opens`]],
    [poll("a", "2024-02-01T10:00", "2024-02-01T10:00"), [`${FILE}:7: closes: is not after opens: a poll must close after it opens`]],
    [
      "- id: a\n  question: Q?\n  options:\n    - { id: co, label: Có }\n  opens: 2024-01-01\n  closes: 2024-02-01\n",
      [`${FILE}:4: options: has one option; a poll needs at least two`],
    ],
    ["- id: a\n  question: Q?\n  options: []\n  opens: 2024-01-01\n  closes: 2024-02-01\n", [`${FILE}:3: options: has no option; a poll needs at least two`]],
    [
      "- id: a\n  question: Q?\n  options:\n    - { id: co, label: Có }\n    - { id: co, label: Vâng }\n    - { id: X Y, label: Khác }\n    - { id: z }\n    - { id: t, label: T, lable: U }\n  opens: 2024-01-01\n  closes: 2024-02-01\n",
      [
        `${FILE}:5: options[2].id: duplicate option id "co" (also option 1)`,
        `${FILE}:6: options[3].id: must be lowercase a-z, digits and single hyphens, e.g. qua-google`,
        `${FILE}:7: options[4].label: is required: the text readers choose`,
        `${FILE}:8: options[5].lable: unknown field (did you mean "label"?); an option has id and label (warning)`,
      ],
    ],
    [
      "- question: Q?\n",
      [
        `${FILE}:1: closes: is required: a date or date-time in GMT+7, e.g. 2024-01-01 or 2024-01-01T08:00`,
        `${FILE}:1: id: is required`,
        `${FILE}:1: options: is required: a list of at least two options, each with id and label`,
        `${FILE}:1: opens: is required: a date or date-time in GMT+7, e.g. 2024-01-01 or 2024-01-01T08:00`,
      ],
    ],
    [poll("Thăm dò", "01/01/2024", "2024-02-30"), [
      `${FILE}:1: id: must be lowercase a-z, digits and single hyphens, e.g. nguon-thong-tin`,
      `${FILE}:6: opens: "01/01/2024" is not a date; expected an ISO 8601 date or date-time such as 2024-01-27, 2024-01-27T22:01 or 2024-01-27T22:01:00+07:00`,
      `${FILE}:7: closes: "2024-02-30" is not a date; expected an ISO 8601 date or date-time such as 2024-01-27, 2024-01-27T22:01 or 2024-01-27T22:01:00+07:00`,
    ]],
    ["id: a\nquestion: Q?\n", [`${FILE}:1: expected a list of polls, each starting with \`- id:\``]],
    ["- just text\n", [`${FILE}:1: expected a poll with id, question, options, opens and closes`]],
    ["- id: a\n  id: b\n", [`${FILE}:2: trường này được viết hai lần: hãy giữ một dòng và xóa dòng kia`]],
  ];
  for (const [text, expected] of table) {
    const got = messages(text).sort();
    assert.equal(got, [...expected].sort(), text);
  }
});

test("a poll with an error is left out; the others stay", () => {
  const { polls } = parsePolls(poll("tot", "2024-01-01", "2024-02-01") + poll("hong", "2024-02-01", "2024-01-01"), FILE);
  assert.equal(polls.map((p) => p.id), ["tot"]);
});

test.run();
