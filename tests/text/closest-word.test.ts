import { test } from "uvu";
import * as assert from "uvu/assert";
import { closestWord, editDistance } from "../../src/text/closest-word.ts";

const fields = ["title", "category", "published", "updated", "author", "photo", "summary", "tags"];

test("suggests the field a typo was meant to be", () => {
  const cases: [string, string | undefined][] = [
    ["catgory", "category"],
    ["tilte", "title"],
    ["publshed", "published"],
    ["Author", "author"],
    ["tag", "tags"],
    ["xyz", undefined],
    ["lead", undefined],
  ];
  for (const [typo, expected] of cases) assert.is(closestWord(typo, fields), expected, typo);
});

test("edit distance counts a swap of neighbours as one edit", () => {
  assert.is(editDistance("tilte", "title"), 1);
  assert.is(editDistance("kitten", "sitting"), 3);
  assert.is(editDistance("", "abc"), 3);
});

test.run();
