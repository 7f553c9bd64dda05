import { test } from "uvu";
import * as assert from "uvu/assert";
import { foldVietnamese, slugify } from "../src/slug.ts";

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

test("foldVietnamese keeps case and folds đ/Đ, which NFD alone does not", () => {
  assert.is("đ".normalize("NFD"), "đ");
  assert.is(foldVietnamese("Đảng ủy đại học"), "Dang uy dai hoc");
  assert.is(foldVietnamese("Khoa học"), "Khoa hoc");
});

test.run();
