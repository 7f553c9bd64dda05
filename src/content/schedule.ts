/**
 * Scheduled articles as writers see them at the end of `npm run check` and `npm run build`: each
 * with its file and its time in GMT+7, so that a date typed a year too far (2025 for 2024) is seen
 * before readers miss the article; and a warning for a publication more than a year ahead (issue 17).
 */
import type { DateTime } from "luxon";
import { formatDateTime } from "../dates.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { writerMessages } from "../writer-messages.ts";
import type { Article } from "./article.ts";
import type { Problem } from "../problems.ts";

/** Further ahead than this, a publication time is more likely a typo than a plan. */
export const FAR_FUTURE_YEARS = 1;

/**
 * A warning for each article scheduled more than a year after the build time, at its `published:` line.
 * @param lineOf the line of an article's `published:` field, when known
 */
export function farFutureProblems(articles: readonly Article[], buildTime: DateTime, lineOf: (article: Article) => number | undefined, lang: Language = DEFAULT_LANGUAGE): Problem[] {
  const limit = buildTime.plus({ years: FAR_FUTURE_YEARS });
  return articles
    .filter((article) => article.status === "scheduled" && article.published > limit)
    .map((article) => ({
      severity: "warning" as const,
      file: article.sourcePath,
      line: lineOf(article),
      field: "published",
      message: writerMessages[lang].farFuture(formatDateTime(article.published, lang)),
    }));
}

/**
 * The lines that list scheduled articles, soonest first; none when nothing is scheduled.
 * @example scheduleLines([scheduled], "en") // ["Scheduled (1):", "  content/articles/2025/01/a.md → 27 January 2025, 22:01 (GMT+7)"]
 */
export function scheduleLines(articles: readonly Article[], lang: Language = DEFAULT_LANGUAGE): string[] {
  const scheduled = articles.filter((article) => article.status === "scheduled").sort((a, b) => a.published.toMillis() - b.published.toMillis() || (a.sourcePath < b.sourcePath ? -1 : 1));
  if (scheduled.length === 0) return [];
  const messages = writerMessages[lang];
  return [messages.scheduledHeading(scheduled.length), ...scheduled.map((article) => `  ${article.sourcePath} → ${formatDateTime(article.published, lang)}`)];
}
