/**
 * The file `npm run new` writes: front matter filled in from the writer's answers, `published`
 * set to now in GMT+7, and a body placeholder, at `articles/YYYY/MM/<slug>.md`.
 */
import { dump } from "js-yaml";
import type { DateTime } from "luxon";
import { inNewsroomZone, isoTimestamp } from "../dates.ts";
import { slugify } from "../slug.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, isLanguage } from "../language.ts";
import { articleUrl } from "../urls.ts";
import { cliMessages } from "../cli-messages.ts";

/** What the writer replaces, in the article's language. */
const BODY_PLACEHOLDERS: Record<Language, string> = {
  vi: "Đoạn mở đầu: tóm tắt sự kiện trong một hai câu.\n\n## Tiêu đề phụ\n\nNội dung bài viết.\n",
  en: "Opening paragraph: the news in a sentence or two.\n\n## Subheading\n\nThe article.\n",
};
import type { Category } from "./data-files.ts";
import { meantCategory } from "./schema.ts";

export interface NewArticleRequest {
  title: string;
  category: string;
  author?: string;
  photo?: string;
  /** `en` starts an article of the English section. */
  lang?: string;
  /** The same article in the other language, by URL or file. */
  translation?: string;
  now: DateTime;
  /**
   * Slugs already used in the month's folder (file names and `slug:` fields, see `takenSlugs`): a
   * same-headline article gets the first free `<slug>-2`, `<slug>-3`…, so neither its file nor its URL clashes.
   */
  takenSlugs?: ReadonlySet<string>;
}

export type NewArticleResult =
  | { ok: true; relativePath: string; url: string; text: string; slug: string; headlineSlug: string }
  | { ok: false; message: string };

/**
 * @example newArticle({ title: "Tin mới", category: "khoa-hoc", now }, categories).relativePath // "articles/2024/01/tin-moi.md"
 */
export function newArticle(request: NewArticleRequest, categories: readonly Category[]): NewArticleResult {
  const title = request.title.trim();
  const lang = request.lang?.trim() || DEFAULT_LANGUAGE;
  // The messages speak the article's language; an unknown one is answered in English, the lingua franca.
  const messages = cliMessages[isLanguage(lang) ? lang : "en"];
  if (!title) return { ok: false, message: messages.titleRequired() };
  const headlineSlug = slugify(title);
  if (!headlineSlug) return { ok: false, message: messages.titleWithoutLetters(title) };
  // A category named as readers see it (`--category "Khoa học"`) is the one it names: the file gets its key.
  const meant = meantCategory(request.category, categories);
  const category = categories.some((each) => each.key === request.category) ? request.category : meant?.how === "name" ? meant.key : undefined;
  if (category === undefined) {
    const valid = categories.map((each) => `  ${each.key}  (${each.name})`).join("\n");
    return { ok: false, message: messages.unknownCategory(request.category, valid) };
  }
  if (!isLanguage(lang)) return { ok: false, message: messages.unknownLanguage(lang, LANGUAGES) };
  const published = inNewsroomZone(request.now).startOf("minute");
  const slug = freeSlug(headlineSlug, request.takenSlugs ?? new Set());
  const frontMatter: Record<string, string> = { title, category, published: isoTimestamp(published) };
  if (lang !== DEFAULT_LANGUAGE) frontMatter.lang = lang;
  if (request.translation?.trim()) frontMatter.translation = request.translation.trim();
  if (request.author?.trim()) frontMatter.author = request.author.trim();
  if (request.photo?.trim()) frontMatter.photo = request.photo.trim();
  const yaml = dump(frontMatter, { lineWidth: -1, quotingType: '"', forceQuotes: true });
  const body = BODY_PLACEHOLDERS[lang];
  return {
    ok: true,
    relativePath: `${monthFolder(request.now)}/${slug}.md`,
    url: articleUrl(published, slug, lang),
    text: `---\n${yaml}---\n${body}`,
    slug,
    headlineSlug,
  };
}

/**
 * The folder, relative to the content folder, that `npm run new` writes an article of that time into.
 * @example monthFolder(DateTime.fromISO("2024-01-31T20:00:00Z")) // "articles/2024/02" (GMT+7)
 */
export function monthFolder(now: DateTime): string {
  return `articles/${inNewsroomZone(now).toFormat("yyyy/MM")}`;
}

/**
 * The headline's slug, or the first of `<slug>-2`, `<slug>-3`… that is not taken.
 * @example freeSlug("tin-moi", new Set(["tin-moi"])) // "tin-moi-2"
 */
export function freeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  let number = 2;
  while (taken.has(`${slug}-${number}`)) number += 1;
  return `${slug}-${number}`;
}

/**
 * The slugs that the articles in one folder use: each file's name, and its `slug:` field when it has
 * one (an article's URL is its day and its slug, src/urls.ts). Only that line of the front matter is
 * read: `npm run new` must not load the whole archive.
 * @example takenSlugs([{ name: "tin-moi.md", text: "---\nslug: khac\n---\n" }]) // Set { "tin-moi", "khac" }
 */
export function takenSlugs(files: readonly { name: string; text: string }[]): Set<string> {
  const taken = new Set<string>();
  for (const file of files) {
    if (!file.name.endsWith(".md")) continue;
    taken.add(file.name.slice(0, -".md".length));
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.text)?.[1] ?? "";
    const declared = /^slug:\s*["']?([^"'\s#]+)/m.exec(frontMatter)?.[1];
    if (declared) taken.add(declared);
  }
  return taken;
}
