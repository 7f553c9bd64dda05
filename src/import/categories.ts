/**
 * Imported categories → `content/_data/categories.yaml`. An old category keeps its slug as its key
 * and its name, unless the newsroom's mapping file merges it into a key of ours or renames it:
 *
 * ```yaml
 * categories:
 *   tin-tuc-khoa-hoc: khoa-hoc                      # merge into an existing key
 *   su-kien: { key: su-kien-noi-bat, name: Sự kiện nổi bật }   # rename
 * default: khoa-hoc                                 # for a post with no category
 * ```
 *
 * New keys are added to categories.yaml at the end of an import, its comments and order kept.
 */
import { readFile, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { parse, parseDocument } from "yaml";
import { slugify } from "../slug.ts";

export interface CategoryTarget {
  key: string;
  name: string;
}

export interface CategoryMapping {
  /** By old slug (nicename) or old name. */
  entries: ReadonlyMap<string, { key: string; name?: string }>;
  defaultKey?: string;
}

export const EMPTY_MAPPING: CategoryMapping = { entries: new Map() };

/** Reads a mapping file's value; every problem is listed, none thrown. */
export function parseCategoryMapping(value: unknown): { mapping: CategoryMapping; errors: string[] } {
  const errors: string[] = [];
  const entries = new Map<string, { key: string; name?: string }>();
  if (value === null || value === undefined) return { mapping: { entries }, errors };
  if (typeof value !== "object" || Array.isArray(value)) return { mapping: { entries }, errors: ["expected `categories:` and `default:`"] };
  const record = value as Record<string, unknown>;
  const categories = record.categories ?? {};
  if (typeof categories !== "object" || categories === null || Array.isArray(categories)) errors.push("categories: expected `old: new-key` lines");
  else {
    for (const [old, target] of Object.entries(categories)) {
      if (typeof target === "string" && slugify(target) === target) entries.set(old, { key: target });
      else if (target && typeof target === "object" && typeof (target as { key?: unknown }).key === "string") {
        const { key, name } = target as { key: string; name?: unknown };
        if (slugify(key) !== key) errors.push(`categories.${old}: "${key}" is not a key (lowercase a-z, digits, hyphens)`);
        else entries.set(old, { key, name: typeof name === "string" ? name : undefined });
      } else errors.push(`categories.${old}: expected a key such as khoa-hoc, or { key: …, name: … }`);
    }
  }
  const defaultKey = record.default;
  if (defaultKey !== undefined && (typeof defaultKey !== "string" || slugify(defaultKey) !== defaultKey)) errors.push("default: expected a key such as khoa-hoc");
  return { mapping: { entries, defaultKey: typeof defaultKey === "string" ? defaultKey : undefined }, errors };
}

/**
 * The key and name an old category becomes.
 * @example mapCategory("tin-t%e1%bb%a9c", "Tin tức", EMPTY_MAPPING) // { key: "tin-tuc", name: "Tin tức" }
 */
export function mapCategory(slug: string, name: string, mapping: CategoryMapping): CategoryTarget {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape stays as written.
  }
  const mapped = mapping.entries.get(slug) ?? mapping.entries.get(decoded) ?? mapping.entries.get(name);
  if (mapped) return { key: mapped.key, name: mapped.name ?? name };
  return { key: slugify(decoded) || slugify(name) || "chua-phan-loai", name: name || decoded };
}

/** Appends the categories categories.yaml lacks; returns the keys added. Writes nothing when none is new. */
export async function addCategories(contentDir: string, categories: Iterable<CategoryTarget>): Promise<string[]> {
  const file = path.join(contentDir, "_data", "categories.yaml");
  let text = "";
  try {
    text = await readFile(file, "utf8");
  } catch {
    // No file yet: the import starts it.
  }
  const existing = (parse(text || "{}", { version: "1.2" }) ?? {}) as Record<string, unknown>;
  const document = parseDocument(text || "{}", { version: "1.2" });
  const added: string[] = [];
  for (const category of categories) {
    if (Object.hasOwn(existing, category.key) || added.includes(category.key)) continue;
    document.set(category.key, document.createNode({ name: category.name }));
    added.push(category.key);
  }
  if (added.length === 0) return added;
  await writeFile(`${file}.importing`, document.toString({ lineWidth: 0 }));
  await rename(`${file}.importing`, file);
  return added;
}
