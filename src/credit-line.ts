/**
 * Credit lines written in an article's body ("Bài: Lan Anh - Ảnh: Hữu Thắng"). The site prints the
 * credit from `author:`, `photo:` and `source:` (src/credits.ts), so one in the body shows twice, and
 * as the first paragraph it becomes the summary (src/summary.ts). Only the body's first and last
 * paragraphs are looked at: a credit stands there, and a paragraph in the middle that starts with
 * "Ảnh:" is more likely prose.
 *
 * The labels, matched whatever the case, with or without tone marks, composed or not ("Bai:", "ẢNH:"):
 * - text: "Bài", "Tin", "Bài viết", "Tác giả";
 * - photos: "Ảnh", "Hình", "Hình ảnh";
 * - both: "Bài và ảnh", "Bài, ảnh", "Bài - ảnh", "Bài + ảnh", "Bài & ảnh", and the same with "Tin";
 * - `source:`: "Nguồn", "Nguồn tin".
 * Left out on purpose: "Video:" (as often the title of the clip below it as its credit, and no field
 * holds a video's credit), "Theo …" (no colon: "Theo báo cáo, …" opens many a sentence), "PV:" and
 * names followed by a colon (interview questions and answers).
 * What follows the label must read as names (a few short words each, no sentence punctuation), so
 * "Ảnh: Hội nghị diễn ra trong hai ngày, với hơn 300 đại biểu tham dự." is prose, not a credit.
 */

export type CreditField = "author" | "photo" | "source";

export interface BodyCredit {
  /** The paragraph's first line in the file. */
  line: number;
  /** What it credits, field by field, names as written; a field is absent when no names could be read. */
  names: Partial<Record<CreditField, string[]>>;
}

const BOTH = "(?:bai|tin)\\s*(?:,|-|–|\\+|&|va)\\s*anh";
const LABELS: [RegExp, CreditField[]][] = [
  [new RegExp(`^${BOTH}$`), ["author", "photo"]],
  [/^(?:bai|tin|bai viet|tac gia)$/, ["author"]],
  [/^(?:anh|hinh|hinh anh)$/, ["photo"]],
  [/^(?:nguon|nguon tin)$/, ["source"]],
];
const LABEL_SOURCE = `(?:${BOTH}|bai viet|tac gia|bai|tin|hinh anh|hinh|anh|nguon tin|nguon)`;

/** Case, tone marks and đ folded, one character for one, so that offsets stay those of the text. */
function fold(text: string): string {
  return [...text.normalize("NFC")].map((char) => char.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().slice(0, 1) || char).join("");
}

const PART_START = new RegExp(`^\\s*${LABEL_SOURCE}\\s*:`);
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}.'’ -]*$/u;

/**
 * The fields one paragraph credits, or undefined when it is no credit line.
 * @example readCreditParagraph("Bài: Lan Anh - Ảnh: Huu Thang") // { author: ["Lan Anh"], photo: ["Huu Thang"] }
 * @example readCreditParagraph("Ảnh: hội nghị diễn ra trong hai ngày, với hơn 300 đại biểu.") // undefined
 */
