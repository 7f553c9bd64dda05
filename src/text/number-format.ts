/**
 * How the command lines print a number to a person, in the language of their messages: Vietnamese
 * writes 10.000 bài and 0,14 giây, English 10,000 articles and 0.14 s (issue 17). Every count,
 * duration and size in check's, build's and the preview's lines goes through here, so that one line
 * never says 0,14 and the next 0.3.
 */
import type { Language } from "../language.ts";

const LOCALES: Record<Language, string> = { vi: "vi-VN", en: "en-GB" };
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number with `digits` decimals, grouped by thousands as the language writes it.
 * @example formatNumber(12345.6, "vi", 1) // "12.345,6"
 * @example formatNumber(12345.6, "en", 1) // "12,345.6"
 */
export function formatNumber(value: number, lang: Language, digits = 0): string {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

/**
 * A duration in seconds with its unit.
 * @example formatSeconds(0.3, "vi") // "0,3 giây"
 * @example formatSeconds(0.142, "en", 2) // "0.14 s"
 */
export function formatSeconds(seconds: number, lang: Language, digits = 1): string {
  return `${formatNumber(seconds, lang, digits)} ${lang === "vi" ? "giây" : "s"}`;
}

/**
 * A size in megabytes (2^20 bytes) with one decimal and its unit.
 * @example formatMegabytes(3 * 1024 * 1024, "vi") // "3,0 MB"
 */
export function formatMegabytes(bytes: number, lang: Language): string {
  return `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB`;
}
