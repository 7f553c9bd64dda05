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
  /** How many of `top3`, from the start, are equally good first results (two headlines that both match); 1 by default. */
  equallyFirst?: number;
}

export interface JudgedResult {
  query: JudgedQuery;
  /** Slugs of the results, in the order shown. */
  found: readonly string[];
  /** Judged articles in the top 3, over how many could be (at most 3); 1 or 0 for a query that must find nothing. */
  precisionAt3: number;
  /** 1 / the best rank of the equally good first results (0 if none is shown); 1 or 0 for a query that must find nothing. */
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
  const ranks = query.top3.slice(0, query.equallyFirst ?? 1).map((slug) => found.indexOf(slug) + 1).filter((rank) => rank > 0);
  const rank = ranks.length ? Math.min(...ranks) : 0;
  return { query, found, precisionAt3: hits / Math.min(3, query.top3.length), reciprocalRank: rank ? 1 / rank : 0 };
}

/** Mean precision at 3 and mean reciprocal rank over the judged queries. */
export function summarize(results: readonly JudgedResult[]): { precisionAt3: number; meanReciprocalRank: number } {
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  return { precisionAt3: mean(results.map((result) => result.precisionAt3)), meanReciprocalRank: mean(results.map((result) => result.reciprocalRank)) };
}
