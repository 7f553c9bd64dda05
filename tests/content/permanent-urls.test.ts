import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../src/content/load-content.ts";
import { comparablePath, outputPathOf } from "../../src/content/permanent-urls.ts";
import { DEFAULT_LANGUAGE } from "../../src/language.ts";
import { formatProblem } from "../../src/problems.ts";

test("comparablePath and outputPathOf: a last segment without a dot is a folder", () => {
  const cases: [string, string, string][] = [
    ["/2024/01/27", "/2024/01/27/", "/2024/01/27/index.html"],
    ["/tin-cu/", "/tin-cu/", "/tin-cu/index.html"],
    ["/tin-tuc/12345.html", "/tin-tuc/12345.html", "/tin-tuc/12345.html"],
    ["/Pages/TinTuc/12345.aspx", "/Pages/TinTuc/12345.aspx", "/Pages/TinTuc/12345.aspx"],
    ["/tin-t%E1%BB%A9c/12", "/tin-tức/12/", "/tin-tức/12/index.html"],
  ];
  for (const [url, comparable, output] of cases) {
    assert.is(comparablePath(url), comparable);
    assert.is(outputPathOf(url), output);
  }
});

const CATEGORIES = "khoa-hoc:\n  name: Khoa học\n  former: [khoa-hoc-cu]\ncong-nghe:\n  name: Công nghệ\n";
const SITE = "title: Tin\nurl: https://tin.example.org\nforms:\n  endpoint: https://forms.example.org\n";

async function problemsOf(files: Record<string, string>, lang?: "en"): Promise<string[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-aliases-"));
  const contentDir = path.join(root, "content");
  await mkdir(path.join(contentDir, "_data"), { recursive: true });
  await writeFile(path.join(contentDir, "_data", "categories.yaml"), CATEGORIES);
  await writeFile(path.join(contentDir, "_data", "site.yaml"), SITE);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(contentDir, "articles", name)), { recursive: true });
    await writeFile(path.join(contentDir, "articles", name), text);
  }
  const archive = await loadContent({ contentDir, projectDir: root, buildTime: DateTime.fromISO("2025-01-01T00:00:00+07:00"), env: {}, writerLanguage: lang });
  return archive.problems.filter((p) => p.severity === "error").map((problem) => formatProblem(problem, lang ?? DEFAULT_LANGUAGE));
}
const article = (title: string, published: string, aliases: string): string =>
  `---\ntitle: ${title}\ncategory: khoa-hoc\npublished: ${published}\naliases: ${aliases}\n---\nThân bài.\n`;

test("an alias that is another article's URL, another alias or a generated page: an error naming both files; its own URL is no error", async () => {
  const problems = await problemsOf({
    "a.md": article("Bài A", "2024-01-27 10:00", "[/tin-tuc/1.html, /2024/01/28/bai-b/, /2024/01/27/bai-a/]"),
    "b.md": article("Bài B", "2024-01-28 10:00", "[/tin-tuc/1.html, /2024/01/27, /category/khoa-hoc-cu/, /assets/x.css, /feed.xml]"),
  });
  assert.equal(problems, [
    'content/articles/a.md:5: aliases: "/2024/01/28/bai-b/" là đường dẫn của bài content/articles/b.md; một đường dẫn chỉ dẫn tới một bài: bỏ bí danh này hoặc đổi nó',
    'content/articles/b.md:5: aliases: "/2024/01/27" là đường dẫn của một trang do trang web tạo ra (content/articles/a.md); chọn đường dẫn khác',
    'content/articles/b.md:5: aliases: "/assets/x.css" là đường dẫn của một trang do trang web tạo ra (tintuc); chọn đường dẫn khác',
    'content/articles/b.md:5: aliases: "/category/khoa-hoc-cu/" là đường dẫn của một trang do trang web tạo ra (content/_data/categories.yaml: khoa-hoc); chọn đường dẫn khác',
    'content/articles/b.md:5: aliases: "/feed.xml" là đường dẫn của một trang do trang web tạo ra (tintuc); chọn đường dẫn khác',
    'content/articles/b.md:5: aliases: "/tin-tuc/1.html" cũng là bí danh của content/articles/a.md; một đường dẫn chỉ dẫn tới một bài: bỏ nó ở một trong hai tệp',
  ]);
});

