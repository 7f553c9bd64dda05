/** Whole articles: front matter in the site's schema and a body, one slot at a time, in publication order. */
import { slugify } from "../../slug.ts";
import { inNewsroomZone } from "../../dates.ts";
import { pad2 } from "../../text/pad.ts";
import { articleUrl } from "../../urls.ts";
import { type ArticleOptions, type ArticleSlot, type CorpusOptions, DEFAULT_UNTIL, type GeneratedArticle, MINUTE_MS } from "./options.ts";
import { articleRng, chance, intBetween, pick, type Rng, weightedSampler } from "./random.ts";
import { corpusSlots, instantOf, parseDay, toGmt7Iso, wallTime } from "./schedule.ts";
import { body, capitalize, credit, fill, imageSrc, imageText, tagList, type TextContext, titleText } from "./text.ts";
import { CATEGORY_TOPICS, CATEGORY_WEIGHTS, GENERAL_TOPICS, pickByline, SOURCES, SUMMARY_TEMPLATES } from "./vocabulary.ts";

export const PLAIN_SCALAR = /^[\p{L}\p{N}][\p{L}\p{N} .\-]*$/u;
export const YAML_KEYWORDS = /^(?:true|false|yes|no|on|off|null|y|n)$/i;

/**
 * A YAML scalar: plain when that is unambiguous, else double-quoted with JSON escapes
 * (a JSON string is a valid YAML double-quoted scalar).
 * @example yamlString("Đăng Minh") // Đăng Minh (plain); yamlString("KH&CN") // "KH&CN" (quoted)
 */
export function yamlString(value: string): string {
  return PLAIN_SCALAR.test(value) && !YAML_KEYWORDS.test(value) && !/^\d/.test(value) ? value : JSON.stringify(value);
}

export function yamlCredit(value: string | string[]): string {
  return Array.isArray(value) ? `[${value.map(yamlString).join(", ")}]` : yamlString(value);
}

// ---------------------------------------------------------------------------------------------
// Articles

export const categorySamplers = new Map<string, (rng: Rng) => string>();

export function pickCategory(rng: Rng, categories: readonly string[]): string {
  const key = categories.join("\n");
  let sampler = categorySamplers.get(key);
  if (!sampler) {
    sampler = weightedSampler(categories, categories.map((name) => CATEGORY_WEIGHTS[name] ?? 1));
    categorySamplers.set(key, sampler);
  }
  return sampler(rng);
}

/** Minutes between publication and update: mostly the same day, sometimes days or months later. */
export function updateDelay(rng: Rng): number {
  const kind = rng();
  if (kind < 0.6) return intBetween(rng, 10, 600);
  if (kind < 0.9) return intBetween(rng, 1, 7) * 1440 + intBetween(rng, -300, 300);
  return intBetween(rng, 8, 365) * 1440 + intBetween(rng, -600, 600);
}

/**
 * One article for a slot: front matter in the site's schema and a Markdown body.
 * @example generateArticle(slot, mulberry32(7), { categories: ["khoa-hoc"], latest: Infinity }).path // "articles/2019/03/….md"
 */
export function generateArticle(slot: ArticleSlot, rng: Rng, options: ArticleOptions): GeneratedArticle {
  if (options.categories.length === 0) throw new Error("no categories to choose from");
  const date = wallTime(slot.published);
  const category = pickCategory(rng, options.categories);
  const topics = CATEGORY_TOPICS[category] ?? GENERAL_TOPICS;
  const author = chance(rng, 0.85) ? credit(rng, 0.1) : undefined;
  const byline = author === undefined ? pickByline(rng) : Array.isArray(author) ? author[0]! : author;
  const context: TextContext = { rng, year: date.year, month: date.month, day: date.day, category, topics, byline, used: new Set() };

  const yyyy = String(date.year);
  const mm = pad2(date.month);
  const baseTitle = titleText(context);
  let title = baseTitle;
  let slug = slugify(title);
  for (let part = 2; options.isTaken?.(`articles/${yyyy}/${mm}/${slug}.md`); part++) {
    title = `${baseTitle} (kỳ ${part})`;
    slug = slugify(title);
  }

  const lines = ["---", `title: ${JSON.stringify(title)}`, `category: ${category}`, `published: "${toGmt7Iso(slot.published)}"`];
  if (!slot.scheduled && chance(rng, 0.2)) {
    const updated = slot.published + updateDelay(rng) * MINUTE_MS;
    if (updated <= options.latest) lines.push(`updated: "${toGmt7Iso(updated)}"`);
  }
  if (author !== undefined) lines.push(`author: ${yamlCredit(author)}`);
  const hasImage = chance(rng, 0.6);
  if (chance(rng, hasImage ? 0.6 : 0.2)) {
    const photo = author !== undefined && chance(rng, 0.6) ? author : credit(rng, 0.1);
    lines.push(`photo: ${yamlCredit(photo)}`);
  }
  if (chance(rng, 0.1)) lines.push(`source: ${yamlString(pick(rng, SOURCES))}`);
  if (hasImage) {
    const { alt, caption } = imageText(context);
    const captionPart = chance(rng, 0.75) ? `, caption: ${JSON.stringify(caption)}` : "";
    lines.push(`image: { src: ${imageSrc(rng)}, alt: ${JSON.stringify(alt)}${captionPart} }`);
  }
  if (chance(rng, 0.5)) lines.push(`summary: ${JSON.stringify(capitalize(fill(pick(rng, SUMMARY_TEMPLATES), context)))}`);
  lines.push(`tags: [${tagList(rng).map(yamlString).join(", ")}]`);
  if (slot.draft) lines.push("draft: true");
  lines.push("---");

  const { markdown, words } = body(context);
  return {
    path: `articles/${yyyy}/${mm}/${slug}.md`,
    url: articleUrl(inNewsroomZone(slot.published), slug),
    text: `${lines.join("\n")}\n\n${markdown}\n`,
    words,
    draft: slot.draft,
    scheduled: slot.scheduled,
  };
}

/**
 * All articles of a corpus, lazily, in publication order; file paths (so URLs too) are unique.
 * @example for (const article of generateCorpus({ count: 100, seed: 1, categories: ["khoa-hoc"] })) console.log(article.url);
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle> {
  const until = parseDay(options.until ?? DEFAULT_UNTIL);
  const latest = instantOf(until.year, until.month, until.day, 23, 59);
  // Slots come month by month, so only the current month's paths need remembering.
  let month = "";
  let taken = new Set<string>();
  const articleOptions: ArticleOptions = { categories: options.categories, latest, isTaken: (path) => taken.has(path) };
  for (const slot of corpusSlots(options)) {
    const article = generateArticle(slot, articleRng(options.seed, slot.index), articleOptions);
    const folder = article.path.slice(0, article.path.lastIndexOf("/"));
    if (folder !== month) [month, taken] = [folder, new Set()];
    taken.add(article.path);
    yield article;
  }
}
