/**
 * Every string a reader sees, in one dictionary per language, so that a later English section
 * reuses every layout with `strings.en`.
 */
export const vi = {
  langCode: "vi",
  skipToContent: "Chuyển đến nội dung chính",
  home: "Trang chủ",
  categories: "Chuyên mục",
  published: "Đăng",
  updated: "Cập nhật",
  creditTextAndPhoto: "Bài, ảnh",
  creditText: "Bài",
  creditPhoto: "Ảnh",
  breadcrumb: "Đường dẫn",
  tags: "Từ khóa",
  draftBadge: "Bản nháp",
  scheduledBadge: "Hẹn giờ đăng",
  english: "English",
  footerNote: "Trang tin lưu trữ tĩnh, xây dựng bằng tintuc.",
  notFoundTitle: "Không tìm thấy trang",
  notFoundText: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
  listSeparator: ", ",
  /** ISO order: Monday first. */
  weekdays: ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"],
} as const;

export type Strings = { readonly [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : readonly string[] };

export const strings: Record<"vi", Strings> = { vi };
