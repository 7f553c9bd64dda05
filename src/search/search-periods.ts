/**
 * The periods the search index is split into, one Pagefind bundle each (src/pipeline/search-index.ts). Pagefind
 * holds a whole bundle in memory while it indexes, and its time per article grows with the bundle
 * (measured: 2 ms an article in bundles of 500, 10 ms in bundles of 5,000), so no period holds
 * more than ARTICLES_PER_PERIOD articles: a year that fits is one period, named by its year
 * (`2024`); a larger year is cut into runs of whole months, each named by its first month
 * (`2024-01`, `2024-05`, …). The search page searches periods newest first.
 */

/** The most articles of one period, unless a single month holds more. */
export const ARTICLES_PER_PERIOD = 1_000;

/**
 * Which period each month (`YYYY-MM`) falls in, from the number of articles of every month.
 * @example periodsOfMonths(new Map([["2024-01", 600], ["2024-02", 600]]), 1000) // Map { "2024-01" => "2024-01", "2024-02" => "2024-02" }
 * @example periodsOfMonths(new Map([["2024-01", 6], ["2024-02", 6]]), 1000) // Map { "2024-01" => "2024", "2024-02" => "2024" }
 */
export function periodsOfMonths(articlesByMonth: ReadonlyMap<string, number>, most = ARTICLES_PER_PERIOD): Map<string, string> {
  const months = [...articlesByMonth.keys()].sort();
  const periodOf = new Map<string, string>();
  for (const year of new Set(months.map((month) => month.slice(0, 4)))) {
    const ofYear = months.filter((month) => month.startsWith(year));
    const total = ofYear.reduce((sum, month) => sum + articlesByMonth.get(month)!, 0);
    if (total <= most) {
      for (const month of ofYear) periodOf.set(month, year);
      continue;
    }
    let first = "";
    let count = 0;
    for (const month of ofYear) {
      const articles = articlesByMonth.get(month)!;
      if (!first || count + articles > most) [first, count] = [month, 0];
      periodOf.set(month, first);
      count += articles;
    }
  }
  return periodOf;
}

/** The period of each article, from the months of all of them. */
export function searchPeriodOf<T extends { search: { month: string } }>(articles: readonly T[], most = ARTICLES_PER_PERIOD): (article: T) => string {
  const articlesByMonth = new Map<string, number>();
  for (const article of articles) articlesByMonth.set(article.search.month, (articlesByMonth.get(article.search.month) ?? 0) + 1);
  const periodOf = periodsOfMonths(articlesByMonth, most);
  return (article) => periodOf.get(article.search.month)!;
}

/** Periods newest first: `2024-05` (May to December) before `2024-01` before `2023`. */
export const newestFirst = (a: string, b: string): number => b.localeCompare(a);

/**
 * The headline bundles, one a period (`headlines-2024`): every article's headline and lede
 * (search-document.ts headlineDocument). The search page never searches them: it ranks the
 * headlines of the whole archive with the term layer (term-layer.ts) and shows a match from its
 * headline bundle's Pagefind fragment, a file of about 0.5 KB, not its period's (the whole article).
 * One a period, not runs of periods: a bundle's index is never fetched, and a smaller bundle is
 * faster to index (Pagefind's time per article grows with the bundle) and to re-index when a
 * headline changes.
 */
export const HEADLINES_BUNDLE = "headlines";

/** The headline bundle of a period. @example headlineBundleOf("2024-05") // "headlines-2024-05" */
export const headlineBundleOf = (period: string): string => `${HEADLINES_BUNDLE}-${period}`;

/** Whether a bundle's name is a headline bundle's. */
export const isHeadlineBundle = (bundle: string): boolean => bundle.startsWith(`${HEADLINES_BUNDLE}-`);
