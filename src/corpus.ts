/**
 * A deterministic generator of realistic Vietnamese news articles, for benchmarks and scale tests.
 *
 * Everything flows from one seed: the same seed, count and `until` give byte-identical files on any
 * machine, in any time zone, on any day. The clock is never read and only UTC `Date` methods are
 * used, with the GMT+7 offset applied by hand.
 *
 * Articles are produced in publication order, month by month, so that a writer can create each
 * month's folder once and forget the slugs of a month as soon as the next one starts: memory stays
 * flat whatever the count.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { slugify } from "./slug.ts";

// ---------------------------------------------------------------------------------------------
// Options and results

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
const GMT7_OFFSET_MS = 7 * 60 * 60 * 1000;
const GMT7_SUFFIX = "+07:00";
const MINUTE_MS = 60 * 1000;

const MIN_BODY_WORDS = 400;
const MAX_BODY_WORDS = 900;

// ---------------------------------------------------------------------------------------------
// Randomness

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a tiny, fast 32-bit PRNG, good enough for test data (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c).
 * @example const rng = mulberry32(42); rng() // 0.6011037519201636, on every machine
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Folds any seed to 32 bits (FNV-1a over its string form, so `42` and `"42"` agree).
 * @example hashSeed(42) === hashSeed("42") // true
 */
