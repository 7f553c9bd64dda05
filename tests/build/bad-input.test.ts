/**
 * Whatever `npm run check` accepts, the real build builds; whatever it refuses, the build refuses
 * with the same message (issue 15). Each case is an input that once crashed the build with a stack
 * trace, crashed check itself, or was published wrong. The builds run with a temporary folder of
 * their own, so that a scratch folder left behind is seen.
 */
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite, checkSite, recordUrls } from "../support/build-site.ts";

const FRONT = (fields: string): string => `---\n${fields}\ncategory: khoa-hoc\n---\nThân bài.\n`;

async function siteWith(files: Record<string, string | Buffer>, root?: string): Promise<{ root: string; contentDir: string; tmpDir: string }> {
  root ??= await mkdtemp(path.join(os.tmpdir(), "tintuc-bad-"));
  const contentDir = path.join(root, "content");
  const tmpDir = path.join(root, "tmp");
  await mkdir(tmpDir, { recursive: true });
  await cp(FIXTURE_SITE, contentDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
    await writeFile(path.join(contentDir, name), text);
  }
  return { root, contentDir, tmpDir };
}

/** tintuc's scratch folders in a temporary folder (tsx keeps its cache there too, on purpose). */
const ourScratch = async (tmpDir: string): Promise<string[]> => (await readdir(tmpDir)).filter((name) => name.startsWith("tintuc-"));

/** XML 1.0's Char production: fast-xml-parser's validator does not check characters. */
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function assertWellFormedXml(xml: string, what: string): void {
  assert.is(XMLValidator.validate(xml), true, what);
  assert.not.match(xml, NOT_XML_CHARACTER, `${what}: a character XML cannot carry`);
}

