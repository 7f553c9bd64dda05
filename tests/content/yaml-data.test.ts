import { test } from "uvu";
import * as assert from "uvu/assert";
import { isMap } from "yaml";
import { explainYamlError, parseYamlData } from "../../src/content/yaml-data.ts";
import { parseSourceFile } from "../../src/content/front-matter.ts";
import { writerMessages } from "../../src/writer-messages.ts";

test("a syntax error is a problem at its line, and there is no root", () => {
  const data = parseYamlData("a: 1\nb: [\n", "content/_data/x.yaml");
  assert.is(data.root, undefined);
  assert.is(data.problems.length > 0, true);
  assert.is(data.problems[0]!.file, "content/_data/x.yaml");
  assert.match(data.problems[0]!.message, /^YAML không đọc được: một danh sách mở bằng \[/);
  assert.match(parseYamlData("a: 1\nb: [\n", "x.yaml", "en").problems[0]!.message, /^YAML cannot read this: a list opened with \[/);
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

test("YAML's own reasons, from either parser, said the writer's way with the fix (issue 17)", () => {
  const vi = writerMessages.vi;
  const cases: [string, string][] = [
    ["title: A\ncategory: [khoa-hoc\n", vi.yamlUnclosedBracket],
    ["title: {a\n", vi.yamlUnclosedBracket],
    ['title: "A\n', vi.yamlUnclosedDouble],
    ["title: 'A\n", vi.yamlUnclosedSingle],
    ["title: A\n\tcategory: b\n", vi.yamlTab],
    ["image:\n  src: a\n alt: b\n", vi.yamlIndentation],
    ["title A\nb: c\n", vi.yamlMissingColon],
  ];
  for (const [yaml, expected] of cases) {
    assert.is(parseSourceFile(`---\n${yaml}---\n`).errors[0]?.message, expected, `front matter: ${JSON.stringify(yaml)}`);
    assert.is(parseYamlData(yaml, "x.yaml").problems[0]?.message, expected, `data file: ${JSON.stringify(yaml)}`);
  }
  assert.is(explainYamlError("something new"), 'YAML không đọc được (something new): thường do thiếu dấu ngoặc quanh một giá trị có dấu hai chấm, hoặc thụt lề sai');
  assert.is(explainYamlError("unexpected end of the stream within a flow collection", "en"), writerMessages.en.yamlUnclosedBracket);
});

test.run();
