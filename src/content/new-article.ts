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

/** What the writer replaces, in the article's language. */
const BODY_PLACEHOLDERS: Record<Language, string> = {
  vi: "Đoạn mở đầu: tóm tắt sự kiện trong một hai câu.\n\n## Tiêu đề phụ\n\nNội dung bài viết.\n",
  en: "Opening paragraph: the news in a sentence or two.\n\n## Subheading\n\nThe article.\n",
};
import type { Category } from "./data-files.ts";

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
}

export type NewArticleResult =
  | { ok: true; relativePath: string; url: string; text: string }
  | { ok: false; message: string };

/**
 * @example newArticle({ title: "Tin mới", category: "khoa-hoc", now }, categories).relativePath // "articles/2024/01/tin-moi.md"
 */
export function newArticle(request: NewArticleRequest, categories: readonly Category[]): NewArticleResult {
  const title = request.title.trim();
  if (!title) return { ok: false, message: "--title is required, e.g. --title \"Tiêu đề bài viết\"" };
  const slug = slugify(title);
  if (!slug) return { ok: false, message: `the title "${title}" has no letters or digits to make a URL from` };
  if (!categories.some((category) => category.key === request.category)) {
    const valid = categories.map((category) => `  ${category.key}  (${category.name})`).join("\n");
    return { ok: false, message: `unknown category "${request.category}"; valid categories:\n${valid}` };
  }
  const lang = request.lang?.trim() || DEFAULT_LANGUAGE;
  if (!isLanguage(lang)) return { ok: false, message: `unknown language "${lang}"; expected ${LANGUAGES.join(" or ")}` };
  const published = inNewsroomZone(request.now).startOf("minute");
  const frontMatter: Record<string, string> = { title, category: request.category, published: isoTimestamp(published) };
  if (lang !== DEFAULT_LANGUAGE) frontMatter.lang = lang;
  if (request.translation?.trim()) frontMatter.translation = request.translation.trim();
  if (request.author?.trim()) frontMatter.author = request.author.trim();
  if (request.photo?.trim()) frontMatter.photo = request.photo.trim();
  const yaml = dump(frontMatter, { lineWidth: -1, quotingType: '"', forceQuotes: true });
  const body = BODY_PLACEHOLDERS[lang];
  return {
    ok: true,
    relativePath: `articles/${published.toFormat("yyyy/MM")}/${slug}.md`,
    url: articleUrl(published, slug, lang),
    text: `---\n${yaml}---\n${body}`,
  };
}
