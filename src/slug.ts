/**
 * Vietnamese-aware slugs for URLs and file names.
 *
 * NFD splits tone marks and vowel hats off their letters, but `đ`/`Đ` is a letter of its own
 * (U+0111/U+0110) with no decomposition, so it must be folded by hand.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Removes Vietnamese diacritics and folds `đ`/`Đ` to `d`/`D`, keeping case and everything else.
 * @example foldVietnamese("Đảng ủy") // "Dang uy"
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/**
 * Lowercase ASCII slug: tone marks removed, `đ` → `d`, every run of other characters → `-`.
 * @example slugify("Đảng bộ Bộ Khoa học và Công nghệ") // "dang-bo-bo-khoa-hoc-va-cong-nghe"
 */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