export function hashSeed(seed: string | number): number {
  let hash = 0x811c9dc5;
  for (const char of String(seed)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The generator of one article: depends on the seed and the article's index only. */
function articleRng(seed: string | number, index: number): Rng {
  return mulberry32(hashSeed(`${seed}#article-${index}`));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** Integer in [min, max], both included. */
function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

/** Picks by cumulative weights; the cumulative array is built once per pool. */
function weightedSampler<T>(items: readonly T[], weights: readonly number[]): (rng: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (rng) => {
    const target = rng() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return items[low]!;
  };
}

/**
 * Zipf-like popularity (Zipf–Mandelbrot): the item of rank k (from 1) weighs 1 / (k + offset)^exponent.
 * The offset flattens the head, so that the top item is common without being everywhere.
 */
function zipfSampler<T>(items: readonly T[], exponent: number, offset = 0): (rng: Rng) => T {
  return weightedSampler(
    items,
    items.map((_, rank) => 1 / (rank + 1 + offset) ** exponent),
  );
}

// ---------------------------------------------------------------------------------------------
// Dates in GMT+7

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallTime(instant: number): WallTime {
  const date = new Date(instant + GMT7_OFFSET_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** The instant at which the clocks of Vietnam show this wall time. */
function instantOf(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - GMT7_OFFSET_MS;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * ISO 8601 in GMT+7, whatever the machine's zone.
 * @example toGmt7Iso(Date.UTC(2019, 2, 4, 16, 45)) // "2019-03-04T23:45:00+07:00"
 */
export function toGmt7Iso(instant: number): string {
  const t = wallTime(instant);
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}:00${GMT7_SUFFIX}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseDay(text: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`until must be a date written YYYY-MM-DD, got "${text}"`);
  }
  return { year, month, day };
}

// ---------------------------------------------------------------------------------------------
// The schedule: when each article is published

/**
 * Relative activity by hour of day in GMT+7: office hours mostly, but every hour has some, and
 * 23:xx and 00:xx are common enough to exercise the midnight edge of day archives.
 */
const HOUR_WEIGHTS = [3, 0.6, 0.3, 0.3, 0.5, 1, 3, 6, 9, 10, 10, 9, 5, 6, 9, 10, 9, 7, 5, 5, 5, 4, 3, 4];
const HOURS = HOUR_WEIGHTS.map((_, hour) => hour);
const pickHour = weightedSampler(HOURS, HOUR_WEIGHTS);
/** Fewer articles around Tết (January–February) and in summer, more at the end of the year. */
const MONTH_FACTORS = [0.9, 0.7, 1, 1, 1, 0.95, 0.9, 0.9, 1, 1.05, 1.05, 1.15];
/** Yearly growth of the publication rate: recent years are about four times denser than the first. */
const YEARLY_GROWTH = 1.075;
/** Share of articles pinned to the first minutes or the last minutes of a month. */
const MONTH_EDGE_SHARE = 0.02;

function specialCount(count: number): number {
  return count < 20 ? 0 : Math.max(1, Math.round(count * 0.005));
}

/** Number of scheduled (2099) and draft articles for a corpus of `count`: 0.5% each, at least one from 20 articles. */
export function corpusCounts(count: number): { drafts: number; scheduled: number } {
  return { drafts: specialCount(count), scheduled: specialCount(count) };
}

interface MonthSpan {
  year: number;
  month: number;
  firstDay: number;
  lastDay: number;
}

/** Splits `total` into integer shares proportional to `weights` (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left-- <= 0) break;
    shares[index]! += 1;
  }
  return shares;
}

/** Sorted publication instants of `count` articles within one month span. */
function monthInstants(span: MonthSpan, count: number, rng: Rng): Float64Array {
  const instants = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let day: number;
    let hour: number;
    let minute: number;
    if (chance(rng, MONTH_EDGE_SHARE)) {
      // Month boundaries in GMT+7 are where a UTC-based build files articles in the wrong month.
      const atStart = chance(rng, 0.5);
      day = atStart ? span.firstDay : span.lastDay;
      hour = atStart ? 0 : 23;
      minute = atStart ? intBetween(rng, 0, 14) : intBetween(rng, 45, 59);
    } else {
      day = intBetween(rng, span.firstDay, span.lastDay);
      hour = pickHour(rng);
      minute = intBetween(rng, 0, 59);
    }
    instants[i] = instantOf(span.year, span.month, day, hour, minute);
  }
  return instants.sort();
}

/**
 * The slots of a corpus in publication order: regular articles spread over the archive span,
 * denser in recent years, then the scheduled ones in 2099. Drafts are spread evenly among the regular ones.
 * @example [...corpusSlots({ count: 3, seed: 1 })].length // 3
 */
export function* corpusSlots(options: Omit<CorpusOptions, "categories">): Generator<ArticleSlot> {
  const { count } = options;
  const until = parseDay(options.until ?? DEFAULT_UNTIL);
  const years = options.years ?? DEFAULT_YEARS;
  const rng = mulberry32(hashSeed(`${options.seed}#schedule`));
  const counts = corpusCounts(count);
  const regular = count - counts.scheduled;

  // The span starts the day after the same date `years` earlier: 2006-07-01 → 2026-06-30.
  const startDate = new Date(Date.UTC(until.year - years, until.month - 1, until.day + 1));
  const start = { year: startDate.getUTCFullYear(), month: startDate.getUTCMonth() + 1, day: startDate.getUTCDate() };
  const spans: MonthSpan[] = [];
  for (let year = start.year, month = start.month; year < until.year || (year === until.year && month <= until.month); ) {
    const first = year === start.year && month === start.month ? start.day : 1;
    const last = year === until.year && month === until.month ? until.day : daysInMonth(year, month);
    spans.push({ year, month, firstDay: first, lastDay: last });
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  const weights = spans.map((span, index) => {
    const covered = (span.lastDay - span.firstDay + 1) / daysInMonth(span.year, span.month);
    return covered * YEARLY_GROWTH ** (index / 12) * MONTH_FACTORS[span.month - 1]! * (0.75 + 0.5 * rng());
  });
  const perMonth = apportion(regular, weights);

  // Draft k sits somewhere in the k-th of `drafts` equal stretches of the regular articles.
  const draftIndexes = new Set<number>();
  for (let k = 0; k < counts.drafts; k++) {
    draftIndexes.add(Math.floor(((k + rng()) * regular) / counts.drafts));
  }

  let index = 0;
  for (const [m, span] of spans.entries()) {
    for (const published of monthInstants(span, perMonth[m]!, rng)) {
      yield { index, published, draft: draftIndexes.has(index), scheduled: false };
      index++;
    }
  }
  const scheduled = new Float64Array(counts.scheduled);
  for (let i = 0; i < scheduled.length; i++) {
    const month = intBetween(rng, 1, 12);
    const day = intBetween(rng, 1, daysInMonth(SCHEDULED_YEAR, month));
    scheduled[i] = instantOf(SCHEDULED_YEAR, month, day, pickHour(rng), intBetween(rng, 0, 59));
  }
  for (const published of scheduled.sort()) {
    yield { index, published, draft: false, scheduled: true };
    index++;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Fragments in the register of the ministry's news site (see shared/reference/seed-article.txt).
// Placeholders in braces are filled by `fill`.

const PROVINCES = [
  "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
  "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
  "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
  "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
  "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
  "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
  "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "TP. Hồ Chí Minh",
  "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];
const CITIES_UNDER_CENTRAL_RULE = new Set(["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]);
const EVENT_CITIES = ["Hà Nội", "Hà Nội", "Hà Nội", "TP. Hồ Chí Minh", "TP. Hồ Chí Minh", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế", "Nha Trang", "Đà Lạt", "Quy Nhơn", "Vinh", "Thái Nguyên"];

const COUNTRIES = [
  "Nhật Bản", "Hàn Quốc", "Hoa Kỳ", "Pháp", "Đức", "Anh", "Australia", "Israel", "Singapore", "Ấn Độ",
  "Trung Quốc", "Liên bang Nga", "Phần Lan", "Thụy Điển", "Hà Lan", "Bỉ", "Italy", "Canada", "New Zealand",
  "Lào", "Campuchia", "Thái Lan", "Indonesia", "Malaysia", "Philippines", "Cuba", "Hungary", "Séc",
  "Ba Lan", "Thụy Sĩ", "Đan Mạch", "Na Uy", "Belarus", "Kazakhstan", "Brazil",
];

const FOREIGN_ORGS = [
  "Tổ chức Sở hữu trí tuệ thế giới (WIPO)", "Cơ quan Năng lượng nguyên tử quốc tế (IAEA)",
  "Tổ chức Tiêu chuẩn hóa quốc tế (ISO)", "Cơ quan Hợp tác quốc tế Nhật Bản (JICA)", "Quỹ Newton",
  "Viện Công nghệ Massachusetts (MIT)", "Tổ chức Nghiên cứu Hạt nhân châu Âu (CERN)", "Ngân hàng Thế giới",
  "Liên minh châu Âu", "Viện Khoa học và Công nghệ Hàn Quốc (KIST)", "Cơ quan Khoa học Quốc gia Australia (CSIRO)",
  "Đại học Tokyo", "Trung tâm Quốc gia Nghiên cứu khoa học Pháp (CNRS)", "Hội đồng Anh",
];

const SURNAMES = ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trịnh", "Lương", "Tạ", "Mai", "Cao", "Đào", "Hà", "Chu"];
const MIDDLE_NAMES = ["Văn", "Văn", "Thị", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Thu", "Hồng", "Anh", "Kim", "Đình", "Bảo", "Tuấn", "Gia", "Mạnh", "Việt"];
const GIVEN_NAMES = ["Anh", "Bình", "Cường", "Dũng", "Định", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tú", "Tuấn", "Việt", "Yến", "Đạt", "Đông", "Điệp", "Vinh", "Lộc", "Hằng"];

/** Bylines, most prolific first: credits follow a Zipf-like law too. */
const BYLINES = [
  "Đăng Minh", "Thu Hà", "PV", "Minh Đức", "Hồng Nhung", "Phương Linh", "Quang Huy", "Ngọc Ánh", "Thanh Tùng",
  "Hải Yến", "Việt Anh", "Bảo Ngọc", "Trọng Đạt", "Mai Phương", "Đức Thắng", "Lan Anh", "Hoàng Nam", "Thu Trang",
  "Minh Khang", "Hà Linh", "Đình Phong", "Kim Oanh", "Văn Toàn", "Tuấn Anh", "Hương Giang", "Xuân Bách",
  "Thùy Dung", "Quốc Việt", "Bích Ngọc", "Đỗ Hương", "Nguyễn Thị Thu Hằng", "Trần Đức Anh", "Phạm Ngọc Điệp",
  "Lê Minh Tuấn", "Vũ Hồng Hạnh", "Hoàng Thị Mai", "Đặng Quang Vinh", "Bùi Thanh Hà", "Ngô Đức Duy",
  "Phan Thị Nga", "Hồ Sỹ Đông", "Khánh Linh", "Đức Minh", "Thanh Hương", "Ngọc Mai", "Trung Kiên", "Anh Thư",
  "Diệu Linh", "Quỳnh Anh", "Đinh Nam", "Hà Phương",
];
const pickByline = zipfSampler(BYLINES, 0.9);

const SOURCES = [
  "Theo Báo Nhân Dân", "Theo Báo Điện tử Chính phủ", "Theo VnExpress", "Theo Tạp chí Tia Sáng",
  "Theo Báo Khoa học và Phát triển", "Theo Thông tấn xã Việt Nam", "Theo Báo Tuổi Trẻ", "Theo Báo Thanh Niên",
  "Theo VietnamPlus", "Theo Báo Hà Nội Mới", "Theo Tạp chí Khoa học và Công nghệ Việt Nam", "Theo Nature",
  "Theo Reuters", "Theo Cổng thông tin điện tử Bộ KH&CN", "Theo Đài Tiếng nói Việt Nam",
];

/** Tags by popularity rank: a few very common, a long tail of rare ones (provinces last). */
const TAGS = [
  "chuyển đổi số", "đổi mới sáng tạo", "khởi nghiệp", "trí tuệ nhân tạo", "Bộ KH&CN", "sở hữu trí tuệ",
  "tiêu chuẩn", "nghiên cứu khoa học", "chuyển giao công nghệ", "doanh nghiệp khoa học và công nghệ",
  "hợp tác quốc tế", "đại học", "nhà khoa học trẻ", "công nghệ cao", "chất lượng sản phẩm", "năng lượng",
  "nông nghiệp công nghệ cao", "dữ liệu", "bán dẫn", "an toàn thông tin", "Đảng ủy", "chính sách", "giải thưởng",
  "hội thảo", "y sinh", "vật liệu mới", "môi trường", "biến đổi khí hậu", "năng lượng nguyên tử", "đo lường",
  "thương mại hóa", "công nghệ sinh học", "kinh tế số", "chính phủ số", "nhân lực chất lượng cao", "quỹ đầu tư",
  "sáng chế", "nhãn hiệu", "chỉ dẫn địa lý", "truy xuất nguồn gốc", "mã số mã vạch", "an toàn bức xạ",
  "ứng dụng hạt nhân", "y học hạt nhân", "vũ trụ", "vệ tinh", "robot", "Internet vạn vật", "dữ liệu lớn",
  "điện toán đám mây", "5G", "blockchain", "xử lý ngôn ngữ tự nhiên", "học máy", "tự động hóa",
  "công nghiệp 4.0", "nhà máy thông minh", "thành phố thông minh", "nông nghiệp thông minh", "logistics",
  "năng lượng tái tạo", "điện mặt trời", "điện gió", "hydro xanh", "pin lithium", "xe điện", "vật liệu nano",
  "graphene", "vắc-xin", "dược liệu", "y học cổ truyền", "hệ gen", "tế bào gốc", "chẩn đoán hình ảnh",
  "thiết bị y tế", "an ninh lương thực", "giống cây trồng", "thủy sản", "chăn nuôi", "lâm nghiệp",
  "tài nguyên nước", "đồng bằng sông Cửu Long", "xâm nhập mặn", "sạt lở", "thiên tai", "động đất",
  "khí tượng thủy văn", "biển và hải đảo", "đa dạng sinh học", "bảo tồn", "loài mới", "hóa thạch",
  "khảo cổ học", "toán học", "vật lý", "hóa học", "sinh học", "thiên văn học", "khoa học xã hội",
  "khoa học giáo dục", "STEM", "sinh viên", "nghiên cứu sinh", "tiến sĩ", "giáo sư", "công bố quốc tế",
  "tạp chí khoa học", "đạo đức nghiên cứu", "liêm chính học thuật", "phòng thí nghiệm", "khu công nghệ cao",
  "vườn ươm", "trung tâm đổi mới sáng tạo", "Techfest", "Techmart", "chợ công nghệ", "sản phẩm OCOP",
  "sản phẩm quốc gia", "Make in Viet Nam", "thương hiệu quốc gia", "hàng Việt", "xuất khẩu", "TBT", "ISO",
  "HACCP", "VietGAP", "GlobalGAP", "hợp quy", "kiểm định", "Giải thưởng Chất lượng Quốc gia", "năng suất",
  "tinh gọn bộ máy", "cải cách hành chính", "dịch vụ công trực tuyến", "công tác cán bộ", "xây dựng Đảng",
  "thi đua khen thưởng", "công đoàn", "đoàn thanh niên", "phụ nữ", "tổng kết năm", "hội nghị", "Quốc hội",
  "Chính phủ", "nghị quyết", "Luật Khoa học và Công nghệ", "Luật Sở hữu trí tuệ",
  "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật", "Luật Chất lượng sản phẩm, hàng hóa", "Luật Năng lượng nguyên tử",
  "Luật Chuyển giao công nghệ", "nghị định", "thông tư", "khoán chi", "tự chủ", "quỹ phát triển khoa học",
  "NAFOSTED", "Quỹ Đổi mới công nghệ quốc gia", "chương trình quốc gia", "Đề án 844", "nhiệm vụ cấp quốc gia",
  "đặt hàng", "nghiệm thu", "đánh giá", "thẩm định công nghệ", "đầu tư mạo hiểm", "nhà đầu tư thiên thần",
  "startup", "kỳ lân công nghệ", "fintech", "edtech", "agritech", "healthtech", "thương mại điện tử",
  "an ninh mạng", "mã độc", "bảo mật dữ liệu", "dữ liệu cá nhân", "định danh điện tử", "chữ ký số",
  "nền tảng số", "hạ tầng số", "trung tâm dữ liệu", "siêu máy tính", "công nghệ lượng tử", "mạng nơ-ron",
  "thị giác máy tính", "mô hình ngôn ngữ lớn", "chip", "thiết kế vi mạch", "đóng gói bán dẫn",
  "đào tạo kỹ sư", "kỹ năng số", "phổ biến kiến thức", "truyền thông khoa học", "bảo tàng", "sách khoa học",
  "Ngày Khoa học và Công nghệ Việt Nam", "Giải thưởng Tạ Quang Bửu", "Giải thưởng Hồ Chí Minh",
  "Giải thưởng Nhà nước", "Quả cầu vàng", "VIFOTEC", "Olympic quốc tế", "nhà khoa học nữ",
  "Giải thưởng Kovalevskaia", "người Việt ở nước ngoài", "trí thức kiều bào", "kinh tế tuần hoàn",
  "tăng trưởng xanh", "net zero", "tín chỉ carbon", "xử lý chất thải", "nước sạch", "ô nhiễm không khí",
  "quan trắc môi trường", "nhà kính", "cơ khí chế tạo", "công nghiệp hỗ trợ", "vật liệu xây dựng",
  "dệt may", "da giày", "điện tử", "ô tô", "đường sắt tốc độ cao", "hàng không", "hàng hải",
  "Viện Hàn lâm KH&CN Việt Nam", "Đại học Quốc gia Hà Nội", "Đại học Quốc gia TP.HCM",
  "Đại học Bách khoa Hà Nội", "Viettel", "VNPT", "FPT", "Vingroup", "Cục Sở hữu trí tuệ",
  "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Viện Năng lượng nguyên tử Việt Nam",
  "Trung tâm Đổi mới sáng tạo Quốc gia", "Liên hiệp các Hội KH&KT Việt Nam", "Học viện Nông nghiệp Việt Nam",
  "Viện Vật lý", "Viện Toán học", "Viện Công nghệ vũ trụ", "Trung tâm Vũ trụ Việt Nam", "WIPO", "IAEA",
  "JICA", "KOICA", "CERN", "ASEAN", "APEC", "EU", "Ngân hàng Thế giới", "UNESCO",
  ...COUNTRIES,
  ...PROVINCES,
];
// With 350 tags, the top one lands on about a quarter of the articles and the rarest on 1 in 400.
const pickTag = zipfSampler(TAGS, 1, 2);

/** Weight of each known category; keys missing from this table weigh 1. */
const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  "hoat-dong-khcn": 3,
  "cong-nghe": 3,
  "khoa-hoc": 2.5,
  "doi-moi-sang-tao": 2,
  "chinh-sach": 1.5,
  "hop-tac-quoc-te": 1,
  "tieu-chuan-chat-luong": 1,
};

/** Topics of each known category, as noun phrases that read well after "đẩy mạnh" or "về". */
const CATEGORY_TOPICS: Readonly<Record<string, readonly string[]>> = {
  "hoat-dong-khcn": [
    "công tác xây dựng Đảng", "công tác cán bộ", "phong trào thi đua yêu nước", "cải cách hành chính",
    "kế hoạch công tác năm {year}", "công tác phòng, chống tham nhũng", "công tác kiểm tra, giám sát",
    "nhiệm vụ chính trị của cơ quan, đơn vị", "công tác dân vận", "hoạt động công đoàn",
    "công tác thông tin, tuyên truyền", "việc sắp xếp, kiện toàn tổ chức bộ máy", "công tác tuyên giáo",
    "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "công tác phát triển đảng viên",
    "công tác bảo vệ chính trị nội bộ", "quy chế dân chủ ở cơ sở", "công tác đào tạo, bồi dưỡng cán bộ",
    "công tác thi đua, khen thưởng", "công tác văn thư, lưu trữ", "hoạt động của Đoàn Thanh niên",
    "công tác an toàn, vệ sinh lao động",
  ],
  "khoa-hoc": [
    "vật liệu nano", "giải mã hệ gen người Việt", "biến đổi khí hậu ở Đồng bằng sông Cửu Long",
    "đa dạng sinh học", "các loài thực vật mới", "vi khuẩn kháng kháng sinh", "toán học ứng dụng",
    "vật lý năng lượng cao", "hóa dược từ dược liệu", "công nghệ tế bào gốc", "nghiên cứu biển và hải đảo",
    "thiên văn học", "địa chất và khoáng sản", "vắc-xin thế hệ mới", "khảo cổ học", "khoa học trái đất",
    "sạt lở bờ sông", "xâm nhập mặn", "hệ vi sinh vật đường ruột", "rạn san hô", "bệnh truyền nhiễm mới nổi",
    "vật liệu sinh học", "quang học lượng tử", "giống lúa chịu mặn",
  ],
  "cong-nghe": [
    "trí tuệ nhân tạo", "dữ liệu lớn", "điện toán đám mây", "chip bán dẫn", "mạng 5G", "an toàn thông tin",
    "công nghệ chuỗi khối", "Internet vạn vật", "robot công nghiệp", "vệ tinh quan sát Trái Đất",
    "xử lý ngôn ngữ tiếng Việt", "công nghệ in 3D", "thiết bị bay không người lái", "chính phủ số",
    "năng lượng tái tạo", "công nghệ pin lưu trữ", "xe điện", "điện mặt trời áp mái", "nhà máy thông minh",
    "y tế số", "thị giác máy tính", "bản đồ số", "mô hình ngôn ngữ lớn tiếng Việt", "điện toán lượng tử",
  ],
  "doi-moi-sang-tao": [
    "khởi nghiệp đổi mới sáng tạo", "quỹ đầu tư mạo hiểm", "vườn ươm doanh nghiệp",
    "trung tâm đổi mới sáng tạo", "chuyển giao công nghệ", "doanh nghiệp khoa học và công nghệ",
    "thương mại hóa kết quả nghiên cứu", "mạng lưới cố vấn khởi nghiệp", "không gian sáng tạo",
    "cơ chế thử nghiệm có kiểm soát", "đổi mới công nghệ trong doanh nghiệp nhỏ và vừa",
    "hệ sinh thái khởi nghiệp địa phương", "sàn giao dịch công nghệ", "khởi nghiệp trong sinh viên",
    "đổi mới sáng tạo mở", "phòng thí nghiệm dùng chung", "tài sản trí tuệ của doanh nghiệp",
    "sáng kiến cải tiến kỹ thuật", "khởi nghiệp nông nghiệp", "đầu tư thiên thần",
  ],
  "chinh-sach": [
    "việc sửa đổi Luật Khoa học và Công nghệ", "Luật Chuyển giao công nghệ", "Luật Sở hữu trí tuệ",
    "cơ chế tự chủ của tổ chức khoa học công lập", "quỹ phát triển khoa học và công nghệ của doanh nghiệp",
    "cơ chế khoán chi đến sản phẩm cuối cùng", "ưu đãi thuế cho hoạt động nghiên cứu",
    "cơ chế đặt hàng nhiệm vụ khoa học", "cơ chế đánh giá nhà khoa học",
    "quản lý nhiệm vụ khoa học và công nghệ", "chính sách thu hút nhân tài", "cơ chế tài chính cho khoa học",
    "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật", "Luật Năng lượng nguyên tử", "chính sách phát triển doanh nghiệp công nghệ số",
    "cơ chế mua sắm công nghệ", "chính sách hỗ trợ khởi nghiệp", "thủ tục hành chính trong lĩnh vực khoa học",
    "chiến lược phát triển khoa học và công nghệ", "chế độ tiền lương cho nhà khoa học",
  ],
  "hop-tac-quoc-te": [
    "hợp tác nghiên cứu chung", "trao đổi chuyên gia", "hợp tác song phương về khoa học",
    "mạng lưới đổi mới sáng tạo Việt Nam tại nước ngoài", "chuyển giao công nghệ từ nước ngoài",
    "đào tạo tiến sĩ ở nước ngoài", "hợp tác khoa học và công nghệ ASEAN", "hợp tác về năng lượng nguyên tử",
    "hợp tác về sở hữu trí tuệ", "hợp tác đào tạo nguồn nhân lực bán dẫn", "hợp tác về công nghệ vũ trụ",
    "hợp tác về biến đổi khí hậu", "hợp tác về y sinh", "hợp tác về tiêu chuẩn đo lường",
    "hợp tác về nông nghiệp công nghệ cao", "hợp tác về trí tuệ nhân tạo", "hợp tác về năng lượng sạch",
    "hợp tác nghiên cứu biển",
  ],
  "tieu-chuan-chat-luong": [
    "hệ thống tiêu chuẩn quốc gia", "mã số, mã vạch", "truy xuất nguồn gốc sản phẩm", "đo lường",
    "hàng rào kỹ thuật trong thương mại", "năng suất và chất lượng", "chứng nhận hợp quy",
    "kiểm định phương tiện đo", "áp dụng tiêu chuẩn ISO", "quản lý chất lượng hàng hóa nhập khẩu",
    "tiêu chuẩn cho xe điện", "an toàn thực phẩm", "chất lượng xăng dầu", "đo lường trong thương mại bán lẻ",
    "tiêu chuẩn nhà ở xã hội", "quy chuẩn kỹ thuật về thép", "đồ chơi trẻ em nhập khẩu", "chất lượng mũ bảo hiểm",
    "tiêu chuẩn về nông nghiệp hữu cơ", "hiệu suất năng lượng của thiết bị điện",
  ],
};
const GENERAL_TOPICS = [
  "khoa học và công nghệ", "đổi mới sáng tạo", "chuyển đổi số", "nguồn nhân lực chất lượng cao",
  "thị trường khoa học và công nghệ", "ứng dụng tiến bộ kỹ thuật", "phát triển bền vững",
];

const OPENERS = [
  "", "", "", "", "", "Trong năm {year}, ", "Thời gian qua, ", "Theo báo cáo, ", "Bên cạnh đó, ", "Đặc biệt, ",
  "Năm {prevYear}, ", "Tại hội nghị, ", "Đồng thời, ", "Ngoài ra, ", "Trên cơ sở đó, ", "Theo kế hoạch, ",
  "Trong thời gian tới, ", "Thực hiện chủ trương của Đảng và Nhà nước, ", "Từ đầu năm đến nay, ",
  "Sau hơn {n} năm triển khai, ", "Trong bối cảnh còn nhiều khó khăn, thách thức, ",
  "Theo đánh giá của các chuyên gia, ", "Nhờ đó, ", "Cùng với đó, ", "Trong quý {quarter}, ", "Theo thống kê, ",
  "Với sự hỗ trợ của các chuyên gia quốc tế, ", "Từ thực tiễn triển khai, ",
];

const SUBJECTS = [
  "Bộ Khoa học và Công nghệ", "Bộ KH&CN", "Đảng ủy Bộ KH&CN", "Ban Chấp hành Đảng bộ Bộ", "Lãnh đạo Bộ",
  "các viện nghiên cứu", "nhiều trường đại học", "Đại học Quốc gia Hà Nội", "Đại học Bách khoa Hà Nội",
  "Đại học Quốc gia TP. Hồ Chí Minh", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
  "Quỹ Phát triển khoa học và công nghệ quốc gia", "Quỹ Đổi mới công nghệ quốc gia", "Cục Sở hữu trí tuệ",
  "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Cục Năng lượng nguyên tử", "Viện Năng lượng nguyên tử Việt Nam",
  "Trung tâm Đổi mới sáng tạo Quốc gia", "Sở KH&CN {province}", "UBND {provinceAdmin}",
  "các doanh nghiệp khoa học và công nghệ", "nhiều doanh nghiệp nhỏ và vừa", "cộng đồng khởi nghiệp",
  "các nhà khoa học trẻ", "nhóm nghiên cứu", "đội ngũ cán bộ, công chức, viên chức", "các đơn vị trực thuộc Bộ",
  "các bộ, ngành và địa phương", "Chính phủ", "Hội đồng khoa học", "Ban tổ chức", "các chuyên gia",
  "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Học viện Khoa học, Công nghệ và Đổi mới sáng tạo",
  "Văn phòng các Chương trình trọng điểm cấp nhà nước", "Cục Phát triển thị trường và doanh nghiệp KH&CN",
  "các tổ chức chính trị - xã hội", "nhiều hợp tác xã", "các đảng bộ, chi bộ trực thuộc",
];

const PREDICATES = [
  "đã tập trung triển khai", "tiếp tục đẩy mạnh", "đã phối hợp tổ chức", "đang nghiên cứu, đề xuất",
  "đã hoàn thành", "cần quan tâm hơn nữa đến", "đã ký kết thỏa thuận hợp tác về", "đặt mục tiêu phát triển",
  "chủ động tham mưu về", "đã làm chủ", "được giao chủ trì", "sẽ ưu tiên đầu tư cho", "đã ứng dụng thành công",
  "đang xây dựng lộ trình cho", "đánh giá cao", "kiến nghị tháo gỡ vướng mắc trong", "đã tổ chức nghiệm thu",
  "tích cực hưởng ứng", "đã công bố kết quả về", "đang hoàn thiện", "tăng cường kiểm tra, giám sát",
  "đã chuyển giao", "bước đầu thương mại hóa", "đã rà soát, sửa đổi", "đẩy nhanh tiến độ",
  "đã dành nhiều nguồn lực cho", "từng bước hiện thực hóa", "quyết tâm thực hiện",
  "đã huy động nguồn lực xã hội cho", "luôn coi trọng", "đang thử nghiệm", "cam kết đồng hành với",
  "đã trao đổi kinh nghiệm về", "thống nhất cao về", "đã góp ý nhiều nội dung quan trọng cho",
  "tiếp tục đổi mới", "nhấn mạnh vai trò của", "đã kịp thời tháo gỡ khó khăn cho", "đề nghị làm rõ",
];

const OBJECTS = [
  "các nhiệm vụ khoa học và công nghệ cấp quốc gia", "cơ chế, chính sách hỗ trợ doanh nghiệp đổi mới công nghệ",
  "hệ thống tiêu chuẩn quốc gia", "hạ tầng dữ liệu dùng chung", "công tác đào tạo nguồn nhân lực chất lượng cao",
  "hoạt động chuyển giao công nghệ", "chương trình chuyển đổi số quốc gia",
  "hệ sinh thái khởi nghiệp đổi mới sáng tạo",
  "mạng lưới các tổ chức trung gian của thị trường khoa học và công nghệ", "các kết quả nghiên cứu",
  "công tác xây dựng Đảng", "Nghị quyết Đại hội đại biểu toàn quốc của Đảng",
  "kế hoạch triển khai nhiệm vụ trọng tâm", "hoạt động sở hữu trí tuệ", "việc đổi mới cơ chế quản lý khoa học",
  "công tác thông tin, tuyên truyền về khoa học", "các sản phẩm chủ lực của địa phương",
  "việc ứng dụng trí tuệ nhân tạo trong quản lý nhà nước",
  "năng lực nghiên cứu của các phòng thí nghiệm trọng điểm", "các dự án hợp tác nghiên cứu song phương",
  "mô hình sản xuất nông nghiệp công nghệ cao", "hệ thống đo lường quốc gia",
  "năng lực đổi mới sáng tạo của doanh nghiệp", "việc phát triển công nghiệp bán dẫn",
  "các công nghệ chiến lược", "việc bảo hộ chỉ dẫn địa lý cho đặc sản địa phương",
  "quy hoạch mạng lưới tổ chức khoa học và công nghệ công lập", "công tác đánh giá trình độ công nghệ",
  "các giải pháp về {topic}", "lĩnh vực {topic}", "các dự án liên quan đến {topic}", "{topic}", "{topic}",
  "chương trình hỗ trợ {topic}",
];

const CLAUSES = [
  "", "", "", "", ", góp phần nâng cao năng suất, chất lượng và sức cạnh tranh của nền kinh tế",
  ", nhằm đưa khoa học và công nghệ trở thành động lực phát triển kinh tế - xã hội",
  ", tạo điều kiện thuận lợi cho người dân và doanh nghiệp", " theo hướng lấy doanh nghiệp làm trung tâm",
  ", bảo đảm công khai, minh bạch", " trong bối cảnh cuộc Cách mạng công nghiệp lần thứ tư", " trên phạm vi cả nước",
  " một cách đồng bộ và hiệu quả", ", từng bước khẳng định vị thế của khoa học Việt Nam trong khu vực",
  " với sự tham gia của đông đảo nhà khoa học trong và ngoài nước", ", đáp ứng yêu cầu của thực tiễn",
  " trong giai đoạn {year} - {year5}", ", hướng tới mục tiêu tăng trưởng xanh và bền vững",
  " gắn với nhu cầu của thị trường", ", qua đó giảm chi phí tuân thủ cho doanh nghiệp",
  " ngay từ những tháng đầu năm", ", phấn đấu hoàn thành trước thời hạn", " theo đúng tinh thần chỉ đạo của Chính phủ",
  ", lấy người dân làm trung tâm", ", mở ra nhiều cơ hội hợp tác mới", " tại nhiều tỉnh, thành phố",
  " với tổng kinh phí hơn {money}", " tại {provinceAdmin}",
];

const STATEMENTS = [
  "khoa học và công nghệ phải thực sự trở thành động lực then chốt cho tăng trưởng",
  "doanh nghiệp cần mạnh dạn đầu tư cho nghiên cứu và phát triển",
  "cơ chế tài chính cho khoa học cần được đổi mới mạnh mẽ hơn nữa",
  "việc chấp nhận rủi ro trong nghiên cứu là điều kiện để có những đột phá",
  "chuyển đổi số không chỉ là câu chuyện công nghệ mà trước hết là câu chuyện con người",
  "các kết quả nghiên cứu phải được đưa vào sản xuất và đời sống",
  "hợp tác quốc tế giúp các nhà khoa học trong nước tiếp cận những hướng nghiên cứu mới",
  "chất lượng sản phẩm, hàng hóa là yếu tố sống còn của doanh nghiệp khi hội nhập",
  "đội ngũ trí thức trẻ là lực lượng nòng cốt của sự nghiệp đổi mới",
  "mỗi địa phương cần xác định rõ sản phẩm chủ lực để tập trung nguồn lực",
  "dữ liệu là tài nguyên quan trọng của nền kinh tế số",
  "cần có cơ chế thử nghiệm có kiểm soát cho các mô hình kinh doanh mới",
  "các viện, trường phải gắn kết chặt chẽ hơn với doanh nghiệp",
  "năng lượng nguyên tử vì mục đích hòa bình mang lại nhiều lợi ích cho y tế và nông nghiệp",
  "tiêu chuẩn hóa là nền tảng của một nền sản xuất hiện đại",
  "sở hữu trí tuệ phải trở thành công cụ cạnh tranh của doanh nghiệp Việt",
  "đây là cơ hội để Việt Nam tham gia sâu hơn vào chuỗi giá trị toàn cầu",
  "công tác cán bộ cần được thực hiện công khai, dân chủ, đúng quy trình",
  "{topic} sẽ là một trong những ưu tiên hàng đầu của năm {nextYear}",
  "nếu không đổi mới tư duy quản lý thì khó có thể tạo ra đột phá về {topic}",
];

const QUOTE_VERBS = ["nhấn mạnh", "cho biết", "chia sẻ", "khẳng định", "nhận định", "bày tỏ"];
const ACADEMIC_TITLES = ["PGS.TS", "GS.TS", "TS.", "GS.TSKH", "ThS.", "KS."];
const POSITIONS = [
  "Viện trưởng Viện Vật lý", "Giám đốc Sở KH&CN {province}", "Thứ trưởng Bộ KH&CN",
  "Cục trưởng Cục Sở hữu trí tuệ", "Hiệu trưởng Trường Đại học Bách khoa Hà Nội", "Chủ tịch Hội đồng quản trị công ty",
  "Phó Vụ trưởng Vụ Kế hoạch - Tài chính", "Giám đốc Trung tâm Đổi mới sáng tạo Quốc gia", "trưởng nhóm nghiên cứu",
  "chuyên gia về trí tuệ nhân tạo", "Bí thư Đảng ủy Bộ KH&CN", "Tổng Giám đốc một doanh nghiệp công nghệ",
  "Phó Chủ tịch UBND {provinceAdmin}", "Phó Bí thư Đảng ủy Bộ", "Giám đốc Quỹ Phát triển khoa học và công nghệ quốc gia",
  "Viện trưởng Viện Năng lượng nguyên tử Việt Nam", "Phó Tổng cục trưởng Tổng cục Tiêu chuẩn Đo lường Chất lượng",
  "giảng viên Trường Đại học Khoa học Tự nhiên", "nhà sáng lập một công ty khởi nghiệp",
];

const STAT_SUBJECTS = ["cả nước", "{provinceAdmin}", "khu vực phía Nam", "các tỉnh miền núi phía Bắc", "hệ thống các viện nghiên cứu"];
const STAT_UNITS = [
  "doanh nghiệp khoa học và công nghệ", "đơn đăng ký sáng chế", "tiêu chuẩn quốc gia", "nhiệm vụ khoa học và công nghệ",
  "phòng thí nghiệm được công nhận", "công bố quốc tế", "dự án khởi nghiệp", "sản phẩm được cấp giấy chứng nhận",
  "văn bằng bảo hộ", "sản phẩm OCOP",
];
const EVENT_KINDS = [
  "Hội nghị", "Hội thảo khoa học", "Diễn đàn", "Tọa đàm", "Hội nghị tổng kết", "Hội nghị chuyên đề",
  "Chương trình tập huấn", "Hội thảo quốc tế", "Ngày hội khởi nghiệp",
];
const ORGANIZERS = [
  "Bộ KH&CN", "Đảng ủy Bộ KH&CN", "Sở KH&CN {province}", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
  "Cục Sở hữu trí tuệ", "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Đại học Quốc gia Hà Nội",
  "Trung tâm Đổi mới sáng tạo Quốc gia", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
];

const HEADINGS = [
  "Quyết liệt trong công tác chỉ đạo, điều hành", "Phát huy sức mạnh đoàn kết", "Nhiều kết quả nổi bật",
  "Tháo gỡ điểm nghẽn về thể chế", "Doanh nghiệp là trung tâm", "Hướng tới mục tiêu năm {nextYear}",
  "Kinh nghiệm quốc tế", "Những thách thức còn tồn tại", "Giải pháp trong thời gian tới",
  "Từ phòng thí nghiệm đến thị trường", "Lan tỏa tinh thần đổi mới sáng tạo", "Đầu tư cho tương lai",
  "Nâng cao năng lực nghiên cứu", "Đưa kết quả nghiên cứu vào cuộc sống", "Cần cơ chế đặc thù",
  "Tạo đột phá từ chuyển đổi số", "Hợp tác cùng có lợi", "Bài học kinh nghiệm", "Chặng đường phía trước",
  "Những con số ấn tượng", "Đổi mới tư duy quản lý", "Khơi thông nguồn lực", "Đồng hành cùng doanh nghiệp",
  "Chú trọng chất lượng nguồn nhân lực", "Nâng cao vị thế", "Dấu ấn từ cơ sở", "Kỳ vọng từ chính sách mới",
  "Phát triển bền vững", "Hoàn thiện hành lang pháp lý", "Làm chủ công nghệ lõi",
];

const LIST_INTROS = [
  "Hội nghị đã thống nhất một số nhiệm vụ trọng tâm:", "Các giải pháp chính được đề xuất gồm:",
  "Theo kế hoạch, năm {nextYear} sẽ tập trung vào:", "Một số kết quả nổi bật trong năm {year}:",
  "Chương trình bao gồm các nội dung chính:", "Các đại biểu kiến nghị:",
];
const LIST_ITEMS = [
  "hoàn thiện khung pháp lý về sở hữu trí tuệ", "đẩy mạnh ứng dụng công nghệ thông tin trong quản lý",
  "nâng cao chất lượng các nhiệm vụ khoa học và công nghệ", "phát triển thị trường khoa học và công nghệ",
  "tăng cường hợp tác quốc tế trong nghiên cứu", "hỗ trợ doanh nghiệp xây dựng hệ thống quản lý chất lượng",
  "đào tạo, bồi dưỡng đội ngũ cán bộ trẻ", "kiện toàn tổ chức bộ máy theo hướng tinh gọn",
  "rà soát các tiêu chuẩn quốc gia đã lạc hậu", "xây dựng cơ sở dữ liệu quốc gia về khoa học và công nghệ",
  "thúc đẩy thương mại hóa kết quả nghiên cứu", "phát triển mạng lưới chuyên gia người Việt ở nước ngoài",
  "tăng cường công tác kiểm tra, giám sát của cấp ủy", "đổi mới phương thức tuyên truyền về khoa học",
  "ưu tiên đầu tư cho các phòng thí nghiệm trọng điểm", "đẩy mạnh chuyển đổi số trong các đơn vị trực thuộc",
  "bảo đảm an toàn bức xạ và hạt nhân", "phát triển các sản phẩm quốc gia",
  "xây dựng văn hóa đổi mới sáng tạo trong doanh nghiệp", "hỗ trợ bảo hộ tài sản trí tuệ cho đặc sản địa phương",
  "đẩy mạnh nghiên cứu về {topic}",
];

/** Alt texts and captions never contain `"`, `[` or `]`: they go inside Markdown image syntax. */
const IMAGE_ALTS = [
  "Toàn cảnh hội nghị", "Các đại biểu tham quan khu trưng bày sản phẩm", "Nhà khoa học làm việc trong phòng thí nghiệm",
  "Lãnh đạo Bộ KH&CN phát biểu tại sự kiện", "Lễ ký kết thỏa thuận hợp tác", "Mô hình sản xuất ứng dụng công nghệ cao",
  "Sinh viên trình bày sản phẩm nghiên cứu", "Các đại biểu chụp ảnh lưu niệm", "Kỹ thuật viên vận hành thiết bị đo lường",
  "Quang cảnh buổi tọa đàm", "Sản phẩm khởi nghiệp được giới thiệu tại triển lãm", "Nhóm nghiên cứu bên thiết bị thí nghiệm",
  "Cán bộ kiểm tra chất lượng hàng hóa", "Đoàn công tác khảo sát tại cơ sở", "Trao giải thưởng cho các tác giả đoạt giải",
  "Phòng thí nghiệm trọng điểm của trường đại học", "Hệ thống pin mặt trời trên mái nhà xưởng",
  "Robot tự hành do kỹ sư Việt Nam chế tạo", "Cánh đồng lúa ứng dụng giống mới", "Lò phản ứng hạt nhân nghiên cứu Đà Lạt",
];
const CAPTION_TAILS = ["", "", " tại {city}", " ngày {date}", " năm {year}", " ở {provinceAdmin}"];

const HEADLINE_SUBJECTS = [
  "Bộ KH&CN", "Đảng bộ Bộ Khoa học và Công nghệ", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
  "{university}", "{university}", "{province}", "{province}", "Nhà khoa học Việt", "Doanh nghiệp Việt",
  "Sở KH&CN {province}", "Sở KH&CN {province}", "UBND {provinceAdmin}", "Các nhà khoa học trẻ", "Quỹ NAFOSTED",
  "Cục Sở hữu trí tuệ", "Startup Việt", "Nhóm nghiên cứu Việt Nam", "Viện Năng lượng nguyên tử Việt Nam",
  "Việt Nam", "Thủ tướng", "Bộ trưởng Bộ KH&CN", "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Doanh nghiệp {province}",
  "Nông dân {province}", "Trung tâm Đổi mới sáng tạo Quốc gia", "Hội đồng Khoa học tỉnh {province}",
];
const HEADLINE_VERBS = [
  "đẩy mạnh", "triển khai", "công bố kết quả nghiên cứu về", "hoàn thiện", "thúc đẩy", "ra mắt chương trình về",
  "tổng kết", "đề xuất giải pháp về", "làm chủ", "hỗ trợ doanh nghiệp trong", "ưu tiên phát triển", "chú trọng",
  "nghiệm thu đề tài về", "đặt mục tiêu dẫn đầu về", "bàn giải pháp thúc đẩy", "tiên phong trong", "đầu tư mạnh cho",
  "lấy ý kiến về", "khởi động chương trình về", "mở rộng", "nâng cao hiệu quả", "sơ kết", "kiểm tra tiến độ",
  "đặt hàng nghiên cứu về", "đánh giá kết quả", "tăng tốc", "tập huấn về", "chia sẻ kinh nghiệm về",
];
/** Tails that make titles specific: most add a place, a date or an actor. */
const HEADLINE_TAILS = [
  "", "", "", "", " năm {year}", " giai đoạn {year} - {year5}", " tại {provinceAdmin}", " tại {provinceAdmin}",
  " trong bối cảnh mới", " cho doanh nghiệp nhỏ và vừa", " vì mục tiêu phát triển bền vững",
  " theo hướng thực chất, hiệu quả", " trong những tháng cuối năm", " ngay từ đầu năm {year}", " ở {provinceAdmin}",
  " cho nông dân {province}", " tại các trường đại học", " trong 6 tháng đầu năm {year}", " đến năm {year5}",
  " tại khu vực {region}", " cùng {university}", " với sự hỗ trợ của {foreignOrg}", " tại {city}",
  " trong quý {quarter}", " trong {sector}", " trong {sector}", " ở vùng {region}",
];
const REGIONS = [
  "Tây Nguyên", "Tây Bắc", "Đồng bằng sông Cửu Long", "Đồng bằng sông Hồng", "Bắc Trung Bộ", "Nam Trung Bộ",
  "Đông Nam Bộ", "duyên hải miền Trung", "Đông Bắc",
];
const SECTORS = [
  "nông nghiệp", "y tế", "giáo dục", "công nghiệp chế biến", "quản lý đô thị", "giao thông", "du lịch",
  "lĩnh vực năng lượng", "ngành dệt may", "thủy sản", "logistics", "xây dựng", "tài chính, ngân hàng",
];
const DEBATE_TAILS = [
  "cơ hội và thách thức", "từ chính sách đến thực tiễn", "kinh nghiệm quốc tế và bài học cho Việt Nam",
  "nhìn lại {n} năm triển khai", "góc nhìn từ doanh nghiệp", "yêu cầu mới, cách làm mới", "những điểm nghẽn cần tháo gỡ",
];
const REMEDIES = [
  "cần cơ chế đủ mạnh", "cần sự vào cuộc của doanh nghiệp", "bắt đầu từ thể chế", "cần thêm nguồn lực",
  "cần cách làm mới", "không thể chậm trễ",
];
const PARTY_UNITS = [
  "Đảng ủy Bộ KH&CN", "Đảng bộ Cục Sở hữu trí tuệ", "Chi bộ Vụ Tổ chức cán bộ", "Đảng bộ Tổng cục Tiêu chuẩn Đo lường Chất lượng",
  "Đảng bộ Viện Năng lượng nguyên tử Việt Nam", "Chi bộ Văn phòng Bộ", "Đảng bộ Cục Thông tin KH&CN quốc gia",
  "Chi bộ Vụ Kế hoạch - Tài chính", "Đảng bộ Học viện Khoa học, Công nghệ và Đổi mới sáng tạo", "Chi bộ Thanh tra Bộ",
  "Đảng bộ Cục Năng lượng nguyên tử", "Chi bộ Vụ Pháp chế", "Đảng bộ Báo VnExpress", "Đảng ủy Sở KH&CN {province}",
];
const PERIODS = [
  "năm {year}", "6 tháng đầu năm {year}", "quý {quarter} năm {year}", "nhiệm kỳ {year} - {year5}", "tháng {month}/{year}",
];
const SLOGANS = [
  "làm chủ công nghệ lõi", "Make in Viet Nam", "dám nghĩ, dám làm", "nghiên cứu để phụng sự",
  "khoa học vì cộng đồng", "đưa tri thức vào đồng ruộng", "chuyển đổi số từ cơ sở", "sáng tạo không giới hạn",
];
const AWARDS = [
  "Giải thưởng Tạ Quang Bửu", "Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam", "Giải thưởng Chất lượng Quốc gia",
  "Giải thưởng Kovalevskaia", "Giải thưởng Quả cầu vàng", "Giải thưởng Đổi mới sáng tạo",
];
const LAUREATES = ["nhà khoa học", "công trình", "doanh nghiệp", "giải pháp", "tác giả trẻ"];

/** People with an aspiration; a province follows them in titles. */
const ASPIRANTS = [
  "kỹ sư trẻ", "các nhà khoa học trẻ", "một nhà khoa học nữ", "nông dân", "sinh viên", "những nhà sáng chế không chuyên",
  "một doanh nghiệp nhỏ", "những người làm khoa học", "nhóm khởi nghiệp", "các thầy cô giáo",
];

/** Headline templates for any category; the first is the most common shape, hence its weight. */
const TITLE_TEMPLATES = [
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{eventKind} về {topic} tại {city}",
  "{eventKind} “{Topic}: {debateTail}” tại {city}",
  "{province}: {HeadlineVerb} {topic}{headlineTail}",
  "{province}: {HeadlineVerb} {topic}{headlineTail}",
  "{n} dấu ấn nổi bật về {topic} tại {provinceAdmin} năm {year}",
  "Khát vọng \"{slogan}\" của {aspirant} {province}",
  "{Speaker}: \"{Statement}\"",
  "Nhiều giải pháp thúc đẩy {topic} tại {provinceAdmin}",
  "Gỡ vướng về {topic} tại {provinceAdmin}: {remedy}",
  "Đưa {topic} vào cuộc sống: kinh nghiệm từ {provinceAdmin}",
  "Tọa đàm \"{slogan}\" về {topic} tại {city}",
  "Tháo gỡ khó khăn về {topic} cho doanh nghiệp {province}",
  "{award} năm {year} vinh danh {n} {laureate} về {topic}",
];

/** Headline templates that only make sense in one section, mixed in for articles of that section. */
const CATEGORY_TITLE_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  "hoat-dong-khcn": [
    "{Organizer} đạt nhiều kết quả tích cực trong {topic} {period}",
    "{PartyUnit} tổng kết {topic} {period}",
    "{PartyUnit} quán triệt {topic} đến cán bộ, đảng viên {period}",
  ],
  "khoa-hoc": [
    "Phát hiện mới về {topic} của nhóm nghiên cứu {university}",
    "Nhóm nghiên cứu của {university} công bố kết quả mới về {topic}{headlineTail}",
    "Công bố quốc tế về {topic} của {speaker} được đánh giá cao",
  ],
  "cong-nghe": [
    "Kỹ sư {province} làm chủ {topic}: từ ý tưởng đến sản phẩm",
    "Ứng dụng {topic} trong {sector} tại {provinceAdmin}",
    "{University} ra mắt sản phẩm ứng dụng {topic}{headlineTail}",
  ],
  "doi-moi-sang-tao": [
    "Startup {province} gọi vốn thành công {money} cho dự án về {topic}",
    "Techfest {province} {year}: lan tỏa tinh thần {topic}",
    "Kết nối cung cầu công nghệ: cơ hội cho {topic} tại {provinceAdmin}",
  ],
  "chinh-sach": [
    "{HeadlineSubject} lấy ý kiến về {topic}{headlineTail}",
    "{HeadlineSubject} đề xuất sửa đổi quy định về {topic}",
    "{HeadlineSubject} phổ biến những điểm mới về {topic}",
  ],
  "hop-tac-quoc-te": [
    "Việt Nam và {country} tăng cường {topic}{headlineTail}",
    "Ký kết thỏa thuận hợp tác giữa {organizer} và {foreignOrg}{headlineTail}",
    "Đoàn công tác {organizer} làm việc với {foreignOrg} về {topic}",
  ],
  "tieu-chuan-chat-luong": [
    "Công bố {n} tiêu chuẩn quốc gia mới về {topic}{headlineTail}",
    "{award} năm {year}: {n} doanh nghiệp {province} được vinh danh",
    "Tăng cường kiểm tra {topic} dịp cuối năm tại {provinceAdmin}",
  ],
};
const UNIVERSITIES = [
  "Đại học Quốc gia Hà Nội", "Đại học Bách khoa Hà Nội", "Đại học Quốc gia TP. Hồ Chí Minh", "Đại học Cần Thơ",
  "Đại học Đà Nẵng", "Đại học Huế", "Đại học Thái Nguyên", "Trường Đại học Khoa học Tự nhiên", "Học viện Nông nghiệp Việt Nam",
  "Trường Đại học Y Hà Nội", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Trường Đại học Công nghệ",
];

const SUMMARY_TEMPLATES = [
  "{Opener}{subject} {predicate} {object}{clause}.",
  "Bài viết điểm lại những kết quả nổi bật về {topic} trong năm {year} và đề xuất giải pháp cho giai đoạn tới.",
  "Theo {person}, {statement}.",
  "{eventKind} do {organizer} tổ chức đã thu hút hơn {hundreds} đại biểu là nhà quản lý, nhà khoa học và doanh nghiệp.",
];

// ---------------------------------------------------------------------------------------------
// Text assembly

/** What the placeholders of one article draw from. */
interface TextContext {
  rng: Rng;
  year: number;
  month: number;
  day: number;
  category: string;
  topics: readonly string[];
  byline: string;
  /** Fragments already used by this article, so that few repeat within it. */
  used: Set<string>;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Vietnamese digit grouping: 12.500 (and 12,5 for decimals). */
function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Like `pick`, but avoids fragments the article already used (empty ones may repeat). */
function pickFresh(context: TextContext, items: readonly string[]): string {
  let item = pick(context.rng, items);
  for (let attempt = 0; item !== "" && context.used.has(item) && attempt < 4; attempt++) item = pick(context.rng, items);
  context.used.add(item);
  return item;
}

function fullName(rng: Rng): string {
  return `${pick(rng, SURNAMES)} ${pick(rng, MIDDLE_NAMES)} ${pick(rng, GIVEN_NAMES)}`;
}

/** A titled name: "PGS.TS Nguyễn Văn Hùng", "bà Trần Thị Lan". */
function speaker(rng: Rng): string {
  const name = fullName(rng);
  const title = chance(rng, 0.55) ? pick(rng, ACADEMIC_TITLES) : name.includes(" Thị ") ? "bà" : "ông";
  return `${title} ${name}`;
}

function person(context: TextContext): string {
  return `${speaker(context.rng)}, ${fill(pick(context.rng, POSITIONS), context)}`;
}

function provinceAdmin(province: string): string {
  if (province.startsWith("TP.")) return province;
  return CITIES_UNDER_CENTRAL_RULE.has(province) ? `thành phố ${province}` : `tỉnh ${province}`;
}

/** A template split once into literal text (even positions) and placeholder names (odd positions). */
const templateParts = new Map<string, string[]>();

/** Replaces `{name}` placeholders; a capitalized name (`{Topic}`) gives a capitalized value. */
function fill(template: string, context: TextContext): string {
  if (!template.includes("{")) return template;
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const value = placeholder(lower, context);
    text += (name === lower ? value : capitalize(value)) + parts[i + 1]!;
  }
  return text;
}

function placeholder(name: string, context: TextContext): string {
  const { rng, year } = context;
  switch (name) {
    case "year": return String(year);
    case "prevYear": return String(year - 1);
    case "nextYear": return String(year + 1);
    case "year5": return String(year + 5);
    case "quarter": return pick(rng, ["I", "II", "III"]);
    case "n": return String(intBetween(rng, 2, 12));
    case "hundreds": return String(intBetween(rng, 1, 9) * 100);
    case "big": return formatNumber(intBetween(rng, 12, 250) * 10 * intBetween(rng, 1, 10));
    case "pct": return `${intBetween(rng, 3, 45)},${intBetween(rng, 0, 9)}%`;
    case "money":
      return chance(rng, 0.6) ? `${formatNumber(intBetween(rng, 5, 2500))} tỷ đồng` : `${intBetween(rng, 2, 300)} triệu USD`;
    case "date": return `${context.day}/${context.month}/${year}`;
    case "province": return pick(rng, PROVINCES);
    case "provinceAdmin": return provinceAdmin(pick(rng, PROVINCES));
    case "city": return pick(rng, EVENT_CITIES);
    case "country": return pick(rng, COUNTRIES);
    case "foreignOrg": return pick(rng, FOREIGN_ORGS);
    case "topic": return fill(pick(rng, context.topics), context);
    case "person": return person(context);
    case "speaker": return speaker(rng);
    case "byline": return context.byline;
    case "organizer": return fill(pick(rng, ORGANIZERS), context);
    case "eventKind": return pick(rng, EVENT_KINDS);
    case "opener": return fill(pickFresh(context, OPENERS), context);
    case "subject": return fill(pickFresh(context, SUBJECTS), context);
    case "predicate": return pickFresh(context, PREDICATES);
    case "object": return fill(pickFresh(context, OBJECTS), context);
    case "clause": return fill(pickFresh(context, CLAUSES), context);
    case "statement": return fill(pickFresh(context, STATEMENTS), context);
    case "statSubject": return fill(pickFresh(context, STAT_SUBJECTS), context);
    case "statUnit": return pickFresh(context, STAT_UNITS);
    case "headlineSubject": return fill(pick(rng, HEADLINE_SUBJECTS), context);
    case "headlineVerb": return pick(rng, HEADLINE_VERBS);
    case "headlineTail": return fill(pick(rng, HEADLINE_TAILS), context);
    case "slogan": return pick(rng, SLOGANS);
    case "aspirant": return pick(rng, ASPIRANTS);
    case "region": return pick(rng, REGIONS);
    case "sector": return pick(rng, SECTORS);
    case "debateTail": return fill(pick(rng, DEBATE_TAILS), context);
    case "remedy": return pick(rng, REMEDIES);
    case "partyUnit": return fill(pick(rng, PARTY_UNITS), context);
    case "period": return fill(pick(rng, PERIODS), context);
    case "month": return String(context.month);
    case "university": return pick(rng, UNIVERSITIES);
    case "award": return pick(rng, AWARDS);
    case "laureate": return pick(rng, LAUREATES);
    default: throw new Error(`unknown placeholder {${name}}`);
  }
}

const EVENT_SENTENCE = "{EventKind} do {organizer} tổ chức ngày {date} tại {city} với sự tham gia của hơn {hundreds} đại biểu.";

/** One sentence of body text, ending with its punctuation. */
function sentence(context: TextContext): string {
  const { rng } = context;
  const form = rng();
  if (form < 0.56) {
    const main = fill("{opener}{subject} {predicate} {object}{clause}", context);
    return `${capitalize(main)}.`;
  }
  if (form < 0.66) {
    const first = fill("{subject} {predicate} {object}", context);
    const second = fill("{subject} {predicate} {object}{clause}", context);
    return `${capitalize(first)}; ${second}.`;
  }
  if (form < 0.74) return `${capitalize(fill("theo {person}, {statement}", context))}.`;
  if (form < 0.81) {
    return `“${capitalize(fill("{statement}", context))}”, ${fill("{person}", context)} ${pick(rng, QUOTE_VERBS)}.`;
  }
  if (form < 0.9) {
    return fill("Đến nay, {statSubject} đã có hơn {big} {statUnit}, tăng {pct} so với năm {prevYear}.", context);
  }
  // One event per article: a second "held on the same day" would read as a glitch.
  if (context.used.has(EVENT_SENTENCE)) return sentence(context);
  context.used.add(EVENT_SENTENCE);
  return fill(EVENT_SENTENCE, context);
}

/** Whitespace-separated tokens of any kind: a naive word count over raw Markdown. */
function tokenCount(text: string): number {
  let count = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (!space && !inToken) count++;
    inToken = !space;
  }
  return count;
}

/** Whitespace-separated tokens holding a letter or digit (so `##`, `-` and `–` are not words). */
function wordCount(text: string): number {
  // A character loop: this runs on every sentence of every article, and split + regex was the hot spot.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      inWord = false;
    } else if (
      !inWord &&
      ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && (code < 0x2000 || code > 0x206f)))
    ) {
      inWord = true;
      count++;
    }
  }
  return count;
}

const IMAGE_LINE = /^!\[[^\]]*\]\([^)]*\)$/;

/**
 * Words of a Markdown body as a reader sees them: image lines and Markdown markers (`##`, `-`) left out.
 * @example countBodyWords("## Đổi mới\n\nĐại học mở cửa.") // 6
 */
export function countBodyWords(body: string): number {
  let count = 0;
  for (const line of body.split("\n")) {
    if (!IMAGE_LINE.test(line.trim())) count += wordCount(line);
  }
  return count;
}

const IMAGE_COUNT = 8;
const IMAGE_DIR = "images/corpus";

function imageSrc(rng: Rng): string {
  return `/${IMAGE_DIR}/photo-${intBetween(rng, 1, IMAGE_COUNT)}.svg`;
}

function imageText(context: TextContext): { alt: string; caption: string } {
  const { rng } = context;
  const alt = pickFresh(context, IMAGE_ALTS);
  const credit = chance(rng, 0.4) ? ` Ảnh: ${context.byline}.` : "";
  return { alt, caption: `${alt}${fill(pick(rng, CAPTION_TAILS), context)}.${credit}` };
}

/**
 * A body of a lead and 2–4 sections under `##` headings, 1–2 photos and sometimes a list, with between
 * 400 and 900 words however they are counted: as a reader does ({@link countBodyWords}) or by
 * splitting the raw Markdown on whitespace.
 */
function body(context: TextContext): { markdown: string; words: number } {
  const { rng } = context;
  const headingCount = intBetween(rng, 2, 4);
  const paragraphCount = intBetween(rng, 2 + headingCount, 2 + 2 * headingCount);

  // Everything but the paragraphs is decided first, so that the paragraphs can fill the rest.
  // Headings go before paragraphs 1.. so that the lead keeps at least one paragraph of its own.
  const headings = new Map<number, string>();
  while (headings.size < headingCount) {
    const heading = fill(pick(rng, HEADINGS), context);
    if ([...headings.values()].includes(heading)) continue;
    let before = intBetween(rng, 1, paragraphCount - 1);
    while (headings.has(before)) before = intBetween(rng, 1, paragraphCount - 1);
    headings.set(before, `## ${heading}`);
  }
  const extras = new Map<number, string[]>();
  const addAfter = (p: number, block: string) => extras.set(p, [...(extras.get(p) ?? []), block]);
  if (chance(rng, 0.3)) {
    const items = new Set<string>();
    const itemCount = intBetween(rng, 3, 5);
    while (items.size < itemCount) items.add(capitalize(fill(pick(rng, LIST_ITEMS), context)));
    const lines = [...items].map((item, i) => `- ${item}${i === itemCount - 1 ? "." : ";"}`);
    const after = intBetween(rng, 1, paragraphCount - 1);
    addAfter(after, fill(pick(rng, LIST_INTROS), context));
    addAfter(after, lines.join("\n"));
  }
  const photoCount = intBetween(rng, 1, 2);
  for (const after of new Set(Array.from({ length: photoCount }, () => intBetween(rng, 0, paragraphCount - 1)))) {
    const { alt, caption } = imageText(context);
    addAfter(after, `![${alt}](${imageSrc(rng)} "${caption}")`);
  }
  const fixed = [...headings.values(), ...[...extras.values()].flat()];
  const fixedWords = countBodyWords(fixed.join("\n\n"));
  const fixedRawWords = tokenCount(fixed.join(" "));

  // Paragraph words: aim at a random total, never past what keeps the raw count within the maximum.
  const target = intBetween(rng, 440, 780) - fixedWords;
  const cap = MAX_BODY_WORDS - fixedRawWords;
  const shares = Array.from({ length: paragraphCount }, () => 0.6 + rng());
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const blocks: string[] = [];
  let words = 0;
  let cumulativeShare = 0;
  for (let p = 0; p < paragraphCount; p++) {
    const heading = headings.get(p);
    if (heading) blocks.push(heading);
    cumulativeShare += shares[p]!;
    const goal = (target * cumulativeShare) / shareTotal;
    const sentences: string[] = [];
    for (let misses = 0; (words < goal || sentences.length === 0) && misses < 20; ) {
      const next = sentence(context);
      const nextWords = wordCount(next);
      if (words + nextWords > cap) {
        misses++;
        continue;
      }
      sentences.push(next);
      words += nextWords;
    }
    blocks.push(sentences.join(" "), ...(extras.get(p) ?? []));
  }
  const markdown = blocks.filter((block) => block !== "").join("\n\n");
  const total = countBodyWords(markdown);
  if (total < MIN_BODY_WORDS || tokenCount(markdown) > MAX_BODY_WORDS) {
    throw new Error(`body of ${total} words is out of range: the vocabulary needs a look`);
  }
  return { markdown, words: total };
}

/** A headline of 8–16 words, leaving room for a " (kỳ 2)" that makes it unique within its month. */
function titleText(context: TextContext): string {
  const special = CATEGORY_TITLE_TEMPLATES[context.category];
  for (let attempt = 0; attempt < 100; attempt++) {
    const templates = special && chance(context.rng, 0.2) ? special : TITLE_TEMPLATES;
    const title = capitalize(fill(pick(context.rng, templates), context));
    const words = tokenCount(title);
    if (words >= 8 && words <= 16) return title;
  }
  throw new Error("no title of 8–16 words in 100 attempts: the headline templates need a look");
}

function tagList(rng: Rng): string[] {
  const count = intBetween(rng, 3, 6);
  const tags = new Set<string>();
  while (tags.size < count) tags.add(pickTag(rng));
  return [...tags];
}

function credit(rng: Rng, listShare: number): string | string[] {
  if (!chance(rng, listShare)) return pickByline(rng);
  const first = pickByline(rng);
  let second = pickByline(rng);
  while (second === first) second = pickByline(rng);
  return [first, second];
}

// ---------------------------------------------------------------------------------------------
// Front matter

const PLAIN_SCALAR = /^[\p{L}\p{N}][\p{L}\p{N} .\-]*$/u;
const YAML_KEYWORDS = /^(?:true|false|yes|no|on|off|null|y|n)$/i;

/**
 * A YAML scalar: plain when that is unambiguous, else double-quoted with JSON escapes
 * (a JSON string is a valid YAML double-quoted scalar).
 * @example yamlString("Đăng Minh") // Đăng Minh (plain); yamlString("KH&CN") // "KH&CN" (quoted)
 */
export function yamlString(value: string): string {
  return PLAIN_SCALAR.test(value) && !YAML_KEYWORDS.test(value) && !/^\d/.test(value) ? value : JSON.stringify(value);
}

function yamlCredit(value: string | string[]): string {
  return Array.isArray(value) ? `[${value.map(yamlString).join(", ")}]` : yamlString(value);
}

// ---------------------------------------------------------------------------------------------
// Articles

const categorySamplers = new Map<string, (rng: Rng) => string>();

function pickCategory(rng: Rng, categories: readonly string[]): string {
  const key = categories.join("\n");
  let sampler = categorySamplers.get(key);
  if (!sampler) {
    sampler = weightedSampler(categories, categories.map((name) => CATEGORY_WEIGHTS[name] ?? 1));
    categorySamplers.set(key, sampler);
  }
  return sampler(rng);
}

/** Minutes between publication and update: mostly the same day, sometimes days or months later. */
function updateDelay(rng: Rng): number {
  const kind = rng();
  if (kind < 0.6) return intBetween(rng, 10, 600);
  if (kind < 0.9) return intBetween(rng, 1, 7) * 1440 + intBetween(rng, -300, 300);
  return intBetween(rng, 8, 365) * 1440 + intBetween(rng, -600, 600);
}

/**
 * One article for a slot: front matter in the site's schema and a Markdown body.
 * @example generateArticle(slot, mulberry32(7), { categories: ["khoa-hoc"], latest: Infinity }).path // "articles/2019/03/….md"
 */
export function generateArticle(slot: ArticleSlot, rng: Rng, options: ArticleOptions): GeneratedArticle {
  if (options.categories.length === 0) throw new Error("no categories to choose from");
  const date = wallTime(slot.published);
  const category = pickCategory(rng, options.categories);
  const topics = CATEGORY_TOPICS[category] ?? GENERAL_TOPICS;
  const author = chance(rng, 0.85) ? credit(rng, 0.1) : undefined;
  const byline = author === undefined ? pickByline(rng) : Array.isArray(author) ? author[0]! : author;
  const context: TextContext = { rng, year: date.year, month: date.month, day: date.day, category, topics, byline, used: new Set() };

  const yyyy = String(date.year);
  const mm = pad2(date.month);
  const baseTitle = titleText(context);
  let title = baseTitle;
  let slug = slugify(title);
  for (let part = 2; options.isTaken?.(`articles/${yyyy}/${mm}/${slug}.md`); part++) {
    title = `${baseTitle} (kỳ ${part})`;
    slug = slugify(title);
  }

  const lines = ["---", `title: ${JSON.stringify(title)}`, `category: ${category}`, `published: "${toGmt7Iso(slot.published)}"`];
  if (!slot.scheduled && chance(rng, 0.2)) {
    const updated = slot.published + updateDelay(rng) * MINUTE_MS;
    if (updated <= options.latest) lines.push(`updated: "${toGmt7Iso(updated)}"`);
  }
  if (author !== undefined) lines.push(`author: ${yamlCredit(author)}`);
  const hasImage = chance(rng, 0.6);
  if (chance(rng, hasImage ? 0.6 : 0.2)) {
    const photo = author !== undefined && chance(rng, 0.6) ? author : credit(rng, 0.1);
    lines.push(`photo: ${yamlCredit(photo)}`);
  }
  if (chance(rng, 0.1)) lines.push(`source: ${yamlString(pick(rng, SOURCES))}`);
  if (hasImage) {
    const { alt, caption } = imageText(context);
    const captionPart = chance(rng, 0.75) ? `, caption: ${JSON.stringify(caption)}` : "";
    lines.push(`image: { src: ${imageSrc(rng)}, alt: ${JSON.stringify(alt)}${captionPart} }`);
  }
  if (chance(rng, 0.5)) lines.push(`summary: ${JSON.stringify(capitalize(fill(pick(rng, SUMMARY_TEMPLATES), context)))}`);
  lines.push(`tags: [${tagList(rng).map(yamlString).join(", ")}]`);
  if (slot.draft) lines.push("draft: true");
  lines.push("---");

  const { markdown, words } = body(context);
  return {
    path: `articles/${yyyy}/${mm}/${slug}.md`,
    url: `/${yyyy}/${mm}/${pad2(date.day)}/${slug}/`,
    text: `${lines.join("\n")}\n\n${markdown}\n`,
    words,
    draft: slot.draft,
    scheduled: slot.scheduled,
  };
}

/**
 * All articles of a corpus, lazily, in publication order; file paths (so URLs too) are unique.
 * @example for (const article of generateCorpus({ count: 100, seed: 1, categories: ["khoa-hoc"] })) console.log(article.url);
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle> {
  const until = parseDay(options.until ?? DEFAULT_UNTIL);
  const latest = instantOf(until.year, until.month, until.day, 23, 59);
  // Slots come month by month, so only the current month's paths need remembering.
  let month = "";
  let taken = new Set<string>();
  const articleOptions: ArticleOptions = { categories: options.categories, latest, isTaken: (path) => taken.has(path) };
  for (const slot of corpusSlots(options)) {
    const article = generateArticle(slot, articleRng(options.seed, slot.index), articleOptions);
    const folder = article.path.slice(0, article.path.lastIndexOf("/"));
    if (folder !== month) [month, taken] = [folder, new Set()];
    taken.add(article.path);
    yield article;
  }
}

// ---------------------------------------------------------------------------------------------
// Images

const PALETTES = [
  ["#1d4e89", "#7fb2f0", "#f4d35e"], ["#2d6a4f", "#95d5b2", "#ffb703"], ["#6a040f", "#e85d04", "#ffba08"],
  ["#3c096c", "#9d4edd", "#e0aaff"], ["#005f73", "#94d2bd", "#ee9b00"], ["#283618", "#a3b18a", "#dda15e"],
  ["#14213d", "#fca311", "#e5e5e5"], ["#5f0f40", "#0f4c5c", "#fb8b24"],
] as const;

/**
 * The placeholder photos articles point to: `images/corpus/photo-1.svg` … `photo-8.svg`, 16:9, under 1 kB.
 * @example corpusImages()[0].path // "images/corpus/photo-1.svg"
 */
export function corpusImages(): { path: string; text: string }[] {
  return PALETTES.map(([back, middle, sun], i) => {
    const n = i + 1;
    const hill = 380 + 30 * (i % 4);
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675" role="img" aria-label="Ảnh minh họa ${n}">`,
      `<rect width="1200" height="675" fill="${back}"/>`,
      `<circle cx="${200 + 110 * i}" cy="${150 + 12 * i}" r="${60 + 5 * i}" fill="${sun}"/>`,
      `<path d="M0 ${hill} Q300 ${hill - 120} 600 ${hill} T1200 ${hill - 40} V675 H0 Z" fill="${middle}"/>`,
      `<path d="M0 ${hill + 140} Q400 ${hill + 40} 800 ${hill + 130} T1200 ${hill + 100} V675 H0 Z" fill="${back}" opacity="0.6"/>`,
      `</svg>`,
    ].join("\n");
    return { path: `${IMAGE_DIR}/photo-${n}.svg`, text: `${svg}\n` };
  });
}

// ---------------------------------------------------------------------------------------------
// Writing

const DEFAULT_DATA_DIR = fileURLToPath(new URL("../content/_data/", import.meta.url));
const DATA_FILES = ["site.yaml", "categories.yaml"] as const;

/**
 * Writes a complete content folder: `_data/` copied from the repository, the articles, and the images
 * they use. Each article is written as soon as it is generated; nothing is held for the whole corpus.
 * @example await writeCorpus({ out: "/tmp/corpus", count: 10_000, seed: 1 }) // { articles: 10000, … }
 */
export async function writeCorpus(options: WriteCorpusOptions): Promise<CorpusSummary> {
  const { out, count } = options;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, got ${count}`);
  parseDay(options.until ?? DEFAULT_UNTIL); // fail before writing anything
  const existing = await readdir(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  // Leftovers of a bigger corpus would silently join this one.
  if (existing.length > 0) throw new Error(`${out} is not empty; choose a new folder or empty it first`);

  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const data = await Promise.all(DATA_FILES.map((name) => readFile(join(dataDir, name))));
  const categoriesYaml: unknown = parseYaml(data[1]!.toString("utf8"));
  const categories = categoriesYaml && typeof categoriesYaml === "object" ? Object.keys(categoriesYaml) : [];
  if (categories.length === 0) throw new Error(`no categories found in ${join(dataDir, "categories.yaml")}`);

  const summary: CorpusSummary = { articles: 0, drafts: 0, scheduled: 0, files: 0, bytes: 0 };
  // Synchronous writes on purpose: measured on 10,000 articles, they cost less CPU and less time
  // than a pool of promise-based writes, whose thread-pool round trips outweigh the overlap.
  const put = (path: string, content: string | Buffer): void => {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    writeFileSync(join(out, path), bytes);
    summary.files += 1;
    summary.bytes += bytes.length;
  };
  mkdirSync(join(out, "_data"), { recursive: true });
  mkdirSync(join(out, IMAGE_DIR), { recursive: true });
  DATA_FILES.forEach((name, i) => put(`_data/${name}`, data[i]!));
  for (const image of corpusImages()) put(image.path, image.text);

  let folder = "";
  for (const article of generateCorpus({ ...options, categories })) {
    const articleFolder = article.path.slice(0, article.path.lastIndexOf("/"));
    if (articleFolder !== folder) {
      mkdirSync(join(out, articleFolder), { recursive: true });
      folder = articleFolder;
    }
    put(article.path, article.text);
    summary.articles += 1;
    if (article.draft) summary.drafts += 1;
    if (article.scheduled) summary.scheduled += 1;
  }
  return summary;
}
