/**
 * The lists printed under an article, computed once per build for the whole archive:
 * - "Các tin khác" (`others`): the ten articles of the same category published just before it,
 *   newest first; the oldest article of a category gets the category's newest ones instead.
 * - "Tin mới hơn" / "Tin cũ hơn" (`newer` / `older`): its neighbours in the same category.
 * - "Tin liên quan" (`related`): up to five articles, first those the writer named in `related:`,
 *   then the best by content: shared tags and shared syllable pairs/syllables of title and summary,
 *   each weighted by rarity (IDF), times a mild preference for articles close in time.
 *
 * Only published articles are ever listed. Drafts and scheduled articles may be passed in (preview
 * builds do) and get lists of their own, but never appear in anyone's. No list holds the article
 * itself, and "Tin liên quan" never repeats an article of "Các tin khác".
 *
 * Cost, for n articles of at most T distinct terms each (T ≈ 100 for a title and a 300-character summary):
 * - one sort, O(n log n), and one scan of every title, summary and tag list, O(n·T);
 * - an inverted index over terms in flat typed arrays, O(n·T) memory. A term found in more than
 *   max(minTermLimit, min(maxTermArticles, maxTermShare·n)) published articles says nothing and is
 *   left out of it entirely (by default: 50 up to 2,500 articles, then 2 %, at most 2,000);
 * - per article, at most K = `maxQueryTerms` of its tags and pairs (the rarest) and K syllables each
 *   visit at most `postingWindow` postings, those nearest in time (found by binary search, as posting
 *   lists are in time order), accumulating scores in an array reused from one article to the next;
 *   the best five are kept as they come: O(T log T + K·(log n + window)), whatever the text length.
 * So O(n log n + n·(T log T + K·window)) time, linear in n beyond the sort, and O(n·T) memory for an
 * index that is garbage once the lists are made. The lists hold URLs, strings the articles already hold.
 * Measured on 2 cores with 100,000 articles from `src/bench/corpus/`: about 4 s of CPU (7 s with a far
 * more varied vocabulary), 110 MB more at the peak, 50 MB of it kept for the lists.
 */
import type { Article } from "./content/article.ts";
import { forEachSyllable, normalizeTag } from "./text/terms.ts";
import { compareCodeUnits } from "./text/code-unit-order.ts";

/** What the lists need of an article. */
export type RelatedSource = Pick<Article, "url" | "title" | "summary" | "tags" | "category" | "published" | "status"> & {
  /** URLs the writer named in front matter `related:`, already resolved (src/content/article-references.ts), in order. */
  readonly related?: readonly string[];
};

/** The lists of one article, as URLs. */
export interface RelatedLinks {
  /** "Các tin khác": same category, published just before this article, newest first. */
  others: string[];
  /** "Tin liên quan": named by the writer first, then the most related by content. */
  related: string[];
  /** "Tin mới hơn": the next article of the same category; none for the newest. */
  newer?: string;
  /** "Tin cũ hơn": the previous article of the same category; none for the oldest. */
  older?: string;
}

export interface RelatedOptions {
  /** Length of "Các tin khác". Default 10. */
  othersCount?: number;
  /** Length of "Tin liên quan". Default 5. */
  relatedCount?: number;
  /** A term in more than this share of published articles is ignored. Default 0.02. */
  maxTermShare?: number;
  /** A term in more than this many published articles is ignored, whatever the share. Default 2000. */
  maxTermArticles?: number;
  /** The frequency limit is never below this many articles, so that a small site keeps its terms. Default 50. */
  minTermLimit?: number;
  /** Postings of one term visited per article, those nearest in time. Default 64. */
  postingWindow?: number;
  /** An article looks for candidates by at most this many of its tags and pairs (the rarest), and as many syllables. Default 32. */
  maxQueryTerms?: number;
}

const DEFAULTS: Required<RelatedOptions> = {
  othersCount: 10,
  relatedCount: 5,
  maxTermShare: 0.02,
  maxTermArticles: 2000,
  minTermLimit: 50,
  postingWindow: 64,
  maxQueryTerms: 32,
};

/**
 * Weight of a shared term before rarity: a tag is chosen by a writer, a syllable pair is usually a
 * word, a lone syllable often only half of one. A lone syllable only refines the order: an article
 * must share a tag or a pair to be listed at all, so "khoa học" never pulls in "học sinh".
 */
const TAG_WEIGHT = 2;
const PAIR_WEIGHT = 1;
const SYLLABLE_WEIGHT = 0.25;

/**
 * Mild preference for articles close in time: the score is divided by 1 + 0.1·ln(1 + days/30),
 * so a month apart costs 7 %, a year 21 %, twenty years 35 %. Clearly closer content still wins.
 */
