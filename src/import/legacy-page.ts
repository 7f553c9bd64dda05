/**
 * A saved page of a legacy portal → the parts of an article, found with CSS selectors (cheerio).
 * The built-in preset reads pages laid out like the portal tintuc replaces
 * (../shared/reference/seed-article.txt): the headline, "Cập nhật : 27/01/2024 , 22:01(GMT +7)",
 * the lead photo and its caption, the body, and a closing credit line "Bài, ảnh: Đăng Minh" or
 * "Bài: …" and "Ảnh: …" (on one line or two). A config file names other selectors.
 */
import { load, type CheerioAPI } from "cheerio";
import { DateTime } from "luxon";
import { NEWSROOM_ZONE } from "../dates.ts";

export interface PageSelectors {
  headline: string;
  category: string;
  time: string;
  leadImage: string;
  leadCaption: string;
  body: string;
  /** Dropped from the body before it is read (share buttons, "Các tin khác"…). */
  remove: string[];
}

/** The seed portal's layout. */
export const SEED_PRESET: PageSelectors = {
  headline: "h1.title, .news-title, h1",
  category: ".breadcrumb a:last-child, .category",
  time: ".date, .time, .update-time",
  leadImage: ".lead-image img, .news-image img",
  leadCaption: ".lead-image .caption, .news-image .caption, .lead-image figcaption",
  body: ".news-content, .content, article",
  remove: [".share", ".other-news", ".comment-form", "form"],
};

export interface LegacyPage {
  headline?: string;
  category?: string;
  published?: DateTime;
  updated?: DateTime;
  leadImage?: { src: string; alt: string; caption: string };
  /** The body's HTML, credit line removed. */
  bodyHtml?: string;
  author: string[];
  photo: string[];
  /** `<link rel=canonical>`'s href. */
  canonical?: string;
}

/**
 * A date-time as legacy pages print it, its zone when written (`GMT+7`, `GMT +7`, `GMT+07:00`), else GMT+7.
 * @example pageDateTime("Cập nhật : 27/01/2024 , 22:01(GMT +7)")?.toISO() // "2024-01-27T22:01:00.000+07:00"
 */
export function pageDateTime(text: string): DateTime | undefined {
  const match = /(\d{1,2})\/(\d{1,2})\/(\d{4})\s*,?\s*(\d{1,2}):(\d{2})\s*(am|pm|AM|PM|SA|CH)?\s*(?:\(?\s*(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?)?/.exec(text);
  if (!match) return undefined;
  const [, day, month, year, hourText, minute, meridiem, sign, offsetHours, offsetMinutes] = match;
  let hour = Number(hourText);
  const pm = meridiem && /pm|ch/i.test(meridiem);
  if (meridiem && pm && hour < 12) hour += 12;
  if (meridiem && !pm && hour === 12) hour = 0;
  const offset = sign ? (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) : 7 * 60;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), hour, Number(minute)) - offset * 60_000;
  const parsed = DateTime.fromMillis(utc, { zone: NEWSROOM_ZONE });
  // 31/02 would roll over into March: a date that does not exist is no date.
  const wall = parsed.plus({ minutes: offset - 7 * 60 });
  return parsed.isValid && wall.day === Number(day) && wall.month === Number(month) ? parsed : undefined;
}

const clean = (text: string): string => text.replace(/\s+/g, " ").trim();
const CREDIT = /^(Bài\s*(?:,|và)\s*ảnh|Bài|Ảnh|Tin\s*,\s*ảnh|Tin)\s*:\s*(.+)$/i;

/** Reads credit lines: "Bài, ảnh: A" gives both; "Bài: A" and "Ảnh: B" one each. */
export function readCredit(lines: string[]): { author: string[]; photo: string[] } | undefined {
  const author: string[] = [];
  const photo: string[] = [];
  for (const line of lines) {
    // "Bài: A - Ảnh: B" and "Bài: A. Ảnh: B" on one line.
    for (const part of clean(line).split(/\s*[-–.;]\s*(?=Ảnh\s*:)|(?<!,)\s+(?=Ảnh\s*:)/)) {
      const match = CREDIT.exec(part.trim());
      if (!match) return undefined;
      const names = match[2]!.replace(/[.\s]+$/, "").split(/\s*,\s*|\s+và\s+/).filter(Boolean);
      const kind = match[1]!.toLowerCase();
      if (/ảnh/.test(kind) && /bài|tin/.test(kind)) {
        author.push(...names);
        photo.push(...names);
      } else if (/ảnh/.test(kind)) photo.push(...names);
      else author.push(...names);
    }
  }
  return author.length || photo.length ? { author, photo } : undefined;
}

function timeLines($: CheerioAPI, selector: string): string[] {
  const found = $(selector).toArray().map((element) => clean($(element).text()));
  if (found.some((text) => /\d{1,2}\/\d{1,2}\/\d{4}/.test(text))) return found;
  // No element by the selector: any short element that says "Cập nhật" or "Đăng".
  return $("span, div, p, td, time")
    .toArray()
    .map((element) => clean($(element).text()))
    .filter((text) => text.length < 80 && /(Cập nhật|Đăng|Ngày đăng)\s*:/.test(text));
}

/**
 * Reads one saved page with `selectors`.
 * @example readLegacyPage(html, SEED_PRESET).headline
 */
export function readLegacyPage(html: string, selectors: PageSelectors): LegacyPage {
  const $ = load(html);
  const page: LegacyPage = { author: [], photo: [] };
  page.canonical = $('link[rel="canonical"]').attr("href") || undefined;
  page.headline = clean($(selectors.headline).first().text()) || undefined;
  page.category = clean($(selectors.category).first().text()) || undefined;

  for (const line of timeLines($, selectors.time)) {
    const instant = pageDateTime(line);
    if (!instant) continue;
    if (/Cập nhật|Updated/i.test(line)) page.updated ??= instant;
    else page.published ??= instant;
  }
  page.published ??= page.updated;
  if (page.updated && page.published && page.updated.toMillis() <= page.published.toMillis()) page.updated = undefined;

  const leadImage = $(selectors.leadImage).first();
  if (leadImage.length) {
    const caption = clean($(selectors.leadCaption).first().text());
    page.leadImage = { src: leadImage.attr("src") ?? "", alt: clean(leadImage.attr("alt") ?? ""), caption };
  }

  const body = $(selectors.body).first();
  if (body.length) {
    for (const selector of selectors.remove) body.find(selector).remove();
    body.find(selectors.headline).remove();
    body.find(selectors.time).remove();
    if (leadImage.length) body.find(selectors.leadImage).closest("figure, .lead-image, .news-image, table").remove();
    // The credit: the last paragraphs of the body, one or two of them ("Bài: A" then "Ảnh: B").
    const paragraphs = body.find("p, div").filter((_, element) => clean($(element).text()) !== "" && $(element).find("p, div").length === 0).toArray();
    for (const count of [2, 1]) {
      const last = paragraphs.slice(-count);
      if (last.length !== count) continue;
      const lines = last.flatMap((element) => {
        const copy = $(element).clone();
        copy.find("br").replaceWith("\n");
        return copy.text().split("\n").map(clean).filter(Boolean);
      });
      const credit = readCredit(lines);
      if (credit) {
        page.author = credit.author;
        page.photo = credit.photo;
        for (const element of last) $(element).remove();
        break;
      }
    }
    page.bodyHtml = body.html() ?? "";
  }
  return page;
}
