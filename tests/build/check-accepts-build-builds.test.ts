/**
 * The property of issue 15: `npm run check` never crashes, and whatever it accepts, the real build
 * builds, leaving no scratch folder behind. Articles are generated with fast-check: Vietnamese and
 * random text, control characters (raw and as YAML escapes), long strings, odd dates and offsets,
 * odd photo paths, numbers where text goes, every kind of line ending, other encodings.
 *
 * The seed is fixed, so CI is deterministic; it is printed, and TINTUC_PROPERTY_SEED picks another
 * (TINTUC_PROPERTY_RUNS scales the runs). Builds cost seconds each, so the build property runs few.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runBuild } from "../../src/pipeline/run-build.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { readSettings } from "../../src/settings.ts";
import { ContentError, type Problem, formatProblem, hasErrors } from "../../src/problems.ts";
import { DEFAULT_LANGUAGE } from "../../src/language.ts";
import { FIXTURE_EPOCH, FIXTURE_SITE } from "../support/build-site.ts";

const SEED = Number(process.env.TINTUC_PROPERTY_SEED ?? 20260115);
const RUNS = Number(process.env.TINTUC_PROPERTY_RUNS ?? 1);
console.log(`property seed: ${SEED} (TINTUC_PROPERTY_SEED=${SEED} repeats this run)`);

// ---------------------------------------------------------------- generators

const VIETNAMESE = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƯƠ "];
const ODD = ["\u000b", "\u0000", "\u000c", "\u001f", "\t", "\ufffe", "#", ":", "'", '"', "%", "&", "<", "\\", "\u2028", "🙂", "\u0301", "---"];
const character = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...VIETNAMESE) }, { weight: 1, arbitrary: fc.constantFrom(...ODD) });
const vietnameseText = fc.string({ unit: fc.constantFrom(...VIETNAMESE), minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "");
const oddText = fc.oneof(
  { weight: 4, arbitrary: vietnameseText },
  { weight: 2, arbitrary: fc.string({ unit: character, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...VIETNAMESE), minLength: 200, maxLength: 3000 }) },
);
const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const date = fc.oneof(
  { weight: 4, arbitrary: fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }) },
  { weight: 1, arbitrary: fc.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) }) },
).map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const offset = fc.oneof(
  fc.constantFrom("", "Z", "+07:00", "+14:00", "-12:00", "+05:45"),
  fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
);
const timestamp = fc.oneof(
  { weight: 2, arbitrary: date },
  { weight: 3, arbitrary: fc.tuple(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), offset).map(([d, h, m, o]) => `${d}T${pad(h, 2)}:${pad(m, 2)}${o}`) },
  { weight: 1, arbitrary: fc.oneof(fc.constant("hôm qua"), fc.constant("27/01/2024"), fc.integer().map(String)) },
);
const imagePath = fc.oneof(
  fc.constantFrom("/images/hoi-nghi.jpg", "/images/100%.jpg", "/images/a%20b.jpg", "/images", "/images/", "/images/../../etc/passwd", "/%2e%2e/%2e%2e/x.jpg", "/images/%zz.jpg"),
  fc.array(fc.constantFrom("images", "..", "%2e%2e", ".", "hoi-nghi.jpg", "100%.jpg", "%", "ảnh.jpg", ""), { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join("/")}`),
);
/** A YAML value as a writer might type it: plain, quoted, or something YAML reads as a number. */
const yamlValue = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: text.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: text },
    { weight: 1, arbitrary: fc.constantFrom("1.5e3", ".nan", "true", "0x1F", "null", "[]", "{}") },
  );
const body = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: oddText },
    { weight: 1, arbitrary: imagePath.map((src) => `![Ảnh](${src})`) },
    { weight: 1, arbitrary: fc.constantFrom("## Tiêu đề phụ", "- một\n- hai", "{{ site }}", "{% raw %}", "<script>alert(1)</script>", "---js") },
  ),
  { maxLength: 6 },
).map((paragraphs) => paragraphs.join("\n\n"));

interface GeneratedArticle {
  name: string;
  fields: [string, string][];
  body: string;
  lineEnding: string;
  encoding: "utf8" | "utf16le" | "latin1";
  opening: string;
}

/**
 * Wild articles are mostly wrong (for the check property); plausible ones are mostly right, with
 * the odd text, dates and paths that check accepts (for the build property, which needs inputs that pass).
 */
