// The writers' guide (docs/huong-dan-viet-bai.md, issue 17) quotes the messages writers meet most:
// every one it quotes must be what the dictionaries say today, so that the guide cannot go stale.
// A message changed in src/writer-messages.ts (or the other dictionaries) fails here until the guide
// is changed with it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cliMessages } from "../../src/cli-messages.ts";
import { permanenceMessages } from "../../src/content/permanence-messages.ts";
import { RECORD_COMMAND } from "../../src/content/published-record.ts";
import { decodeSourceText } from "../../src/content/source-text.ts";
import { photoMessages } from "../../src/images/photo-messages.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";
import { writerMessages } from "../../src/writer-messages.ts";

const GUIDE = "docs/huong-dan-viet-bai.md";
const guide = readFileSync(path.join(PROJECT_DIR, GUIDE), "utf8");

/** What a file saved in Windows-1258 is said to look like, as the loader says it. */
const oldEncoding = (() => {
  const decoded = decodeSourceText(Buffer.from([0x43, 0x68, 0xea, 0xd2, 0x20, 0x74, 0x61, 0xf2, 0x6f])); // "Chế tạo" in Windows-1258
  assert.ok(!decoded.ok);
  return decoded.encoding;
})();

const vi = writerMessages.vi;
const record = permanenceMessages("vi");

/** Each message the guide quotes, rendered by its dictionary with the guide's example values. */
const QUOTED: Record<string, string> = {
  colonInValue: vi.colonInValue(`title: 'Thủ tướng: "Vệ tinh LOTUSat-1 là niềm tự hào"'`),
  valueCutAtHash: vi.valueCutAtHash("Chiến dịch", `title: "Chiến dịch #VệTinhViệtNam lan tỏa mạnh mẽ"`),
  frontMatterNotClosed: vi.frontMatterNotClosed(),
  notUtf8: vi.notUtf8(oldEncoding),
  controlCharacter: vi.controlCharacter(0x0b, 19),
  dateHabit: vi.dateHabit(`"27/01/2024 22:01"`, "published: 2024-01-27T22:01:00+07:00"),
  categoryByName: vi.categoryByName("Khoa học", "khoa-hoc"),
  recordStale: record.recordStale("/2024/05/02/ve-tinh/", RECORD_COMMAND),
  unknownField: vi.unknownField("author"),
  missingDoubleDash: cliMessages.vi.problem(cliMessages.vi.missingDoubleDash("npm run new", ["title", "category"])),
  tooNarrow: photoMessages.vi.tooNarrow("content/images/2024/05/ve-tinh.jpg", 640, 480),
};

/** Every line of the guide's ```text blocks: what a command prints. */
function quotedLines(text: string): string[] {
  const lines: string[] = [];
  let inText = false;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed.startsWith("```")) inText = !inText && trimmed === "```text";
    else if (inText && trimmed) lines.push(trimmed);
  }
  return lines;
}

/** A printed line's message: after `path:line: field: ` (or `path: `), or the whole `Lỗi: …` line. */
function messageOf(line: string): string {
  if (line.startsWith(cliMessages.vi.problem(""))) return line;
  const match = /^\S+?\.(?:md|tsv|yaml):(?:\d+:)?(?: [a-z_]+:)? (.*?)(?: \(cảnh báo\))?$/.exec(line);
  assert.ok(match, `not a line that npm run check prints: ${line}`);
  return match[1]!;
}

test("every message the guide quotes is the dictionary's, word for word", () => {
  const lines = quotedLines(guide);
  assert.ok(lines.length >= 10, `${GUIDE} quotes ${lines.length} messages`);
  const known = new Set(Object.values(QUOTED));
  for (const line of lines) assert.ok(known.has(messageOf(line)), `${GUIDE} quotes a message no dictionary has (or no longer has):\n${line}`);
});

test("every message of the table is in the guide, and the guide lists ten", () => {
  const messages = quotedLines(guide).map(messageOf);
  for (const [key, message] of Object.entries(QUOTED)) assert.ok(messages.includes(message), `${key} is not quoted in ${GUIDE}`);
  const section = guide.slice(guide.indexOf("## Mười thông báo"));
  assert.is(section.match(/^\d+\. /gm)?.length, 10);
});

test("the README's first screen links to the guide and keeps the two commands", () => {
  const firstScreen = readFileSync(path.join(PROJECT_DIR, "README.md"), "utf8").split("\n").slice(0, 40).join("\n");
  assert.match(firstScreen, `(${GUIDE})`);
  assert.match(firstScreen, "npm ci && npm start");
  assert.match(firstScreen, "npm ci && npm test");
});

test.run();
