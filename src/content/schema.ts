/**
 * The one schema for article front matter. The build and `npm run check` both validate with it,
 * and the `ArticleFrontMatter` type is derived from it, so the two cannot drift apart.
 */
import type { DateTime } from "luxon";
import { parseTimestamp } from "../dates.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, isLanguage } from "../language.ts";
import { type WriterMessages, writerMessages } from "../writer-messages.ts";
import { MAX_SLUG_LENGTH, capSlug, foldVietnamese, slugify } from "../slug.ts";
import { timestampMessage } from "./timestamp-message.ts";
import { closestWord } from "../text/closest-word.ts";
import { controlCharacters } from "./source-text.ts";
import { parseVideo } from "./video-field.ts";
import { parseAliases, parseCorrections, parseWithdrawal } from "./permanence-fields.ts";

/** A category as writers may name it, for suggestions: its key, its names, the keys it had. */
export interface CategoryNames {
  key: string;
  name: string;
  nameEn?: string;
  formerKeys?: readonly string[];
}

export interface SchemaContext {
  /** Keys of `content/_data/categories.yaml`. */
  categoryKeys: readonly string[];
  /** The same categories with their names, so that `category: Khoa học` is answered with its key. */
  categories?: readonly CategoryNames[];
  /** The language of the messages (`--lang`); Vietnamese by default. */
  writerLanguage?: Language;
  /** Fields of the site's own (`extra_fields` in site.yaml): accepted and left alone; any other unknown field is an error. */
  extraFields?: readonly string[];
}

type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

interface FieldSpec<T, Required extends boolean> {
  required: Required;
  parse(raw: unknown, context: SchemaContext): FieldResult<T>;
}

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = (message: string): FieldResult<never> => ({ ok: false, message });
/** The messages in the writer's language. */
const say = (context?: SchemaContext): WriterMessages => writerMessages[context?.writerLanguage ?? DEFAULT_LANGUAGE];
/** An item of a list whose own message (text()'s) says more than the list's: a number or boolean, or a control character. */
const speaksForItself = (raw: unknown): boolean =>
  typeof raw === "number" || typeof raw === "boolean" || (typeof raw === "string" && controlCharacters(raw).length > 0);
/** A value as a message shows it: text in quotes, a number as YAML read it, a list or a group by name. */
const describe = (raw: unknown, messages: WriterMessages): string =>
  raw === null || raw === undefined ? messages.nothing : Array.isArray(raw) ? messages.aList : typeof raw === "object" ? messages.aGroup : typeof raw === "number" ? String(raw) : JSON.stringify(raw);

function required<T>(parse: FieldSpec<T, true>["parse"]): FieldSpec<T, true> {
  return { required: true, parse };
}
function optional<T>(parse: FieldSpec<T, false>["parse"]): FieldSpec<T, false> {
  return { required: false, parse };
}

/**
 * Text, never a number or a boolean: YAML reads `title: 1.5e3` as 1500, `0x1F` as 31 and `.nan` as
 * NaN, so printing the number would publish something other than what the writer typed.
 */
function text(raw: unknown, context?: SchemaContext): FieldResult<string> {
  if (typeof raw === "number" || typeof raw === "boolean") return fail(say(context).notText(describe(raw, say(context))));
  if (typeof raw !== "string") return fail(say(context).notTextGot(describe(raw, say(context))));
  // The file's own characters were checked as it was read (front-matter.ts); these came from an escape such as "\v".
  const control = controlCharacters(raw)[0];
  if (control) return fail(say(context).escapedControlCharacter(control.codePoint));
  const trimmed = raw.trim();
  return trimmed ? ok(trimmed) : fail(say(context).empty);
}

function names(raw: unknown, context: SchemaContext): FieldResult<string[]> {
  const list = Array.isArray(raw) ? raw : [raw];
  const result: string[] = [];
  for (const item of list) {
    const name = text(item, context);
    if (!name.ok) return speaksForItself(item) ? name : fail(say(context).notNames(describe(raw, say(context))));
    result.push(name.value);
  }
  return result.length > 0 ? ok(result) : fail(say(context).notNames("[]"));
}

