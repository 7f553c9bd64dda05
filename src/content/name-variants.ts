/**
 * Credits that are probably another spelling of a name the archive already has: `author: Thanh Tam`
 * beside many articles by "Thanh Tâm" makes a second author page (`/author/thanh-tam-ee933b/`,
 * src/pages/term-index.ts) and leaves the article off the writer's own page. Warnings, not errors:
 * two people may really be called so.
 *
 * The rule, on the set of distinct names (by `termKey`), never on pairs of articles, so that it stays
 * linear at 100,000 articles:
 * - same folded slug (the names differ only in tone marks): the spelling used by at most RARE articles
 *   is warned towards the one used by more (on a tie, the one that came first);
 * - a typo: a name used by exactly one article whose slug is a slip of the fingers away from the slug
 *   of a name used by at least COMMON articles, both slugs at least MIN_TYPO_LENGTH long. A slip is a
 *   doubled letter ("Thanh Tââm", as Telex typing leaves it) or two neighbours swapped ("Thnah Tâm"):
 *   any one edit would also join real, different names ("Hồ Thị An", "Hồ Thị Anh"; "Võ Minh Hà",
 *   "Võ Minh Hoa"), which a first try over a made-up archive of 100,000 articles warned by the dozen. Two rare names are never compared, nor two common ones: a writer
 *   who signs many articles is a person, and "Minh An" beside "Minh Anh" (both in use) is two people.
 * Names in `author:` and `photo:` are counted together: the same people write and photograph. Each
 * language is apart, as its author pages are: English articles often spell "Đăng Minh" as "Dang Minh".
 * Tags are left alone: their tone marks are meaning ("đồng", "động"), and term-index keeps them apart on purpose.
 */
import type { Language } from "../language.ts";
import type { Problem } from "../problems.ts";
import { slugify } from "../slug.ts";
import { writerMessages } from "../writer-messages.ts";
import { termKey } from "../text/term-key.ts";

/** At most this many articles: a spelling rare enough to be a slip. */
const RARE = 2;
/** At least this many articles: a name established enough to be the one meant. */
const COMMON = 3;
/** Shorter slugs are too close to each other by nature ("lan", "lam"). */
const MIN_TYPO_LENGTH = 6;

export type CreditField = "author" | "photo";

/** One article's credits, as written, and the lines of their fields. */
export interface ArticleCredits {
  file: string;
  lang: Language;
  author: readonly string[];
  photo: readonly string[];
  lines: Partial<Record<CreditField, number>>;
}

interface NameStats {
  name: string;
  slug: string;
  articles: number;
  /** The index of its first article, oldest first. */
  first: number;
}

/**
 * @param articles oldest first, of every language
 * @param lang the language of the messages
 * @example nameVariantProblems([{ file, lang: "vi", author: ["Thanh Tâm"], photo: [], lines: {} }, { file: "b.md", lang: "vi", author: ["Thanh Tam"], photo: [], lines: { author: 3 } }], "en")[0].field // "author"
 */
export function nameVariantProblems(articles: readonly ArticleCredits[], lang: Language): Problem[] {
  const byLanguage = new Map<Language, ArticleCredits[]>();
  for (const article of articles) {
    const ofLanguage = byLanguage.get(article.lang);
    if (ofLanguage) ofLanguage.push(article);
    else byLanguage.set(article.lang, [article]);
  }
  return [...byLanguage.values()].flatMap((ofLanguage) => variantsOfOneLanguage(ofLanguage, lang));
}

function variantsOfOneLanguage(articles: readonly ArticleCredits[], lang: Language): Problem[] {
  const stats = new Map<string, NameStats>();
  articles.forEach((article, index) => {
    for (const key of new Set([...article.author, ...article.photo].map(termKey))) {
      if (key === "") continue;
      const seen = stats.get(key);
      if (seen) seen.articles += 1;
      else stats.set(key, { name: nameAsWritten(article, key), slug: slugify(key), articles: 1, first: index });
    }
  });
  const meant = new Map<string, { name: string; articles: number; how: "marks" | "typo" }>();
  const bySlug = new Map<string, NameStats[]>();
  for (const each of stats.values()) pushTo(bySlug, each.slug, each);
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    const best = group.reduce((a, b) => (b.articles > a.articles || (b.articles === a.articles && b.first < a.first) ? b : a));
    for (const each of group) if (each !== best && each.articles <= RARE) meant.set(termKey(each.name), { name: best.name, articles: best.articles, how: "marks" });
  }
  // One-edit neighbours through deleted characters: each common slug is filed under itself and every
  // string one deletion shorter; a rare slug looks up the same, and candidates are confirmed by distance.
  const commonByDeletion = new Map<string, NameStats[]>();
  for (const each of stats.values()) {
    if (each.articles < COMMON || each.slug.length < MIN_TYPO_LENGTH) continue;
    for (const variant of deletions(each.slug)) pushTo(commonByDeletion, variant, each);
  }
  for (const [key, each] of stats) {
    if (each.articles !== 1 || meant.has(key) || each.slug.length < MIN_TYPO_LENGTH) continue;
    const candidates = new Set([...deletions(each.slug)].flatMap((variant) => commonByDeletion.get(variant) ?? []));
    const near = [...candidates].filter((common) => common.slug !== each.slug && isSlip(each.slug, common.slug));
    if (near.length === 0) continue;
    const best = near.reduce((a, b) => (b.articles > a.articles || (b.articles === a.articles && b.first < a.first) ? b : a));
    meant.set(key, { name: best.name, articles: best.articles, how: "typo" });
  }
  if (meant.size === 0) return [];
  const say = writerMessages[lang];
  const problems: Problem[] = [];
  for (const article of articles) {
    for (const field of ["author", "photo"] as const) {
      const names = article[field];
      for (const name of names) {
        const suggestion = meant.get(termKey(name));
        if (!suggestion) continue;
        const fixed = names.map((each) => (each === name ? suggestion.name : each));
        const lineToWrite = `${field}: ${fixed.length === 1 ? fixed[0] : `[${fixed.join(", ")}]`}`;
        problems.push({
          severity: "warning",
          file: article.file,
          line: article.lines[field],
          field,
          message: say.nameVariant(name.trim(), suggestion.name, suggestion.articles, suggestion.how, lineToWrite),
        });
      }
    }
  }
  return problems;
}

function nameAsWritten(article: ArticleCredits, key: string): string {
  return [...article.author, ...article.photo].find((name) => termKey(name) === key)!.trim().replace(/\s+/g, " ");
}

/** A doubled letter or two neighbours swapped. @example isSlip("thanh-taam", "thanh-tam") // true */
function isSlip(written: string, meant: string): boolean {
  if (written.length === meant.length + 1) {
    for (let i = 1; i < written.length; i++) {
      if (written[i] === written[i - 1] && written.slice(0, i) + written.slice(i + 1) === meant) return true;
    }
    return false;
  }
  if (written.length !== meant.length) return false;
  const first = [...written].findIndex((char, i) => char !== meant[i]);
  return (
    first >= 0 && first + 1 < written.length && written[first] === meant[first + 1] && written[first + 1] === meant[first] && written.slice(first + 2) === meant.slice(first + 2)
  );
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The string itself and every string one character shorter. @example [...deletions("abc")] // ["abc", "bc", "ac", "ab"] */
function deletions(text: string): Set<string> {
  const found = new Set([text]);
  for (let i = 0; i < text.length; i++) found.add(text.slice(0, i) + text.slice(i + 1));
  return found;
}
