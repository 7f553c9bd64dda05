import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";
import { fileHashes } from "../support/file-hashes.ts";

// The second build asks for English messages: the language of the messages changes nothing in the site.
const first = await buildSite(FIXTURE_SITE, { env: { TZ: "UTC" } });
const second = await buildSite(FIXTURE_SITE, { env: { TZ: "Asia/Tokyo" }, args: ["--lang", "en"] });

test("two builds of the same content with the same SOURCE_DATE_EPOCH are byte-identical, whatever the zone and the messages' language", async () => {
  assert.is(first.code, 0, first.stderr);
  assert.is(second.code, 0, second.stderr);
  const a = Object.fromEntries(await fileHashes(first.outputDir));
  const b = Object.fromEntries(await fileHashes(second.outputDir));
  assert.ok(Object.keys(a).length > 10);
  assert.equal(b, a);
});

test("the build report names each stage with its time, progress, and a summary: in Vietnamese by default, numbers with a decimal comma", () => {
  for (const stage of ["kiểm tra nội dung", "tính các trang", "dựng trang \\(Eleventy\\)", "thay bản dựng cũ"]) {
    assert.match(first.stdout, new RegExp(`^▸ ${stage}…$`, "m"), stage);
    assert.match(first.stdout, new RegExp(`^✓ ${stage} \\(\\d+,\\d\\d giây\\)$`, "m"), stage);
  }
  assert.match(first.stdout, /^ {2}trang: \d+\/\d+$/m);
  assert.match(first.stdout, /^ {2}bộ nhớ đệm: \d+ trang không đổi, \d+ trang cần ghi \(/m);
  assert.match(first.stdout, /^Đã dựng 3 bài: \d+ trang, 16 nguồn tin, \d+ tệp, \d+,\d MB trong \d+,\d giây → /m);
  assert.not.match(first.stdout, /\d\.\d+ (s|giây|MB)\b/, "no decimal point in Vietnamese");
  assert.not.match(first.stdout, "\r");
});

test("with --lang en: the same report in English, numbers with a decimal point", () => {
  for (const stage of ["validate", "pages", "eleventy", "swap"]) assert.match(second.stdout, new RegExp(`✓ ${stage} \\(\\d+\\.\\d\\d s\\)`), stage);
  assert.match(second.stdout, /Built 3 articles: \d+ pages, 16 feeds, \d+ files, [\d.]+ MB in [\d.]+ s/);
  assert.match(second.stdout, /^ {2}pages: \d+\/\d+$/m);
  const report = second.stdout.split("\n").filter((line) => /^(▸|✓|Built| {2}(cache|pages|search|photos):)/.test(line));
  assert.ok(report.length > 10);
  for (const line of report) assert.not.match(line, /[À-ỹ]/, `no Vietnamese in the English report: ${line}`);
});

test.run();
