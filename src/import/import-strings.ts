/**
 * Every message the importer prints, in Vietnamese (the default) and English (`--lang en`): the
 * report's headings and each problem's text. `{name}` marks a value put in by `importMessage`.
 */
import type { Language } from "../language.ts";

const vi = {
  usage:
    "Cách dùng:\n  npm run import -- wordpress TỆP-XUẤT.xml [--media THƯ-MỤC-UPLOADS] [--categories ÁNH-XẠ.yaml] [--fetch-media] [--content THƯ-MỤC] [--lang en]\n  npm run import -- html THƯ-MỤC [--config import.yaml] [--fetch-media] [--content THƯ-MỤC] [--lang en]\n  npm run import -- --help",
  unknownCommand: "lệnh \"{command}\" không có; dùng wordpress hoặc html",
  missingSource: "thiếu tệp hoặc thư mục cần nhập",
  sourceMissing: "không đọc được {path}: tệp hoặc thư mục không tồn tại",
  notXml: "tệp không phải XML hợp lệ (dòng {line}): {message}",
  reportTitle: "Kết quả nhập từ {source}",
  countImported: "Đã nhập: {count} bài (mới {created}, cập nhật {updated}, không đổi {unchanged})",
  countScheduled: "Hẹn giờ đăng: {count}",
  countDrafts: "Bản nháp: {count}",
  countSkipped: "Bỏ qua: {count}",
  countSkippedReason: "  {reason}: {count}",
  countPhotos: "Ảnh đã chép: {count} (đã có sẵn {reused}; để nguyên liên kết ngoài: {remote})",
  countCategories: "Chuyên mục mới thêm vào categories.yaml: {list}",
  countProblems: "{count} vấn đề:",
  nothingWritten: "Không có gì thay đổi: không ghi tệp nào.",
  skipPrivate: "bài riêng tư (private)",
  skipTrash: "bài trong thùng rác (trash)",
  skipOtherStatus: "trạng thái khác",
  skipNoDate: "không có ngày đăng",
  skipNoTitle: "không có tiêu đề",
  skipEdited: "đã được sửa sau lần nhập trước",
  problemSkipped: "bỏ qua bài \"{title}\" ({reason})",
  problemZeroDate: "ngày \"{value}\" trống; dùng {used}",
  problemNoDate: "không có ngày đăng nào đọc được; bài bị bỏ qua. Thêm ngày vào bài gốc rồi nhập lại",
  problemNoTitle: "bài không có tiêu đề; bị bỏ qua",
  problemLocalZone: "không có giờ GMT; đọc giờ địa phương theo múi {zone} của bản xuất",
  problemNoAlt: "ảnh không có mô tả (alt); tạm dùng \"{alt}\", hãy viết mô tả thật",
  problemMissingAttachment: "ảnh đại diện (tệp đính kèm {id}) không có trong bản xuất",
  problemQueryAlias: "địa chỉ cũ {alias} có chuỗi truy vấn, không trang tĩnh nào trả lời được nên không ghi vào aliases; nếu cần, thêm quy tắc chuyển hướng trên máy chủ (docs/operations.md, Old URLs)",
  problemRemotePhoto: "ảnh {url} vẫn ở trang cũ; chép vào bằng --media THƯ-MỤC hoặc tải về bằng --fetch-media",
  problemFetchFailed: "không tải được ảnh {url} ({message}); giữ liên kết cũ",
  problemDropped: "đã bỏ {what}",
  problemVideoNoPoster: "video {provider} {id} cần ảnh đại diện lưu trong content/ để làm ảnh chờ; để lại dạng liên kết trong bài",
  problemExtraVideo: "bài có nhiều video; video {provider} {id} để lại dạng liên kết trong bài",
  problemEdited: "tệp {path} đã được sửa sau lần nhập trước; không ghi đè (xóa dòng imported: để nhập lại, hoặc xóa tệp)",
  problemRenamed: "trùng đường dẫn; ghi thành {path}",
  problemNoCategory: "không có chuyên mục; dùng \"{key}\"",
  problemNoHeadline: "không tìm thấy tiêu đề (bộ chọn {selector}); trang bị bỏ qua",
  problemNoBody: "không tìm thấy nội dung (bộ chọn {selector})",
  problemConfig: "cấu hình: {message}",
  droppedScripts: "{count} đoạn script",
  droppedStyles: "{count} đoạn style",
  droppedFrames: "{count} khung nhúng (iframe) của trang khác",
  droppedHandlers: "{count} thuộc tính sự kiện (onclick…)",
  droppedOther: "{list}",
  warningLabel: "(cảnh báo)",
};

