import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { displayPath } from "../src/project-paths.ts";

test("displayPath: relative to the current folder when inside it, absolute when outside (never ../../)", () => {
  const cwd = path.resolve("/work/tintuc");
  const table: [string, string][] = [
    ["/work/tintuc/content/articles/2024/01/a.md", "content/articles/2024/01/a.md"],
    ["content/_data/site.yaml", "content/_data/site.yaml"],
    ["/work/tintuc", "."],
    ["/tmp/bai-viet/articles/2024/01/a.md", path.resolve("/tmp/bai-viet/articles/2024/01/a.md").split(path.sep).join("/")],
    ["../other/content/a.md", path.resolve("/work/other/content/a.md").split(path.sep).join("/")],
    // A folder whose name only starts with two dots is inside.
    ["/work/tintuc/..nhap/a.md", "..nhap/a.md"],
  ];
  for (const [file, shown] of table) assert.is(displayPath(file, cwd), shown, file);
});

test.run();
