/**
 * `npm run import -- html DIR --config import.yaml`: every saved page (`.html`, `.htm`, `.aspx`…)
 * under DIR, read with the built-in preset or the config's selectors, becomes an article; the page's
 * `<link rel=canonical>`, or else its path under DIR, becomes its old address (`aliases:`).
 *
 * import.yaml:
 * ```yaml
 * selectors: { headline: h1.tieu-de, body: "#noi-dung" }   # any of src/import/legacy-page.ts's, the rest from the preset
 * boldParagraphsAsHeadings: true
 * categories: { "Hoạt động KH&CN": hoat-dong-khcn }        # as for WordPress (src/import/categories.ts)
 * default: hoat-dong-khcn
 * ```
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { slugify } from "../slug.ts";
import { addCategories, mapCategory, parseCategoryMapping, type CategoryMapping, type CategoryTarget } from "./categories.ts";
import { convertBody } from "./converted-body.ts";
import { ImportReport } from "./import-report.ts";
import { ArticleFolder } from "./import-record.ts";
import { writeImportedArticle } from "./imported-article.ts";
import { readLegacyPage, SEED_PRESET, type PageSelectors } from "./legacy-page.ts";
import { MediaStore } from "./media.ts";

export interface HtmlImportConfig {
  selectors: PageSelectors;
  boldParagraphsAsHeadings: boolean;
  mapping: CategoryMapping;
}

const SELECTOR_KEYS = Object.keys(SEED_PRESET) as (keyof PageSelectors)[];

/** Reads import.yaml's value; the preset where it says nothing. */
export function parseHtmlImportConfig(value: unknown): { config: HtmlImportConfig; errors: string[] } {
  const record = (value && typeof value === "object" && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const errors: string[] = [];
  const selectors: PageSelectors = { ...SEED_PRESET, remove: [...SEED_PRESET.remove] };
  const given = (record.selectors ?? {}) as Record<string, unknown>;
  for (const [key, selector] of Object.entries(given)) {
    if (!(SELECTOR_KEYS as string[]).includes(key)) errors.push(`selectors.${key}: unknown; expected ${SELECTOR_KEYS.join(", ")}`);
    else if (key === "remove") {
      if (Array.isArray(selector) && selector.every((item) => typeof item === "string")) selectors.remove = selector as string[];
      else errors.push("selectors.remove: expected a list of selectors");
    } else if (typeof selector === "string" && selector.trim()) (selectors as unknown as Record<string, string>)[key] = selector;
    else errors.push(`selectors.${key}: expected a CSS selector`);
  }
  const { mapping, errors: mappingErrors } = parseCategoryMapping({ categories: record.categories, default: record.default });
  return { config: { selectors, boldParagraphsAsHeadings: record.boldParagraphsAsHeadings !== false, mapping }, errors: [...errors, ...mappingErrors] };
}

const PAGE = /\.(html?|aspx?|php|jsp)$/i;

async function pageFiles(dir: string, prefix = ""): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await pageFiles(path.join(dir, entry.name), relative)));
    else if (PAGE.test(entry.name)) files.push(relative);
  }
  return files;
}

export interface HtmlImportOptions {
  dir: string;
  contentDir: string;
  config: HtmlImportConfig;
  displayName?: string;
  fetchMedia?: boolean;
}

/** Imports every saved page under `dir`. */
export async function importHtml(options: HtmlImportOptions): Promise<ImportReport> {
  const report = new ImportReport(options.displayName ?? options.dir);
  const folder = await ArticleFolder.open(path.join(options.contentDir, "articles"));
  const media = new MediaStore({ contentDir: options.contentDir, localRoot: options.dir, fetchMedia: options.fetchMedia });
  const context = { report, media, folder };
  const categories = new Map<string, CategoryTarget>();
  const { selectors } = options.config;

  for (const relative of await pageFiles(options.dir)) {
    const file = path.join(options.dir, relative);
    const page = readLegacyPage(await readFile(file, "utf8"), selectors);
    if (!page.headline) {
      report.skip("skipNoTitle");
      report.problem(relative, "title", "problemNoHeadline", { selector: selectors.headline });
      continue;
    }
    if (!page.published) {
      report.skip("skipNoDate");
      report.problem(relative, "published", "problemNoDate");
      continue;
    }
    let category: CategoryTarget;
    if (page.category) category = mapCategory(page.category, page.category, options.config.mapping);
    else {
      const key = options.config.mapping.defaultKey ?? "chua-phan-loai";
      category = { key, name: key === "chua-phan-loai" ? "Chưa phân loại" : key };
      report.problem(relative, "category", "problemNoCategory", { key });
    }
    categories.set(category.key, category);
    if (page.bodyHtml === undefined) report.problem(relative, "body", "problemNoBody", { selector: selectors.body });
    // Relative photo paths are the saved page's neighbours; the media store copies them from there.
    const baseUrl = pathToFileURL(file).href;
    const body = convertBody({ html: page.bodyHtml ?? "", options: { baseUrl, boldParagraphsAsHeadings: options.config.boldParagraphsAsHeadings, remove: selectors.remove } });
    let alias = `/${relative}`;
    if (page.canonical) {
      try {
        const url = new URL(page.canonical, "http://old.invalid/");
        alias = `${url.pathname}${url.search}`;
      } catch {
        // The saved path stays the alias.
      }
    }
    const image = page.leadImage?.src
      ? { url: new URL(page.leadImage.src, baseUrl).href, alt: page.leadImage.alt, caption: page.leadImage.caption }
      : undefined;
    await writeImportedArticle(context, {
      source: `html:${relative}`,
      item: relative,
      title: page.headline,
      category: category.key,
      published: page.published,
      updated: page.updated,
      author: page.author.length ? page.author : undefined,
      photo: page.photo.length ? page.photo : undefined,
      image,
      slug: slugify(page.headline) || "bai-viet",
      aliases: [alias],
      body,
    });
  }
  report.newCategories = await addCategories(options.contentDir, categories.values());
  return report;
}
