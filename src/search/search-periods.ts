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
 * The headline bundles: every article's headline and lede (search-document.ts headlineDocument),
 * beside the periods' bundles, in shards of whole periods. The search page ranks a shard's matches
 * across all its periods before it walks them, so a strong match from 2015 comes before a weak one
 * from 2025. Pagefind's page list (pf_meta), which a query fetches whole, costs about 6.6 bytes an
 * article, so one bundle of every headline cost a first query 87 KB at 10,000 articles (with a sort
 * list, since dropped) and would cost 650 KB at 100,000: a first query searches the newest shard,
 * and each "more" the next older one.
 */
export const HEADLINES_BUNDLE = "headlines";

/**
 * The most articles of one headline shard, unless a single period holds more: what keeps a first
 * query under 300 KB (issue 21). Measured at 10,000 articles, the phrase and the query that finds
 * nothing of `npm run bench` fetched 303 and 307 KB with shards of up to 5,000 (31 KB of them the
 * shard's page list); each term is looked up in the shard and the newest period alike, so the page
 * list is what a shard's size moves.
 */
export const ARTICLES_PER_HEADLINE_SHARD = 2_500;

/**
 * Which headline shard each period falls in: runs of whole periods, newest first, of at most `most`
 * articles, each named by its newest period (`headlines-2026`, `headlines-2024-05`).
 * @example headlineShardsOfPeriods(new Map([["2025", 3000], ["2024", 3000], ["2023", 1000]]), 5000) // Map { "2025" => "headlines-2025", "2024" => "headlines-2024", "2023" => "headlines-2024" }
 */
export function headlineShardsOfPeriods(articlesByPeriod: ReadonlyMap<string, number>, most = ARTICLES_PER_HEADLINE_SHARD): Map<string, string> {
  const shardOf = new Map<string, string>();
  let shard = "";
  let count = 0;
  for (const period of [...articlesByPeriod.keys()].sort(newestFirst)) {
    const articles = articlesByPeriod.get(period)!;
    if (!shard || count + articles > most) [shard, count] = [`${HEADLINES_BUNDLE}-${period}`, 0];
    shardOf.set(period, shard);
    count += articles;
  }
  return shardOf;
}

/** The headline shard of each article, from the periods of all of them (searchPeriodOf). */
export function headlineShardOf<T>(articles: readonly T[], periodOf: (article: T) => string, most = ARTICLES_PER_HEADLINE_SHARD): (article: T) => string {
  const articlesByPeriod = new Map<string, number>();
  for (const article of articles) articlesByPeriod.set(periodOf(article), (articlesByPeriod.get(periodOf(article)) ?? 0) + 1);
  const shardOf = headlineShardsOfPeriods(articlesByPeriod, most);
  return (article) => shardOf.get(periodOf(article))!;
}

/** Whether a bundle's name is a headline shard's. */
export const isHeadlineBundle = (bundle: string): boolean => bundle.startsWith(`${HEADLINES_BUNDLE}-`);