export function readCreditParagraph(paragraph: string): BodyCredit["names"] | undefined {
  const text = paragraph.normalize("NFC").replace(/[*_]/g, "").replace(/\s+/g, " ").trim();
  const folded = fold(text);
  if (!PART_START.test(folded)) return undefined;
  // Split before each label after a separator: "Bài: A - Ảnh: B", "Bài: A. Ảnh: B", "Bài: A Ảnh: B".
  // Left to right, the longest label first, so that "Bài và ảnh:" is one label and not "Bài và" then "ảnh:".
  const starts: number[] = [];
  const label = new RegExp(`(^|[-–.;|/]\\s*|\\s)${LABEL_SOURCE}\\s*:`, "g");
  for (const match of folded.matchAll(label)) starts.push(match.index! + match[1]!.length);
  if (starts[0] !== 0) return undefined;
  const names: BodyCredit["names"] = {};
  for (const [index, start] of starts.entries()) {
    const end = starts[index + 1] ?? text.length;
    const part = text.slice(start, end);
    const colon = part.indexOf(":");
    const labelText = fold(part.slice(0, colon)).replace(/\s+/g, " ").trim();
    const fields = LABELS.find(([pattern]) => pattern.test(labelText))?.[1];
    if (!fields) return undefined;
    const value = part.slice(colon + 1).replace(/[\s\-–.;|/]+$/, "").trim();
    if (!value || value.length > 80 || /[?!:"“”()\d]/.test(value)) return undefined;
    const list = value.split(/\s*,\s*|\s+(?:và|va)\s+/i).map((name) => name.trim()).filter(Boolean);
    if (list.some((name) => name.split(" ").length > 6)) return undefined;
    const readable = list.every((name) => NAME.test(name));
    for (const field of fields) if (readable) names[field] = [...(names[field] ?? []), ...list];
  }
  return names;
}

/** Lines that open a block which is not prose (as src/summary.ts skips them). */
const NON_PROSE_LINE = /^\s*(#{1,6}\s|!\[|[-*+]\s|\d+[.)]\s|>|```|~~~|(-{3,}|\*{3,}|_{3,})\s*$|\||<)/;

/**
 * The credit lines among a body's first and last paragraphs (each run of them: "Bài: A" then "Ảnh: B").
 * @param bodyLine the line of the file the body starts on
 */
export function bodyCredits(body: string, bodyLine: number): BodyCredit[] {
  const blocks: { text: string; line: number }[] = [];
  let start: number | undefined;
  const lines = body.split("\n");
  lines.forEach((text, index) => {
    if (text.trim() === "") {
      if (start !== undefined) blocks.push({ text: lines.slice(start, index).join("\n"), line: bodyLine + start });
      start = undefined;
    } else start ??= index;
  });
  if (start !== undefined) blocks.push({ text: lines.slice(start).join("\n"), line: bodyLine + start });
  const credits = new Map<number, BodyCredit>();
  const creditOf = (block: { text: string; line: number }): BodyCredit | undefined => {
    if (NON_PROSE_LINE.test(block.text)) return undefined;
    // Two credit lines in one paragraph ("Bài: A" and "Ảnh: B" on lines of their own).
    const parts = block.text.split("\n").map((line) => readCreditParagraph(line));
    if (parts.some((part) => part === undefined)) return undefined;
    const names: BodyCredit["names"] = {};
    for (const part of parts) for (const [field, list] of Object.entries(part!) as [CreditField, string[]][]) names[field] = [...(names[field] ?? []), ...list];
    return { line: block.line, names };
  };
  // From the start: past photos and headings to the first paragraph of prose, which the summary takes.
  let index = blocks.findIndex((block) => !NON_PROSE_LINE.test(block.text));
  for (let credit; index >= 0 && index < blocks.length && (credit = creditOf(blocks[index]!)); index++) credits.set(credit.line, credit);
  for (let last = blocks.length - 1, credit; last >= 0 && (credit = creditOf(blocks[last]!)); last--) credits.set(credit.line, credit);
  return [...credits.values()].sort((a, b) => a.line - b.line);
}

/**
 * The body without its credit lines, and what they credit: an importer moves them into the front
 * matter, where check wants them.
 * @example withoutBodyCredits("Đoạn.\n\nBài: Lan Anh\n") // { body: "Đoạn.\n", names: { author: ["Lan Anh"] } }
 */
export function withoutBodyCredits(body: string): { body: string; names: BodyCredit["names"] } {
  const credits = bodyCredits(body, 0);
  if (credits.length === 0) return { body, names: {} };
  const lines = body.split("\n");
  const names: BodyCredit["names"] = {};
  const dropped = new Set<number>();
  for (const credit of credits) {
    for (let index = credit.line; index < lines.length && lines[index]!.trim() !== ""; index++) dropped.add(index);
    for (const [field, list] of Object.entries(credit.names) as [CreditField, string[]][]) names[field] = [...(names[field] ?? []), ...list];
  }
  const kept = lines.filter((_, index) => !dropped.has(index)).join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "").replace(/\n+$/, "\n");
  return { body: kept, names };
}