function articleOf(kind: "wild" | "plausible"): fc.Arbitrary<GeneratedArticle> {
  const wild = kind === "wild";
  const text = wild ? oddText : fc.oneof(vietnameseText, fc.string({ unit: fc.constantFrom(...VIETNAMESE, "#", ":", "'", '"', "%", "&", "<", "\\", "🙂", "\u0301", "\u2028"), minLength: 1, maxLength: 300 }));
  const wildOnly = (arbitrary: fc.Arbitrary<[string, string] | null>): fc.Arbitrary<[string, string] | null> => (wild ? arbitrary : fc.constant(null));
  const field = (name: string, value: fc.Arbitrary<string>, freq: number): fc.Arbitrary<[string, string] | null> =>
    fc.option(value.map((v) => [name, v] as [string, string]), { freq });
  return fc.record({
    name: fc.string({ unit: fc.constantFrom(..."abcdefgh-"), minLength: 1, maxLength: 12 }),
    fields: fc.tuple(
      (wild ? yamlValue(text) : text.map((v) => JSON.stringify(v))).map((v) => ["title", v] as [string, string]),
      (wild ? fc.constantFrom("khoa-hoc", "khoa-hoc", "Khoa học", "1") : fc.constantFrom("khoa-hoc", "cong-nghe")).map((v) => ["category", v] as [string, string]),
      fc.tuple(wild ? timestamp : plausibleTimestamp, fc.boolean()).map(([v, quoted]) => ["published", quoted ? JSON.stringify(v) : v] as [string, string]),
      field("updated", (wild ? timestamp : fc.constant("9999-12-31T12:00+07:00")).map((v) => JSON.stringify(v)), 4),
      field("author", wild ? yamlValue(vietnameseText) : vietnameseText.map((v) => JSON.stringify(v)), 2),
      field("image", fc.tuple(wild ? imagePath : fc.constantFrom("/images/hoi-nghi.jpg", "/images/100%.jpg", "/images/100%25.jpg", "https://example.org/a b.jpg"), wild ? yamlValue(text) : text.map((v) => JSON.stringify(v)))
        .map(([src, alt]) => `\n  src: ${JSON.stringify(src)}\n  alt: ${alt}`), 2),
      field("summary", wild ? yamlValue(text) : text.map((v) => JSON.stringify(v)), 3),
      field("tags", fc.array(wild ? yamlValue(vietnameseText) : vietnameseText.map((v) => JSON.stringify(v)), { maxLength: 4 }).map((tags) => `[${tags.join(", ")}]`), 2),
      field("slug", wild ? fc.oneof(fc.string({ unit: fc.constantFrom(..."abc-1"), minLength: 1, maxLength: 20 }), fc.constant(`${"tin-".repeat(60)}x`)) : fc.constantFrom("tin-mot", `${"tin-".repeat(29)}x`), 4),
      // Fields whose values name other articles, languages and videos: wild values only where the check alone reads them.
      wildOnly(field("related", fc.constantFrom("/2024/01/27/x/", "[a.md, /%zz/, 1]", "articles/../../x.md", "{}"), 3)),
      wildOnly(field("translation", fc.constantFrom("/en/2024/01/27/x/", "1e3", "a.md"), 3)),
      wildOnly(field("lang", fc.constantFrom("en", "vi", "fr", "1"), 3)),
      wildOnly(field("draft", fc.constantFrom("true", "false", "yes", '"true"'), 3)),
      wildOnly(field("video", fc.constantFrom("\n  youtube: dQw4w9WgXcQ\n  poster: /images/100%.jpg\n  duration: 3:25", "\n  file: /videos/../x.mp4\n  poster: /%2e%2e/x.jpg", "\n  vimeo: 1e3", "x"), 3)),
    ).map((fields) => fields.filter((entry): entry is [string, string] => entry !== null)),
    body: wild ? body : plausibleBody,
    lineEnding: fc.constantFrom("\n", "\n", "\n", "\r\n", "\r"),
    encoding: wild ? fc.constantFrom<GeneratedArticle["encoding"]>("utf8", "utf8", "utf8", "utf8", "utf8", "utf8", "utf16le", "latin1") : fc.constant("utf8" as const),
    opening: wild ? fc.constantFrom("---", "---", "---", "---", "---yaml", "---js", "---json", "---toml") : fc.constantFrom("---", "---yaml", "---  "),
  });
}

/** Dates check accepts, at the edges: years 1000 and 9999, offsets -12:00 and +14:00. */
const plausibleTimestamp = fc.oneof(
  fc.tuple(fc.integer({ min: 1000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom("", "Z", "+07:00", "+14:00", "-12:00", "+05:45")).map(([y, h, o]) => `${y}-06-15T${pad(h, 2)}:30${o}`),
  fc.constantFrom("1000-01-01T12:00", "9999-12-31T12:00", "2024-01-27 22:01"),
);
const plausibleBody = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...VIETNAMESE, "#", "*", "_", "`", "<", "&", "%", "\t", "🙂", "\u2028"), maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom("/images/hoi-nghi.jpg", "/images/100%.jpg", "/images/100%25.jpg", "https://example.org/x.jpg").map((src) => `![Ảnh](${src})`) },
    { weight: 1, arbitrary: fc.constantFrom("## Tiêu đề phụ", "- một\n- hai", "{{ site }}", "{% raw %}", "<script>alert(1)</script>", "---js", "| a | b |\n|---|---|\n| 1 | 2 |") },
  ),
  { maxLength: 6 },
).map((paragraphs) => paragraphs.join("\n\n"));

