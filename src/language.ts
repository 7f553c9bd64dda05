/**
 * The site's languages. Vietnamese is the default and keeps URLs without a prefix; English lives
 * under `/en/`. An article says which it is in with `lang:`.
 */
export const LANGUAGES = ["vi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "vi";

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
