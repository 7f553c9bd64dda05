/**
 * What `npm run check` and the build tell a writer about a photo, in Vietnamese by default and in
 * English with `--lang en`: one dictionary, so that the two languages say the same thing.
 */
import type { Language } from "../language.ts";

export interface PhotoMessages {
  /** A photo over PHOTO_BYTES_WARNING: every reader's copies are made from it, but the repository carries it forever. */
  tooLarge(file: string, megabytes: string): string;
  /** A photo narrower than PHOTO_WIDTH_WARNING: it shows small, or blurred on a wide screen. */
  tooNarrow(file: string, width: number, height: number): string;
  /** A file that no image decoder reads. */
  unreadable(file: string, reason?: string): string;
}

export const photoMessages: Record<Language, PhotoMessages> = {
  vi: {
    tooLarge: (file, megabytes) => `ảnh ${file} nặng ${megabytes} MB (quá 5 MB): hãy xuất lại ảnh ở cỡ nhỏ hơn, ví dụ rộng 3000 px, chất lượng JPEG 85`,
    tooNarrow: (file, width, height) => `ảnh ${file} chỉ rộng ${width}×${height} px (dưới 800 px): ảnh sẽ bị mờ trên màn hình rộng; hãy dùng bản gốc lớn hơn`,
    unreadable: (file, reason) => `không đọc được ảnh ${file}${reason ? ` (${reason})` : ""}: tệp hỏng hoặc không phải ảnh; hãy xuất lại ảnh dạng JPEG hoặc PNG`,
  },
  en: {
    tooLarge: (file, megabytes) => `photo ${file} is ${megabytes} MB (over 5 MB): export it smaller, e.g. 3000 px wide at JPEG quality 85`,
    tooNarrow: (file, width, height) => `photo ${file} is only ${width}×${height} px (under 800 px wide): it will look blurred on wide screens; use a larger original`,
    unreadable: (file, reason) => `cannot read photo ${file}${reason ? ` (${reason})` : ""}: the file is damaged or not an image; export it again as JPEG or PNG`,
  },
};
