/**
 * `npm run record-urls`: brings content/_data/published-urls.tsv up to date with the archive:
 * adds the articles that left draft, follows moved files (through git when their URL changed too),
 * and keeps every URL ever recorded. Commit the file it writes.
 * Usage: tsx scripts/record-urls.ts [--content DIR] [--lang vi|en]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { loadContent } from "../src/content/load-content.ts";
import { formatProblem } from "../src/problems.ts";
import { committedText, matchMovedArticles } from "../src/content/moved-articles.ts";
import { PUBLISHED_RECORD_PATH, isRecordable, serializePublishedRecord, updatedRecordEntries } from "../src/content/published-record.ts";
import { DEFAULT_CONTENT_DIR } from "../src/project-paths.ts";
import { readSettings } from "../src/settings.ts";

const { values, lang } = commandLine({
  command: "npm run record-urls",
  usage: usageOf("recordUrls"),
  folders: ["content"],
  options: { content: { type: "string", default: DEFAULT_CONTENT_DIR } },
});
const contentDir = path.resolve(values.content);
const say = cliMessages[lang];

const settings = readSettings(process.env);
const content = await loadContent({ contentDir, buildTime: settings.now(), env: settings.siteOverrides, writerLanguage: lang });
const { applied, fileOf, displayPath, record } = content.published;
const unreadable = [...content.problems, ...record.problems].filter((problem) => problem.severity === "error");
if (unreadable.length > 0) {
  // An article that does not load would be left out, and its URL with it: fix the content first.
  for (const problem of unreadable) console.log(formatProblem(problem, lang));
  console.log(say.recordNotWritten(displayPath, unreadable.length));
  process.exit(1);
}
const unrecorded = content.articles.filter((article) => !applied.matched.has(article) && isRecordable(article));
const moved = matchMovedArticles(applied.orphans, unrecorded, (entry) => committedText(contentDir, entry.file));
const entries = updatedRecordEntries(content.articles, applied, fileOf, moved);
writeFileSync(path.join(contentDir, PUBLISHED_RECORD_PATH), serializePublishedRecord(entries));
for (const [entry, article] of moved) console.log(say.recordMoved(entry.url, entry.file, article.sourcePath));
for (const entry of applied.orphans.filter((orphan) => !moved.has(orphan))) {
  console.log(say.recordKeptGone(entry.url, entry.file));
}
console.log(say.recordWritten(displayPath, entries.length, entries.reduce((sum, entry) => sum + 1 + entry.former.length, 0)));
