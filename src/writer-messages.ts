/**
 * Messages a writer sees from `npm run check` and `npm run build` about their files, in Vietnamese
 * (the default) and English (`--lang en`). Each says what is wrong and, where it is knowable, the fix;
 * the caller puts it after `path:line: field:` (src/content/problems.ts).
 *
 * Only the checks that guard against unsafe or unbuildable input speak through this dictionary yet;
 * the older schema messages are still English (issue 17 moves them here).
 */
import type { Language } from "./language.ts";

/** A character shown to a writer: its code point, and its name where people know it by one. */
const describeCharacter = (codePoint: number, names: Record<number, string>): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}${names[codePoint] ? ` (${names[codePoint]})` : ""}`;

const vi = {
  frontMatterNotYaml: (tag: string) =>
    `phần đầu bài (front matter) chỉ được viết bằng YAML, nhưng dòng mở đầu là "---${tag}": hãy sửa dòng 1 thành đúng ba dấu gạch "---"`,
  frontMatterNotClosed: () => `phần đầu bài (front matter) chưa được đóng: thêm một dòng chỉ có "---" sau trường cuối cùng, trước thân bài`,
  notUtf8: (encoding: string) =>
    `tệp không ở mã UTF-8 (có vẻ là ${encoding}): hãy mở tệp và lưu lại với mã UTF-8 (trong trình soạn thảo: Save with Encoding → UTF-8)`,
  controlCharacter: (codePoint: number, column: number) =>
    `có ký tự điều khiển ${describeCharacter(codePoint, CHARACTER_NAMES_VI)} ở cột ${column}, làm hỏng nguồn tin RSS: hãy xóa nó` +
    (codePoint === 0x0b ? ` (thường là dấu xuống dòng chép từ Word: thay bằng một dòng mới)` : ""),
  escapedControlCharacter: (codePoint: number) =>
    `có ký tự điều khiển ${describeCharacter(codePoint, CHARACTER_NAMES_VI)}, viết bằng mã thoát trong dấu ngoặc kép (như "\\v"), làm hỏng nguồn tin RSS: hãy xóa mã đó`,
  notText: (value: string) => `cần chữ nhưng YAML đọc giá trị này là ${value}: hãy đặt giá trị trong dấu ngoặc kép, ví dụ "…"`,
  slugTooLong: (bytes: number, max: number, shorter: string) =>
    `slug dài ${bytes} ký tự, quá giới hạn ${max} mà mọi hệ thống tệp và CDN đều chấp nhận: hãy rút ngắn, ví dụ slug: ${shorter}`,
  yearOutOfRange: (year: number) => `năm ${year} nằm ngoài khoảng 1000–9999: hãy viết năm đủ bốn chữ số, ví dụ 2024-01-27`,
  badOffset: (offset: string) =>
    `múi giờ "${offset}" không có thật: múi giờ nằm trong khoảng -12:00 đến +14:00, phút từ 00 đến 59; giờ Việt Nam là +07:00`,
  imageOutsideContent: (src: string) =>
    `đường dẫn ${src} trỏ ra ngoài thư mục nội dung: hãy dùng đường dẫn bắt đầu bằng /images/, không có "..", ví dụ /images/2024/01/anh.jpg`,
  imageNotFile: (src: string) => `đường dẫn ${src} là một thư mục, không phải một tệp: hãy ghi tên tệp, ví dụ ${src.replace(/\/*$/, "")}/anh.jpg`,
  valueCutAtHash: (kept: string, quotedLine: string) =>
    `YAML coi phần từ dấu " #" trở đi là ghi chú và bỏ đi, nên giá trị chỉ còn ${kept ? `"${kept}"` : "trống"}: hãy đặt cả giá trị trong dấu ngoặc, sửa dòng này thành ${quotedLine}`,
  colonInValue: (quotedLine: string) =>
    `giá trị có dấu hai chấm và dấu cách (": ") ở giữa nên YAML không đọc được: hãy đặt cả giá trị trong dấu ngoặc, sửa dòng này thành ${quotedLine}`,
  importRecord: (value: string) =>
    `đây là ghi chép của công cụ nhập bài (npm run import), cần hai trường source và hash, nhưng giá trị là ${value}: hãy xóa cả các dòng imported: để bài thành của bạn hẳn`,
} as const;

export type WriterMessages = { readonly [K in keyof typeof vi]: (typeof vi)[K] };

const en: WriterMessages = {
  frontMatterNotYaml: (tag) =>
    `front matter is YAML only, but the opening line is "---${tag}": make line 1 exactly three hyphens, "---"`,
  frontMatterNotClosed: () => `front matter is not closed: add a line of just "---" after the last field, before the body`,
  notUtf8: (encoding) =>
    `the file is not UTF-8 (it looks like ${encoding}): open it and save it again as UTF-8 (in an editor: Save with Encoding → UTF-8)`,
  controlCharacter: (codePoint, column) =>
    `control character ${describeCharacter(codePoint, CHARACTER_NAMES_EN)} at column ${column} would break the RSS feeds: delete it` +
    (codePoint === 0x0b ? ` (usually a line break pasted from Word: replace it with a new line)` : ""),
  escapedControlCharacter: (codePoint) =>
    `control character ${describeCharacter(codePoint, CHARACTER_NAMES_EN)}, written as an escape in double quotes (such as "\\v"), would break the RSS feeds: delete the escape`,
  notText: (value) => `expected text, but YAML reads this value as ${value}: put the value in double quotes, e.g. "…"`,
  slugTooLong: (bytes, max, shorter) =>
    `the slug is ${bytes} characters long, over the ${max} that every file system and CDN accepts: shorten it, e.g. slug: ${shorter}`,
  yearOutOfRange: (year) => `the year ${year} is outside 1000–9999: write the year with four digits, e.g. 2024-01-27`,
  badOffset: (offset) =>
    `"${offset}" is not a real time-zone offset: offsets run from -12:00 to +14:00 with minutes 00–59; Vietnam is +07:00`,
  imageOutsideContent: (src) =>
    `the path ${src} points outside the content folder: use a path that starts with /images/ and has no "..", e.g. /images/2024/01/photo.jpg`,
  imageNotFile: (src) => `the path ${src} is a folder, not a file: name the file, e.g. ${src.replace(/\/*$/, "")}/photo.jpg`,
  valueCutAtHash: (kept, quotedLine) =>
    `YAML reads everything from " #" on as a comment and drops it, leaving ${kept ? `"${kept}"` : "nothing"}: quote the whole value, making this line ${quotedLine}`,
  colonInValue: (quotedLine) => `a colon and a space (": ") inside the value stop YAML reading it: quote the whole value, making this line ${quotedLine}`,
  importRecord: (value) =>
    `written by the importer (npm run import) as { source, hash }, but its value is ${value}: delete the imported: lines to make the file yours for good`,
};

const CHARACTER_NAMES_VI: Record<number, string> = { 0: "NUL", 0x0b: "tab dọc", 0x0c: "sang trang", 0x1b: "ESC", 0xfffe: "không phải ký tự", 0xffff: "không phải ký tự" };
const CHARACTER_NAMES_EN: Record<number, string> = { 0: "NUL", 0x0b: "vertical tab", 0x0c: "form feed", 0x1b: "escape", 0xfffe: "noncharacter", 0xffff: "noncharacter" };

/** The writer-facing messages in each language. @example writerMessages.en.frontMatterNotClosed() */
export const writerMessages: Record<Language, WriterMessages> = { vi, en };
