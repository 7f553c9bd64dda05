import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseSourceFile } from "../../src/content/front-matter.ts";
import { parse as parseYaml } from "yaml";
import { generateCorpus, yamlString } from "../../src/bench/corpus/articles.ts";
import type { GeneratedArticle } from "../../src/bench/corpus/options.ts";
import { hashSeed, mulberry32 } from "../../src/bench/corpus/random.ts";
import { corpusCounts, corpusSlots, toGmt7Iso } from "../../src/bench/corpus/schedule.ts";
import { countBodyWords } from "../../src/bench/corpus/text.ts";
import { writeCorpus } from "../../src/bench/corpus/write.ts";
import { slugify } from "../../src/slug.ts";

const CATEGORIES_FILE = new URL("../../content/_data/categories.yaml", import.meta.url);
const CATEGORIES = Object.keys(parseYaml(readFileSync(CATEGORIES_FILE, "utf8")) as object);
const KNOWN_FIELDS = new Set(["title", "category", "published", "updated", "author", "photo", "source", "image", "summary", "tags", "draft"]);
const ISO_GMT7 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/;
const IMAGE_REFERENCE = /!\[([^\]]*)\]\((\S+) "([^"]*)"\)/g;

const scratch = mkdtempSync(join(tmpdir(), "tintuc-corpus-"));
test.after(() => rmSync(scratch, { recursive: true, force: true }));

function splitArticle(text: string): { frontMatter: string; body: string } {
  assert.ok(text.startsWith("---\n"), "front matter opens the file");
  const end = text.indexOf("\n---\n", 4);
  assert.ok(end > 0, "front matter is closed");
  return { frontMatter: text.slice(4, end + 1), body: text.slice(end + 5).trim() };
}

/** Relative path → SHA-256 of every file under `dir`. */
function fileHashes(dir: string, hashes = new Map<string, string>(), root = dir): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) fileHashes(path, hashes, root);
    else hashes.set(relative(root, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
  }
  return hashes;
}

function credits(value: unknown): boolean {
  if (typeof value === "string") return value.length > 0;
  return Array.isArray(value) && value.length === 2 && value.every((name) => typeof name === "string" && name.length > 0);
}

// Generated once, checked by several tests below.
const SAMPLE_SIZE = 2000;
const sample: GeneratedArticle[] = [...generateCorpus({ count: SAMPLE_SIZE, seed: "sample", categories: CATEGORIES })];
const parsed = sample.map((article) => {
  const { frontMatter, body } = splitArticle(article.text);
  return { article, frontMatter, body, data: parseYaml(frontMatter) as Record<string, unknown> };
});

test("toGmt7Iso: instants shown in GMT+7, across midnight and the new year", () => {
  const cases: [number, string][] = [
    [Date.UTC(2019, 2, 4, 16, 45), "2019-03-04T23:45:00+07:00"],
    [Date.UTC(2019, 2, 4, 17, 0), "2019-03-05T00:00:00+07:00"],
    [Date.UTC(2023, 11, 31, 17, 5), "2024-01-01T00:05:00+07:00"],
    [Date.UTC(2024, 1, 29, 2, 9), "2024-02-29T09:09:00+07:00"],
  ];
  for (const [instant, expected] of cases) assert.is(toGmt7Iso(instant), expected);
});

test("yamlString: plain names stay plain, anything ambiguous is double-quoted", () => {
  const cases: [string, string][] = [
    ["Đăng Minh", "Đăng Minh"],
    ["trí tuệ nhân tạo", "trí tuệ nhân tạo"],
    ["KH&CN", '"KH&CN"'],
    ["yes", '"yes"'],
    ["5G", '"5G"'],
    ['Say "hi" \\ bye', '"Say \\"hi\\" \\\\ bye"'],
    ["a: b", '"a: b"'],
  ];
  for (const [value, expected] of cases) {
    assert.is(yamlString(value), expected, value);
    assert.is(parseYaml(`key: ${yamlString(value)}`).key, value, `round trip of ${value}`);
  }
});

test("mulberry32 and hashSeed are deterministic; 42 and \"42\" are the same seed", () => {
  const a = mulberry32(hashSeed(42));
  const b = mulberry32(hashSeed("42"));
  const drawsA = Array.from({ length: 5 }, a);
  assert.equal(drawsA, Array.from({ length: 5 }, b));
  assert.ok(drawsA.every((x) => x >= 0 && x < 1));
  assert.is.not(hashSeed("1"), hashSeed("2"));
});

test("corpusCounts: 0.5% drafts and scheduled, at least one of each from 20 articles", () => {
  const cases: [number, number][] = [[0, 0], [19, 0], [20, 1], [2000, 10], [100_000, 500]];
  for (const [count, expected] of cases) assert.equal(corpusCounts(count), { drafts: expected, scheduled: expected }, String(count));
});