test("accepted by check, built: a 260-character and a 100 KB title, % in photo paths, CR and CRLF files, real offsets", async () => {
  const { contentDir, tmpDir } = await siteWith({
    "articles/2024/04/dai.md": FRONT(`title: "${"Tin dài ".repeat(33).trim()}"\npublished: 2024-04-01`),
    "articles/2024/04/rat-dai.md": FRONT(`title: "${"Đổi mới sáng tạo ".repeat(6000).trim()}"\npublished: 2024-04-02`),
    "articles/2024/04/phan-tram.md":
      "---\ntitle: Trăm phần trăm\ncategory: khoa-hoc\npublished: 2024-04-03\nimage:\n  src: /images/100%.jpg\n  alt: Ảnh\n---\n![Ảnh](/images/100%.jpg)\n",
    "articles/2024/04/cr.md": "---\rtitle: Dòng CR\rcategory: khoa-hoc\rpublished: 2024-04-04\r---\rThân bài CR.\r",
    "articles/2024/04/crlf.md": "---yaml\r\ntitle: Dòng CRLF\r\ncategory: khoa-hoc\r\npublished: 2024-04-05T09:00+14:00\r\n---\r\nThân bài.\r\n",
    "articles/2024/04/tay.md": FRONT("title: Giờ phía tây\npublished: 2024-04-06T09:00-12:00"),
  });
  await copyFile(path.join(contentDir, "images", "hoi-nghi.jpg"), path.join(contentDir, "images", "100%.jpg"));
  const env = { TMPDIR: tmpDir };
  await recordUrls(contentDir, { env });
  const check = await checkSite(contentDir, { env });
  assert.is(check.code, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /^Đã kiểm tra 11 bài \(.*\): 0 lỗi, 1 cảnh báo, trong \d+,\d\d giây$/m);
  // The fixture's scheduled article, more than a year ahead: a warning naming it, and the schedule listed (issue 17).
  const farAhead = /hen-gio\.md:4: published: bài hẹn đăng lúc 01\/01\/2099, 08:00 \(GMT\+7\), hơn một năm nữa/;
  assert.match(check.stdout, farAhead);
  assert.match(check.stdout, /hen-gio\.md:4: published: .* \(cảnh báo\)$/m, "a warning marked in Vietnamese");
  assert.match(check.stdout, /^Bài hẹn giờ đăng \(1\):\n  .*articles\/2099\/01\/hen-gio\.md → 01\/01\/2099, 08:00 \(GMT\+7\)$/m);
  const build = await buildSite(contentDir, { env });
  assert.is(build.code, 0, build.stdout + build.stderr);
  assert.match(build.stdout, farAhead);
  assert.match(build.stdout, /Bài hẹn giờ đăng \(1\):\n  +.*articles\/2099\/01\/hen-gio\.md → 01\/01\/2099, 08:00 \(GMT\+7\)$/m);
  const english = await checkSite(contentDir, { env, args: ["--lang", "en"] });
  assert.match(english.stdout, /hen-gio\.md:4: published: scheduled for 1 January 2099, 08:00 \(GMT\+7\), more than a year ahead.* \(warning\)$/m);
  assert.match(english.stdout, /^Scheduled \(1\):\n  .*hen-gio\.md → 1 January 2099, 08:00 \(GMT\+7\)\n11 articles checked \(.*\): 0 errors, 1 warning in /m);
  assert.not.match(build.stderr, /\n\s+at /, "no stack trace");

  const days = async (day: string): Promise<string[]> => readdir(path.join(build.outputDir, "2024", "04", day)).then((names) => names.filter((name) => name !== "index.html"));
  for (const day of ["01", "02"]) {
    const [slug] = await days(day);
    assert.ok(slug && slug.length <= 120, `${day}: ${slug?.length}`);
  }
  assert.equal(await days("01"), ["tin-dai-".repeat(14) + "tin-dai"]);
  assert.equal(await days("04"), ["dong-cr"], "a CR-only file reads as lines");
  assert.equal(await days("05"), ["dong-crlf"]);
  const percent = await readFile(path.join(build.outputDir, "2024", "04", "03", "tram-phan-tram", "index.html"), "utf8");
  assert.match(percent, /<img src="\/photo-sizes\/images\/100%25.jpg\/800.jpg" [^>]*alt="Ảnh" width="960" height="540"/, "lead photo: the file 100%.jpg, measured, its copies named after it");
  assert.ok(existsSync(path.join(build.outputDir, "photo-sizes", "images", "100%.jpg", "800.jpg")));
  assert.not.match(percent, /"\/images\/100%\.jpg"/, "never a bare %, which a server cannot decode");
  assert.ok(existsSync(path.join(build.outputDir, "images", "100%.jpg")));

  for (const feed of ["feed.xml", "category/khoa-hoc/feed.xml"]) assertWellFormedXml(await readFile(path.join(build.outputDir, feed), "utf8"), feed);
  assert.equal(await ourScratch(tmpDir), [], "no scratch folder left in the temporary folder");
});