/** A date field: its message names the field, so that a day-first date comes back as the line to paste. */
const timestamp = (field: string) => (raw: unknown, context: SchemaContext): FieldResult<DateTime> => {
  const parsed = parseTimestamp(raw);
  return parsed.ok ? parsed : fail(timestampMessage(raw, parsed, field, context.writerLanguage));
};

export interface LeadImage {
  src: string;
  alt: string;
  caption?: string;
}

const IMAGE_FIELDS = ["src", "alt", "caption"] as const;

function image(raw: unknown, context: SchemaContext): FieldResult<LeadImage> {
  const messages = say(context);
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return fail(messages.imageFields(describe(raw, messages)));
  const fields = raw as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !(IMAGE_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) return fail(messages.unknownSubfield(unknown, closestWord(unknown, IMAGE_FIELDS), IMAGE_FIELDS.join(", ")));
  if (fields.src === undefined || fields.src === null) return fail(messages.srcRequired);
  const src = text(fields.src, context);
  if (!src.ok) return fail(messages.subfield("src", src.message));
  if (!/^(https?:\/\/|\/)/.test(src.value)) return fail(messages.srcNotRooted(src.value));
  if (fields.alt === undefined || fields.alt === null) return fail(messages.altRequired);
  const alt = text(fields.alt, context);
  if (!alt.ok) return fail(messages.subfield("alt", alt.message));
  if (fields.caption === undefined) return ok({ src: src.value, alt: alt.value });
  const caption = text(fields.caption, context);
  if (!caption.ok) return fail(messages.subfield("caption", caption.message));
  return ok({ src: src.value, alt: alt.value, caption: caption.value });
}

function tags(raw: unknown, context: SchemaContext): FieldResult<string[]> {
  if (!Array.isArray(raw)) return fail(say(context).tagsNotList(describe(raw, say(context))));
  const result: string[] = [];
  for (const item of raw) {
    const tag = text(item, context);
    if (!tag.ok) return speaksForItself(item) ? tag : fail(say(context).tagsItem(describe(item, say(context))));
    if (!result.includes(tag.value)) result.push(tag.value);
  }
  return ok(result);
}

function references(raw: unknown, context: SchemaContext): FieldResult<string[]> {
  const list = Array.isArray(raw) ? raw : [raw];
  const result: string[] = [];
  for (const item of list) {
    const reference = text(item, context);
    if (!reference.ok) return fail(say(context).notReferences(describe(raw, say(context))));
    result.push(reference.value);
  }
  return ok(result);
}

function yesOrNo(raw: unknown, context: SchemaContext): FieldResult<boolean> {
  return typeof raw === "boolean" ? ok(raw) : fail(say(context).notYesNo(describe(raw, say(context))));
}

/** Letters and digits only, unaccented and lowercase: `Hoạt động KH&CN`, `hoat-dong-khcn` and `Hoat dong KHCN` are one. */
const compact = (text: string): string => foldVietnamese(text).toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * The category a writer meant by a value that is not a key: its display name (Vietnamese or English,
 * with or without tone marks), a key it had before a rename, or the nearest key or name by typo distance.
 * @example meantCategory("Hoạt động KH&CN", [{ key: "hoat-dong-khcn", name: "Hoạt động KH&CN" }]) // { key: "hoat-dong-khcn", how: "name" }
 */
export function meantCategory(value: string, categories: readonly CategoryNames[]): { key: string; how: "name" | "former" | "typo" } | undefined {
  const written = compact(value);
  const byName = categories.find((category) => [category.key, category.name, category.nameEn].some((name) => name !== undefined && compact(name) === written));
  if (byName) return { key: byName.key, how: "name" };
  const renamed = categories.find((category) => category.formerKeys?.some((former) => compact(former) === written));
  if (renamed) return { key: renamed.key, how: "former" };
  const names = new Map<string, string>();
  for (const category of categories) {
    for (const name of [category.key, category.name, category.nameEn]) if (name !== undefined && !names.has(compact(name))) names.set(compact(name), category.key);
  }
  const nearest = closestWord(written, [...names.keys()]);
  return nearest === undefined ? undefined : { key: names.get(nearest)!, how: "typo" };
}

