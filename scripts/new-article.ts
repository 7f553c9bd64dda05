/**
 * `npm run new -- --title "Tiêu đề bài viết" --category <key> [--author "…"] [--photo "…"] [--lang en] [--translation URL|FILE]`
 * creates content/articles/YYYY/MM/<slug>.md, published now (GMT+7). Never overwrites a file.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { readCategories } from "../src/content/data-files.ts";
import { newArticle } from "../src/content/new-article.ts";
import { formatProblem } from "../src/content/problems.ts";
import { DEFAULT_CONTENT_DIR } from "../src/project-paths.ts";
import { readSettings } from "../src/settings.ts";

const { values } = parseArgs({
  options: {
    title: { type: "string", default: "" },
    category: { type: "string", default: "" },
    author: { type: "string" },
    photo: { type: "string" },
    lang: { type: "string" },
    translation: { type: "string" },
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
  },
});

const contentDir = path.resolve(values.content);
const { categories, problems } = await readCategories(contentDir);
for (const problem of problems) console.error(formatProblem(problem));
const result = newArticle(
  { title: values.title, category: values.category, author: values.author, photo: values.photo, lang: values.lang, translation: values.translation, now: readSettings(process.env).now() },
  categories,
);
if (!result.ok) {
  console.error(`Not created: ${result.message}`);
  process.exit(1);
}
const file = path.join(contentDir, result.relativePath);
await mkdir(path.dirname(file), { recursive: true });
try {
  await writeFile(file, result.text, { flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  console.error(`Not created: ${path.relative(process.cwd(), file)} already exists; choose another title or edit that file.`);
  process.exit(1);
}
console.log(`Created ${path.relative(process.cwd(), file)}\nIts URL will be ${result.url}`);
