import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { JsonLinesStore, parseJsonLines } from "../../src/forms/store.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const tempFile = async (name = "submissions.jsonl"): Promise<string> => path.join(await mkdtemp(path.join(os.tmpdir(), "tintuc-store-")), "nested", name);

test("parseJsonLines: whole object lines only; an unfinished last line and broken lines are counted, never returned", () => {
  const table: [string, unknown[], number][] = [
    ["", [], 0],
    ['{"a":1}\n', [{ a: 1 }], 0],
    ['{"a":1}\n{"b":', [{ a: 1 }], 1],
    ['{"a":1}\n\n{"b":2}\n', [{ a: 1 }, { b: 2 }], 0],
    ['{"a":1}\n{"b":\n{"c":3}\n', [{ a: 1 }, { c: 3 }], 1],
    ['[1]\n"x"\n3\nnull\n{"d":4}\n', [{ d: 4 }], 4],
    ['{"a":1}', [], 1],
  ];
  for (const [text, records, skipped] of table) assert.equal(parseJsonLines(text), { records, skippedLines: skipped }, JSON.stringify(text));
});

test("append: one line per record, in order, Vietnamese and line breaks kept inside their line", async () => {
  const file = await tempFile();
  const store = new JsonLinesStore(file);
  const records = [{ kind: "comment", message: "Dòng một\nDòng hai “trích dẫn”" }, { kind: "poll", choice: "qua-google" }, { note: "\u2028 and \u2029" }];
  for (const record of records) await store.append(record);
  await store.close();
  const text = await readFile(file, "utf8");
  assert.is(text.split("\n").length, 4, "three lines and the final line break");
  assert.equal(await new JsonLinesStore(file).readAll(), { records, skippedLines: 0 });
});

test("a store whose file does not exist yet reads as empty", async () => {
  assert.equal(await new JsonLinesStore(await tempFile()).readAll(), { records: [], skippedLines: 0 });
});

test("after a crash cut a line short, the next record starts a line of its own: nothing whole is lost", async () => {
  const file = await tempFile();
  const first = new JsonLinesStore(file);
  await first.append({ n: 1 });
  await first.close();
  await writeFile(file, `${await readFile(file, "utf8")}{"n":2,"message":"cắt ngang`);
  const second = new JsonLinesStore(file);
  await second.append({ n: 3 });
  await second.append({ n: 4 });
  await second.close();
  assert.equal(await second.readAll(), { records: [{ n: 1 }, { n: 3 }, { n: 4 }], skippedLines: 1 });
});

test("many appends at once go out whole, each once (group commit), and each resolves only when on disk", async () => {
  const file = await tempFile();
  const store = new JsonLinesStore(file);
  const count = 500;
  await Promise.all(Array.from({ length: count }, (_, n) => store.append({ n, text: "Ý kiến ".repeat(n % 20) })));
  const { records, skippedLines } = await store.readAll();
  assert.is(skippedLines, 0);
  assert.equal((records as { n: number }[]).map((record) => record.n).sort((a, b) => a - b), Array.from({ length: count }, (_, n) => n));
  await store.close();
});

test("a store that cannot write rejects every append instead of hanging", async () => {
  // The store's folder would have to be inside a plain file.
  const blocker = await tempFile("a-file");
  await mkdir(path.dirname(blocker), { recursive: true });
  await writeFile(blocker, "");
  const store = new JsonLinesStore(path.join(blocker, "submissions.jsonl"));
  const results = await Promise.allSettled([store.append({ a: 1 }), store.append({ b: 2 })]);
  assert.equal(results.map((result) => result.status), ["rejected", "rejected"]);
  await assert.not.throws(() => store.close());
});

test("a writer killed at any moment leaves a file that reads: every line whole but at most the last", async () => {
  const file = await tempFile();
  const storeModule = pathToFileURL(path.join(PROJECT_DIR, "src", "forms", "store.ts")).href;
  const script = `
    import { JsonLinesStore } from ${JSON.stringify(storeModule)};
    const store = new JsonLinesStore(${JSON.stringify(file)});
    for (let n = 0; ; n++) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.append({ n: n * 20 + i, text: "x".repeat(2000) })));
      if (n === 2) process.stdout.write("writing\\n");
    }`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: PROJECT_DIR, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 150));
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));

  const before = await new JsonLinesStore(file).readAll();
  assert.ok(before.records.length >= 60, `${before.records.length} records`);
  assert.ok(before.skippedLines <= 1);
  const next = new JsonLinesStore(file);
  await next.append({ after: true });
  await next.close();
  const after = await next.readAll();
  assert.equal(after.records.slice(0, before.records.length), before.records);
  assert.equal(after.records.at(-1), { after: true });
});

test.run();