const TIME_WEIGHT = 0.1;
const TIME_SCALE_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * One number for a pair of syllable ids: a small integer (cheap to hash) while both ids are below
 * 2^15, exact up to 2^26 distinct syllables beyond that.
 */
function pairKey(first: number, second: number): number {
  return first < 0x8000 && second < 0x8000 ? first * 0x8000 + second : 2 ** 30 + first * 2 ** 26 + second;
}

/**
 * Both lists for every article, keyed by URL (which the loader guarantees unique).
 * @example computeRelated(archive.articles).get("/2024/01/27/dang-bo/")?.others // ["/2024/01/20/…/", …]
 */
export function computeRelated(articles: readonly RelatedSource[], options: RelatedOptions = {}): Map<string, RelatedLinks> {
  const settings = { ...DEFAULTS, ...options };
  const n = articles.length;

  // Internal ids follow the archive order, newest first, equal times by URL: comparing ids is
  // comparing dates, a sorted posting list is in time order, and nothing depends on the input order.
  const inputMillis = articles.map((article) => article.published.toMillis());
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => inputMillis[b]! - inputMillis[a]! || compareCodeUnits(articles[a]!.url, articles[b]!.url),
  );
  const byId = order.map((i) => articles[i]!);
  const millis = Float64Array.from(order, (i) => inputMillis[i]!);
  const listed = Uint8Array.from(byId, (article) => (article.status === "published" ? 1 : 0));
  const idOfUrl = new Map<string, number>();
  byId.forEach((article, id) => idOfUrl.set(article.url, id));

  /** Published ids of each category, ascending: newest first. */
  const categories = new Map<string, number[]>();
  for (let id = 0; id < n; id++) {
    if (!listed[id]) continue;
    const category = byId[id]!.category;
    const ids = categories.get(category);
    if (ids) ids.push(id);
    else categories.set(category, [id]);
  }

  const scorer = new ContentScorer(buildTermIndex(byId, listed, settings), millis, settings.postingWindow);
  const result = new Map<string, RelatedLinks>();
  for (let id = 0; id < n; id++) {
    const article = byId[id]!;
    const sameCategory = categories.get(article.category) ?? [];

    // Neighbours by position: the category list is in id order, and a draft finds its place in it too.
    const position = lowerBound(sameCategory, 0, sameCategory.length, id);
    const olderStart = sameCategory[position] === id ? position + 1 : position;
    // The oldest of its category gets the newest ones instead, itself excluded.
    const othersFrom = olderStart < sameCategory.length ? olderStart : 0;
    const others: string[] = [];
    let lastOther = -2;
    for (let k = othersFrom; k < sameCategory.length && others.length < settings.othersCount; k++) {
      const other = sameCategory[k]!;
      if (other === id) continue;
      others.push(byId[other]!.url);
      lastOther = other;
    }
    // The others are one run of the category list, so membership is a range test.
    const firstOther = sameCategory[othersFrom] ?? -1;
    const chosen: number[] = [];
    const excluded = (candidate: number): boolean =>
      candidate === id ||
      listed[candidate] !== 1 ||
      (candidate >= firstOther && candidate <= lastOther && byId[candidate]!.category === article.category) ||
      chosen.includes(candidate);

    for (const url of article.related ?? []) {
      if (chosen.length >= settings.relatedCount) break;
      const candidate = idOfUrl.get(url);
      if (candidate !== undefined && !excluded(candidate)) chosen.push(candidate);
    }
    if (chosen.length < settings.relatedCount) chosen.push(...scorer.mostRelated(id, settings.relatedCount - chosen.length, excluded));

    const links: RelatedLinks = { others, related: chosen.map((candidate) => byId[candidate]!.url) };
    if (position > 0) links.newer = byId[sameCategory[position - 1]!]!.url;
    if (olderStart < sameCategory.length) links.older = byId[sameCategory[olderStart]!]!.url;
    result.set(article.url, links);
  }
  return result;
}

/** Scores every candidate sharing a term with an article, in arrays reused from one article to the next. */
class ContentScorer {
  private readonly index: TermIndex;
  private readonly millis: Float64Array;
  private readonly postingWindow: number;
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(index: TermIndex, millis: Float64Array, postingWindow: number) {
    this.index = index;
    this.millis = millis;
    this.postingWindow = Math.max(1, postingWindow);
    this.scores = new Float64Array(millis.length);
    this.touched = new Int32Array(millis.length);
  }

