import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleSearchView } from "../../src/search/article-search.ts";
import { foldedFormsOfDWords } from "../../src/text/folded-forms.ts";

const article = {
  title: "Đảng bộ Bộ Khoa học đạt nhiều kết quả",
  lede: "Tóm tắt về đại hội",
  // The body's forms, as the loader finds them: "Trong năm 2023, Đảng bộ đã lãnh đạo.\n\n![Toàn cảnh](/images/toan-canh.jpg \"Toàn cảnh Hội nghị.\")".
  bodyFoldedForms: ["dang", "da", "dao"],
  image: { src: "/images/hoi-nghi.jpg", alt: "Bí thư phát biểu", caption: "Bí thư Đảng ủy Lê Xuân Định" },
  source: "Theo Tạp chí Đổi mới",
  published: DateTime.fromISO("2023-12-31T17:30:00Z"),
  lang: "vi" as const,
};

test("articleSearchView: year, month and date in GMT+7 (00:30 on 1 January GMT+7 is 2024), folded forms of every indexed text", () => {
  assert.equal(articleSearchView(article, ["Bài, ảnh: Đăng Minh"]), {
    year: "2024",
    month: "2024-01",
    date: "01/01/2024",
    foldedForms: ["dang", "dat", "dai", "dinh", "da", "dao", "doi"],
  });
});

test("articleSearchView: an article without đ carries no folded forms", () => {
  const plain = { title: "Khoa học", bodyFoldedForms: [], published: DateTime.fromISO("2024-03-01T16:59:00Z"), lang: "vi" as const };
  assert.equal(articleSearchView(plain, []), { year: "2024", month: "2024-03", date: "01/03/2024", foldedForms: [] });
});

test("articleSearchView: an English article's result date is written the English way", () => {
  const english = { title: "Satellite", bodyFoldedForms: [], published: DateTime.fromISO("2024-03-01T16:59:00Z"), lang: "en" as const };
  assert.is(articleSearchView(english, []).date, "1 March 2024");
});

test.run();
