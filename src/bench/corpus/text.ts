/** Text assembly: titles, summaries and Markdown bodies from the vocabulary. */
import { MAX_BODY_WORDS, MIN_BODY_WORDS } from "./options.ts";
import { chance, intBetween, pick, type Rng } from "./random.ts";
import { ACADEMIC_TITLES, ASPIRANTS, AWARDS, CAPTION_TAILS, CATEGORY_TITLE_TEMPLATES, CITIES_UNDER_CENTRAL_RULE, CLAUSES, COUNTRIES, DEBATE_TAILS, EVENT_CITIES, EVENT_KINDS, FOREIGN_ORGS, GIVEN_NAMES, HEADINGS, HEADLINE_SUBJECTS, HEADLINE_TAILS, HEADLINE_VERBS, IMAGE_ALTS, LAUREATES, LIST_INTROS, LIST_ITEMS, MIDDLE_NAMES, OBJECTS, OPENERS, ORGANIZERS, PARTY_UNITS, PERIODS, pickByline, pickTag, POSITIONS, PREDICATES, PROVINCES, QUOTE_VERBS, REGIONS, REMEDIES, SECTORS, SLOGANS, STAT_SUBJECTS, STAT_UNITS, STATEMENTS, SUBJECTS, SURNAMES, TITLE_TEMPLATES, UNIVERSITIES } from "./vocabulary.ts";

/** What the placeholders of one article draw from. */
export interface TextContext {
  rng: Rng;
  year: number;
  month: number;
  day: number;
  category: string;
  topics: readonly string[];
  byline: string;
  /** Fragments already used by this article, so that few repeat within it. */
  used: Set<string>;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Vietnamese digit grouping: 12.500 (and 12,5 for decimals). */
export function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Like `pick`, but avoids fragments the article already used (empty ones may repeat). */
export function pickFresh(context: TextContext, items: readonly string[]): string {
  let item = pick(context.rng, items);
  for (let attempt = 0; item !== "" && context.used.has(item) && attempt < 4; attempt++) item = pick(context.rng, items);
  context.used.add(item);
  return item;
}

export function fullName(rng: Rng): string {
  return `${pick(rng, SURNAMES)} ${pick(rng, MIDDLE_NAMES)} ${pick(rng, GIVEN_NAMES)}`;
}

/** A titled name: "PGS.TS Nguyễn Văn Hùng", "bà Trần Thị Lan". */
export function speaker(rng: Rng): string {
  const name = fullName(rng);
  const title = chance(rng, 0.55) ? pick(rng, ACADEMIC_TITLES) : name.includes(" Thị ") ? "bà" : "ông";
  return `${title} ${name}`;
}

export function person(context: TextContext): string {
  return `${speaker(context.rng)}, ${fill(pick(context.rng, POSITIONS), context)}`;
}

export function provinceAdmin(province: string): string {
  if (province.startsWith("TP.")) return province;
  return CITIES_UNDER_CENTRAL_RULE.has(province) ? `thành phố ${province}` : `tỉnh ${province}`;
}

/** A template split once into literal text (even positions) and placeholder names (odd positions). */
export const templateParts = new Map<string, string[]>();

/** Replaces `{name}` placeholders; a capitalized name (`{Topic}`) gives a capitalized value. */
export function fill(template: string, context: TextContext): string {
  if (!template.includes("{")) return template;
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const value = placeholder(lower, context);
    text += (name === lower ? value : capitalize(value)) + parts[i + 1]!;
  }
  return text;
}

