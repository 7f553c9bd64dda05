import { test } from "uvu";
import * as assert from "uvu/assert";
import { MAX_SLUG_LENGTH, capSlug, foldVietnamese, slugify } from "../src/slug.ts";

const slugCases: [string, string][] = [
  ["Đảng bộ Bộ Khoa học và Công nghệ", "dang-bo-bo-khoa-hoc-va-cong-nghe"],
  ["Đại học Quốc gia Hà Nội", "dai-hoc-quoc-gia-ha-noi"],
  ["ĐỔI MỚI SÁNG TẠO", "doi-moi-sang-tao"],
  ["Ứng dụng trí tuệ nhân tạo (AI) trong y tế", "ung-dung-tri-tue-nhan-tao-ai-trong-y-te"],
  ["KH&CN: 04 luật sửa đổi, bổ sung…", "kh-cn-04-luat-sua-doi-bo-sung"],
  ["  Khởi nghiệp -- sáng tạo  ", "khoi-nghiep-sang-tao"],
  ["Hộ gia đình ở Đắk Lắk, Bình Định", "ho-gia-dinh-o-dak-lak-binh-dinh"],
  ["Thuỷ lợi và thủy điện", "thuy-loi-va-thuy-dien"],
  ["Quả “sầu riêng” 100%", "qua-sau-rieng-100"],
  ["", ""],
];

test("slugify: Vietnamese titles become lowercase ASCII slugs", () => {
  for (const [title, expected] of slugCases) assert.is(slugify(title), expected, title);
});

test("slugify: decomposed (NFD) input gives the same slug as composed (NFC)", () => {
  const title = "Đổi mới sáng tạo";
  assert.is(slugify(title.normalize("NFD")), slugify(title));
});

test("capSlug: at most MAX_SLUG_LENGTH characters, cut at the last hyphen that fits, the same every time", () => {
  const cases: [string, number, string][] = [
    ["tin-ngan-gon", 9, "tin-ngan"],
    ["tin-ngan-gon", 8, "tin-ngan"],
    ["tin-ngan-gon", 12, "tin-ngan-gon"],
    ["tin-ngan-gon", 7, "tin"],
    ["abcdefghij-k", 5, "abcde"],
  ];
  for (const [slug, max, expected] of cases) assert.is(capSlug(slug, max), expected, `${slug} ${max}`);
  assert.is(MAX_SLUG_LENGTH, 120);
});

test("slugify: a long title (260 characters, 100 KB) gives a slug of at most 120 bytes, ending on a whole word (issue 15)", () => {
  for (const title of ["Tin dài ".repeat(33), "Đổi mới sáng tạo trong khoa học ".repeat(3300), "x".repeat(300)]) {
    const slug = slugify(title);
    assert.ok(Buffer.byteLength(slug) <= MAX_SLUG_LENGTH, `${slug.length}`);
    assert.ok(slug.length >= MAX_SLUG_LENGTH - 12, "cut near the cap, not far before it");
    assert.not.match(slug, /-$/);
    assert.is(slugify(title), slug, "deterministic");
  }
  assert.is(slugify("Tin dài ".repeat(33)), "tin-dai-".repeat(14) + "tin-dai", "cut between words");
});

test("foldVietnamese keeps case and folds đ/Đ, which NFD alone does not", () => {
  assert.is("đ".normalize("NFD"), "đ");
  assert.is(foldVietnamese("Đảng ủy đại học"), "Dang uy dai hoc");
  assert.is(foldVietnamese("Khoa học"), "Khoa hoc");
});

test.run();
