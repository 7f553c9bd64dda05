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
  archive: "Lưu trữ",
  archiveIntro: "Tin đã đăng theo năm và tháng.",
  dayTitle: "Tin ngày",
  monthTitle: "Tin tháng",
  yearTitle: "Tin năm",
  previousDay: "Ngày trước",
  nextDay: "Ngày sau",
  previousMonth: "Tháng trước",
  nextMonth: "Tháng sau",
  previousYear: "Năm trước",
  nextYear: "Năm sau",
  previousPage: "Trang trước",
  nextPage: "Trang sau",
  pagination: "Phân trang",
  page: "Trang",
  latestNews: "Tin mới nhất",
  moreInCategory: "Xem thêm",
  newsCount: "tin",
  noNews: "Chưa có tin.",
  calendar: "Lịch tin",
  pickerTitle: "Xem tin theo ngày",
  pickerLabel: "Chọn ngày",
  pickerButton: "Xem",
  /** `{date}` and `{nearest}` are filled in by the date picker's script. */
  pickerRedirected: "Không có tin ngày {date}; đang xem tin ngày {nearest}.",
  pickerBeforeFirst: "Không có tin ngày {date}. Tin sớm nhất là ngày {nearest}.",
  pickerAfterLast: "Không có tin ngày {date}. Tin mới nhất là ngày {nearest}.",
  pickerInvalid: "Ngày không hợp lệ.",
  /** Column headers of a month calendar, Monday first. */
  weekdaysShort: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
  /** ISO order: Monday first. */
  weekdays: ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"],
} as const;

export type Strings = { readonly [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : readonly string[] };

export const strings: Record<"vi", Strings> = { vi };
