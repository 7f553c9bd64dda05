/** Tests of src/content/name-variants.ts: a credit spelt like another name of the archive is warned, with the line to write. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { type ArticleCredits, nameVariantProblems } from "../../src/content/name-variants.ts";
import { formatProblem } from "../../src/problems.ts";

let counter = 0;
/** An article by `author` (and photographed by `photo`), its author: on line 3 and photo: on line 4. */
const by = (author: string[], photo: string[] = [], lang: "vi" | "en" = "vi"): ArticleCredits => ({ file: `content/articles/a${++counter}.md`, lang, author, photo, lines: { author: 3, photo: 4 } });
const many = (name: string, count: number): ArticleCredits[] => Array.from({ length: count }, () => by([name]));
const lines = (articles: ArticleCredits[], lang: "vi" | "en" = "vi") => nameVariantProblems(articles, lang).map((problem) => formatProblem(problem, lang));

test("tone marks only: the rare spelling is warned towards the established one, in Vietnamese and in English", () => {
  const archive = [...many("Thanh Tâm", 5), by(["Thanh Tam"])];
  const file = archive.at(-1)!.file;
  assert.equal(lines(archive), [
    `${file}:3: author: "Thanh Tam" chỉ khác ở dấu thanh so với "Thanh Tâm" (đã có ở 5 bài); có phải ý bạn là Thanh Tâm? Nếu vậy, hãy sửa dòng này thành: author: Thanh Tâm. Nếu đây là một người khác, có thể bỏ qua cảnh báo này (cảnh báo)`,
  ]);
  assert.equal(lines(archive, "en"), [
    `${file}:3: author: "Thanh Tam" differs only in tone marks from "Thanh Tâm" (in 5 articles); did you mean Thanh Tâm? If so, change this line to: author: Thanh Tâm. If this is another person, ignore this warning (warning)`,
  ]);
  for (const problem of nameVariantProblems(archive, "vi")) assert.is(problem.severity, "warning");
});

test("tone marks, one article each: the later spelling is warned, not the first", () => {
  const first = by(["Thanh Tâm"]);
  const later = by(["Thanh Tam"]);
  const problems = nameVariantProblems([first, later], "vi");
  assert.equal(problems.map((problem) => problem.file), [later.file]);
});

test("a typo of an established name, by one article: warned, in a list of names the line to write keeps the others", () => {
  const archive = [...many("Thanh Tâm", 3), by(["Lan Anh", "Thanh Tââm"])];
  assert.equal(nameVariantProblems(archive, "en").map((problem) => problem.message), [
    `"Thanh Tââm" is close to "Thanh Tâm" (in 3 articles); did you mean Thanh Tâm? If so, change this line to: author: [Lan Anh, Thanh Tâm]. If this is another person, ignore this warning`,
  ]);
  assert.match(nameVariantProblems(archive, "vi")[0]!.message, `"Thanh Tââm" gần giống "Thanh Tâm" (đã có ở 3 bài)`);
});

test("two neighbours swapped is a slip too", () => {
  assert.match(nameVariantProblems([...many("Thanh Tâm", 3), by(["Thnah Tâm"])], "vi")[0]!.message, "author: Thanh Tâm");
});

test("photo: credits count with authors and are warned on their own line and field", () => {
  const archive = [...many("Hữu Thắng", 3), by(["Lan Anh"], ["Huu Thang"])];
  const [problem] = nameVariantProblems(archive, "vi");
  assert.is(problem?.field, "photo");
  assert.is(problem?.line, 4);
  assert.match(problem!.message, "photo: Hữu Thắng");
});

test("no warning: case and spacing (one name already), two established people, two rare names, short names, two edits", () => {
  const quiet: [string, ArticleCredits[]][] = [
    ["case and spacing", [...many("Thanh Tâm", 3), by(["thanh  tâm"])]],
    ["both established, tone marks", [...many("Lan Anh", 4), ...many("Lan Ánh", 3)]],
    ["both established, one edit", [...many("Minh Anh", 4), ...many("Minh An", 3)]],
    ["both rare, one edit", [by(["Minh Anh"]), by(["Minh An"])]],
    ["short", [...many("Lan", 5), by(["Lam"])]],
    ["another language: English articles may drop the tone marks", [...many("Đăng Minh", 5), by(["Dang Minh"], [], "en")]],
    ["two edits", [...many("Thanh Tâm", 5), by(["Thanh Tuan"])]],
    ["one edit that is no slip joins real names", [...many("Hồ Thị Anh", 5), by(["Hồ Thị An"]), ...many("Võ Minh Hoa", 5), by(["Võ Minh Hà"])]],
    ["the rare name has two articles (typo rule)", [...many("Thanh Tâm", 5), ...many("Thanh Tâmm", 2)]],
  ];
  for (const [why, archive] of quiet) assert.equal(nameVariantProblems(archive, "vi"), [], why);
});

test.run();