  /**
   * Up to `count` ids, best first: score, then newer (smaller id) first; the id order already breaks
   * equal dates by URL. Only candidates sharing a tag or a pair qualify: the article's strong terms
   * come first and gather the candidates, its lone syllables then only add to their scores.
   */
  mostRelated(id: number, count: number, excluded: (candidate: number) => boolean): number[] {
    const { index, scores, touched } = this;
    const window = this.postingWindow;

    // Accumulate shared-term weights over the postings nearest in time.
    let touchedCount = 0;
    const weakStart = index.weakStart[id]!;
    for (let k = index.termStart[id]!, end = index.termStart[id + 1]!; k < end; k++) {
      const term = index.terms[k]!;
      const weight = index.weight[term]!;
      let from = index.postingStart[term]!;
      let to = index.postingStart[term + 1]!;
      if (to - from > window) {
        const at = lowerBound(index.postings, from, to, id);
        from = Math.max(from, Math.min(at - (window >> 1), to - window));
        to = from + window;
      }
      if (k < weakStart) {
        for (let p = from; p < to; p++) {
          const candidate = index.postings[p]!;
          if (scores[candidate] === 0) touched[touchedCount++] = candidate;
          scores[candidate]! += weight;
        }
      } else {
        for (let p = from; p < to; p++) {
          const candidate = index.postings[p]!;
          if (scores[candidate] !== 0) scores[candidate]! += weight;
        }
      }
    }

    // Keep the best `count`, clearing the scores on the way. The time factor is at most 1,
    // so a candidate scoring below the worst kept one is out before it is looked at further.
    const best: number[] = [];
    const bestScores: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const candidate = touched[t]!;
      const score = scores[candidate]!;
      scores[candidate] = 0;
      if ((best.length === count && score < bestScores[count - 1]!) || excluded(candidate)) continue;
      const days = Math.abs(this.millis[id]! - this.millis[candidate]!) / DAY_MS;
      const final = score / (1 + TIME_WEIGHT * Math.log1p(days / TIME_SCALE_DAYS));
      let slot = best.length;
      if (slot === count) {
        if (!outranks(final, candidate, bestScores[count - 1]!, best[count - 1]!)) continue;
        slot--;
      }
      // Insertion into a list of at most `count`: shift the lower-ranked down one place.
      for (; slot > 0 && outranks(final, candidate, bestScores[slot - 1]!, best[slot - 1]!); slot--) {
        best[slot] = best[slot - 1]!;
        bestScores[slot] = bestScores[slot - 1]!;
      }
      best[slot] = candidate;
      bestScores[slot] = final;
    }
    return best;
  }
}

/** Higher score first; equal scores, the smaller id (newer, then smaller URL) first. */
function outranks(score: number, id: number, otherScore: number, otherId: number): boolean {
  return score > otherScore || (score === otherScore && id < otherId);
}

interface TermIndex {
  /**
   * The terms article i is queried by, `terms[termStart[i] .. termStart[i + 1])`: its tags and pairs,
   * then from `weakStart[i]` its lone syllables; none over the limit, at most `maxQueryTerms`
   * (the rarest) of each kind.
   */
  termStart: Int32Array;
  weakStart: Int32Array;
  terms: Int32Array;
  /** IDF times the weight of the term's kind; 0 for a term to ignore. */
  weight: Float64Array;
  /** Postings of term t are `postings[postingStart[t] .. postingStart[t + 1])`, ids ascending. */
  postingStart: Int32Array;
  postings: Int32Array;
}