export function placeholder(name: string, context: TextContext): string {
  const { rng, year } = context;
  switch (name) {
    case "year": return String(year);
    case "prevYear": return String(year - 1);
    case "nextYear": return String(year + 1);
    case "year5": return String(year + 5);
    case "quarter": return pick(rng, ["I", "II", "III"]);
    case "n": return String(intBetween(rng, 2, 12));
    case "hundreds": return String(intBetween(rng, 1, 9) * 100);
    case "big": return formatNumber(intBetween(rng, 12, 250) * 10 * intBetween(rng, 1, 10));
    case "pct": return `${intBetween(rng, 3, 45)},${intBetween(rng, 0, 9)}%`;
    case "money":
      return chance(rng, 0.6) ? `${formatNumber(intBetween(rng, 5, 2500))} tỷ đồng` : `${intBetween(rng, 2, 300)} triệu USD`;
    case "date": return `${context.day}/${context.month}/${year}`;
    case "province": return pick(rng, PROVINCES);
    case "provinceAdmin": return provinceAdmin(pick(rng, PROVINCES));
    case "city": return pick(rng, EVENT_CITIES);
    case "country": return pick(rng, COUNTRIES);
    case "foreignOrg": return pick(rng, FOREIGN_ORGS);
    case "topic": return fill(pick(rng, context.topics), context);
    case "person": return person(context);
    case "speaker": return speaker(rng);
    case "byline": return context.byline;
    case "organizer": return fill(pick(rng, ORGANIZERS), context);
    case "eventKind": return pick(rng, EVENT_KINDS);
    case "opener": return fill(pickFresh(context, OPENERS), context);
    case "subject": return fill(pickFresh(context, SUBJECTS), context);
    case "predicate": return pickFresh(context, PREDICATES);
    case "object": return fill(pickFresh(context, OBJECTS), context);
    case "clause": return fill(pickFresh(context, CLAUSES), context);
    case "statement": return fill(pickFresh(context, STATEMENTS), context);
    case "statSubject": return fill(pickFresh(context, STAT_SUBJECTS), context);
    case "statUnit": return pickFresh(context, STAT_UNITS);
    case "headlineSubject": return fill(pick(rng, HEADLINE_SUBJECTS), context);
    case "headlineVerb": return pick(rng, HEADLINE_VERBS);
    case "headlineTail": return fill(pick(rng, HEADLINE_TAILS), context);
    case "slogan": return pick(rng, SLOGANS);
    case "aspirant": return pick(rng, ASPIRANTS);
    case "region": return pick(rng, REGIONS);
    case "sector": return pick(rng, SECTORS);
    case "debateTail": return fill(pick(rng, DEBATE_TAILS), context);
    case "remedy": return pick(rng, REMEDIES);
    case "partyUnit": return fill(pick(rng, PARTY_UNITS), context);
    case "period": return fill(pick(rng, PERIODS), context);
    case "month": return String(context.month);
    case "university": return pick(rng, UNIVERSITIES);
    case "award": return pick(rng, AWARDS);
    case "laureate": return pick(rng, LAUREATES);
    default: throw new Error(`unknown placeholder {${name}}`);
  }
}

export const EVENT_SENTENCE = "{EventKind} do {organizer} tổ chức ngày {date} tại {city} với sự tham gia của hơn {hundreds} đại biểu.";

/** One sentence of body text, ending with its punctuation. */
export function sentence(context: TextContext): string {
  const { rng } = context;
  const form = rng();
  if (form < 0.56) {
    const main = fill("{opener}{subject} {predicate} {object}{clause}", context);
    return `${capitalize(main)}.`;
  }
  if (form < 0.66) {
    const first = fill("{subject} {predicate} {object}", context);
    const second = fill("{subject} {predicate} {object}{clause}", context);
    return `${capitalize(first)}; ${second}.`;
  }
  if (form < 0.74) return `${capitalize(fill("theo {person}, {statement}", context))}.`;
  if (form < 0.81) {
    return `“${capitalize(fill("{statement}", context))}”, ${fill("{person}", context)} ${pick(rng, QUOTE_VERBS)}.`;
  }
  if (form < 0.9) {
    return fill("Đến nay, {statSubject} đã có hơn {big} {statUnit}, tăng {pct} so với năm {prevYear}.", context);
  }
  // One event per article: a second "held on the same day" would read as a glitch.
  if (context.used.has(EVENT_SENTENCE)) return sentence(context);
  context.used.add(EVENT_SENTENCE);
  return fill(EVENT_SENTENCE, context);
}

/** Whitespace-separated tokens of any kind: a naive word count over raw Markdown. */
export function tokenCount(text: string): number {
  let count = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (!space && !inToken) count++;
    inToken = !space;
  }
  return count;
}

/** Whitespace-separated tokens holding a letter or digit (so `##`, `-` and `–` are not words). */
export function wordCount(text: string): number {
  // A character loop: this runs on every sentence of every article, and split + regex was the hot spot.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      inWord = false;
    } else if (
      !inWord &&
      ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && (code < 0x2000 || code > 0x206f)))
    ) {
      inWord = true;
      count++;
    }
  }
  return count;
}

export const IMAGE_LINE = /^!\[[^\]]*\]\([^)]*\)$/;

/**
 * Words of a Markdown body as a reader sees them: image lines and Markdown markers (`##`, `-`) left out.
 * @example countBodyWords("## Đổi mới\n\nĐại học mở cửa.") // 6
 */
export function countBodyWords(body: string): number {
  let count = 0;
  for (const line of body.split("\n")) {
    if (!IMAGE_LINE.test(line.trim())) count += wordCount(line);
  }
  return count;
}

export const IMAGE_COUNT = 8;
export const IMAGE_DIR = "images/corpus";

export function imageSrc(rng: Rng): string {
  return `/${IMAGE_DIR}/photo-${intBetween(rng, 1, IMAGE_COUNT)}.svg`;
}

export function imageText(context: TextContext): { alt: string; caption: string } {
  const { rng } = context;
  const alt = pickFresh(context, IMAGE_ALTS);
  const credit = chance(rng, 0.4) ? ` Ảnh: ${context.byline}.` : "";
  return { alt, caption: `${alt}${fill(pick(rng, CAPTION_TAILS), context)}.${credit}` };
}