test("corpusSlots: chronological, within the 20-year span, then 2099", () => {
  const slots = [...corpusSlots({ count: 5000, seed: "slots", until: "2026-06-30" })];
  assert.is(slots.length, 5000);
  const first = Date.UTC(2006, 6, 1) - 7 * 3600_000;
  const end = Date.UTC(2026, 6, 1) - 7 * 3600_000;
  for (const [i, slot] of slots.entries()) {
    assert.is(slot.index, i);
    if (i > 0) assert.ok(slot.published >= slots[i - 1]!.published, "in publication order");
    if (slot.scheduled) assert.ok(toGmt7Iso(slot.published).startsWith("2099-"));
    else assert.ok(slot.published >= first && slot.published < end, toGmt7Iso(slot.published));
  }
  const perYear = (year: number) => slots.filter((slot) => toGmt7Iso(slot.published).startsWith(`${year}-`)).length;
  assert.ok(perYear(2025) > 2 * perYear(2007), "recent years are denser");
});

test("same seed and count give byte-identical files, whatever the time zone", async () => {
  const savedTz = process.env.TZ;
  try {
    process.env.TZ = "Pacific/Kiritimati";
    await writeCorpus({ out: join(scratch, "a"), count: 300, seed: "same" });
    process.env.TZ = "America/Los_Angeles";
    await writeCorpus({ out: join(scratch, "b"), count: 300, seed: "same" });
  } finally {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  }
  const a = fileHashes(join(scratch, "a"));
  assert.is(a.size, 300 + 2 + 8);
  assert.equal(a, fileHashes(join(scratch, "b")));
});

test("a different seed gives a different corpus", async () => {
  const summary = await writeCorpus({ out: join(scratch, "c"), count: 300, seed: "other" });
  assert.is(summary.articles, 300);
  const same = fileHashes(join(scratch, "a"));
  const other = fileHashes(join(scratch, "c"));
  const shared = [...other].filter(([path, hash]) => path.startsWith("articles/") && same.get(path) === hash);
  assert.is(shared.length, 0);
});

test("writeCorpus refuses a folder that is not empty", async () => {
  try {
    await writeCorpus({ out: join(scratch, "a"), count: 1, seed: 1 });
    assert.unreachable("should have thrown");
  } catch (error) {
    assert.match(String(error), "not empty");
  }
});

test("every image an article references exists in the output, and _data is copied", () => {
  const out = join(scratch, "a");
  assert.is(readFileSync(join(out, "_data/categories.yaml"), "utf8"), readFileSync(CATEGORIES_FILE, "utf8"));
  assert.ok(existsSync(join(out, "_data/site.yaml")));
  let references = 0;
  for (const path of fileHashes(out).keys()) {
    if (!path.startsWith("articles/")) continue;
    const { frontMatter, body } = splitArticle(readFileSync(join(out, path), "utf8"));
    const image = (parseYaml(frontMatter) as { image?: { src: string } }).image;
    const sources = [...body.matchAll(IMAGE_REFERENCE)].map((match) => match[2]!);
    if (image) sources.push(image.src);
    for (const src of sources) {
      assert.ok(src.startsWith("/images/corpus/"), src);
      assert.ok(existsSync(join(out, src)), `${path} → ${src}`);
      references++;
    }
  }
  assert.ok(references >= 300, "every article has at least one photo");
});

test("front matter parses, follows the schema and agrees with the loader's reading", () => {
  for (const { article, frontMatter, data } of parsed) {
    const where = article.path;
    for (const key of Object.keys(data)) assert.ok(KNOWN_FIELDS.has(key), `${where}: unknown field ${key}`);
    assert.type(data.title, "string", where);
    assert.ok(CATEGORIES.includes(data.category as string), `${where}: category ${String(data.category)}`);
    assert.match(data.published as string, ISO_GMT7, where);
    assert.match(frontMatter, /^published: "[^"]+"$/m, `${where}: dates are quoted strings`);
    if ("updated" in data) {
      assert.match(data.updated as string, ISO_GMT7, where);
      assert.ok(Date.parse(data.updated as string) > Date.parse(data.published as string), `${where}: updated after published`);
    }
    if ("author" in data) assert.ok(credits(data.author), `${where}: author`);
    if ("photo" in data) assert.ok(credits(data.photo), `${where}: photo`);
    if ("source" in data) assert.type(data.source, "string", where);
    if ("summary" in data) assert.type(data.summary, "string", where);
    if ("draft" in data) assert.is(data.draft, true, where);
    if ("image" in data) {
      const image = data.image as Record<string, unknown>;
      assert.type(image.src, "string", where);
      assert.ok((image.alt as string).length > 0, `${where}: alt`);
      for (const key of Object.keys(image)) assert.ok(["src", "alt", "caption"].includes(key), `${where}: image.${key}`);
    }
    const tags = data.tags as string[];
    assert.ok(Array.isArray(tags) && tags.length >= 3 && tags.length <= 6, `${where}: tags`);
    assert.is(new Set(tags).size, tags.length, `${where}: distinct tags`);
    assert.ok(tags.every((tag) => typeof tag === "string" && tag.length > 0), where);
    const read = parseSourceFile(article.text);
    assert.equal(read.errors, [], where);
    assert.equal(read.data, data, `${where}: the loader reads the same data`);
  }
});

