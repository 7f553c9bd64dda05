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
 * The longest slug, in bytes (a slug is ASCII: one byte a character). A slug is a folder name in the
 * output (`/2024/01/27/<slug>/index.html`) and a URL segment: file systems stop at 255 bytes a name,
 * and some CDNs and object stores at about 1,000 for a whole key, so 120 leaves room everywhere.
 */
export const MAX_SLUG_LENGTH = 120;

/**
 * Lowercase ASCII slug: tone marks removed, `đ` → `d`, every run of other characters → `-`; at most
 * MAX_SLUG_LENGTH characters, cut at a word (capSlug).
 * @example slugify("Đảng bộ Bộ Khoa học và Công nghệ") // "dang-bo-bo-khoa-hoc-va-cong-nghe"
 */
export function slugify(text: string): string {
  return capSlug(
    foldVietnamese(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, ""),
  );
}

/**
 * A slug cut to at most `max` characters at its last hyphen that fits (mid-word only when its first
 * word alone is longer): the same slug always gives the same cut.
 * @example capSlug("tin-ngan-gon", 9) // "tin-ngan"
 */
export function capSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug;
  const wordEnd = slug.lastIndexOf("-", max);
  return wordEnd > 0 ? slug.slice(0, wordEnd) : slug.slice(0, max);
}
