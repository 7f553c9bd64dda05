import { test } from "uvu";
import * as assert from "uvu/assert";
import { isMap } from "yaml";
import { parseYamlData } from "../../src/content/yaml-data.ts";

test("a syntax error is a problem at its line, and there is no root", () => {
  const data = parseYamlData("a: 1\nb: [\n", "content/_data/x.yaml");
  assert.is(data.root, undefined);
  assert.is(data.problems.length > 0, true);
  assert.is(data.problems[0]!.file, "content/_data/x.yaml");
  assert.match(data.problems[0]!.message, /^YAML không đọc được \(/);
  assert.match(parseYamlData("a: 1\nb: [\n", "x.yaml", "en").problems[0]!.message, /^YAML cannot read this \(/);
  assert.is(typeof data.problems[0]!.line, "number");
});

test("an empty file and a file of just null have a null root and no problem", () => {
  for (const text of ["", "# nothing\n", "~\n"]) {
    const data = parseYamlData(text, "x.yaml");
    assert.is(data.root, null, JSON.stringify(text));
    assert.equal(data.problems, []);
  }
});

test("lineOf names the line a node starts on", () => {
  const data = parseYamlData("# c\npinned:\n  - /a/\n  - /b/\n", "x.yaml");
  assert.ok(isMap(data.root));
  const list = (data.root as { get(key: string, keepScalar: true): { items: unknown[] } }).get("pinned", true);
  assert.equal(list.items.map((item) => data.lineOf(item)), [3, 4]);
  assert.is(data.lineOf(undefined), undefined);
});

test.run();
