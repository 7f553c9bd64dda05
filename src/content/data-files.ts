/**
 * Reads the newsroom's data files in `content/_data/`: site settings and categories.
 * YAML is read with the same YAML 1.2 rules as front matter.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import type { Problem } from "../problems.ts";
import { controlCharacters, decodeSourceText } from "./source-text.ts";
import { type WriterMessages, writerMessages } from "../writer-messages.ts";
import { parseYamlData, topLevelKeyLines } from "./yaml-data.ts";
import { slugify } from "../slug.ts";
import { closestWord } from "../text/closest-word.ts";
import { ARTICLE_FIELDS } from "./schema.ts";

export interface Category {
  key: string;
  name: string;
  nameEn?: string;
  description?: string;
  /** The English section's description (`description_en`); English pages show none without it, never the Vietnamese one. */
  descriptionEn?: string;
  /** Keys this category had before it was renamed (`former:`): their pages and feeds redirect here. */
  formerKeys?: string[];
}

export interface SiteConfig {
  title: string;
  shortTitle: string;
  description: string;
  /** The English section's title and description (`title_en`, `description_en`); the Vietnamese ones otherwise. */
  titleEn: string;
  descriptionEn: string;
  /** Absolute URL of the site, without trailing slash; `SITE_URL` overrides it. */
  url: string;
  /** The path the site is served under, from `url`: `/` for `https://x.org`, `/tin/` for `https://x.org/tin`. */
  pathPrefix: string;
  language: string;
  publisher: string;
  /** The publication as English pages and the news sitemap's English entries name it (`publisher_en`, else `title_en`). */
  publisherEn: string;
  /** Days a `featured: true` article stays among the front page's top stories (`featured_days`, default 3). */
  featuredDays: number;
  /** The site's logo (`logo`), in the header and as the publisher's logo in structured data; its size once the loader has read it. */
  logo?: SiteImage;
  /** The picture an article without a photo is shared with (`share_image`), and list pages too. */
  shareImage?: SiteImage;
  /** Links the navigation shows after the categories (`menu`). */
  menu: MenuLink[];
  /** Front-matter fields of the site's own (`extra_fields`): articles may carry them; any other unknown field is an error. */
  extraFields?: string[];
}

/** An image of the site's own settings: a file under content/ (`/images/logo.svg`) or an absolute URL. */
export interface SiteImage {
  src: string;
  width?: number;
  height?: number;
}

/** A link of the navigation beyond the categories; English pages show it when it has `name_en`. */
export interface MenuLink {
  name: string;
  url: string;
  nameEn?: string;
  urlEn?: string;
}

/** How long a featured article leads the front page when site.yaml does not say. */
export const DEFAULT_FEATURED_DAYS = 3;

/** A data file's value, the line of each of its top-level keys, and why it could not be read. */
interface YamlFile {
  value?: unknown;
  lines: ReadonlyMap<string, number>;
  problems: Problem[];
}

/** Parses a YAML data file, or reports why it can't be. */
export async function readYamlFile(file: string, displayPath: string, lang: Language = DEFAULT_LANGUAGE): Promise<YamlFile> {
  const lines = new Map<string, number>();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { lines, problems: [{ severity: "error", file: displayPath, message: writerMessages[lang].dataFileMissing }] };
  }
  // Read as strictly as articles (source-text.ts): site and category names reach every page and feed.
  const decoded = decodeSourceText(bytes);
  if (!decoded.ok) return { lines, problems: [{ severity: "error", file: displayPath, line: 1, message: writerMessages[lang].notUtf8(decoded.encoding) }] };
  const { text } = decoded;
  const controls = controlCharacters(text);
  if (controls.length > 0) {
    return { lines, problems: controls.slice(0, 10).map(({ line, column, codePoint }) => ({ severity: "error", file: displayPath, line, message: writerMessages[lang].controlCharacter(codePoint, column) })) };
  }
  const data = parseYamlData(text, displayPath, lang);
  if (data.problems.length > 0) return { lines, problems: data.problems };
  return { value: (data.root as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null, lines: topLevelKeyLines(data), problems: [] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What a category entry may hold; anything else (`descripton:`) is a warning naming the nearest. */
const CATEGORY_SETTINGS = ["name", "name_en", "description", "description_en", "former"] as const;

/** Categories in the order the newsroom wrote them, which is also the order of the navigation. */
export async function readCategories(contentDir: string, displayDir = "content", lang: Language = DEFAULT_LANGUAGE): Promise<{ categories: Category[]; problems: Problem[] }> {
  const displayPath = `${displayDir}/_data/categories.yaml`;
  const { value, lines, problems } = await readYamlFile(path.join(contentDir, "_data", "categories.yaml"), displayPath, lang);
  const say = writerMessages[lang];
  if (problems.length > 0) return { categories: [], problems };
  if (!isRecord(value)) return { categories: [], problems: [{ severity: "error", file: displayPath, line: 1, message: say.categoriesNotMap }] };
  const categories: Category[] = [];
  const report = (key: string, message: string): void => {
    problems.push({ severity: "error", file: displayPath, line: lines.get(key), field: key, message });
  };
  for (const [key, entry] of Object.entries(value)) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) {
      report(key, say.categoryKeyNotSlug(slugify(key) || "khoa-hoc"));
      continue;
    }
    if (!isRecord(entry) || typeof entry.name !== "string" || !entry.name.trim()) {
      report(key, say.categoryNeedsName);
      continue;
    }
    for (const setting of Object.keys(entry).filter((each) => !(CATEGORY_SETTINGS as readonly string[]).includes(each))) {
      problems.push({ severity: "warning", file: displayPath, line: lines.get(key), field: `${key}.${setting}`, message: say.unknownSetting(closestWord(setting, CATEGORY_SETTINGS)) });
    }
    categories.push({
      key,
      name: entry.name.trim(),
      nameEn: typeof entry.name_en === "string" ? entry.name_en : undefined,
      description: typeof entry.description === "string" ? entry.description : undefined,
      descriptionEn: typeof entry.description_en === "string" && entry.description_en.trim() ? entry.description_en.trim() : undefined,
      formerKeys: formerKeysOf(entry.former, key, (message) => report(key, message), say),
    });
  }
  // A former key must lead to one category, and never be a key still in use.
  const formerOwner = new Map<string, string>();
  for (const category of categories) {
    for (const formerKey of category.formerKeys ?? []) {
      const other = formerOwner.get(formerKey);
      if (categories.some((current) => current.key === formerKey)) {
        report(category.key, say.formerStillKey(formerKey));
      } else if (other) {
        report(category.key, say.formerTwice(formerKey, other));
      }
      formerOwner.set(formerKey, category.key);
    }
  }
  return { categories, problems };
}

