/**
 * A rebuild recomputes what changed and reuses the rest (issue 19): the page keys it takes from the
 * last build's record (src/pipeline/page-keys.ts) and the related lists it keeps
 * (src/pages/related-memo.ts) must be those a full computation without any cache gives. A property
 * test: random edits (body, headline, date, category, tags, a new article, a deleted one, a damaged
 * record) on a small generated archive, each followed by both computations.
 */
import { mkdtemp, readFile, readdir, rm, truncate, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writeCorpus } from "../../src/bench/corpus/write.ts";
import { planPageCache, rendererFingerprint } from "../../src/pipeline/page-cache.ts";
import { PAGE_KEYS_FILE } from "../../src/pipeline/page-keys.ts";
import { RELATED_LISTS_FILE } from "../../src/pipeline/related-record.ts";
import { loadSitePages } from "../../src/pipeline/run-build.ts";
import { readSettings } from "../../src/settings.ts";

/** A small seeded generator (mulberry32): the same edits on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const settings = readSettings({ SOURCE_DATE_EPOCH: "1790000000" });
const TAGS = ["khoa học", "công nghệ", "đổi mới sáng tạo", "tế bào gốc", "vũ trụ", "năng lượng", "khởi nghiệp", "y tế"];

const frontMatterLine = (text: string, field: string): RegExp => new RegExp(`^${field}: .*$`, "m");

test("after each of many random edits, the kept keys and related lists give the page keys of a full computation", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-inputs-"));
  try {
    const content = path.join(root, "content");
    await writeCorpus({ out: content, count: 40, seed: "page-inputs" });
    const categories = [...(await readFile(path.join(content, "_data", "categories.yaml"), "utf8")).matchAll(/^([a-z-]+):$/gm)].map((match) => match[1]!);
    const code = await rendererFingerprint();
    const cacheDir = path.join(root, "cache");
    const pick = random(19);
    const choose = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
    const articleFiles = async (): Promise<string[]> =>
      (await readdir(path.join(content, "articles"), { recursive: true })).filter((file) => file.endsWith(".md")).sort().map((file) => path.join(content, "articles", file));
    const edit = async (file: string, change: (text: string) => string): Promise<void> => writeFile(file, change(await readFile(file, "utf8")));

    const edits: Record<string, () => Promise<void>> = {
      body: async () => edit(choose(await articleFiles()), (text) => `${text}\nMột câu mới số ${Math.floor(pick() * 1000)}.\n`),
      // A new headline at the same URL (a slug given), as a correction is made: the lists that link to it change, not their URLs.
      headline: async () => {
        const file = choose(await articleFiles());
        await edit(file, (text) => {
          const slug = /^slug: .*$/m.test(text) ? "" : `\nslug: ${path.basename(file, ".md")}`;
          return text.replace(frontMatterLine(text, "title"), `title: "Tin sửa tiêu đề ${Math.floor(pick() * 1000)} về tế bào gốc và vũ trụ"${slug}`);
        });
      },
      date: async () =>
        edit(choose(await articleFiles()), (text) =>
          text.replace(frontMatterLine(text, "published"), `published: "20${10 + Math.floor(pick() * 14)}-0${1 + Math.floor(pick() * 9)}-1${Math.floor(pick() * 9)}T08:00:00+07:00"`),
        ),
      category: async () => edit(choose(await articleFiles()), (text) => text.replace(frontMatterLine(text, "category"), `category: ${choose(categories)}`)),
      tags: async () =>
        edit(choose(await articleFiles()), (text) => {
          const tags = TAGS.filter(() => pick() < 0.3);
          const without = text.replace(/^tags: .*\n/m, "");
          return without.replace(frontMatterLine(without, "category"), (line) => `${line}\ntags: [${tags.join(", ")}]`);
        }),
      newArticle: async () => {
        const source = await readFile(choose(await articleFiles()), "utf8");
        const number = Math.floor(pick() * 100000);
        const text = source.replace(frontMatterLine(source, "title"), `title: "Bài mới ${number} về công nghệ vũ trụ"`);
        await writeFile(path.join(content, "articles", `bai-moi-${number}.md`), text);
      },
      deleteArticle: async () => unlink(choose(await articleFiles())),
      damagedRecord: async () => {
        const file = path.join(cacheDir, choose([PAGE_KEYS_FILE, RELATED_LISTS_FILE]));
        const size = (await readFile(file)).length;
        if (pick() < 0.5) await truncate(file, Math.floor(size / 2));
        else await edit(file, (text) => text.replace(/[0-9a-f]{40}/g, (hash) => [...hash].reverse().join("")));
      },
    };

    const incremental = async () => {
      const pages = await loadSitePages({ contentDir: content, settings, derivationCache: { dir: cacheDir, code } });
      const plan = await planPageCache(pages, cacheDir, code);
      return { keys: plan.pageKeys, reused: plan.reusedKeyCount, articles: pages.byKind.article.length };
    };
    const full = async (step: number) => {
      const pages = await loadSitePages({ contentDir: content, settings });
      return (await planPageCache(pages, path.join(root, `fresh-${step}`), code)).pageKeys;
    };

    const first = await incremental();
    assert.is(first.reused, 0, "the first build has no record");
    const again = await incremental();
    assert.is(again.reused, again.articles, "nothing changed: every article page's key is kept");
    await edits.body!();
    const afterBody = await incremental();
    assert.is(afterBody.reused, afterBody.articles - 1, "one body changed: every other article page's key is kept");
    assert.equal(afterBody.keys, await full(0));

    const kinds = Object.keys(edits);
    const seen = new Set<string>();
    for (let step = 1; step <= 24; step++) {
      const kind = step <= kinds.length ? kinds[step - 1]! : choose(kinds);
      seen.add(kind);
      await edits[kind]!();
      const warm = await incremental();
      const cold = await full(step);
      const differing = [...new Set([...warm.keys.keys(), ...cold.keys()])].filter((outputPath) => warm.keys.get(outputPath) !== cold.get(outputPath));
      assert.equal(differing, [], `step ${step} (${kind}): pages whose kept key differs from a full computation`);
      assert.ok(kind === "damagedRecord" || warm.reused > 0, `step ${step} (${kind}): keys are kept`);
      await rm(path.join(root, `fresh-${step}`), { recursive: true, force: true });
    }
    assert.equal(seen.size, kinds.length, "every kind of edit was tried");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test.run();
