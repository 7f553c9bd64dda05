/**
 * The snapshot of what each article file derived: an unchanged file is not derived again, a changed
 * one always is, and a damaged or foreign snapshot only costs time. Loading with it gives the same
 * archive as loading without it, cold or warm.
 */
import { cp, mkdtemp, readFile, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mulberry32 } from "../../src/bench/corpus/random.ts";
import { DERIVED_STORE_FILE, openDerivedStore, parseDerivation, serializeDerivation } from "../../src/content/derived-store.ts";
import { type DerivationContext, type FileDerivation, deriveFile } from "../../src/content/file-derivation.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { createMarkdown } from "../../src/content/markdown.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const FIXTURES = path.join(PROJECT_DIR, "tests", "fixtures");
const BUILD_TIME = DateTime.fromISO("2025-01-01T00:00:00+07:00");
const context: DerivationContext = {
  categoryKeys: ["khoa-hoc", "cong-nghe"],
  categories: [],
  extraFields: [],
  writerLanguage: "vi",
  markdown: createMarkdown(),
};
const ARTICLE = "---\ntitle: Tin khoa học\ncategory: khoa-hoc\npublished: 2024-01-27 22:01\n---\nThân bài.\n";

/** A folder with one article file, and a store that counts the derivations it makes. */
async function oneFile(text = ARTICLE) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-derived-"));
  const file = path.join(dir, "a.md");
  await writeFile(file, text);
  await utimes(file, new Date("2024-01-01"), new Date("2024-01-01"));
  const cacheDir = path.join(dir, "cache");
  let derived = 0;
  const derive = (bytes: Buffer): FileDerivation => {
    derived++;
    return deriveFile(bytes, "a.md", context);
  };
  /** Each load a minute later: the racy rule's second has passed since the last one read the file. */
  let minutes = 0;
  const load = (key = "k") => {
    const store = openDerivedStore(cacheDir, key, () => Date.now() + ++minutes * 60_000);
    const derivation = store.derivationOf(file, "a.md", derive);
    store.save();
    return { derivation, counts: store.counts };
  };
  return { dir, file, cacheDir, load, derivedCount: () => derived };
}

test("an unchanged file is derived once; the next load takes it from the snapshot without reading it", async () => {
  const { load, derivedCount } = await oneFile();
  const first = load();
  assert.is(derivedCount(), 1);
  const second = load();
  assert.is(derivedCount(), 1, "not derived again");
  assert.equal(second.counts, { files: 1, hashed: 0, derived: 0 }, "not even read: the stat pass found it unchanged");
  assert.equal(serializeDerivation(second.derivation), serializeDerivation(first.derivation));
  assert.is(second.derivation.article!.ofFile.title, "Tin khoa học");
});

test("a file touched but not changed is hashed, not derived; a changed one is derived again, even when its size and time are put back", async () => {
  const { file, load, derivedCount } = await oneFile();
  load();
  await utimes(file, new Date("2024-02-01"), new Date("2024-02-01"));
  assert.equal(load().counts, { files: 1, hashed: 1, derived: 0 }, "same bytes: no parse");
  const before = statSync(file);
  // Same length, same modification time: only the change time (and the bytes) say it changed.
  await writeFile(file, ARTICLE.replace("Thân bài.", "Thân bàI."));
  await utimes(file, before.atime, before.mtime);
  const changed = load();
  assert.is(derivedCount(), 2);
  assert.is(changed.derivation.article!.ofFile.body, "Thân bàI.\n");
});

test("a file with an error is not kept: it is derived at every load until mended, then kept", async () => {
  const { file, load, derivedCount } = await oneFile(ARTICLE.replace("category: khoa-hoc", "category: Khoa học"));
  assert.ok(load().derivation.problems.some((problem) => problem.severity === "error"));
  load();
  assert.is(derivedCount(), 2, "derived again: its message may name categories the key leaves out");
  await writeFile(file, ARTICLE);
  load();
  load();
  assert.is(derivedCount(), 3, "mended: derived once, then kept");
});

test("a file written within a second of being read is read again next time: its time may not have moved", async () => {
  const { dir } = await oneFile();
  const file = path.join(dir, "b.md");
  await writeFile(file, ARTICLE);
  const load = () => {
    const store = openDerivedStore(path.join(dir, "cache"), "k", () => statSync(file).mtimeMs + 500);
    store.derivationOf(file, "b.md", (bytes) => deriveFile(bytes, "b.md", context));
    store.save();
    return store.counts;
  };
  load();
  assert.equal(load(), { files: 1, hashed: 1, derived: 0 });
});

test("a snapshot garbled, cut short, emptied or made under another key is ignored: the file is derived again, the same", async () => {
  const { cacheDir, load, derivedCount } = await oneFile();
  const reference = serializeDerivation(load().derivation);
  const snapshot = path.join(cacheDir, DERIVED_STORE_FILE);
  const bytes = await readFile(snapshot);
  const garbled = Buffer.from(bytes);
  const at = Math.floor(bytes.length * 0.7);
  garbled[at] = garbled[at]! ^ 0x20;
  const damaged = [garbled, bytes.subarray(0, Math.floor(bytes.length / 2)), Buffer.alloc(0), Buffer.from("\n\n"), Buffer.from("{}\n[1,2]\tx")];
  for (const [index, damage] of damaged.entries()) {
    await writeFile(snapshot, damage);
    assert.is(serializeDerivation(load().derivation), reference);
    assert.is(derivedCount(), index + 2, `damage ${index}: derived again`);
  }
  load("another code");
  assert.is(derivedCount(), damaged.length + 2, "another key: derived again");
});