/** `former: [old-key, …]`: the keys a renamed category had, each a slug. */
function formerKeysOf(raw: unknown, key: string, report: (message: string) => void, say: WriterMessages): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const list = Array.isArray(raw) ? raw : [raw];
  const keys = list.filter((item): item is string => typeof item === "string" && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(item));
  if (keys.length !== list.length) {
    report(say.formerNotSlugs);
  }
  return keys;
}

/**
 * The site as a language's pages name it: the English section has its own title and description,
 * and `language` is the pages' language.
 */
export function siteInLanguage(site: SiteConfig, lang: Language): SiteConfig {
  if (lang === DEFAULT_LANGUAGE) return site;
  return { ...site, title: site.titleEn, shortTitle: site.titleEn, description: site.descriptionEn, language: lang, publisher: site.publisherEn };
}

/** @example pathPrefixOf("https://example.org/tin") // "/tin/" */
export function pathPrefixOf(siteUrl: string): string {
  const pathname = URL.canParse(siteUrl) ? new URL(siteUrl).pathname : "/";
  return pathname.endsWith("/") ? pathname : `${pathname}/`;
}

/** Site settings from `content/_data/site.yaml`, with `SITE_URL` taking precedence over `url`. */
export async function readSiteConfig(
  contentDir: string,
  env: NodeJS.ProcessEnv = process.env,
  displayDir = "content",
  lang: Language = DEFAULT_LANGUAGE,
): Promise<{ site?: SiteConfig; /** The line of each setting, for messages about it. */ lines: ReadonlyMap<string, number>; problems: Problem[] }> {
  const displayPath = `${displayDir}/_data/site.yaml`;
  const { value, lines, problems } = await readYamlFile(path.join(contentDir, "_data", "site.yaml"), displayPath, lang);
  const say = writerMessages[lang];
  if (problems.length > 0) return { lines, problems };
  if (!isRecord(value)) return { lines, problems: [{ severity: "error", file: displayPath, line: 1, message: say.siteNotMap }] };
  const report = (key: string, message: string): void => {
    problems.push({ severity: "error", file: displayPath, line: lines.get(key), field: key, message });
  };
  const warnings: Problem[] = [];
  const textSetting = (key: string, fallback?: string): string => {
    const setting = value[key];
    if (typeof setting === "string" && setting.trim()) return setting.trim();
    if (fallback !== undefined) return fallback;
    report(key, say.siteRequired(SITE_EXAMPLES[key] ?? `${key}: …`));
    return "";
  };
  const title = textSetting("title");
  const url = (env.SITE_URL?.trim() || textSetting("url")).replace(/\/+$/, "");
  if (url && !/^https?:\/\/[^/]+/.test(url)) report("url", say.siteUrl(url));
  const titleEn = textSetting("title_en", title);
  const site: SiteConfig = {
    title,
    shortTitle: textSetting("shortTitle", title),
    description: textSetting("description", ""),
    titleEn,
    descriptionEn: textSetting("description_en", textSetting("description", "")),
    url,
    pathPrefix: pathPrefixOf(url),
    language: textSetting("language", "vi"),
    publisher: textSetting("publisher", title),
    publisherEn: textSetting("publisher_en", titleEn),
    featuredDays: DEFAULT_FEATURED_DAYS,
    menu: [],
    extraFields: [],
  };
  const imageSetting = (key: string): SiteImage | undefined => {
    const setting = value[key];
    if (setting === undefined || setting === null) return undefined;
    if (typeof setting === "string" && /^(https?:\/\/|\/)\S+$/.test(setting.trim())) return { src: setting.trim() };
    report(key, say.siteImage(`/images/${key === "logo" ? "logo.svg" : "share.jpg"}`, JSON.stringify(setting)));
    return undefined;
  };
  site.logo = imageSetting("logo");
  site.shareImage = imageSetting("share_image");
  // Facebook, X and messaging apps take JPEG, PNG, WebP or GIF, never SVG: an SVG og:image would give
  // every shared link a blank preview. The site works without it, so a warning, and no og:image at all.
  if (site.shareImage && /\.svg$/i.test(site.shareImage.src.split(/[?#]/)[0]!)) {
    warnings.push({ severity: "warning", file: displayPath, line: lines.get("share_image"), field: "share_image", message: say.shareImageSvg(site.shareImage.src) });
    site.shareImage = undefined;
  }
  site.menu = menuLinks(value.menu, (field, message) => problems.push({ severity: "error", file: displayPath, line: lines.get("menu"), field, message }), say);
  for (const key of Object.keys(value).filter((each) => !(SITE_SETTINGS as readonly string[]).includes(each))) {
    warnings.push({ severity: "warning", file: displayPath, line: lines.get(key), field: key, message: say.unknownSetting(closestWord(key, SITE_SETTINGS)) });
  }
  site.extraFields = extraFieldsOf(value.extra_fields, (message) => report("extra_fields", message), say);
  const featuredDays = value.featured_days;
  if (featuredDays !== undefined && featuredDays !== null) {
    if (typeof featuredDays === "number" && Number.isFinite(featuredDays) && featuredDays > 0) site.featuredDays = featuredDays;
    else report("featured_days", say.featuredDays(JSON.stringify(featuredDays)));
  }
  return problems.length > 0 ? { lines, problems: [...problems, ...warnings] } : { site, lines, problems: warnings };
}

/**
 * The settings site.yaml may hold: the ones read here, and `forms` (src/forms/config.ts). Any other
 * is a warning naming the nearest: `featured_dayz: 5` would otherwise be ignored without a word.
 */
const SITE_SETTINGS = [
  "title", "shortTitle", "description", "title_en", "description_en", "url", "language", "publisher", "publisher_en",
  "featured_days", "logo", "share_image", "menu", "extra_fields", "forms",
] as const;

/** The line a writer adds for a missing setting. */
const SITE_EXAMPLES: Record<string, string> = { title: "title: Cổng thông tin Khoa học và Công nghệ", url: "url: https://example.org" };

/**
 * `extra_fields: [nguon_anh, ma_bai_cu]`: front-matter fields a site uses for its own purposes (an
 * editor's note, an old system's id). No page shows them; declaring them tells check they are meant.
 */
function extraFieldsOf(raw: unknown, report: (message: string) => void, say: WriterMessages): string[] {
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const names = list.filter((item): item is string => typeof item === "string" && /^[\p{L}\p{N}_-]+$/u.test(item));
  if (names.length !== list.length) report(say.extraFields(JSON.stringify(raw)));
  for (const name of names.filter((each) => (ARTICLE_FIELDS as readonly string[]).includes(each))) report(say.extraFieldKnown(name));
  return names.filter((each) => !(ARTICLE_FIELDS as readonly string[]).includes(each));
}

const MENU_EXAMPLE = "menu:\n  - name: Giới thiệu\n    url: /gioi-thieu/\n    name_en: About   # optional: English pages show the link only with it";

/** `menu:` of site.yaml: a list of links, each with a name and a URL. */
function menuLinks(raw: unknown, report: (field: string, message: string) => void, say: WriterMessages): MenuLink[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    report("menu", say.menuNotList(MENU_EXAMPLE));
    return [];
  }
  const links: MenuLink[] = [];
  const text = (entry: Record<string, unknown>, key: string): string | undefined =>
    typeof entry[key] === "string" && (entry[key] as string).trim() ? (entry[key] as string).trim() : undefined;
  raw.forEach((entry, index) => {
    const name = isRecord(entry) ? text(entry, "name") : undefined;
    const url = isRecord(entry) ? text(entry, "url") : undefined;
    if (!isRecord(entry) || !name || !url || !/^(https?:\/\/|\/)/.test(url)) {
      report(`menu[${index + 1}]`, say.menuEntry(MENU_EXAMPLE));
      return;
    }
    links.push({ name, url, nameEn: text(entry, "name_en"), urlEn: text(entry, "url_en") });
  });
  return links;
}
