import { test } from "uvu";
import * as assert from "uvu/assert";
import { ContentError, type Problem, formatProblem, hasErrors, sortProblems } from "../src/problems.ts";

const error = (file: string, line: number | undefined, field: string | undefined, message: string): Problem => ({ severity: "error", file, line, field, message });

test("formatProblem: path:line: field: message, each part only when known; warnings say so", () => {
  const table: [Problem, string][] = [
    [error("content/articles/2024/01/a.md", 3, "title", "thiếu tiêu đề"), "content/articles/2024/01/a.md:3: title: thiếu tiêu đề"],
    [error("content/_data/site.yaml", undefined, "url", "is required"), "content/_data/site.yaml: url: is required"],
    [error("content/articles/b.md", 1, undefined, "not UTF-8"), "content/articles/b.md:1: not UTF-8"],
    [{ ...error("content/articles/c.md", 7, "catgory", "unknown field"), severity: "warning" }, "content/articles/c.md:7: catgory: unknown field (warning)"],
  ];
  for (const [problem, expected] of table) assert.is(formatProblem(problem, "en"), expected);
});

test("formatProblem: a warning marked in the language the caller gives, which it must give (issue 17)", () => {
  const warning: Problem = { severity: "warning", file: "content/articles/a.md", line: 4, field: "published", message: "hẹn xa" };
  assert.is(formatProblem(warning, "vi"), "content/articles/a.md:4: published: hẹn xa (cảnh báo)");
  assert.is(formatProblem(warning, "en"), "content/articles/a.md:4: published: hẹn xa (warning)");
  // A caller that forgets its language does not type-check (tsc -p . reads the tests): it would label
  // the Vietnamese a writer reads by default in English.
  // @ts-expect-error the language is required
  assert.type(() => formatProblem(warning), "function");
  assert.is(formatProblem(error("content/articles/a.md", 3, "title", "thiếu"), "vi"), "content/articles/a.md:3: title: thiếu");
});

test("sortProblems: by file, then line, field and message, whatever order they were found in", () => {
  const found = [error("b.md", 2, "title", "x"), error("a.md", 9, undefined, "y"), error("a.md", undefined, "z", "z"), error("b.md", 2, "date", "w"), error("a.md", 1, "t", "v")];
  assert.equal(sortProblems(found).map((problem) => formatProblem(problem, "en")), ["a.md: z: z", "a.md:1: t: v", "a.md:9: y", "b.md:2: date: w", "b.md:2: title: x"]);
});

test("hasErrors and ContentError count the errors, never the warnings", () => {
  const warning: Problem = { severity: "warning", file: "a.md", message: "w" };
  assert.is(hasErrors([warning]), false);
  assert.is(hasErrors([warning, error("a.md", 1, "title", "e")]), true);
  const thrown = new ContentError([warning, error("a.md", 1, "title", "e")]);
  assert.is(thrown.message, "1 content error:\n  a.md:1: title: e");
});

test.run();