test("an article's dates come back from the snapshot as the same dates, in the newsroom's zone", async () => {
  for (const name of ["dinh-chinh.md", "da-go.md"]) {
    const bytes = await readFile(path.join(FIXTURES, "permanence-site", "articles", "2024", "02", name));
    const derivation = deriveFile(bytes, name, context);
    const json = serializeDerivation(derivation);
    const back = parseDerivation(json);
    assert.is(serializeDerivation(back), json);
    // Every date is a DateTime again, the same instant in the same zone: none is left as JSON or as text.
    const visit = (original: unknown, revived: unknown, at: string): void => {
      if (DateTime.isDateTime(original)) {
        assert.ok(DateTime.isDateTime(revived), `${at} is a date again`);
        assert.ok((revived as DateTime).equals(original), at);
        assert.is((revived as DateTime).zone.name, "UTC+7", at);
        return;
      }
      if (original === null || typeof original !== "object") return;
      for (const [key, inner] of Object.entries(original)) visit(inner, (revived as Record<string, unknown>)[key], `${at}.${key}`);
    };
    visit(derivation, back, name);
    const article = back.article!.ofFile;
    assert.ok(article.corrections.length > 0 || article.withdrawn !== undefined, `${name} has a correction or a withdrawal`);
  }
});

test("every fixture site loads the same without the snapshot, with it cold, and with it warm", async () => {
  for (const site of await readdir(FIXTURES)) {
    const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-derived-"));
    const contentDir = path.join(root, "content");
    await cp(path.join(FIXTURES, site), contentDir, { recursive: true });
    const load = (cache?: { dir: string; code: string }) => loadContent({ contentDir, projectDir: root, buildTime: BUILD_TIME, env: {}, cache });
    const shown = async (cache?: { dir: string; code: string }) => {
      const content = await load(cache);
      return JSON.stringify({ articles: content.articles, problems: content.problems, applied: content.published.applied, pinned: content.pinned });
    };
    const cache = { dir: path.join(root, "cache"), code: "test" };
    const plain = await shown();
    assert.is(await shown(cache), plain, `${site}: cold`);
    assert.is(await shown(cache), plain, `${site}: warm`);
  }
});

test("random edits, as fast as a script makes them: after each, loading with the snapshot gives what loading without it gives", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-derived-"));
  const contentDir = path.join(root, "content");
  await cp(path.join(FIXTURES, "site"), contentDir, { recursive: true });
  const articlesDir = path.join(contentDir, "articles");
  const categoriesFile = path.join(contentDir, "_data", "categories.yaml");
  const random = mulberry32(19);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const articleFiles = async (): Promise<string[]> => (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith(".md")).sort().map((file) => path.join(articlesDir, file));
  let added = 0;
  const edits: Record<string, (file: string) => Promise<void>> = {
    // Same length, written within milliseconds of the last load: only the bytes say it changed.
    "a letter of the body": async (file) => {
      const text = await readFile(file, "utf8");
      const at = text.lastIndexOf("a");
      if (at > text.indexOf("\n---", 3)) await writeFile(file, `${text.slice(0, at)}e${text.slice(at + 1)}`);
    },
    "the headline": async (file) => writeFile(file, (await readFile(file, "utf8")).replace(/^title: ?(.*)$/m, (_line, title: string) => `title: ${title.replace(/^"|"$/g, "")} mới`)),
    "a wrong category": async (file) => writeFile(file, (await readFile(file, "utf8")).replace(/^category: .*$/m, "category: khong-co")),
    "a category back": async (file) => writeFile(file, (await readFile(file, "utf8")).replace(/^category: .*$/m, "category: khoa-hoc")),
    "the same bytes again": async (file) => writeFile(file, await readFile(file)),
    "its times moved": async (file) => utimes(file, new Date(), new Date(Date.now() - 3_600_000)),
    deleted: async (file) => rm(file),
    "a new article": async () => {
      const day = 1 + Math.floor(random() * 28);
      const related = pick(await articleFiles()).slice(contentDir.length + 1).split(path.sep).join("/");
      const text = `---\ntitle: Tin thêm số ${++added}\ncategory: ${pick(["khoa-hoc", "cong-nghe", "moi-truong"])}\npublished: 2024-02-${String(day).padStart(2, "0")} 08:00\nrelated: [${related}]\n---\nĐoạn đầu ${added}.\n`;
      await writeFile(path.join(articlesDir, "2024", "01", `them-${added}.md`), text);
    },
    "a new category": async () => writeFile(categoriesFile, `${await readFile(categoriesFile, "utf8")}${random() < 0.5 ? "moi-truong:\n  name: Môi trường\n" : ""}`),
  };
  const cache = { dir: path.join(root, "cache"), code: "test" };
  const shown = async (withCache: boolean) => {
    const content = await loadContent({ contentDir, projectDir: root, buildTime: BUILD_TIME, env: {}, cache: withCache ? cache : undefined });
    return JSON.stringify({ articles: content.articles, problems: content.problems, applied: content.published.applied, pinned: content.pinned });
  };
  await shown(true);
  for (let round = 0; round < 40; round++) {
    const files = await articleFiles();
    const edit = files.length > 2 ? pick(Object.keys(edits)) : "a new article";
    await edits[edit]!(pick(files));
    assert.is(await shown(true), await shown(false), `round ${round}: ${edit}`);
  }
});

test.run();
