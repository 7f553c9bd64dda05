/**
 * `npm run check-urls [-- --output DIR] [--previous FILE] [--write FILE] [--lang en]`: the URL set never
 * shrinks. Every URL in the record of published URLs (content/_data/published-urls.tsv), and every
 * URL of an earlier build's list (`--previous`, written by `--write`), must still answer in the built
 * site: the page itself, or a redirect page leading in one hop to a page of this site. Exits 1 otherwise.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { parseUrlList, siteUrlSet, unansweredUrls } from "../src/pipeline/url-set.ts";
import { readSiteConfig } from "../src/content/data-files.ts";
import { permanenceMessages } from "../src/content/permanence-messages.ts";
import { PUBLISHED_RECORD_PATH, parsePublishedRecord } from "../src/content/published-record.ts";
import { DEFAULT_CONTENT_DIR, DEFAULT_OUTPUT_DIR } from "../src/project-paths.ts";

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
const urls = new Set(record.entries.flatMap((entry) => [entry.url, ...entry.former]));
if (values.previous) for (const url of parseUrlList(readFileSync(path.resolve(values.previous), "utf8"))) urls.add(url);

const problems = unansweredUrls(outputDir, [...urls].sort(), pathPrefix);
for (const problem of problems) {
  console.log(problem.kind === "missing" ? t.urlMissing(problem.url) : problem.kind === "chain" ? t.urlChain(problem.url, problem.target!) : `${t.urlMissing(problem.url)} (→ ${problem.target})`);
}
if (values.write) {
  const current = await siteUrlSet(outputDir);
  writeFileSync(path.resolve(values.write), `${current.join("\n")}\n`);
}
console.log(`${urls.size} URLs checked, ${problems.length} not answering`);
if (problems.length > 0) process.exitCode = 1;
