/**
 * The credit line under an article, as the portal prints it: one person who wrote and photographed
 * gets "Bài, ảnh: Đăng Minh"; otherwise "Bài: …" and "Ảnh: …" on lines of their own.
 */
import type { Strings } from "./i18n.ts";

/** One credit line: its label ("Bài", "Ảnh", "Bài, ảnh") and the people it names, in order. */
export interface CreditPart {
  label: string;
  names: string[];
}

/**
 * @example creditParts(["Đăng Minh"], ["Đăng Minh"], vi) // [{ label: "Bài, ảnh", names: ["Đăng Minh"] }]
 * @example creditParts(["Lan Anh"], ["Hữu Thắng"], vi) // [{ label: "Bài", names: ["Lan Anh"] }, { label: "Ảnh", names: ["Hữu Thắng"] }]
 */
export function creditParts(authors: readonly string[], photographers: readonly string[], strings: Strings): CreditPart[] {
  if (authors.length > 0 && samePeople(authors, photographers)) return [{ label: strings.creditTextAndPhoto, names: [...authors] }];
  const parts: CreditPart[] = [];
  if (authors.length > 0) parts.push({ label: strings.creditText, names: [...authors] });
  if (photographers.length > 0) parts.push({ label: strings.creditPhoto, names: [...photographers] });
  return parts;
}

/**
 * @example creditLines(["Đăng Minh"], ["Đăng Minh"], vi) // ["Bài, ảnh: Đăng Minh"]
 * @example creditLines(["Lan Anh"], ["Hữu Thắng"], vi) // ["Bài: Lan Anh", "Ảnh: Hữu Thắng"]
 */
export function creditLines(authors: readonly string[], photographers: readonly string[], strings: Strings): string[] {
  return creditParts(authors, photographers, strings).map((part) => `${part.label}: ${part.names.join(strings.listSeparator)}`);
}

function samePeople(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const normalize = (name: string): string => name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
  const set = new Set(a.map(normalize));
  return b.every((name) => set.has(normalize(name)));
}
