/** Tests of src/content/problems.ts: the `path:line: field: message` form, warnings marked in the writer's language. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatProblem } from "../../src/content/problems.ts";

test("path:line: field: message; a warning marked in the language the command line was given, English otherwise", () => {
  const error = { severity: "error", file: "content/articles/a.md", line: 3, field: "title", message: "thiếu" } as const;
  const warning = { severity: "warning", file: "content/articles/a.md", line: 4, field: "published", message: "hẹn xa" } as const;
  assert.is(formatProblem(error), "content/articles/a.md:3: title: thiếu");
  assert.is(formatProblem(error, "vi"), "content/articles/a.md:3: title: thiếu");
  assert.is(formatProblem(warning, "vi"), "content/articles/a.md:4: published: hẹn xa (cảnh báo)");
  assert.is(formatProblem(warning, "en"), "content/articles/a.md:4: published: hẹn xa (warning)");
  assert.is(formatProblem(warning), "content/articles/a.md:4: published: hẹn xa (warning)");
  assert.is(formatProblem({ severity: "error", file: "content/_data/site.yaml", message: "không có tệp này" }), "content/_data/site.yaml: không có tệp này");
});

test.run();
