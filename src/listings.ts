/**
 * The listings: every page that lists articles, computed once per build into flat lists of page
 * objects that layouts only print (STYLE.md §6): day, month and year pages, the archive index (/archive/), category lists,
 * the video section, and the date picker's index of days with news. Eleventy cannot paginate two levels deep (a day,
 * then that day's pages), so every page of every list is one entry here, printed at size 1.
 *
 * Days are GMT+7 calendar days whatever zone the machine runs in: an article at 00:30+07:00 is on
 * that day although UTC still calls it the day before.
 *
 * Cost, for n articles over D days with news, M months from first to last and C categories:
 * one linear pass groups the articles by day, and each article's summary is built once (O(n));
 * pages hold references to those summaries, never copies, so building every page is
 * O(n + D + 31·M + C), with at most 9 pager entries per page. Nothing sorts: the input must already be
 * newest first (the loader's order, `compareNewestFirst`), and an out-of-order article is an error.
 * Pure and deterministic, so the caller computes it once per build and keeps it (STYLE.md §12).
 */
import type { DateTime } from "luxon";
import { type ArticleSummary, summarizeArticle } from "./article-summary.ts";
import { type CategoryLink, categoryLink } from "./category-link.ts";
import type { Article } from "./content/article.ts";
import type { Category } from "./content/data-files.ts";
import { formatDate, formatMonth, formatWeekdayDate, isoTimestamp, newsroomDay } from "./dates.ts";
import { type DayIndex, buildDayIndex, isoDay } from "./day-index.ts";
import { strings } from "./i18n.ts";
import { DEFAULT_LANGUAGE, type Language } from "./language.ts";
import { type CalendarWeek, monthCalendar } from "./month-calendar.ts";
import { type ListPage, PAGE_SIZE, paginate } from "./pager.ts";
import { archiveIndexUrl, dayUrl, monthUrl, permalinkFor, videoSectionUrl, yearUrl } from "./urls.ts";

// ---------------------------------------------------------------------------------------------
// Page objects

/** A GMT+7 day that has news. */
export interface DayRef {
  year: number;
  month: number;
  day: number;
  /** `2024-01-27`. */
  iso: string;
  url: string;
  /** `27/01/2024`. */
  date: string;
  /** `Thứ bảy, 27/01/2024`. */
  weekdayDate: string;
  count: number;
}

/** A month that has news. */
export interface MonthRef {
  year: number;
  month: number;
  /** `01/2024`. */
  label: string;
  url: string;
  count: number;
}

/** A year that has news. */
export interface YearRef {
  year: number;
  url: string;
  count: number;
}

/** One month of a year grid: linked only when it has news. */
export interface MonthCell {
  month: number;
  /** `01/2024`. */
  label: string;
  count: number;
  url?: string;
}

export interface DayPage extends ListPage {
  day: DayRef;
  month: MonthRef;
  year: YearRef;
  /** The nearest earlier day with news. */
  previousDay?: DayRef;
  /** The nearest later day with news. */
  nextDay?: DayRef;
}

export interface MonthPage extends ListPage {
  month: MonthRef;
  year: YearRef;
  /** The same grid on every page of the month. */
  calendar: CalendarWeek[];
  previousMonth?: MonthRef;
  nextMonth?: MonthRef;
}

export interface YearPage {
  lang: Language;
  url: string;
  outputPath: string;
  year: YearRef;
  /** January to December; months without news have no `url`. */
  months: MonthCell[];
  previousYear?: YearRef;
  nextYear?: YearRef;
}

export interface ArchiveIndexPage {
  lang: Language;
  url: string;
  outputPath: string;
  count: number;
  /** Newest year first, each with its twelve months, January first. */
  years: { year: YearRef; months: MonthCell[] }[];
}

export interface CategoryPage extends ListPage {
  category: CategoryLink & { description?: string; count: number };
}

/** A page of the video section: the video articles, newest first. */
export interface VideoPage extends ListPage {
  count: number;
}

/** What the navigation and every page's sidebar show of the video section. */
export interface VideoSection {
  url: string;
  count: number;
  /** The newest video article. */
  latest: ArticleSummary;
  /** The second newest, which the newest one's own page shows instead of itself. */
  runnerUp?: ArticleSummary;
}

