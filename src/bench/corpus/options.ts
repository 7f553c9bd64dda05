/** What decides a generated corpus, what it produces, and its fixed numbers. */

/** What decides the corpus. Same values → same articles. */
export interface CorpusOptions {
  /** Number of articles, drafts and scheduled ones included. */
  count: number;
  /** Any string or number; `42` and `"42"` give the same corpus. */
  seed: string | number;
  /** Last day of the archive span, `YYYY-MM-DD` in GMT+7. Default `2026-06-30`. */
  until?: string;
  /** Length of the archive span in years. Default 20. */
  years?: number;
  /** Category keys to draw from (the keys of `categories.yaml`). */
  categories: readonly string[];
}

/** Options of {@link writeCorpus}: the corpus, where to write it, and where the site data lives. */
export interface WriteCorpusOptions extends Omit<CorpusOptions, "categories"> {
  /** Output folder; created if missing, and must be empty if it exists. */
  out: string;
  /** Folder holding `site.yaml` and `categories.yaml`. Default: the repository's `content/_data/`. */
  dataDir?: string;
}

/** One article's place in the corpus, decided before its text. */
export interface ArticleSlot {
  /** 0-based position in publication order (scheduled articles last). */
  index: number;
  /** Publication instant, milliseconds since the Unix epoch. */
  published: number;
  draft: boolean;
  /** Published in 2099, so in the future of any build. */
  scheduled: boolean;
}

/** Options of {@link generateArticle}. */
export interface ArticleOptions {
  categories: readonly string[];
  /** Latest instant an `updated` date may take; later ones are left out. */
  latest: number;
  /** Says whether a file path is already taken; a taken one gets a " (kỳ 2)"-style title. */
  isTaken?: (path: string) => boolean;
}

/** A generated article: where it goes, what it says, and a few facts for summaries and tests. */
export interface GeneratedArticle {
  /** Path relative to the content folder: `articles/YYYY/MM/<slug>.md`. */
  path: string;
  /** Public URL: `/YYYY/MM/DD/<slug>/`, date of publication in GMT+7. */
  url: string;
  /** The whole file: front matter and Markdown body. */
  text: string;
  /** Words of the body, as counted by {@link countBodyWords}. */
  words: number;
  draft: boolean;
  scheduled: boolean;
}

/** What {@link writeCorpus} wrote. */
export interface CorpusSummary {
  articles: number;
  drafts: number;
  scheduled: number;
  /** All files: articles, site data and images. */
  files: number;
  bytes: number;
}

export const DEFAULT_UNTIL = "2026-06-30";
export const DEFAULT_YEARS = 20;
/** Year of scheduled articles: far enough to stay in the future of any build. */
export const SCHEDULED_YEAR = 2099;

/** Vietnam's offset from UTC. No daylight saving time, ever since 1975. */
export const GMT7_OFFSET_MS = 7 * 60 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;

export const MIN_BODY_WORDS = 400;
export const MAX_BODY_WORDS = 900;