test("a WordPress ?p=ID leads to one article: the same ID in two files is an error naming both; the lookup's folder is the site's (issue 23)", async () => {
  const problems = await problemsOf({
    "a.md": article("Bài A", "2024-01-27 10:00", '["/?p=12", "/?p=13"]'),
    "b.md": article("Bài B", "2024-01-28 10:00", '["/index.php?p=12", /query-aliases/p/0.json]'),
  });
  assert.equal(problems, [
    'content/articles/b.md:5: aliases: "/?p=12" cũng là bí danh của content/articles/a.md; một đường dẫn chỉ dẫn tới một bài: bỏ nó ở một trong hai tệp',
    'content/articles/b.md:5: aliases: "/query-aliases/p/0.json" là đường dẫn của một trang do trang web tạo ra (tintuc); chọn đường dẫn khác',
  ]);
});

test("an alias outside the site, with a query or with .. is an error at its line; in English with lang en", async () => {
  const problems = await problemsOf({ "a.md": article("Bài A", "2024-01-27 10:00", "[https://cu.example.org/1.html, /x?id=1, /a/../b]") }, "en");
  assert.is(problems.length, 1);
  assert.match(problems[0]!, /^content\/articles\/a\.md:5: aliases: "https:\/\/cu.example.org\/1.html" points outside the site.*; "\/x\?id=1" has a query string.*; "\/a\/..\/b" has a \. or \.\. segment/);
});

test("a new article at a URL another article had before its slug changed: an error at the new one, naming the other", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-former-url-"));
  const contentDir = path.join(root, "content");
  await mkdir(path.join(contentDir, "_data"), { recursive: true });
  await mkdir(path.join(contentDir, "articles"), { recursive: true });
  await writeFile(path.join(contentDir, "_data", "categories.yaml"), CATEGORIES);
  await writeFile(path.join(contentDir, "_data", "site.yaml"), SITE);
  await writeFile(path.join(contentDir, "_data", "published-urls.tsv"), "articles/a.md\t/2024/01/27/moi/\t/2024/01/27/bai-a/\n");
  await writeFile(path.join(contentDir, "articles", "a.md"), "---\ntitle: Bài A\ncategory: khoa-hoc\npublished: 2024-01-27 10:00\nslug: moi\n---\nA\n");
  await writeFile(path.join(contentDir, "articles", "b.md"), "---\ntitle: Bài A\ncategory: khoa-hoc\npublished: 2024-01-27 11:00\n---\nB\n");
  const archive = await loadContent({ contentDir, projectDir: root, buildTime: DateTime.fromISO("2025-01-01T00:00:00+07:00"), env: {} });
  assert.equal(archive.problems.filter((p) => p.severity === "error").map((problem) => formatProblem(problem, "vi")), [
    "content/articles/b.md: slug: /2024/01/27/bai-a/ đã là đường dẫn của content/articles/a.md và vẫn dẫn tới bài đó; đặt cho bài này tiêu đề khác hoặc một `slug:` khác",
  ]);
});

test("categories.yaml: a former key still in use, or claimed by two categories, is an error at the category", async () => {
  const { readCategories } = await import("../../src/content/data-files.ts");
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-former-"));
  await mkdir(path.join(root, "_data"));
  await writeFile(path.join(root, "_data", "categories.yaml"), "a:\n  name: A\n  former: [b, cu]\nb:\n  name: B\n  former: [cu]\nc:\n  name: C\n  former: Cũ\n");
  const { categories, problems } = await readCategories(root, "content", "en");
  assert.equal(categories.map((c) => [c.key, c.formerKeys]), [["a", ["b", "cu"]], ["b", ["cu"]], ["c", []]]);
  assert.equal(problems.map((p) => `${p.line}: ${p.field}: ${p.message}`), [
    "7: c: `former:` lists the keys this category had before, each a slug, e.g. former: [khoa-hoc-cu]",
    '1: a: former key "b" is still the key of a category; remove it from `former:`',
    '4: b: former key "cu" is also a former key of a; it can lead to one category only',
  ]);
});

test.run();