test("refused by check and build alike, each with file, line, field and the fix; nothing written, nothing left behind", async () => {
  const latin1 = Buffer.from("---\ntitle: Ch\xe9 t\xe1o\ncategory: khoa-hoc\npublished: 2024-04-01\n---\nx\n", "latin1");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRONT("title: Tin\npublished: 2024-04-01"), "utf16le")]);
  const { contentDir, tmpDir, root } = await siteWith({
    "articles/2024/04/slug-dai.md": FRONT(`title: Tin\npublished: 2024-04-01\nslug: ${"tin-".repeat(75)}cuoi`),
    "articles/2024/04/nam.md": FRONT("title: Tin năm 99\npublished: 0099-01-27"),
    "articles/2024/04/nam-0.md": FRONT("title: Tin năm 0\npublished: 0000-01-01"),
    "articles/2024/04/mui-gio.md": FRONT("title: Tin múi giờ\npublished: 2024-04-01T09:00+25:00"),
    "articles/2024/04/phut.md": FRONT("title: Tin phút\npublished: 2024-04-01T09:00+07:99"),
    "articles/2024/04/dieu-khien.md": FRONT("title: Tin\u000bngắt dòng Word\npublished: 2024-04-01"),
    "articles/2024/04/nul.md": "---\ntitle: Tin NUL\ncategory: khoa-hoc\npublished: 2024-04-01\n---\nThân\u0000bài\n",
    "articles/2024/04/latin1.md": latin1,
    "articles/2024/04/utf16.md": utf16,
    "articles/2024/04/utf16-khong-bom.md": Buffer.from(FRONT("title: Tin\npublished: 2024-04-01"), "utf16le"),
    "articles/2024/04/ngoai.md": FRONT("title: Tin ngoài\npublished: 2024-04-01\nimage: { src: /images/../../../../etc/passwd, alt: Ảnh }"),
    "articles/2024/04/ngoai-ma.md": "---\ntitle: Tin ngoài mã\ncategory: khoa-hoc\npublished: 2024-04-01\n---\n\n![Ảnh](/images/%2e%2e/%2e%2e/outside.jpg)\n",
    "articles/2024/04/thu-muc.md": FRONT("title: Tin thư mục\npublished: 2024-04-01\nimage: { src: /images, alt: Ảnh }"),
    "articles/2024/04/so.md": FRONT("title: 1.5e3\npublished: 2024-04-01"),
    "articles/2024/04/nan.md": FRONT("title: .nan\npublished: 2024-04-01"),
    "articles/2024/04/thang.md": FRONT("title: Chiến dịch #VệTinhViệtNam lan tỏa mạnh mẽ\npublished: 2024-04-01"),
    "articles/2024/04/hai-cham.md": FRONT('title: Thủ tướng: "Vệ tinh LOTUSat-1 là niềm tự hào"\npublished: 2024-04-01'),
    "articles/2024/04/chuyen-muc.md": "---\ntitle: Tin chuyên mục\ncategory: khoa-hocc\npublished: 2024-04-01\n---\nx\n",
    "articles/2024/04/thieu-tieu-de.md": FRONT("published: 2024-04-01"),
    "articles/2024/04/nhap.md": FRONT("title: Tin nháp\npublished: 2024-04-01\ndraft: có"),
    "articles/2024/04/hai-lan.md": FRONT("title: Tin một\ntitle: Tin hai\npublished: 2024-04-01"),
    "articles/2024/04/ngay-viet.md": FRONT("title: Tin ngày kiểu Việt\npublished: 27/04/2024 22:01"),
    "articles/2024/04/ngay-my.md": FRONT("title: Tin ngày kiểu Mỹ\npublished: 04/27/2024"),
    "articles/2024/04/ten-chuyen-muc.md": '---\ntitle: Tin tên chuyên mục\ncategory: "Hoạt động KH&CN"\npublished: 2024-04-01\n---\nx\n',
    "articles/2024/04/anh-than-bai.md": FRONT("title: Tin ảnh thân bài\npublished: 2024-04-01") + "\n![](/images/hoi-nghi.jpg)\n\n![Ảnh](../../images/hoi-nghi.jpg)\n\n![Ảnh](/images/khong-co.jpg)\n",
    "articles/2024/04/lien-ket.md": FRONT("title: Tin liên kết\npublished: 2024-04-01") + "\nXem [bài](/2024/04/01/tin-lien-ketx/).\n",
    "articles/2024/04/sai-ten-anh.md": FRONT('title: Tin sai tên trường ảnh\npublished: 2024-04-01\nphotos: "Hữu Thắng"'),
    "articles/2024/04/chu-thich.md": FRONT("title: Tin chú thích\npublished: 2024-04-01\nimage:\n  src: /images/hoi-nghi.jpg\n  alt: Ảnh\n  caption: Toàn cảnh #HộiNghị năm nay"),
    "articles/2024/04/truong-la.md": FRONT("title: Tin trường lạ\npublished: 2024-04-01\ntac_gia: Lan Anh"),
    "articles/2024/04/anh-thieu-alt.md": FRONT("title: Tin ảnh\npublished: 2024-04-01\nimage:\n  src: /images/hoi-nghi.jpg"),
    // Front matter YAML cannot read, and a body with its own mistakes: all of them in the same run (issue 17).
    "articles/2024/04/hong-dau-bai.md":
      FRONT("title: Tin hỏng: cả đầu bài\npublished: 2024-04-01") + "\n![](/images/hoi-nghi.jpg)\n\nXem [bài](/2024/04/01/tin-lien-ketx/).\n\n![Ảnh](/images/khong-co-nua.jpg)\n\n![Ảnh](../images/hoi-nghi.jpg)\n",
  });
  await writeFile(path.join(root, "outside.jpg"), "x");
  const expected: [string, RegExp][] = [
    ["slug-dai.md:4: slug:", /slug dài 304 ký tự, quá giới hạn 120 .* ví dụ slug: (tin-){29}tin/],
    ["nam.md:3: published:", /năm 99 nằm ngoài khoảng 1000–9999/],
    ["nam-0.md:3: published:", /năm 0 nằm ngoài khoảng 1000–9999/],
    ["mui-gio.md:3: published:", /múi giờ "\+25:00" không có thật/],
    ["phut.md:3: published:", /múi giờ "\+07:99" không có thật/],
    ["dieu-khien.md:2: title:", /ký tự điều khiển U\+000B \(tab dọc\) ở cột 11/],
    ["nul.md:6: body:", /ký tự điều khiển U\+0000 \(NUL\) ở cột 5/],
    ["latin1.md:1:", /tệp không ở mã UTF-8 \(có vẻ là Windows-1258, Latin-1/],
    ["utf16.md:1:", /tệp không ở mã UTF-8 \(có vẻ là UTF-16 LE\): hãy mở tệp và lưu lại với mã UTF-8/],
    ["utf16-khong-bom.md:1:", /tệp không ở mã UTF-8 \(có vẻ là UTF-16\)/],
    ["ngoai.md:4: image:", /đường dẫn \/images\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd trỏ ra ngoài thư mục nội dung/],
    ["ngoai-ma.md:7: body:", /đường dẫn \/images\/%2e%2e\/%2e%2e\/outside\.jpg trỏ ra ngoài/],
    ["thu-muc.md:4: image:", /đường dẫn \/images là một thư mục, không phải một tệp/],
    ["so.md:2: title:", /cần chữ nhưng YAML đọc giá trị này là 1500: hãy đặt giá trị trong dấu ngoặc kép/],
    ["nan.md:2: title:", /YAML đọc giá trị này là NaN/],
    ["thang.md:2: title:", /giá trị chỉ còn "Chiến dịch": .* sửa dòng này thành title: "Chiến dịch #VệTinhViệtNam lan tỏa mạnh mẽ"/],
    ["hai-cham.md:2: title:", /dấu hai chấm .* sửa dòng này thành title: 'Thủ tướng: "Vệ tinh LOTUSat-1 là niềm tự hào"'/],
    ["chuyen-muc.md:3: category:", /không có chuyên mục "khoa-hocc": có phải ý bạn là category: khoa-hoc\?/],
    ["thieu-tieu-de.md:1: title:", /thiếu trường này, bài nào cũng cần: hãy thêm một dòng như title: /],
    ["nhap.md:4: draft:", /cần true hoặc false; đang là "có"/],
    ["hai-lan.md:3: title:", /trường này được viết hai lần: hãy giữ một dòng và xóa dòng kia/],
    ["ngay-viet.md:3: published:", /"27\/04\/2024 22:01" là cách viết ngày quen thuộc, .*: hãy sửa dòng này thành published: 2024-04-27T22:01:00\+07:00/],
    ["ngay-my.md:3: published:", /"04\/27\/2024" không có thật khi đọc theo ngày\/tháng\/năm/],
    ["ten-chuyen-muc.md:3: category:", /"Hoạt động KH&CN" là tên của chuyên mục; trong bài hãy ghi mã của nó: category: hoat-dong-khcn/],
    ["anh-than-bai.md:8: body:", /ảnh \/images\/hoi-nghi\.jpg chưa có mô tả \(alt\)/],
    ["anh-than-bai.md:10: body:", /đường dẫn ảnh \.\.\/\.\.\/images\/hoi-nghi\.jpg là đường dẫn tương đối, .* ví dụ \/images\/hoi-nghi\.jpg/],
    ["anh-than-bai.md:12: body:", /ảnh \/images\/khong-co\.jpg không có: cần tệp .*content\/images\/khong-co\.jpg/],
    ["lien-ket.md:8: body:", /liên kết \/2024\/04\/01\/tin-lien-ketx\/ không dẫn tới bài nào của trang.*: có phải ý bạn là \/2024\/04\/01\/tin-lien-ket\/\?/],
    ["sai-ten-anh.md:4: photos:", /không có trường này: có phải ý bạn là photo:\?/],
    ["chu-thich.md:7: image:", /giá trị chỉ còn "Toàn cảnh": .* sửa dòng này thành caption: "Toàn cảnh #HộiNghị năm nay"/],
    ["truong-la.md:4: tac_gia:", /không có trường này: có phải ý bạn là author:\?/],
    ["anh-thieu-alt.md:4: image:", /thiếu alt: hãy mô tả ảnh cho bạn đọc không nhìn thấy nó/],
    ["hong-dau-bai.md:2: title:", /dấu hai chấm .* sửa dòng này thành title: "Tin hỏng: cả đầu bài"/],
    ["hong-dau-bai.md:8: body:", /ảnh \/images\/hoi-nghi\.jpg chưa có mô tả \(alt\)/],
    ["hong-dau-bai.md:10: body:", /liên kết \/2024\/04\/01\/tin-lien-ketx\/ không dẫn tới bài nào của trang/],
    ["hong-dau-bai.md:12: body:", /ảnh \/images\/khong-co-nua\.jpg không có: cần tệp .*content\/images\/khong-co-nua\.jpg/],
    ["hong-dau-bai.md:14: body:", /đường dẫn ảnh \.\.\/images\/hoi-nghi\.jpg là đường dẫn tương đối/],
  ];
  const env = { TMPDIR: tmpDir };
  const check = await checkSite(contentDir, { env });
  assert.is(check.code, 1, check.stdout + check.stderr);
  assert.not.match(check.stdout + check.stderr, /\n\s+at /, "no stack trace");
  for (const [where, message] of expected) {
    const line = check.stdout.split("\n").find((text) => text.includes(`articles/2024/04/${where}`));
    assert.ok(line, `check: ${where}\n${check.stdout}`);
    assert.match(line!, message, where);
  }
  const english = await checkSite(contentDir, { env, args: ["--lang", "en"] });
  assert.is(english.code, 1);
  for (const [where, message] of [
    ["utf16.md:1:", /the file is not UTF-8 \(it looks like UTF-16 LE\): open it and save it again as UTF-8/],
    ["chuyen-muc.md:3: category:", /unknown category "khoa-hocc": did you mean category: khoa-hoc\?/],
    ["thieu-tieu-de.md:1: title:", /is required in every article: add a line such as title: /],
    ["hai-lan.md:3: title:", /this field is written twice/],
    ["truong-la.md:4: tac_gia:", /unknown field: did you mean author:\?/],
    ["ngay-viet.md:3: published:", /make this line published: 2024-04-27T22:01:00\+07:00/],
  ] as const) {
    const line = english.stdout.split("\n").find((text) => text.includes(`articles/2024/04/${where}`));
    assert.match(line ?? "", message, `--lang en: ${where}\n${english.stdout}`);
  }

  const build = await buildSite(contentDir, { env });
  assert.is(build.code, 1, build.stdout + build.stderr);
  assert.not.match(build.stderr, /\n\s+at /, "no stack trace");
  for (const [where] of expected) assert.match(build.stdout + build.stderr, `articles/2024/04/${where}`, `build: ${where}`);
  assert.not.ok(existsSync(build.outputDir), "nothing written");
  assert.equal(await ourScratch(tmpDir), [], "no scratch folder left in the temporary folder");
});

test("a content folder whose path starts with the project's (/x/p-content seen from /x/p) builds (issue 15)", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "tintuc-prefix-"));
  const project = path.join(root, "p");
  await mkdir(project);
  const { contentDir } = await siteWith({}, root);
  const prefixed = path.join(root, "p-content");
  await cp(contentDir, prefixed, { recursive: true });
  const build = await buildSite(prefixed, { cwd: project });
  assert.is(build.code, 0, build.stdout + build.stderr);
  assert.ok(existsSync(path.join(build.outputDir, "2024", "01", "27", "index.html")));
  assert.ok(existsSync(path.join(build.outputDir, "404.html")));
});

test.run();
