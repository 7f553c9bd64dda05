import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../src/content/load-content.ts";
import { formatProblem } from "../../src/problems.ts";

const CATEGORIES = "khoa-hoc:\n  name: Khoa học\ncong-nghe:\n  name: Công nghệ\n";
const SITE = "title: Tin KH&CN\nurl: https://tin.example.org\nforms:\n  endpoint: https://forms.example.org\n";
const BUILD_TIME = DateTime.fromISO("2025-01-01T00:00:00+07:00");

/** Real photos for the image files a case names (the loader reads their headers); other files are left empty. */
const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#8899aa" } });
const PHOTO_BYTES: Record<string, Buffer> = { jpg: await blank(1000, 600).jpeg().toBuffer(), png: await blank(1000, 600).png().toBuffer() };
const bytesOf = (file: string): Buffer | string => PHOTO_BYTES[path.extname(file).slice(1)] ?? "";

async function archiveOf(
  files: Record<string, string | Buffer>,
  images: (string | { name: string; bytes: Buffer | string })[] = [],
  options: { categories?: string | Buffer; site?: string; writerLanguage?: "vi" | "en" } = {},
) {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-load-"));
  const contentDir = path.join(root, "content");
  await mkdir(path.join(contentDir, "_data"), { recursive: true });
  await writeFile(path.join(contentDir, "_data", "categories.yaml"), options.categories ?? CATEGORIES);
  await writeFile(path.join(contentDir, "_data", "site.yaml"), options.site ?? SITE);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(contentDir, "articles", name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  for (const image of images) {
    const name = typeof image === "string" ? image : image.name;
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
    await writeFile(path.join(contentDir, name), typeof image === "string" ? bytesOf(image) : image.bytes);
  }
  try {
    // English unless a case asks: most cases read the loader's findings; the Vietnamese wording has tables of its own.
    const writerLanguage = options.writerLanguage ?? "en";
    const archive = await loadContent({ contentDir, projectDir: root, buildTime: BUILD_TIME, env: {}, writerLanguage });
    return { ...archive, messages: archive.problems.map((problem) => formatProblem(problem, writerLanguage)) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const good = (fields: string, body = "Thân bài.") => `---\n${fields}\n---\n${body}\n`;
const base = 'title: "Tin khoa học"\ncategory: khoa-hoc\npublished: 2024-01-27T22:01:00+07:00';

test("a valid article: URL from its GMT+7 day and slug, status, derived summary", async () => {
  const { articles, problems } = await archiveOf({ "2024/01/a.md": good(base, "Đoạn đầu.\n\nĐoạn hai.") });
  assert.equal(problems, []);
  assert.is(articles.length, 1);
  assert.is(articles[0]!.url, "/2024/01/27/tin-khoa-hoc/");
  assert.is(articles[0]!.status, "published");
  assert.is(articles[0]!.summary, "Đoạn đầu.");
  assert.is(articles[0]!.lede, undefined);
});

test("each error names the file, the line and the field, in Vietnamese by default and in English with --lang en", async () => {
  const files = {
    "a.md": good('title: "A"\ncategory: khoa-hocc\npublished: 2024-01-27'),
    "b.md": good('title: "B"\ncategory: khoa-hoc\npublished: 27/01/2024'),
    "c.md": good('title: "C"\ncategory: khoa-hoc\npublished: 2024-01-27T10:00+07:00\nupdated: 2024-01-26'),
    "d.md": good('title: "D"\ncategory: khoa-hoc\npublished: 2024-01-27\nimage:\n  src: /images/d.jpg\n  caption: Chú thích'),
    "e.md": good("category: khoa-hoc\npublished: 2024-01-27"),
    "f.md": good('title: "F"\ncatgory: khoa-hoc\ncategory: cong-nghe\npublished: 2024-01-27'),
    "g.md": good('title: "G"\ncategory: khoa-hoc\npublished: 2024-01-27\ndraft: có'),
  };
  const expected: Record<"vi" | "en", string[]> = {
    vi: [
      'articles/a.md:3: category: không có chuyên mục "khoa-hocc": có phải ý bạn là category: khoa-hoc? (các mã chuyên mục trong content/_data/categories.yaml: khoa-hoc, cong-nghe)',
      'articles/b.md:4: published: "27/01/2024" là cách viết ngày quen thuộc, nhưng trang chỉ đọc dạng năm-tháng-ngày: hãy sửa dòng này thành published: 2024-01-27',
      "articles/c.md:5: updated: sớm hơn ngày đăng bài (published): hãy sửa một trong hai ngày",
      'articles/d.md:5: image: thiếu alt: hãy mô tả ảnh cho bạn đọc không nhìn thấy nó, ví dụ alt: "Quang cảnh hội nghị"',
      "articles/e.md:1: title: thiếu trường này, bài nào cũng cần: hãy thêm một dòng như title: Hội thảo khoa học về vệ tinh",
      "articles/f.md:3: catgory: không có trường này: có phải ý bạn là category:?",
      'articles/g.md:5: draft: cần true hoặc false; đang là "có"',
    ],
    en: [
      'articles/a.md:3: category: unknown category "khoa-hocc": did you mean category: khoa-hoc? (the keys in content/_data/categories.yaml: khoa-hoc, cong-nghe)',
      'articles/b.md:4: published: "27/01/2024" is a day-first date, but the site reads year-month-day only: make this line published: 2024-01-27',
      "articles/c.md:5: updated: is earlier than published: correct one of the two dates",
      "articles/d.md:5: image: alt is required with src: describe the photo for readers who cannot see it",
      "articles/e.md:1: title: is required in every article: add a line such as title: Hội thảo khoa học về vệ tinh",
      "articles/f.md:3: catgory: unknown field: did you mean category:?",
      'articles/g.md:5: draft: expected true or false, got "có"',
    ],
  };
  for (const lang of ["vi", "en"] as const) {
    const { messages } = await archiveOf(files, [], { writerLanguage: lang });
    for (const prefix of expected[lang]) {
      assert.ok(
        messages.some((message) => message.replace(/^content\//, "").startsWith(prefix)),
        `${lang}: expected a message starting with\n  ${prefix}\ngot\n  ${messages.join("\n  ")}`,
      );
    }
  }
});

test("site.yaml's extra_fields: declared fields are accepted in articles; a known field or a non-name there is an error at its line", async () => {
  const files = { "a.md": good(`${base}\nnguon_anh: TTXVN\nma_cu: 12`) };
  const declared = await archiveOf(files, [], { site: `${SITE}extra_fields: [nguon_anh, ma_cu]\n` });
  assert.equal(declared.messages, []);
  assert.is(declared.articles.length, 1);
  const undeclared = await archiveOf(files, [], { site: `${SITE}extra_fields: [nguon_anh]\n` });
  assert.equal(undeclared.messages, ["content/articles/a.md:6: ma_cu: unknown field: delete the line, or declare it in extra_fields in content/_data/site.yaml if the site needs a field of its own"]);
  assert.is(undeclared.articles.length, 0);
  const bad = await archiveOf({}, [], { site: `${SITE}extra_fields: [title, 12]\n` });
  assert.equal(bad.messages, [
    'content/_data/site.yaml:5: extra_fields: "title" is already an article field; remove it from extra_fields',
    "content/_data/site.yaml:5: extra_fields: expected a list of field names, e.g. extra_fields: [photo_source, legacy_id], got [\"title\",12]",
  ]);
});

test("site.yaml: a setting the site does not read is a warning at its line naming the nearest, not silence", async () => {
  const { messages, site } = await archiveOf({}, [], { site: `${SITE}featured_dayz: 5\nthoi_tiet: nang\n` });
  assert.equal(messages, [
    "content/_data/site.yaml:5: featured_dayz: the site reads no such setting, so it does nothing: did you mean featured_days:? (warning)",
    "content/_data/site.yaml:6: thoi_tiet: the site reads no such setting, so it does nothing (warning)",
  ]);
  assert.ok(site, "a warning leaves the site readable");
  const vi = await archiveOf({}, [], { site: `${SITE}featured_dayz: 5\n`, writerLanguage: "vi" });
  assert.equal(vi.problems.map((problem) => problem.message), ["trang không dùng thiết lập này nên nó không có tác dụng: có phải ý bạn là featured_days:?"]);
});

test("categories.yaml: an entry's setting the site does not read is a warning at the category naming the nearest", async () => {
  const { messages, categories } = await archiveOf({}, [], { categories: "khoa-hoc:\n  name: Khoa học\n  descripton: Tin khoa học\n" });
  assert.equal(messages, ["content/_data/categories.yaml:1: khoa-hoc.descripton: the site reads no such setting, so it does nothing: did you mean description:? (warning)"]);
  assert.equal(categories.map((category) => category.key), ["khoa-hoc"]);
});

test("every problem in every file is reported in one run, not only the first", async () => {
  const { problems } = await archiveOf({
    "x.md": good("category: nope\npublished: someday\ntags: khoa học\ndraft: yes"),
    "y.md": good('title: ""\ncategory: khoa-hoc\npublished: 2024-01-01'),
  });
  const fields = problems.map((p) => `${path.basename(p.file)} ${p.field}`);
  for (const expected of ["x.md title", "x.md category", "x.md published", "x.md tags", "x.md draft", "y.md title"]) {
    assert.ok(fields.includes(expected), `${expected} in ${fields.join(", ")}`);
  }
});

test("two articles with the same URL: an error naming both files", async () => {
  const { messages } = await archiveOf({
    "2024/01/a.md": good(base),
    "2024/01/b.md": good('title: "Tin khoa học!"\ncategory: cong-nghe\npublished: 2024-01-27T08:00:00+07:00'),
  });
  assert.is(messages.length, 2);
  assert.match(messages[0]!, /a\.md.*\/2024\/01\/27\/tin-khoa-hoc\/ is also the URL of .*b\.md/);
  assert.match(messages[1]!, /b\.md.*is also the URL of .*a\.md/);
});

test("an author spelt like another of the archive but for its tone marks: a warning at author:'s line with the line to write", async () => {
  const article = (title: string, author: string, day: number) => good(`title: "${title}"\ncategory: khoa-hoc\npublished: 2024-01-${day}T08:00:00+07:00\nauthor: ${author}`);
  const { messages, problems } = await archiveOf({ "2024/01/a.md": article("Một", "Thanh Tâm", 10), "2024/01/b.md": article("Hai", "Thanh Tam", 11) });
  assert.equal(messages.map((message) => message.replace(/^.*content\//, "content/")), [
    'content/articles/2024/01/b.md:5: author: "Thanh Tam" differs only in tone marks from "Thanh Tâm" (in 1 article); did you mean Thanh Tâm? If so, change this line to: author: Thanh Tâm. If this is another person, ignore this warning (warning)',
  ]);
  assert.is(problems[0]!.severity, "warning");
});

test("bad YAML reports its line and the file; other files still load", async () => {
  const { messages, articles } = await archiveOf({
    "bad.md": "---\ntitle: A\ncategory: [khoa-hoc\n---\nx\n",
    "ok.md": good(base),
  });
  assert.is(articles.length, 1);
  assert.match(messages.join("\n"), /articles\/bad\.md:\d+: YAML cannot read this: a list opened with \[ \(or \{\) is not closed/);
});

test("drafts and scheduled articles are loaded with their status decided once", async () => {
  const { articles } = await archiveOf({
    "draft.md": good('title: "Nháp"\ncategory: khoa-hoc\npublished: 2024-01-01\ndraft: true'),
    "later.md": good('title: "Sau"\ncategory: khoa-hoc\npublished: 2025-01-01T00:00:01+07:00'),
    "now.md": good('title: "Đúng giờ"\ncategory: khoa-hoc\npublished: 2025-01-01T00:00:00+07:00'),
  });
  const status = Object.fromEntries(articles.map((article) => [article.title, article.status]));
  assert.equal(status, { "Nháp": "draft", "Sau": "scheduled", "Đúng giờ": "published" });
});

test("newest first, ties by URL; slugs may be set by hand", async () => {
  const { articles } = await archiveOf({
    "1.md": good('title: "Một"\ncategory: khoa-hoc\npublished: 2024-01-01T08:00'),
    "2.md": good('title: "Hai"\ncategory: khoa-hoc\npublished: 2024-01-02T08:00\nslug: bai-hai'),
    "3.md": good('title: "Ba"\ncategory: khoa-hoc\npublished: 2024-01-01T08:00'),
  });
  assert.equal(articles.map((a) => a.url), ["/2024/01/02/bai-hai/", "/2024/01/01/ba/", "/2024/01/01/mot/"]);
});

test("related: references resolve by URL or file; an unknown one is an error at its line", async () => {
  const { articles, messages } = await archiveOf({
    "2024/01/a.md": good(base),
    "2024/01/b.md": good('title: "B"\ncategory: khoa-hoc\npublished: 2024-01-28\nrelated:\n  - articles/2024/01/a.md\n  - /2024/01/27/tin-khoa-hoc\n  - /2024/01/01/khong-co/'),
  });
  assert.equal(messages, [
    'content/articles/2024/01/b.md:5: related: no article at "/2024/01/01/khong-co/"; name one by its URL (/2024/01/27/slug/) or its file (articles/2024/01/slug.md)',
  ]);
  assert.equal(articles.find((article) => article.title === "B")!.related, ["/2024/01/27/tin-khoa-hoc/"]);
});

test("images referenced from front matter or the body must exist in content/, reported at their line", async () => {
  const { messages } = await archiveOf(
    {
      "a.md": good(`${base}\nimage:\n  src: /images/khong-co.jpg\n  alt: Ảnh`, "Đoạn.\n\n![Có](/images/co.jpg \"Có\")\n\n![Thiếu](/images/thieu.png)\n\n![Ngoài](https://example.org/x.jpg)"),
    },
    ["images/co.jpg"],
  );
  assert.equal(messages, [
    "content/articles/a.md:5: image: image /images/khong-co.jpg does not exist: expected the file content/images/khong-co.jpg",
    "content/articles/a.md:13: body: image /images/thieu.png does not exist: expected the file content/images/thieu.png",
  ]);
});

test("body photos: an empty alt and a relative path are errors at their line, with the fix; a photo shown as code is no photo (issue 17)", async () => {
  const body = [
    "![](/images/co.jpg)", // 6
    "![ ](/images/co.jpg)", // 7
    "![Ảnh](../../images/co.jpg)", // 8
    "![Ảnh](images/khac.jpg)", // 9
    "`![](x.jpg)`", // 10
    "![Ảnh ngoài](https://example.org/x.jpg)", // 11
    "![](../../images/co.jpg)", // 12: the alt's example gives the site-root path, not the broken one
  ].join("\n");
  const vi = await archiveOf({ "a.md": good(base, body) }, ["images/co.jpg"], { writerLanguage: "vi" });
  assert.equal(vi.messages, [
    "content/articles/a.md:6: body: ảnh /images/co.jpg chưa có mô tả (alt): hãy viết giữa hai dấu ngoặc vuông ảnh cho thấy gì, cho bạn đọc không nhìn thấy ảnh, ví dụ ![Quang cảnh hội nghị](/images/co.jpg)",
    "content/articles/a.md:7: body: ảnh /images/co.jpg chưa có mô tả (alt): hãy viết giữa hai dấu ngoặc vuông ảnh cho thấy gì, cho bạn đọc không nhìn thấy ảnh, ví dụ ![Quang cảnh hội nghị](/images/co.jpg)",
    "content/articles/a.md:8: body: đường dẫn ảnh ../../images/co.jpg là đường dẫn tương đối, trên trang sẽ thành ảnh hỏng: hãy viết đường dẫn từ thư mục content/, bắt đầu bằng /, ví dụ /images/co.jpg",
    "content/articles/a.md:9: body: đường dẫn ảnh images/khac.jpg là đường dẫn tương đối, trên trang sẽ thành ảnh hỏng: hãy viết đường dẫn từ thư mục content/, bắt đầu bằng /, ví dụ /images/2024/01/anh.jpg",
    "content/articles/a.md:12: body: ảnh /images/co.jpg chưa có mô tả (alt): hãy viết giữa hai dấu ngoặc vuông ảnh cho thấy gì, cho bạn đọc không nhìn thấy ảnh, ví dụ ![Quang cảnh hội nghị](/images/co.jpg)",
    "content/articles/a.md:12: body: đường dẫn ảnh ../../images/co.jpg là đường dẫn tương đối, trên trang sẽ thành ảnh hỏng: hãy viết đường dẫn từ thư mục content/, bắt đầu bằng /, ví dụ /images/co.jpg",
  ]);
  assert.is(vi.articles.length, 1, "the article is read; its errors stop the build");
  const en = await archiveOf({ "a.md": good(base, "![](/images/co.jpg)") }, ["images/co.jpg"]);
  assert.equal(en.messages, ["content/articles/a.md:6: body: photo /images/co.jpg has no description (alt): write what it shows between the square brackets, for readers who cannot see it, e.g. ![The conference hall](/images/co.jpg)"]);
});

test("a credit line as the body's first or last paragraph is an error at its line naming the front matter line to write (it would show twice, and first become the summary)", async () => {
  const viFix = (lines: string) => `dòng ghi tác giả không viết trong thân bài: trang đã in dòng ấy từ author:, photo:, source: ở phần đầu bài, nên bạn đọc sẽ thấy hai lần, và khi bài không có summary: nó thành phần tóm tắt của bài: hãy xóa dòng này${lines}`;
  const enFix = (lines: string) => `a credit line does not go in the body: the site prints it from author:, photo: and source: in the front matter, so readers would see it twice, and without a summary: it becomes the article's summary: delete this line${lines}`;
  const cases: [string, string, string, string[]][] = [
    // [fields, body, language, messages]
    [base, "Bài: Lan Anh - Ảnh: Huu Thang\n\nĐoạn.", "vi", [`content/articles/a.md:6: body: ${viFix(" và thêm vào phần đầu bài author: Lan Anh và photo: Huu Thang")}`]],
    [base, "Bài: Lan Anh - Ảnh: Huu Thang\n\nĐoạn.", "en", [`content/articles/a.md:6: body: ${enFix(" and add to the front matter author: Lan Anh and photo: Huu Thang")}`]],
    // Case and tone marks: capitals, no marks, decomposed (NFD) marks; emphasis around it.
    [base, "Đoạn.\n\n*BÀI VÀ ẢNH: Đăng Minh*", "en", [`content/articles/a.md:8: body: ${enFix(" and add to the front matter author: Đăng Minh and photo: Đăng Minh")}`]],
    [base, "Bai, anh: Dang Minh\n\nĐoạn.", "en", [`content/articles/a.md:6: body: ${enFix(" and add to the front matter author: Dang Minh and photo: Dang Minh")}`]],
    [base, "Tin, a\u0309nh: Lan Anh và Minh Đức\n\nĐoạn.", "en", [`content/articles/a.md:6: body: ${enFix(" and add to the front matter author: [Lan Anh, Minh Đức] and photo: [Lan Anh, Minh Đức]")}`]],
    // A field the front matter gives is not asked again; a source goes to source:.
    [`${base}\nauthor: Lan Anh`, "Đoạn.\n\nBài: Lan Anh\n\n**Nguồn:** TTXVN", "vi", [
      `content/articles/a.md:9: body: ${viFix("")}`,
      `content/articles/a.md:11: body: ${viFix(" và thêm vào phần đầu bài source: TTXVN")}`,
    ]],
    // After a lead photo, the first paragraph of prose is the summary's: still found.
    [base, "![Hội nghị](https://example.org/a.jpg)\n\nẢnh: Hữu Thắng\n\nĐoạn.", "en", [`content/articles/a.md:8: body: ${enFix(" and add to the front matter photo: Hữu Thắng")}`]],
    // Not credit lines: prose after a label, a clip's title, a credit in the middle, a question.
    [base, "Ảnh: hội nghị diễn ra trong hai ngày với hơn ba trăm đại biểu tham dự.\n\nĐoạn.", "en", []],
    [base, "Video: Toàn cảnh lễ khai mạc\n\nĐoạn.", "en", []],
    [base, "Đoạn.\n\nẢnh: Hữu Thắng\n\nĐoạn cuối.", "en", []],
    [base, "Anh: Tôi nghĩ gì ư?\n\nĐoạn.", "en", []],
  ];
  for (const [fields, body, writerLanguage, messages] of cases) {
    const archive = await archiveOf({ "a.md": good(fields, body) }, [], { writerLanguage: writerLanguage as "vi" | "en" });
    assert.equal(archive.messages, messages, body);
  }
});

test("body links to the site's own pages that will not exist are errors at their line, computed from the archive without a build (issue 17)", async () => {
  const { messages } = await archiveOf({
    "2024/01/a.md": good(base, "Xem [bài kia](/2024/01/28/tin-b/) và [ngày](/2024/01/28/).\n\n[Sai](/2024/01/28/tin-bb/) [chuyên mục](/category/the-thao/) [ngày trống](/2024/01/29/)"),
    "2024/01/b.md": good('title: "Tin B"\ncategory: khoa-hoc\npublished: 2024-01-28T08:00:00+07:00\nslug: tin-b'),
  });
  assert.equal(messages, [
    'content/articles/2024/01/a.md:8: body: the link /2024/01/28/tin-bb/ leads to no article of the site; readers would get "Page not found": did you mean /2024/01/28/tin-b/?',
    "content/articles/2024/01/a.md:8: body: the link /2024/01/29/ leads to a day, month or year without news, which has no page: check the date",
    "content/articles/2024/01/a.md:8: body: the link /category/the-thao/ leads to a category that does not exist (the categories are in content/_data/categories.yaml)",
  ]);
});

test("a front matter YAML cannot read leaves its body checked in the same run: photos and links, each at its line (issue 17)", async () => {
  const table: [string, string, string[]][] = [
    [
      "YAML cut short by a colon",
      "---\ntitle: Tin: hỏng\ncategory: khoa-hoc\n---\n![](/images/a.jpg)\n\n[Sai](/2024/01/28/tin-bb/)\n\n![Ảnh](/images/khong-co.jpg) ![Ảnh](anh.jpg)\n",
      [
        'content/articles/2024/01/a.md:2: title: a colon and a space (": ") inside the value stop YAML reading it: quote the whole value, making this line title: "Tin: hỏng"',
        "content/articles/2024/01/a.md:5: body: photo /images/a.jpg has no description (alt): write what it shows between the square brackets, for readers who cannot see it, e.g. ![The conference hall](/images/a.jpg)",
        'content/articles/2024/01/a.md:7: body: the link /2024/01/28/tin-bb/ leads to no article of the site; readers would get "Page not found": did you mean /2024/01/28/tin-b/?',
        "content/articles/2024/01/a.md:9: body: image /images/khong-co.jpg does not exist: expected the file content/images/khong-co.jpg",
        "content/articles/2024/01/a.md:9: body: the photo path anh.jpg is relative and would show as a broken image: write the path from the content/ folder, starting with /, e.g. /images/2024/01/anh.jpg",
      ],
    ],
    [
      "a field the schema refuses",
      good('title: "Tin"\ncategory: the-thao\npublished: 2024-01-27', "[Sai](/2024/01/28/tin-bb/)"),
      [
        "content/articles/2024/01/a.md:3: category: unknown category \"the-thao\" (the keys in content/_data/categories.yaml: khoa-hoc, cong-nghe)",
        'content/articles/2024/01/a.md:6: body: the link /2024/01/28/tin-bb/ leads to no article of the site; readers would get "Page not found": did you mean /2024/01/28/tin-b/?',
      ],
    ],
  ];
  for (const [what, text, expected] of table) {
    const { messages } = await archiveOf(
      { "2024/01/a.md": text, "2024/01/b.md": good('title: "Tin B"\ncategory: khoa-hoc\npublished: 2024-01-28T08:00:00+07:00\nslug: tin-b') },
      ["images/a.jpg"],
    );
    assert.equal(messages, expected, what);
  }
});

test("photos: over 5 MB or under 800 px wide is a warning naming the file and its size; an unreadable one an error; GIF and SVG pass; each photo reported once", async () => {
  // A JPEG of over 5 MB: noise does not compress.
  const noisy = await sharp(Buffer.from(Array.from({ length: 1400 * 1400 * 3 }, (_, i) => (i * 2654435761) >>> 24)), { raw: { width: 1400, height: 1400, channels: 3 } }).jpeg({ quality: 100, chromaSubsampling: "4:4:4" }).toBuffer();
  assert.ok(noisy.length > 5 * 1024 * 1024, `the test's heavy photo is ${noisy.length} bytes`);
  const files = {
    "a.md": good(`${base}\nimage:\n  src: /images/nang.jpg\n  alt: Ảnh`, "Đoạn.\n\n![Nhỏ](/images/nho.jpg)\n\n![Hỏng](/images/hong.jpg)\n\n![Động](/images/dong.gif)\n\n![Sơ đồ](/images/so-do.svg)"),
    "b.md": good(`${base}\nslug: khac\nimage:\n  src: /images/nho.jpg\n  alt: Lại ảnh nhỏ`),
  };
  const images = [
    { name: "images/nang.jpg", bytes: noisy },
    { name: "images/nho.jpg", bytes: await blank(640, 480).jpeg().toBuffer() },
    { name: "images/hong.jpg", bytes: "không phải ảnh" },
    { name: "images/dong.gif", bytes: await blank(20, 20).gif().toBuffer() },
    { name: "images/so-do.svg", bytes: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>' },
  ];
  // Written as Vietnamese write it: a decimal comma.
  const megabytes = (noisy.length / 1024 / 1024).toFixed(1).replace(".", ",");
  const vi = await archiveOf(files, images, { writerLanguage: "vi" });
  assert.equal(vi.messages, [
    `content/articles/a.md:5: image: ảnh content/images/nang.jpg nặng ${megabytes} MB (quá 5 MB): hãy xuất lại ảnh ở cỡ nhỏ hơn, ví dụ rộng 3000 px, chất lượng JPEG 85 (cảnh báo)`,
    "content/articles/a.md:11: body: ảnh content/images/nho.jpg chỉ rộng 640×480 px (dưới 800 px): ảnh sẽ bị mờ trên màn hình rộng; hãy dùng bản gốc lớn hơn (cảnh báo)",
    "content/articles/a.md:13: body: không đọc được ảnh content/images/hong.jpg: tệp hỏng hoặc không phải ảnh; hãy xuất lại ảnh dạng JPEG hoặc PNG",
  ]);
  assert.equal(vi.articles.length, 2, "articles with a photo warning or error are still read: the error stops the build, not the check");
  const en = await archiveOf(files, images, { writerLanguage: "en" });
  assert.equal(en.messages[2], "content/articles/a.md:13: body: cannot read photo content/images/hong.jpg: the file is damaged or not an image; export it again as JPEG or PNG");
  assert.match(en.messages[1]!, "photo content/images/nho.jpg is only 640×480 px (under 800 px wide)");
});

test("video: read into the article; its poster and file must exist in content/; a bad one is an error at its line", async () => {
  const { articles, messages } = await archiveOf(
    {
      "ok.md": good('title: "Có video"\ncategory: khoa-hoc\npublished: 2024-01-27\nvideo:\n  vimeo: 76979871\n  poster: /images/p.jpg\n  duration: 1:02:03'),
      "file.md": good('title: "Tệp"\ncategory: khoa-hoc\npublished: 2024-01-27\nvideo: { file: /videos/a.mp4, poster: /images/p.jpg }'),
      "missing.md": good(`${base}\ntags: [x]\nvideo:\n  file: /videos/thieu.webm\n  poster: /images/thieu.jpg`),
      "bad.md": good('title: "Sai"\ncategory: khoa-hoc\npublished: 2024-01-27\nvideo:\n  youtube: https://youtu.be/dQw4w9WgXcQ\n  poster: /images/p.jpg'),
    },
    ["images/p.jpg", "videos/a.mp4"],
  );
  assert.equal(messages, [
    "content/articles/bad.md:5: video: youtube \"https://youtu.be/dQw4w9WgXcQ\" is a link; write only the video's id: youtube: dQw4w9WgXcQ",
    "content/articles/missing.md:6: video: file /videos/thieu.webm does not exist: expected the file content/videos/thieu.webm",
    "content/articles/missing.md:6: video: poster /images/thieu.jpg does not exist: expected the file content/images/thieu.jpg",
  ]);
  const byTitle = new Map(articles.map((article) => [article.title, article]));
  assert.equal(byTitle.get("Có video")!.video, {
    kind: "embed", provider: "vimeo", id: "76979871", poster: "/images/p.jpg", duration: { text: "1:02:03", iso: "PT1H2M3S", seconds: 3723 },
  });
  assert.equal(byTitle.get("Tệp")!.video, { kind: "file", src: "/videos/a.mp4", type: "video/mp4", poster: "/images/p.jpg" });
});

test("lang: en puts an article under /en/; an unknown language is an error naming what is expected", async () => {
  const { articles, messages } = await archiveOf({
    "en.md": good('title: "Science news"\ncategory: khoa-hoc\npublished: 2024-01-27T22:01:00+07:00\nlang: en'),
    "fr.md": good('title: "Nouvelles"\ncategory: khoa-hoc\npublished: 2024-01-27\nlang: fr'),
  });
  assert.equal(articles.map((article) => [article.url, article.lang]), [["/en/2024/01/27/science-news/", "en"]]);
  assert.equal(messages, ['content/articles/fr.md:5: lang: unknown language "fr"; expected vi or en']);
});

test("translation: named in one file, linked both ways; by URL or by file", async () => {
  const vi = good(`${base}\ntranslation: /en/2024/01/27/science-news/`);
  const en = good('title: "Science news"\ncategory: khoa-hoc\npublished: 2024-01-27T22:01:00+07:00\nlang: en');
  const byUrl = await archiveOf({ "vi.md": vi, "en.md": en });
  assert.equal(byUrl.problems, []);
  const vietnamese = byUrl.articles.find((article) => article.lang === "vi");
  const english = byUrl.articles.find((article) => article.lang === "en");
  assert.is(vietnamese!.translation, "/en/2024/01/27/science-news/");
  assert.is(english!.translation, "/2024/01/27/tin-khoa-hoc/");
  const byFile = await archiveOf({ "vi.md": good(base), "en.md": good('title: "Science news"\ncategory: khoa-hoc\npublished: 2024-01-27\nlang: en\ntranslation: articles/vi.md') });
  assert.equal(byFile.problems, []);
  assert.is(byFile.articles.find((article) => article.lang === "vi")!.translation, "/en/2024/01/27/science-news/");
});

test("translation: missing, same language, or claimed twice is an error at its line", async () => {
  const english = (title: string, extra = "") => good(`title: "${title}"\ncategory: khoa-hoc\npublished: 2024-01-27\nlang: en${extra}`);
  const { messages } = await archiveOf({
    "a.md": good(`${base}\ntranslation: /en/2024/01/27/nowhere/`),
    "b.md": good('title: "Tin hai"\ncategory: khoa-hoc\npublished: 2024-01-27\ntranslation: /2024/01/27/tin-khoa-hoc/'),
    "c.md": english("One", "\ntranslation: articles/b.md"),
    "d.md": english("Two", "\ntranslation: articles/b.md"),
  });
  assert.equal(messages, [
    'content/articles/a.md:5: translation: no article at "/en/2024/01/27/nowhere/"; name the translation by its URL (/en/2024/01/27/slug/) or its file (articles/2024/01/slug.md)',
    'content/articles/b.md:5: translation: "/2024/01/27/tin-khoa-hoc/" is in the same language (vi); a translation is in the other one: set `lang:` in one of the two',
    "content/articles/d.md:6: translation: /2024/01/27/tin-hai/ is already the translation of /en/2024/01/27/one/",
  ]);
});

test("related: an article in the other language is an error (related news never mix languages)", async () => {
  const { messages } = await archiveOf({
    "a.md": good(`${base}\nrelated: [/en/2024/01/27/science-news/]`),
    "en.md": good('title: "Science news"\ncategory: khoa-hoc\npublished: 2024-01-27\nlang: en'),
  });
  assert.equal(messages, [
    'content/articles/a.md:5: related: "/en/2024/01/27/science-news/" is in another language; related news stay in the article\'s language (name a translation with `translation:`)',
  ]);
});

test("files that cannot be read safely (issue 15): each an error with file, line and field, in the writer's language", async () => {
  const cases: [string | Buffer, string][] = [
    ["---js\n{ title: 'x' }\n---\n", 'content/articles/a.md:1: phần đầu bài (front matter) chỉ được viết bằng YAML, nhưng dòng mở đầu là "---js": hãy sửa dòng 1 thành đúng ba dấu gạch "---"'],
    [Buffer.from(good(base).replace("khoa học", "khoa h\xf3c"), "latin1"), "content/articles/a.md:1: tệp không ở mã UTF-8"],
    [good(base, "Dòng\u000bmới"), "content/articles/a.md:6: body: có ký tự điều khiển U+000B (tab dọc) ở cột 5"],
    [good(`${base}\nimage: { src: /images/../../x.jpg, alt: Ảnh }`), "content/articles/a.md:5: image: đường dẫn /images/../../x.jpg trỏ ra ngoài thư mục nội dung"],
    [good(base, "![Ảnh](/images)"), "content/articles/a.md:6: body: đường dẫn /images là một thư mục, không phải một tệp"],
    [good(base, "![Ảnh](/images/100%.jpg)"), "content/articles/a.md:6: body: ảnh /images/100%.jpg không có: cần tệp content/images/100%.jpg"],
  ];
  for (const [text, expected] of cases) {
    const { messages, problems } = await archiveOf({ "a.md": text }, ["images/a.jpg"], { writerLanguage: "vi" });
    assert.ok(messages.some((message) => message.startsWith(expected)), `${expected}\n${messages.join("\n")}`);
    assert.ok(problems.every((problem) => problem.severity === "error"), expected);
  }
  const { messages } = await archiveOf({ "a.md": "---toml\n---\n" }, [], { writerLanguage: "en" });
  assert.equal(messages, ['content/articles/a.md:1: front matter is YAML only, but the opening line is "---toml": make line 1 exactly three hyphens, "---"']);
});

test("a CR-only or CRLF file reads like an LF one; a photo named with % is found (issue 15)", async () => {
  const { problems, articles } = await archiveOf(
    { "cr.md": good(base).replace(/\n/g, "\r"), "crlf.md": good(base.replace("khoa học", "công nghệ"), "![Ảnh](/images/100%.jpg)").replace(/\n/g, "\r\n") },
    ["images/100%.jpg"],
  );
  assert.equal(problems, []);
  assert.equal(articles.map((article) => article.url).sort(), ["/2024/01/27/tin-cong-nghe/", "/2024/01/27/tin-khoa-hoc/"]);
});

test("data files are read as strictly as articles: UTF-8, no control characters (site and category names reach every feed)", async () => {
  const latin1 = await archiveOf({}, [], { categories: Buffer.from("khoa-hoc:\n  name: Khoa h\xf3c\n", "latin1"), writerLanguage: "vi" });
  assert.match(latin1.messages.join("\n"), "content/_data/categories.yaml:1: tệp không ở mã UTF-8");
  const control = await archiveOf({}, [], { site: `${SITE}title_en: "Science\u000c news"\n` , writerLanguage: "en" });
  assert.match(control.messages.join("\n"), "content/_data/site.yaml:5: control character U+000C (form feed) at column 19");
});

test("front-page.yaml: pinned stories resolve to URLs, by URL or file; an unknown one is an error with its line", async () => {
  const { pinned, messages } = await archiveOf({
    "2024/01/a.md": good(base),
    "2024/01/b.md": good('title: "B"\ncategory: khoa-hoc\npublished: 2024-01-28T08:00:00+07:00\nfeatured: true'),
    "../_data/front-page.yaml": "pinned:\n  - articles/2024/01/b.md\n  - https://tin.example.org/2024/01/27/tin-khoa-hoc\n  - /2024/01/30/khong-co/\n",
  });
  assert.equal(pinned, ["/2024/01/28/b/", "/2024/01/27/tin-khoa-hoc/"]);
  assert.equal(messages, ['content/_data/front-page.yaml:4: pinned: no article at "/2024/01/30/khong-co/"; name one by its URL (/2024/01/27/slug/) or its file (articles/2024/01/slug.md)']);
});

test("featured: true or false, nothing else", async () => {
  const { articles, messages } = await archiveOf({
    "a.md": good(`${base}\nfeatured: true`),
    "b.md": good('title: "B"\ncategory: khoa-hoc\npublished: 2024-01-27\nfeatured: yes please'),
  });
  assert.equal(articles.map((article) => article.featured), [true]);
  assert.equal(messages, ['content/articles/b.md:5: featured: expected true or false, got "yes please"']);
});

test("site.yaml: a logo or share image that is not in content/, and a menu link without a url, are errors naming the line and the field", async () => {
  const { messages } = await archiveOf({
    "../_data/site.yaml": `${SITE}logo: /images/logo.svg\nshare_image: anh.jpg\nmenu:\n  - name: Giới thiệu\n`,
  });
  assert.equal(messages.map((message) => message.split("\n")[0]), [
    'content/_data/site.yaml:6: share_image: expected a file under content/ such as /images/share.jpg, or an http(s) URL, got "anh.jpg"',
    "content/_data/site.yaml:7: menu[1]: needs a name and a url starting with / or http(s)://, e.g.",
  ]);
  const missing = await archiveOf({ "../_data/site.yaml": `${SITE}logo: /images/logo.svg\nshare_image: /images/share.jpg\n` }, ["images/share.jpg"]);
  assert.equal(missing.messages, ["content/_data/site.yaml:5: logo: image /images/logo.svg does not exist: expected the file content/images/logo.svg"]);
});

test("site.yaml: an SVG share image is a warning naming the fix, in Vietnamese by default, and no share image at all", async () => {
  for (const [writerLanguage, expected] of [
    ["en", "content/_data/site.yaml:5: share_image: social networks do not show SVG images, so /images/share.svg is ignored and shared links have no picture: use a JPEG or PNG at least 1200 px wide, e.g. share_image: /images/share.jpg (warning)"],
    ["vi", "content/_data/site.yaml:5: share_image: mạng xã hội không hiển thị ảnh SVG, nên /images/share.svg bị bỏ qua và liên kết chia sẻ sẽ không có ảnh: hãy dùng một ảnh JPEG hoặc PNG rộng ít nhất 1200 px, ví dụ share_image: /images/share.jpg (cảnh báo)"],
  ] as const) {
    const archive = await archiveOf({}, ["images/share.svg"], { site: `${SITE}share_image: /images/share.svg\n`, writerLanguage });
    assert.equal([archive.messages, archive.problems.map((problem) => problem.severity)], [[expected], ["warning"]], writerLanguage);
    assert.is(archive.site?.shareImage, undefined, "no og:image a network cannot show");
  }
  const remote = await archiveOf({}, [], { site: `${SITE}share_image: https://cdn.example.org/chia-se.SVG?v=2\n` });
  assert.equal([remote.problems.map((problem) => problem.field), remote.site?.shareImage], [["share_image"], undefined]);
  const photo = await archiveOf({}, ["images/share.jpg"], { site: `${SITE}share_image: /images/share.jpg\n` });
  assert.equal([photo.messages, photo.site?.shareImage?.src], [[], "/images/share.jpg"]);
});

test.run();