test("optional fields appear at roughly the intended rates", () => {
  const share = (predicate: (data: Record<string, unknown>) => boolean) => parsed.filter(({ data }) => predicate(data)).length / SAMPLE_SIZE;
  const between = (value: number, low: number, high: number, what: string) => assert.ok(value >= low && value <= high, `${what}: ${value}`);
  between(share((data) => "updated" in data), 0.15, 0.25, "updated");
  between(share((data) => "image" in data), 0.55, 0.65, "image");
  between(share((data) => "summary" in data), 0.45, 0.55, "summary");
  between(share((data) => "source" in data), 0.07, 0.13, "source");
  between(share((data) => Array.isArray(data.author)), 0.05, 0.12, "two authors");
  assert.is(share((data) => data.draft === true), 0.005);
  assert.is(share((data) => (data.published as string).startsWith("2099-")), 0.005);
  assert.ok(parsed.some(({ data }) => "photo" in data && JSON.stringify(data.photo) === JSON.stringify(data.author)), "photo often by the author");
  assert.ok(parsed.some(({ data }) => (data.title as string).includes('"')), "some titles need escaped quotes");
});

test("times of day cover the midnight edges in GMT+7", () => {
  const hours = new Set(parsed.map(({ data }) => (data.published as string).slice(11, 13)));
  for (const hour of ["23", "00", "09", "15"]) assert.ok(hours.has(hour), `some articles at ${hour}:xx`);
});

test("titles have 8–18 words; paths and URLs come from the slug and the GMT+7 date, and are unique", () => {
  const urls = new Set<string>();
  const paths = new Set<string>();
  for (const { article, data } of parsed) {
    const title = data.title as string;
    const words = title.split(/\s+/).length;
    assert.ok(words >= 8 && words <= 18, `${words} words: ${title}`);
    const slug = slugify(title);
    const published = data.published as string;
    const [yyyy, mm, dd] = [published.slice(0, 4), published.slice(5, 7), published.slice(8, 10)];
    assert.is(article.path, `articles/${yyyy}/${mm}/${slug}.md`);
    assert.is(article.url, `/${yyyy}/${mm}/${dd}/${slug}/`);
    urls.add(article.url);
    paths.add(article.path);
  }
  assert.is(urls.size, SAMPLE_SIZE);
  assert.is(paths.size, SAMPLE_SIZE);
});

test("bodies have 400–900 words, 2–4 subheadings and 1–2 captioned photos", () => {
  let lists = 0;
  for (const { article, body } of parsed) {
    const where = article.path;
    const words = countBodyWords(body);
    assert.is(article.words, words, where);
    assert.ok(words >= 400, `${where}: ${words} words`);
    const raw = body.split(/\s+/).length;
    assert.ok(raw <= 900, `${where}: ${raw} words counting markup`);
    const headings = body.match(/^## \S.*$/gm) ?? [];
    assert.ok(headings.length >= 2 && headings.length <= 4, `${where}: ${headings.length} headings`);
    const photos = [...body.matchAll(IMAGE_REFERENCE)];
    assert.ok(photos.length >= 1 && photos.length <= 2, `${where}: ${photos.length} photos`);
    for (const photo of photos) {
      assert.ok(photo[1]!.length > 0 && photo[3]!.length > 0, `${where}: alt and caption`);
      assert.ok(body.includes(`\n\n${photo[0]}`) || body.startsWith(photo[0]), `${where}: photo on its own paragraph`);
    }
    if (/^- /m.test(body)) lists++;
  }
  assert.ok(lists > SAMPLE_SIZE * 0.2 && lists < SAMPLE_SIZE * 0.4, `${lists} bodies with a list`);
});

test("text is Vietnamese with full diacritics, đ/Đ included", () => {
  const all = parsed.map(({ body }) => body).join("\n");
  for (const word of ["đổi mới", "Đảng ủy", "đại học", "khoa học", "Việt Nam"]) assert.ok(all.includes(word), word);
  assert.not.ok(/\uFFFD/.test(all), "no replacement characters");
  assert.is(all, all.normalize("NFC"), "NFC text");
});

test("tags follow a Zipf-like law and each slug has one spelling", () => {
  const counts = new Map<string, number>();
  const spellings = new Map<string, string>();
  for (const { data } of parsed) {
    for (const tag of data.tags as string[]) {
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      const slug = slugify(tag);
      assert.is(spellings.get(slug) ?? tag, tag, `slug ${slug}`);
      spellings.set(slug, tag);
    }
  }
  const sorted = [...counts.values()].sort((a, b) => b - a);
  assert.ok(counts.size > 200, `${counts.size} distinct tags`);
  assert.ok(sorted[0]! > 20 * sorted[Math.floor(sorted.length / 2)]!, "a few tags are far more common than the median");
});

test.run();
