/**
 * `npm run check-urls [-- --output DIR] [--previous FILE] [--write FILE] [--lang en]`: the URL set never
 * shrinks. Every URL in the record of published URLs (content/_data/published-urls.tsv), and every
 * URL of an earlier build's list (`--previous`, written by `--write`), must still answer in the built
 * site: the page itself, or a redirect page leading in one hop to a page of this site. Exits 1 otherwise.
 * A scheduled article's recorded URLs are checked from its publication time on (SOURCE_DATE_EPOCH: the build's time).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { parseUrlList, siteUrlSet, unansweredUrls } from "../src/pipeline/url-set.ts";
import { readSiteConfig } from "../src/content/data-files.ts";
import { permanenceMessages } from "../src/content/permanence-messages.ts";
import { scheduledArticles } from "../src/content/publication-due.ts";
import { PUBLISHED_RECORD_PATH, parsePublishedRecord } from "../src/content/published-record.ts";
import { DEFAULT_CONTENT_DIR, DEFAULT_OUTPUT_DIR } from "../src/project-paths.ts";
import { readSettings } from "../src/settings.ts";

const { values, lang } = commandLine({
  command: "npm run check-urls",
  usage: usageOf("checkUrls"),
  folders: ["output", "content"],
  options: {
    output: { type: "string", default: DEFAULT_OUTPUT_DIR },
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    previous: { type: "string" },
    write: { type: "string" },
  },
});
const t = permanenceMessages(lang);
const outputDir = path.resolve(values.output);
const contentDir = path.resolve(values.content);
const pathPrefix = (await readSiteConfig(contentDir)).site?.pathPrefix ?? "/";

const recordFile = path.join(contentDir, PUBLISHED_RECORD_PATH);
let recordText: string | undefined;
try {
  recordText = readFileSync(recordFile, "utf8");
} catch {
  recordText = undefined;
}
const record = parsePublishedRecord(recordText, recordFile, lang);
// A scheduled article is recorded before its time (docs/permanent-urls.md) but published only from
// it on: its URLs are checked from the first build after that time (the build's, SOURCE_DATE_EPOCH).
const scheduled = await scheduledArticles(contentDir, readSettings(process.env).now());
const waiting = record.entries.filter((entry) => scheduled.has(entry.file));
const urls = new Set(record.entries.filter((entry) => !scheduled.has(entry.file)).flatMap((entry) => [entry.url, ...entry.former]));
if (values.previous) for (const url of parseUrlList(readFileSync(path.resolve(values.previous), "utf8"))) urls.add(url);

const problems = unansweredUrls(outputDir, [...urls].sort(), pathPrefix);
for (const problem of problems) {
  console.log(problem.kind === "missing" ? t.urlMissing(problem.url) : problem.kind === "chain" ? t.urlChain(problem.url, problem.target!) : `${t.urlMissing(problem.url)} (→ ${problem.target})`);
}
if (values.write) {
  const current = await siteUrlSet(outputDir);
  writeFileSync(path.resolve(values.write), `${current.join("\n")}\n`);
}
console.log(`${urls.size} URLs checked, ${problems.length} not answering${waiting.length > 0 ? `; ${waiting.length} scheduled articles' URLs wait for their time` : ""}`);
if (problems.length > 0) process.exitCode = 1;