export interface Listings {
  /** The language of every page here: each language has its own listings in its own URL space. */
  lang: Language;
  /** Newest day first, each day's pages in order. */
  dayPages: DayPage[];
  monthPages: MonthPage[];
  yearPages: YearPage[];
  archiveIndex: ArchiveIndexPage;
  /** In the newsroom's category order; a category without articles gets its (empty) first page unless `emptyCategoryPages` is false. */
  categoryPages: CategoryPage[];
  /** Every article as lists print it, newest first: what the front page (src/pages/front-page.ts) chooses from. */
  summaries: ArticleSummary[];
  /** None when no article has a video: no section, no link to it, no sidebar block. */
  videoPages: VideoPage[];
  videoSection?: VideoSection;
  /** `null` when nothing is published. */
  dayIndex: DayIndex | null;
}

export interface ListingOptions {
  /** The language of the articles given, whose URL space and date forms the pages use. Default: Vietnamese. */
  lang?: Language;
  pageSize?: number;
  /**
   * Whether a category without articles gets its (empty) first page. Default: yes, for the
   * Vietnamese navigation lists every category; the English section lists only those with English news.
   */
  emptyCategoryPages?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The entry point

/**
 * Every archive page of a build.
 * @param articles those to publish in one language, newest first
 * @param categories in navigation order
 * @example computeListings(archive.articles, archive.categories).dayPages[0].url // "/2026/06/30/"
 * @throws Error when an article is out of order or names an unknown category
 */
export function computeListings(articles: readonly Article[], categories: readonly Category[], options: ListingOptions = {}): Listings {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const categoryLinks = new Map(categories.map((category) => [category.key, categoryLink(category, lang)]));
  const byCategory = new Map<string, ArticleSummary[]>(categories.map((category) => [category.key, []]));
  const all: ArticleSummary[] = [];
  const videos: ArticleSummary[] = [];

  // Days, months and years with news, newest first, each with its summaries.
  const days: { ref: DayRef; month: MonthRef; year: YearRef; summaries: ArticleSummary[] }[] = [];
  const months: { ref: MonthRef; year: YearRef; summaries: ArticleSummary[]; countsByDay: number[] }[] = [];
  const years: { ref: YearRef; months: MonthCell[] }[] = [];

  for (const group of groupByNewsroomDay(articles)) {
    const { year, month, day } = group;
    const first = group.articles[0]!.published;
    const date = formatDate(first, lang);
    const summaries = group.articles.map((article) => {
      const summary = summarizeArticle(article, date, categoryLinks);
      byCategory.get(article.category)!.push(summary);
      all.push(summary);
      if (article.video) videos.push(summary);
      return summary;
    });

    let yearEntry = years.at(-1);
    if (yearEntry?.ref.year !== year) {
      yearEntry = { ref: { year, url: yearUrl(year, lang), count: 0 }, months: twelveMonths(year, lang) };
      years.push(yearEntry);
    }
    yearEntry.ref.count += summaries.length;
    const cell = yearEntry.months[month - 1]!;
    cell.count += summaries.length;
    cell.url = monthUrl(year, month, lang);

    let monthEntry = months.at(-1);
    if (monthEntry?.ref.year !== year || monthEntry.ref.month !== month) {
      const ref = { year, month, label: formatMonth(year, month, lang), url: monthUrl(year, month, lang), count: 0 };
      monthEntry = { ref, year: yearEntry.ref, summaries: [], countsByDay: [] };
      months.push(monthEntry);
    }
    monthEntry.ref.count += summaries.length;
    monthEntry.countsByDay[day] = summaries.length;
    for (const summary of summaries) monthEntry.summaries.push(summary);

    const dayRef: DayRef = {
      year, month, day, iso: group.iso, url: dayUrl(year, month, day, lang),
      date, weekdayDate: formatWeekdayDate(first, lang), count: summaries.length,
    };
    days.push({ ref: dayRef, month: monthEntry.ref, year: yearEntry.ref, summaries });
  }

  const dayPages = days.flatMap(({ ref, month, year, summaries }, index) =>
    paginate(lang, ref.url, `${strings[lang].dayTitle} ${ref.date}`, summaries, pageSize, (list): DayPage => ({
      ...list,
      day: ref,
      month,
      year,
      previousDay: days[index + 1]?.ref,
      nextDay: days[index - 1]?.ref,
    })),
  );

  const monthPages = months.flatMap(({ ref, year, summaries, countsByDay }, index) => {
    const calendar = monthCalendar(ref.year, ref.month, countsByDay, lang);
    return paginate(lang, ref.url, `${strings[lang].monthTitle} ${ref.label}`, summaries, pageSize, (list): MonthPage => ({
      ...list,
      month: ref,
      year,
      calendar,
      previousMonth: months[index + 1]?.ref,
      nextMonth: months[index - 1]?.ref,
    }));
  });

  const yearPages = years.map(({ ref, months: cells }, index): YearPage => ({
    lang,
    url: ref.url,
    outputPath: permalinkFor(ref.url),
    year: ref,
    months: cells,
    previousYear: years[index + 1]?.ref,
    nextYear: years[index - 1]?.ref,
  }));

  const archiveIndex: ArchiveIndexPage = {
    lang,
    url: archiveIndexUrl(lang),
    outputPath: permalinkFor(archiveIndexUrl(lang)),
    count: all.length,
    years: years.map(({ ref, months: cells }) => ({ year: ref, months: cells })),
  };

  const emptyCategoryPages = options.emptyCategoryPages ?? true;
  const categoryPages = categories.flatMap((category) => {
    const link = categoryLinks.get(category.key)!;
    const summaries = byCategory.get(category.key)!;
    if (summaries.length === 0 && !emptyCategoryPages) return [];
    // English pages never show the Vietnamese description: `description_en`, or none.
    const description = lang === DEFAULT_LANGUAGE ? category.description : category.descriptionEn;
    const header = { ...link, description, count: summaries.length };
    return paginate(lang, link.url, link.name, summaries, pageSize, (list): CategoryPage => ({ ...list, category: header }));
  });

  const videoPages =
    videos.length === 0 ? [] : paginate(lang, videoSectionUrl(lang), strings[lang].video, videos, pageSize, (list): VideoPage => ({ ...list, count: videos.length }));
  const videoSection = videos.length === 0 ? undefined : { url: videoSectionUrl(lang), count: videos.length, latest: videos[0]!, runnerUp: videos[1] };

  return {
    lang, dayPages, monthPages, yearPages, archiveIndex, categoryPages, summaries: all, videoPages, videoSection,
    dayIndex: buildDayIndex(days.map((entry) => entry.ref.iso)),
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers, exported for tests and for other lists

export interface DayGroup<T> {
  year: number;
  month: number;
  day: number;
  /** `2024-01-27`. */
  iso: string;
  /** In input order: newest first. */
  articles: T[];
}

/**
 * Splits a newest-first list into its GMT+7 days, newest day first, in one pass.
 * @example groupByNewsroomDay([at("2024-01-27T00:30:00+07:00")])[0].iso // "2024-01-27" (UTC says the 26th)
 * @throws Error when an item is newer than the one before it
 */
export function groupByNewsroomDay<T extends { published: DateTime }>(items: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  let current: DayGroup<T> | undefined;
  let previousMillis = Infinity;
  for (const item of items) {
    const millis = item.published.toMillis();
    if (millis > previousMillis) {
      throw new Error(`articles must be sorted newest first: ${describeItem(item)} is newer than the one before it`);
    }
    previousMillis = millis;
    const { year, month, day } = newsroomDay(item.published);
    if (current?.day !== day || current.month !== month || current.year !== year) {
      current = { year, month, day, iso: isoDay(year, month, day), articles: [] };
      groups.push(current);
    }
    current.articles.push(item);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Internals

function twelveMonths(year: number, lang: Language): MonthCell[] {
  return Array.from({ length: 12 }, (_, index) => ({ month: index + 1, label: formatMonth(year, index + 1, lang), count: 0 }));
}

function describeItem(item: { published: DateTime }): string {
  const source = (item as { sourcePath?: unknown }).sourcePath;
  return typeof source === "string" ? source : isoTimestamp(item.published);
}

