/**
 * The credit line under an article, as the portal prints it: one person who wrote and photographed
 * gets "Bài, ảnh: Đăng Minh"; otherwise "Bài: …" and "Ảnh: …" on lines of their own.
 */
import type { Strings } from "./i18n.ts";

/**
 * @example creditLines(["Đăng Minh"], ["Đăng Minh"], vi) // ["Bài, ảnh: Đăng Minh"]
 * @example creditLines(["Lan Anh"], ["Hữu Thắng"], vi) // ["Bài: Lan Anh", "Ảnh: Hữu Thắng"]
 */
export function creditLines(authors: readonly string[], photographers: readonly string[], strings: Strings): string[] {
  const join = (names: readonly string[]): string => names.join(strings.listSeparator);
  if (authors.length > 0 && samePeople(authors, photographers)) {
    return [`${strings.creditTextAndPhoto}: ${join(authors)}`];
  }
  const lines: string[] = [];
  if (authors.length > 0) lines.push(`${strings.creditText}: ${join(authors)}`);
  if (photographers.length > 0) lines.push(`${strings.creditPhoto}: ${join(photographers)}`);
  return lines;
}

function samePeople(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const normalize = (name: string): string => name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
  const set = new Set(a.map(normalize));
  return b.every((name) => set.has(normalize(name)));
}