/** The importer's record: read back by src/import/import-record.ts, checked here only for its shape. */
function importRecord(raw: unknown, context: SchemaContext): FieldResult<{ source: string; hash: string }> {
  const fields = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const keys = fields ? Object.keys(fields).sort().join(",") : "";
  if (!fields || keys !== "hash,source" || typeof fields.source !== "string" || typeof fields.hash !== "string") {
    return fail(say(context).importRecord(describe(raw, say(context))));
  }
  return ok({ source: fields.source, hash: fields.hash });
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The schema: each field, whether it is required, and how its value is read. */
export const articleSchema = {
  title: required(text),
  category: required((raw, context) => {
    const key = text(raw, context);
    if (!key.ok) return key;
    if (context.categoryKeys.includes(key.value)) return key;
    const meant = meantCategory(key.value, context.categories ?? context.categoryKeys.map((each) => ({ key: each, name: each })));
    if (meant?.how === "name") return fail(say(context).categoryByName(key.value, meant.key));
    if (meant?.how === "former") return fail(say(context).categoryRenamed(key.value, meant.key));
    return fail(say(context).unknownCategory(key.value, meant?.key, context.categoryKeys.join(", ")));
  }),
  published: required(timestamp("published")),
  updated: optional(timestamp("updated")),
  author: optional(names),
  photo: optional(names),
  source: optional(text),
  image: optional(image),
  /** A YouTube or Vimeo id or a file under content/videos/, with its poster (src/content/video-field.ts). */
  video: optional((raw, context) => parseVideo(raw, context.writerLanguage)),
  summary: optional(text),
  tags: optional(tags),
  slug: optional((raw, context) => {
    const slug = text(raw, context);
    if (!slug.ok) return slug;
    if (!SLUG_PATTERN.test(slug.value)) {
      return fail(say(context).notSlug(slug.value, capSlug(slugify(slug.value)) || "dang-bo-bo-khcn"));
    }
    // An error, not a silent cut: a slug the writer chose is a URL they may have already shared.
    if (slug.value.length > MAX_SLUG_LENGTH) {
      return fail(say(context).slugTooLong(slug.value.length, MAX_SLUG_LENGTH, capSlug(slug.value)));
    }
    return slug;
  }),
  /** Articles the writer names as related, by path or URL; resolved against the whole archive by the loader. */
  related: optional(references),
  /** `en` for an article of the English section; Vietnamese (`vi`) when absent. */
  lang: optional((raw, context) => {
    const code = text(raw, context);
    if (!code.ok) return code;
    return isLanguage(code.value) ? ok(code.value) : fail(say(context).unknownLanguage(code.value, LANGUAGES.join(context.writerLanguage === "en" ? " or " : " hoặc ")));
  }),
  /** The same article in the other language, by path or URL; resolved and checked by the loader. */
  translation: optional((raw, context) => {
    const reference = text(raw, context);
    return reference.ok ? reference : fail(say(context).notTranslation(describe(raw, say(context))));
  }),
  draft: optional(yesOrNo),
  /** `true` puts the article among the front page's top stories for `featured_days` (site.yaml) after it is published. */
  featured: optional(yesOrNo),
  /** Older paths of the article (a legacy portal's, an earlier slug): each answers with a redirect (src/content/permanence-fields.ts). */
  aliases: optional((raw, context) => parseAliases(raw, context.writerLanguage)),
  /** Taken down: the URL keeps answering with when and why; the article leaves every list. */
  withdrawn: optional((raw, context) => parseWithdrawal(raw, context.writerLanguage)),
  /** Dated corrections, printed as "Đính chính" notices; the latest one is the article's `updated`. */
  corrections: optional((raw, context) => parseCorrections(raw, context.writerLanguage)),
  /** What `npm run import` wrote, `{ source, hash }`, so that it never overwrites the writer's edits (src/import/article-file.ts). */
  imported: optional(importRecord),
} as const;

type Schema = typeof articleSchema;
type ValueOf<S> = S extends FieldSpec<infer T, boolean> ? T : never;
type RequiredKeys = { [K in keyof Schema]: Schema[K]["required"] extends true ? K : never }[keyof Schema];
type OptionalKeys = Exclude<keyof Schema, RequiredKeys>;

/** Validated front matter, derived from `articleSchema`. */
export type ArticleFrontMatter = { [K in RequiredKeys]: ValueOf<Schema[K]> } & { [K in OptionalKeys]?: ValueOf<Schema[K]> };

export const ARTICLE_FIELDS = Object.keys(articleSchema) as (keyof Schema)[];

/**
 * Vietnamese names writers give fields, by their unaccented, hyphen-joined form (`Tiêu đề` → `tieu-de`):
 * the field each means.
 */
const VIETNAMESE_FIELD_NAMES: Readonly<Record<string, keyof Schema>> = {
  "tieu-de": "title", "ten-bai": "title", "chuyen-muc": "category", "danh-muc": "category", "ngay": "published", "ngay-dang": "published",
  "ngay-cap-nhat": "updated", "cap-nhat": "updated", "tac-gia": "author", "anh": "photo", "nguoi-chup": "photo", "nguon": "source",
  "anh-dai-dien": "image", "tom-tat": "summary", "sapo": "summary", "tu-khoa": "tags", "the": "tags", "nhap": "draft", "ban-nhap": "draft",
  "noi-bat": "featured", "lien-quan": "related", "tin-lien-quan": "related", "ngon-ngu": "lang", "ban-dich": "translation",
};

/**
 * The known field an unknown one most likely means: a Vietnamese name for it, or the nearest by typo distance.
 * @example suggestField("catgory", []) // "category"
 * @example suggestField("Tiêu đề", []) // "title"
 */
export function suggestField(key: string, extraFields: readonly string[]): string | undefined {
  return VIETNAMESE_FIELD_NAMES[slugify(key)] ?? closestWord(key, [...ARTICLE_FIELDS, ...extraFields]);
}

export interface FieldProblem {
  severity: "error" | "warning";
  field: string;
  message: string;
  /** A required field that is absent: it has no line of its own. */
  missing?: true;
}

/** The line a writer adds for a missing required field. */
const REQUIRED_EXAMPLES: Record<RequiredKeys, (context: SchemaContext) => string> = {
  title: () => "title: Hội thảo khoa học về vệ tinh",
  category: (context) => `category: ${context.categoryKeys[0] ?? "khoa-hoc"}`,
  published: () => "published: 2024-01-27T22:01:00+07:00",
};

/**
 * Validates front matter against the schema, reporting every problem rather than the first.
 * @returns the typed front matter when there is no error, and every problem found.
 */
export function validateFrontMatter(
  data: Record<string, unknown>,
  context: SchemaContext,
): { value?: ArticleFrontMatter; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const value: Record<string, unknown> = {};

  // An error, not a warning: a field the site does not know is a mistake a reader would see the
  // effect of (a `catgory:` leaves the article without its category), or a field of the site's own
  // that site.yaml must declare (issue 17).
  const extraFields = context.extraFields ?? [];
  for (const key of Object.keys(data)) {
    if (key in articleSchema || extraFields.includes(key)) continue;
    problems.push({ severity: "error", field: key, message: say(context).unknownField(suggestField(key, extraFields)) });
  }

  for (const field of ARTICLE_FIELDS) {
    const spec: FieldSpec<unknown, boolean> = articleSchema[field];
    const raw = data[field];
    if (raw === undefined || raw === null) {
      if (spec.required) problems.push({ severity: "error", field, message: say(context).required(REQUIRED_EXAMPLES[field as RequiredKeys](context)), missing: true });
      continue;
    }
    const result = spec.parse(raw, context);
    if (result.ok) value[field] = result.value;
    else problems.push({ severity: "error", field, message: result.message });
  }

  const published = value.published as DateTime | undefined;
  const updated = value.updated as DateTime | undefined;
  if (published && updated && updated < published) {
    problems.push({ severity: "error", field: "updated", message: say(context).updatedBeforePublished });
  }

  const failed = problems.some((problem) => problem.severity === "error");
  return failed ? { problems } : { value: value as ArticleFrontMatter, problems };
}
