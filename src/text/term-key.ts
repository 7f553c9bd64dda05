/**
 * The form under which two spellings of a name are one term (a tag, an author): NFC, single spaces,
 * lowercase. Shared by the term index (src/pages/term-index.ts) and the loader's check of credits
 * (src/content/name-variants.ts), which must agree on what one name is.
 * @example termKey("  Vệ   Tinh ") // "vệ tinh"
 */
export function termKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}
