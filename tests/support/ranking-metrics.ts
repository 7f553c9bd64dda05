/**
 * Measures of a ranked result list against a judged query set: the share of the judged articles
 * found in the top 3, and the reciprocal rank of the article that should come first.
 */

export interface JudgedQuery {
  query: string;
  /** What the query covers, for the report: "no tone marks", "phrase", … */
  covers: string;
  /**
   * Articles (their URL slugs) that must be among the first three results, the one that should come
   * first listed first. Empty: the query must find nothing.
   */
  top3: readonly string[];
}

export interface JudgedResult {
  query: JudgedQuery;
  /** Slugs of the results, in the order shown. */
  found: readonly string[];
  /** Judged articles in the top 3, over how many could be (at most 3); 1 or 0 for a query that must find nothing. */
  precisionAt3: number;
  /** 1 / the rank of `top3[0]` (0 if it is not shown); 1 or 0 for a query that must find nothing. */
  reciprocalRank: number;
}

/**
 * @example judge({ query: "5G", covers: "code", top3: ["a", "b"] }, ["a", "c", "b"]).precisionAt3 // 1
 */
export function judge(query: JudgedQuery, found: readonly string[]): JudgedResult {
  if (query.top3.length === 0) {
    const none = found.length === 0 ? 1 : 0;
    return { query, found, precisionAt3: none, reciprocalRank: none };
  }
  const top = found.slice(0, 3);
  const hits = query.top3.filter((slug) => top.includes(slug)).length;
  const rank = found.indexOf(query.top3[0]!) + 1;
  return { query, found, precisionAt3: hits / Math.min(3, query.top3.length), reciprocalRank: rank ? 1 / rank : 0 };
}

/** Mean precision at 3 and mean reciprocal rank over the judged queries. */
export function summarize(results: readonly JudgedResult[]): { precisionAt3: number; meanReciprocalRank: number } {
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  return { precisionAt3: mean(results.map((result) => result.precisionAt3)), meanReciprocalRank: mean(results.map((result) => result.reciprocalRank)) };
}
