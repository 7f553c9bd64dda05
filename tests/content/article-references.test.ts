import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleReferenceIndex, resolveArticleReference } from "../../src/content/article-references.ts";


const target = { url: "/2024/01/27/ech-cay/", sourcePath: "content/articles/2024/01/ech-cay.md" };
const fixtureTarget = { url: "/2024/01/27/dang-bo/", sourcePath: "tests/fixtures/site/articles/2024/01/dang-bo.md" };
const referenceIndex = articleReferenceIndex([target, fixtureTarget]);

const referenceCases: [string, string | undefined][] = [
  ["/2024/01/27/ech-cay/", target.url],
  ["/2024/01/27/ech-cay", target.url],
  ["2024/01/27/ech-cay/", target.url],
  ["https://khoahoc.example.vn/2024/01/27/ech-cay/", target.url],
  ["https://khoahoc.example.vn/2024/01/27/ech-cay", target.url],
  ["https://khoahoc.example.vn/tintuc/2024/01/27/ech-cay/?utm_source=x#binh-luan", target.url],
  ["  /2024/01/27/ech-cay/  ", target.url],
  ["content/articles/2024/01/ech-cay.md", target.url],
  ["articles/2024/01/ech-cay.md", target.url],
  ["2024/01/ech-cay.md", target.url],
  ["./content/articles/2024/01/ech-cay.md", target.url],
  ["/content/articles/2024/01/ech-cay.md", target.url],
  ["content\\articles\\2024\\01\\ech-cay.md", target.url],
  ["content/articles/2024/01/dang-bo.md", fixtureTarget.url],
  ["2024/01/dang-bo.md", fixtureTarget.url],
  ["/2024/01/28/ech-cay/", undefined],
  ["2024/02/ech-cay.md", undefined],
  ["content/articles/2024/01/khong-co.md", undefined],
  ["https://", undefined],
  ["", undefined],
];

test("resolveArticleReference: URLs and content paths of an article (related:, translation:)", () => {
  for (const [reference, expected] of referenceCases) assert.is(resolveArticleReference(reference, referenceIndex), expected, reference);
});

test.run();
