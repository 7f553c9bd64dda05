/**
 * `npm run new -- --title "Tiêu đề bài viết" --category <key> [--author "…"] [--photo "…"] [--lang en] [--translation URL|FILE]`
 * creates content/articles/YYYY/MM/<slug>.md, published now (GMT+7). Never overwrites a file.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { readCategories } from "../src/content/data-files.ts";
import { monthFolder, newArticle, takenSlugs } from "../src/content/new-article.ts";
import { formatProblem } from "../src/problems.ts";
import { DEFAULT_CONTENT_DIR, displayPath } from "../src/project-paths.ts";
import { readSettings } from "../src/settings.ts";

const { values, lang } = commandLine({
  command: "npm run new",
  usage: usageOf("new"),
  folders: ["content"],
  required: ["title", "category"],
  options: {
    title: { type: "string", default: "" },
    category: { type: "string", default: "" },
    author: { type: "string" },
    photo: { type: "string" },
    translation: { type: "string" },
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
  },
});
const messages = cliMessages[lang];

const contentDir = path.resolve(values.content);
const now = readSettings(process.env).now();
const { categories, problems } = await readCategories(contentDir, undefined, lang);
for (const problem of problems) console.error(formatProblem(problem, lang));
const result = newArticle(
  { title: values.title, category: values.category, author: values.author, photo: values.photo, lang, translation: values.translation, now, takenSlugs: await slugsOfMonth() },
  categories,
);
if (!result.ok) {
  console.error(messages.notCreated(result.message));
  process.exit(1);
}
const file = path.join(contentDir, result.relativePath);
const shown = displayPath(file);
await mkdir(path.dirname(file), { recursive: true });
try {
  await writeFile(file, result.text, { flag: "wx" });
} catch (error) {
  // Another writer's file, saved between the look at the folder and now.
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  console.error(messages.notCreated(messages.fileExists(shown)));
  process.exit(1);
}
console.log(messages.created(shown, result.url));
if (result.slug !== result.headlineSlug) console.log(messages.sameHeadline(result.slug));

/** The slugs the articles of this month's folder use (src/content/new-article.ts). */
async function slugsOfMonth(): Promise<Set<string>> {
  const folder = path.join(contentDir, monthFolder(now));
  const names = await readdir(folder).catch(() => [] as string[]);
  const files = await Promise.all(names.filter((name) => name.endsWith(".md")).map(async (name) => ({ name, text: await readFile(path.join(folder, name), "utf8") })));
  return takenSlugs(files);
}
