/**
 * The lede shown in lists and feeds when a writer gives no `summary`: the first paragraph of the
 * body as plain text, cut at a word boundary.
 */
import type { MarkdownIt } from "markdown-it";

export const SUMMARY_MAX_LENGTH = 300;

/** Lines that open a block which is not prose: headings, images, lists, quotes, code, rules, tables. */
const NON_PROSE_LINE = /^\s*(#{1,6}\s|!\[|[-*+]\s|\d+[.)]\s|>|```|~~~|(-{3,}|\*{3,}|_{3,})\s*$|\|)/;

/**
 * @example deriveSummary(md, "## Tiêu đề\n\nĐoạn **đầu** tiên.\n\nĐoạn hai.") // "Đoạn đầu tiên."
 */
export function deriveSummary(md: MarkdownIt, body: string, maxLength = SUMMARY_MAX_LENGTH): string {
  const paragraph = firstProseParagraph(body);
  if (!paragraph) return "";
  const inline = md.parseInline(paragraph, {})[0]?.children ?? [];
  const plain = inline
    .map((token) => (token.type === "text" || token.type === "code_inline" ? token.content : token.type.endsWith("break") ? " " : ""))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return truncateAtWord(plain, maxLength);
}

function firstProseParagraph(body: string): string | undefined {
  const blocks = body.split(/\r?\n\s*\r?\n/);
  for (const block of blocks) {
    const trimmed = block.trim();
    if (trimmed && !NON_PROSE_LINE.test(trimmed)) return trimmed;
  }
  return undefined;
}

/**
 * Cuts text to at most `maxLength` characters at a word boundary, marking the cut with "…".
 * @example truncateAtWord("một hai ba bốn", 9) // "một hai…"
 */
export function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  const words = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.–-]+$/, "")}…`;
}
