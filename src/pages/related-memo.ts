/**
 * The related lists of a language, kept between builds (issue 19): computeRelated() reads the whole
 * language's titles, summaries and tags (an index of every term, 0.8 CPU-s at 10,000 articles), and
 * its lists depend on nothing else. So the lists are kept under a hash of exactly what they are
 * computed from, every article's fields that computeRelated() reads, and reused while that hash holds.
 *
 * Why the whole language and not the articles a change touches: a list weighs each shared term by its
 * rarity across the language (IDF), so a new word in one headline reweighs the lists of every article
 * sharing a term with it, and a new or removed article changes every weight. A body edit that leaves
 * the title, summary and tags be, the commonest correction, keeps the hash; anything else computes
 * the lists anew, which is what a full build does.
 */
import { createHash } from "node:crypto";
import { type RelatedLinks, type RelatedSource, computeRelated } from "../related.ts";

/** Lists made by earlier builds, by the hash of their inputs (relatedInputs). */
export interface RelatedMemo {
  get(inputs: string): ReadonlyMap<string, RelatedLinks> | undefined;
  /** Notes the lists this build used, so that the next build finds them. */
  set(inputs: string, links: ReadonlyMap<string, RelatedLinks>): void;
}

/** The hash of everything computeRelated() reads of `articles`, in their order. */
export function relatedInputs(articles: readonly RelatedSource[]): string {
  const hash = createHash("sha1");
  for (const article of articles) {
    hash.update(JSON.stringify([article.url, article.title, article.summary, article.tags, article.category, article.published.toMillis(), article.status, article.related ?? []]));
    hash.update("\n");
  }
  return hash.digest("hex");
}

/** computeRelated(articles), or the lists `memo` holds for the same inputs. */
export function relatedWithMemo(articles: readonly RelatedSource[], memo: RelatedMemo | undefined): ReadonlyMap<string, RelatedLinks> {
  if (!memo) return computeRelated(articles);
  const inputs = relatedInputs(articles);
  const links = memo.get(inputs) ?? computeRelated(articles);
  memo.set(inputs, links);
  return links;
}