function buildTermIndex(byId: readonly RelatedSource[], listed: Uint8Array, settings: Required<RelatedOptions>): TermIndex {
  // Terms of the three kinds get ids from one counter. Syllables are interned once, and a pair is
  // looked up by its two syllable ids, so no string is built for it.
  const kindWeights: number[] = [];
  const documentFrequency: number[] = [];
  /** The last article a term was found in, to keep each article's terms distinct. */
  const lastArticle: number[] = [];
  const newTerm = (kindWeight: number): number => {
    kindWeights.push(kindWeight);
    documentFrequency.push(0);
    lastArticle.push(-1);
    return kindWeights.length - 1;
  };
  const tagTerms = new Map<string, number>();
  const rawTagTerms = new Map<string, number>();
  const syllableIds = new Map<string, number>();
  const syllableTerms: number[] = [];
  const pairTerms = new Map<number, number>();

  const termStart = new Int32Array(byId.length + 1);
  const weakStart = new Int32Array(byId.length);
  const weak: number[] = [];
  let terms = new Int32Array(Math.max(1024, byId.length * 96));
  let termCountSoFar = 0;
  let id = 0;
  const addTerm = (term: number): void => {
    if (lastArticle[term] === id) return;
    lastArticle[term] = id;
    if (termCountSoFar === terms.length) {
      const grown = new Int32Array(terms.length * 2);
      grown.set(terms);
      terms = grown;
    }
    terms[termCountSoFar++] = term;
  };

  let previousSyllable = -1;
  const visitSyllable = (syllable: string, pairsWithPrevious: boolean): void => {
    let syllableId = syllableIds.get(syllable);
    if (syllableId === undefined) {
      syllableId = syllableTerms.length;
      syllableIds.set(syllable, syllableId);
      syllableTerms.push(newTerm(SYLLABLE_WEIGHT));
    }
    addTerm(syllableTerms[syllableId]!);
    if (pairsWithPrevious) {
      const key = pairKey(previousSyllable, syllableId);
      let pair = pairTerms.get(key);
      if (pair === undefined) pairTerms.set(key, (pair = newTerm(PAIR_WEIGHT)));
      addTerm(pair);
    }
    previousSyllable = syllableId;
  };

  let published = 0;
  for (; id < byId.length; id++) {
    const article = byId[id]!;
    // Tags and text are kept apart: the tag "khoa học" is a term of its own, not the pair "khoa học".
    for (const tag of article.tags) {
      let term = rawTagTerms.get(tag);
      if (term === undefined) {
        const key = normalizeTag(tag);
        term = tagTerms.get(key);
        if (term === undefined) tagTerms.set(key, (term = newTerm(TAG_WEIGHT)));
        rawTagTerms.set(tag, term);
      }
      addTerm(term);
    }
    forEachSyllable(`${article.title}\n${article.summary}`, visitSyllable);
    termStart[id + 1] = termCountSoFar;
    // Tags and pairs first, lone syllables after.
    let write = termStart[id]!;
    weak.length = 0;
    for (let k = write; k < termCountSoFar; k++) {
      const term = terms[k]!;
      if (kindWeights[term]! >= PAIR_WEIGHT) terms[write++] = term;
      else weak.push(term);
    }
    weakStart[id] = write;
    for (const term of weak) terms[write++] = term;
    if (listed[id]) {
      published++;
      for (let k = termStart[id]!; k < termCountSoFar; k++) documentFrequency[terms[k]!]!++;
    }
  }

  const termCount = kindWeights.length;
  const limit = Math.max(settings.minTermLimit, Math.min(settings.maxTermArticles, Math.floor(settings.maxTermShare * published)));
  const weight = new Float64Array(termCount);
  const postingStart = new Int32Array(termCount + 1);
  for (let term = 0; term < termCount; term++) {
    const df = documentFrequency[term]!;
    const kept = df > 0 && df <= limit;
    // Smoothed IDF: a term of every article still counts a little, so that a young site of a few
    // articles on one subject gets lists; in a large archive such terms are over the limit anyway.
    if (kept) weight[term] = kindWeights[term]! * Math.log(1 + published / df);
    postingStart[term + 1] = postingStart[term]! + (kept ? df : 0);
  }

  const postings = new Int32Array(postingStart[termCount]!);
  const fill = postingStart.slice(0, termCount);
  for (let id = 0; id < byId.length; id++) {
    if (!listed[id]) continue;
    for (let k = termStart[id]!; k < termStart[id + 1]!; k++) {
      const term = terms[k]!;
      if (weight[term] !== 0) postings[fill[term]!++] = id;
    }
  }

  // Compact each article's terms, in place, to those it is queried by: live ones only, the most
  // informative first, at most `maxQueryTerms` of each kind. This bounds the work per article
  // whatever the length of its summary; the postings above still hold every term.
  const byWeight = (a: number, b: number): number => weight[b]! - weight[a]! || a - b;
  const scratch: number[] = [];
  let write = 0;
  const keep = (from: number, to: number): void => {
    scratch.length = 0;
    for (let k = from; k < to; k++) if (weight[terms[k]!] !== 0) scratch.push(terms[k]!);
    if (scratch.length > settings.maxQueryTerms) scratch.sort(byWeight).length = settings.maxQueryTerms;
    for (const term of scratch) terms[write++] = term;
  };
  for (let id = 0; id < byId.length; id++) {
    const [from, weak, to] = [termStart[id]!, weakStart[id]!, termStart[id + 1]!];
    termStart[id] = write;
    keep(from, weak);
    weakStart[id] = write;
    keep(weak, to);
  }
  termStart[byId.length] = write;
  return { termStart, weakStart, terms, weight, postingStart, postings };
}

/** First position in `list[from..to)` (ascending) whose value is not below `value`. */
function lowerBound(list: ArrayLike<number>, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