type ImportStrings = { readonly [K in keyof typeof vi]: string };
export type ImportMessageKey = keyof typeof vi;

const en: ImportStrings = {
  usage:
    "Usage:\n  npm run import -- wordpress EXPORT.xml [--media UPLOADS-DIR] [--categories MAPPING.yaml] [--fetch-media] [--content DIR] [--lang en]\n  npm run import -- html DIR [--config import.yaml] [--fetch-media] [--content DIR] [--lang en]\n  npm run import -- --help",
  unknownCommand: "no command \"{command}\"; use wordpress or html",
  missingSource: "the file or folder to import is missing",
  sourceMissing: "cannot read {path}: no such file or folder",
  notXml: "not valid XML (line {line}): {message}",
  reportTitle: "Import from {source}",
  countImported: "Imported: {count} articles ({created} new, {updated} updated, {unchanged} unchanged)",
  countScheduled: "Scheduled: {count}",
  countDrafts: "Drafts: {count}",
  countSkipped: "Skipped: {count}",
  countSkippedReason: "  {reason}: {count}",
  countPhotos: "Photos copied: {count} (already there {reused}; left on the old site: {remote})",
  countCategories: "New categories added to categories.yaml: {list}",
  countProblems: "{count} problems:",
  nothingWritten: "Nothing changed: no file written.",
  skipPrivate: "private post",
  skipTrash: "trashed post",
  skipOtherStatus: "other status",
  skipNoDate: "no publication date",
  skipNoTitle: "no title",
  skipEdited: "edited since the last import",
  problemSkipped: "skipped \"{title}\" ({reason})",
  problemZeroDate: "date \"{value}\" is empty; used {used}",
  problemNoDate: "no readable publication date; skipped. Date the original post and import again",
  problemNoTitle: "the post has no title; skipped",
  problemLocalZone: "no GMT time; read the local time in the export's zone {zone}",
  problemNoAlt: "the photo has no description (alt); used \"{alt}\" for now, write a real one",
  problemMissingAttachment: "the featured image (attachment {id}) is not in the export",
  problemQueryAlias: "the old address {alias} has a query string, which no static page can answer, so it is not in aliases; add a redirect rule on the server if it matters (docs/operations.md, Old URLs)",
  problemRemotePhoto: "photo {url} stays on the old site; copy it in with --media DIR or download it with --fetch-media",
  problemFetchFailed: "could not download {url} ({message}); kept the old link",
  problemDropped: "dropped {what}",
  problemVideoNoPoster: "the {provider} video {id} needs the featured image in content/ as its poster; left as a link in the body",
  problemExtraVideo: "the post has several videos; the {provider} video {id} is left as a link in the body",
  problemEdited: "{path} was edited since the last import; not overwritten (delete its imported: lines to import again, or delete the file)",
  problemRenamed: "the path was taken; written as {path}",
  problemNoCategory: "no category; used \"{key}\"",
  problemNoHeadline: "no headline found (selector {selector}); page skipped",
  problemNoBody: "no body found (selector {selector})",
  problemConfig: "config: {message}",
  droppedScripts: "{count} scripts",
  droppedStyles: "{count} styles",
  droppedFrames: "{count} frames (iframes) of other sites",
  droppedHandlers: "{count} event handler attributes (onclick…)",
  droppedOther: "{list}",
  warningLabel: "(warning)",
};

const dictionaries: Record<Language, ImportStrings> = { vi, en };

/**
 * A message in the writer's language, with its values put in.
 * @example importMessage("en", "countDrafts", { count: 2 }) // "Drafts: 2"
 */
export function importMessage(lang: Language, key: ImportMessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