/**
 * A body of a lead and 2–4 sections under `##` headings, 1–2 photos and sometimes a list, with between
 * 400 and 900 words however they are counted: as a reader does ({@link countBodyWords}) or by
 * splitting the raw Markdown on whitespace.
 */
export function body(context: TextContext): { markdown: string; words: number } {
  const { rng } = context;
  const headingCount = intBetween(rng, 2, 4);
  const paragraphCount = intBetween(rng, 2 + headingCount, 2 + 2 * headingCount);

  // Everything but the paragraphs is decided first, so that the paragraphs can fill the rest.
  // Headings go before paragraphs 1.. so that the lead keeps at least one paragraph of its own.
  const headings = new Map<number, string>();
  while (headings.size < headingCount) {
    const heading = fill(pick(rng, HEADINGS), context);
    if ([...headings.values()].includes(heading)) continue;
    let before = intBetween(rng, 1, paragraphCount - 1);
    while (headings.has(before)) before = intBetween(rng, 1, paragraphCount - 1);
    headings.set(before, `## ${heading}`);
  }
  const extras = new Map<number, string[]>();
  const addAfter = (p: number, block: string) => extras.set(p, [...(extras.get(p) ?? []), block]);
  if (chance(rng, 0.3)) {
    const items = new Set<string>();
    const itemCount = intBetween(rng, 3, 5);
    while (items.size < itemCount) items.add(capitalize(fill(pick(rng, LIST_ITEMS), context)));
    const lines = [...items].map((item, i) => `- ${item}${i === itemCount - 1 ? "." : ";"}`);
    const after = intBetween(rng, 1, paragraphCount - 1);
    addAfter(after, fill(pick(rng, LIST_INTROS), context));
    addAfter(after, lines.join("\n"));
  }
  const photoCount = intBetween(rng, 1, 2);
  for (const after of new Set(Array.from({ length: photoCount }, () => intBetween(rng, 0, paragraphCount - 1)))) {
    const { alt, caption } = imageText(context);
    addAfter(after, `![${alt}](${imageSrc(rng)} "${caption}")`);
  }
  const fixed = [...headings.values(), ...[...extras.values()].flat()];
  const fixedWords = countBodyWords(fixed.join("\n\n"));
  const fixedRawWords = tokenCount(fixed.join(" "));

  // Paragraph words: aim at a random total, never past what keeps the raw count within the maximum.
  const target = intBetween(rng, 440, 780) - fixedWords;
  const cap = MAX_BODY_WORDS - fixedRawWords;
  const shares = Array.from({ length: paragraphCount }, () => 0.6 + rng());
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const blocks: string[] = [];
  let words = 0;
  let cumulativeShare = 0;
  for (let p = 0; p < paragraphCount; p++) {
    const heading = headings.get(p);
    if (heading) blocks.push(heading);
    cumulativeShare += shares[p]!;
    const goal = (target * cumulativeShare) / shareTotal;
    const sentences: string[] = [];
    for (let misses = 0; (words < goal || sentences.length === 0) && misses < 20; ) {
      const next = sentence(context);
      const nextWords = wordCount(next);
      if (words + nextWords > cap) {
        misses++;
        continue;
      }
      sentences.push(next);
      words += nextWords;
    }
    blocks.push(sentences.join(" "), ...(extras.get(p) ?? []));
  }
  const markdown = blocks.filter((block) => block !== "").join("\n\n");
  const total = countBodyWords(markdown);
  if (total < MIN_BODY_WORDS || tokenCount(markdown) > MAX_BODY_WORDS) {
    throw new Error(`body of ${total} words is out of range: the vocabulary needs a look`);
  }
  return { markdown, words: total };
}

/** A headline of 8–16 words, leaving room for a " (kỳ 2)" that makes it unique within its month. */
export function titleText(context: TextContext): string {
  const special = CATEGORY_TITLE_TEMPLATES[context.category];
  for (let attempt = 0; attempt < 100; attempt++) {
    const templates = special && chance(context.rng, 0.2) ? special : TITLE_TEMPLATES;
    const title = capitalize(fill(pick(context.rng, templates), context));
    const words = tokenCount(title);
    if (words >= 8 && words <= 16) return title;
  }
  throw new Error("no title of 8–16 words in 100 attempts: the headline templates need a look");
}

export function tagList(rng: Rng): string[] {
  const count = intBetween(rng, 3, 6);
  const tags = new Set<string>();
  while (tags.size < count) tags.add(pickTag(rng));
  return [...tags];
}

export function credit(rng: Rng, listShare: number): string | string[] {
  if (!chance(rng, listShare)) return pickByline(rng);
  const first = pickByline(rng);
  let second = pickByline(rng);
  while (second === first) second = pickByline(rng);
  return [first, second];
}

// ---------------------------------------------------------------------------------------------