function fileOf(generated: GeneratedArticle): Buffer {
  const text = [generated.opening, ...generated.fields.map(([key, value]) => `${key}: ${value}`), "---", generated.body, ""].join("\n");
  return Buffer.from(text.replace(/\n/g, generated.lineEnding), generated.encoding);
}

// ---------------------------------------------------------------- the properties

const settings = readSettings({ SOURCE_DATE_EPOCH: FIXTURE_EPOCH });
const work = await mkdtemp(path.join(os.tmpdir(), "tintuc-property-"));
/** The builds' temporary folder: a scratch folder left behind shows here. */
const tmpDir = path.join(work, "tmp");
await mkdir(tmpDir);

async function contentWith(articles: readonly GeneratedArticle[]): Promise<string> {
  const contentDir = await mkdtemp(path.join(work, "content-"));
  await cp(path.join(FIXTURE_SITE, "_data"), path.join(contentDir, "_data"), { recursive: true });
  await cp(path.join(FIXTURE_SITE, "images"), path.join(contentDir, "images"), { recursive: true });
  await writeFile(path.join(contentDir, "images", "100%.jpg"), "không phải ảnh");
  await mkdir(path.join(contentDir, "articles"));
  const names = new Set<string>();
  for (const generated of articles) {
    if (names.has(generated.name)) continue;
    names.add(generated.name);
    await writeFile(path.join(contentDir, "articles", `${generated.name}.md`), fileOf(generated));
  }
  return contentDir;
}

const check = (contentDir: string) => loadContent({ contentDir, projectDir: work, buildTime: settings.now(), env: {} });

/** XML 1.0's Char production: fast-xml-parser's validator does not check characters. */
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function assertWellFormedXml(xml: string, what: string): void {
  assert.is(XMLValidator.validate(xml), true, what);
  assert.not.match(xml, NOT_XML_CHARACTER, `${what}: a character XML cannot carry`);
}

function assertWriterMessages(problems: Awaited<ReturnType<typeof check>>["problems"]): void {
  for (const problem of problems) {
    const line = formatProblem(problem, DEFAULT_LANGUAGE);
    assert.ok(problem.file.length > 0, line);
    assert.not.match(line, /\n\s+at |TypeError|RangeError|URIError|undefined|\[object /, `a message fit for a writer: ${line}`);
  }
}

test("check never crashes, and speaks in path:line: field: message (many generated articles)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(articleOf("wild"), articleOf("plausible")), { minLength: 1, maxLength: 4 }), async (articles) => {
      const contentDir = await contentWith(articles);
      const archive = await check(contentDir);
      assertWriterMessages(archive.problems);
      await rm(contentDir, { recursive: true, force: true });
    }),
    { seed: SEED, numRuns: 60 * RUNS },
  );
});

test("whatever check accepts, the real build builds, leaving no scratch folder behind", async () => {
  let built = 0;
  const previousTmpDir = process.env.TMPDIR;
  process.env.TMPDIR = tmpDir;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(articleOf("plausible"), { minLength: 1, maxLength: 3 }), async (articles) => {
        const contentDir = await contentWith(articles);
        const archive = await check(contentDir);
        if (process.env.TINTUC_PROPERTY_DEBUG) console.log(archive.problems.filter((p: Problem) => p.severity === "error").map((problem) => formatProblem(problem, DEFAULT_LANGUAGE)).join("\n"));
        fc.pre(!hasErrors(archive.problems));
        const outputDir = path.join(work, `site-${built}`);
        try {
          await runBuild({ contentDir, outputDir, settings, cacheDir: path.join(work, `cache-${built}`) });
        } catch (error) {
          // A ContentError would be check and build disagreeing; anything else, a crash.
          const what = error instanceof ContentError ? "build refused what check accepted" : "build crashed";
          throw new Error(`${what}:\n${articles.map((a) => fileOf(a).toString(a.encoding)).join("\n=====\n")}\n${String((error as Error).stack)}`);
        }
        built++;
        for (const feed of ["feed.xml", "category/khoa-hoc/feed.xml"]) {
          const xml = await readFile(path.join(outputDir, feed), "utf8").catch(() => "");
          if (xml) assertWellFormedXml(xml, feed);
        }
        assert.equal((await readdir(tmpDir)).filter((name) => name.startsWith("tintuc-")), [], "no scratch folder left");
        await rm(outputDir, { recursive: true, force: true });
      }),
      // Few: each build takes seconds; check-passing inputs are a share of the generated ones.
      { seed: SEED, numRuns: 4 * RUNS, maxSkipsPerRun: 40 },
    );
  } finally {
    if (previousTmpDir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpDir;
  }
  assert.ok(built >= 4 * RUNS, `${built} builds`);
});

test.after(async () => {
  await rm(work, { recursive: true, force: true });
});

test.run();
