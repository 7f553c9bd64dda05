/**
 * `npx tsx scripts/bench-term-layer.ts --count N [--seed S] [--query Q …]`: the term layer alone
 * (src/search/term-layer.ts) for N generated articles, without a build: its CPU seconds, files and
 * bytes, and what each query fetches of it on a first search (its keys' files, and the doc chunks
 * of the headline matches a first page shows). The rest of a first query (the page, Pagefind's
 * scripts, the newest period's index, the results' fragments) does not grow with the archive:
 * `npm run bench` measures it. Fragment names are placeholders of Pagefind's length.
 */
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { generateCorpus } from "../src/bench/corpus/articles.ts";
import { type TermSource, termLayerFolder, writeTermLayers } from "../src/pipeline/term-layer-files.ts";
import { searchPeriodOf } from "../src/search/search-periods.ts";
import { DOC_CHUNK, bucketOf, decodePostings, queryTerms, rankArticles, termBucketCount } from "../src/search/term-layer.ts";
import { PAGE_SIZE } from "../src/pager.ts";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine, usageExit } from "../src/command-line.ts";

const { values, lang } = commandLine({
  command: "npx tsx scripts/bench-term-layer.ts",
  usage: usageOf("benchTermLayer"),
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "42" },
    query: { type: "string", multiple: true, default: ["khoa học", "VIFOTEC", "liêm chính học thuật", "khủng long bạo chúa"] },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) usageExit(`${usageOf("benchTermLayer")[lang]}\n\n${cliMessages[lang].problem(cliMessages[lang].wholeNumber("--count", values.count))}`);
const field = (text: string, name: string): string | undefined => {
  const value = new RegExp(`^${name}: (.*)$`, "m").exec(text)?.[1];
  return value === undefined ? undefined : value.startsWith('"') ? (JSON.parse(value) as string) : value;
};
const articles: (TermSource & { month: string })[] = [];
for (const article of generateCorpus({ count, seed: values.seed, categories: ["khoa-hoc", "cong-nghe", "chinh-sach"] })) {
  if (article.draft || article.scheduled) continue;
  const published = field(article.text, "published")!;
  articles.push({ url: article.url, lang: "vi", title: field(article.text, "title")!, lede: field(article.text, "summary"), published, period: "", category: field(article.text, "category")!, month: published.slice(0, 7) });
}
const periodOf = searchPeriodOf(articles.map((article) => ({ ...article, search: { month: article.month } })));
for (const article of articles) article.period = periodOf({ ...article, search: { month: article.month } });

const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-term-layer-"));
try {
  const before = process.cpuUsage();
  const written = writeTermLayers(articles, dir, () => "vi_0000000");
  const cpu = process.cpuUsage(before);
  console.log(`${articles.length} published articles: term layer ${written.files} files, ${(written.bytes / 1024 / 1024).toFixed(1)} MB, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} CPU-s (load average ${os.loadavg()[0]!.toFixed(2)})`);
  const folder = path.join(dir, termLayerFolder("vi"));
  const buckets = termBucketCount(articles.length);
  const read = async (file: string): Promise<{ bytes: number; json: unknown }> => {
    const data = await readFile(path.join(folder, file));
    return { bytes: (await stat(path.join(folder, file))).size, json: JSON.parse(gunzipSync(data).toString("utf8")) };
  };
  for (const query of values.query) {
    const terms = queryTerms(query);
    const files = [...new Set([...terms.words, ...terms.pairs].map((key) => `${bucketOf(key, buckets)}.pf_terms`))];
    const postings = new Map<string, [number, number][]>();
    let bytes = 0;
    for (const file of files) {
      const { bytes: size, json } = await read(file);
      bytes += size;
      for (const [key, encoded] of Object.entries(json as Record<string, number[]>)) postings.set(key, decodePostings(encoded));
    }
    const ranked = rankArticles(terms, (key) => postings.get(key));
    const chunks = [...new Set(ranked.slice(0, PAGE_SIZE).map((number) => Math.floor(number / DOC_CHUNK)))];
    let docBytes = 0;
    for (const chunk of chunks) docBytes += (await read(`docs/${chunk}.pf_docs`)).bytes;
    console.log(
      `"${query}": ${ranked.length} headline matches; ${files.length} term files ${(bytes / 1024).toFixed(1)} KB, ` +
        `${chunks.length} doc chunks ${(docBytes / 1024).toFixed(1)} KB for the first ${Math.min(PAGE_SIZE, ranked.length)}: ` +
        `${((bytes + docBytes) / 1024).toFixed(1)} KB in ${files.length + chunks.length} requests`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
