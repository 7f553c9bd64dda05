/**
 * Writes the term layer (src/search/term-layer.ts) of each language under `<bundleRoot>/terms-<lang>/`,
 * once the headline bundles are written: `<bucket>.pf_terms`, the postings of the terms whose hash
 * falls in that bucket, and `docs/<chunk>.pf_docs`, which fragment of its period's headline bundle
 * shows each article. Both gzip-compressed JSON, as Pagefind writes its own files. The layer is made anew by
 * every build from every article's headline and lede (a few seconds at 100,000 articles): its
 * fragment names change whenever a headline bundle is re-indexed.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { headlineBundleOf } from "../search/search-periods.ts";
import { compareCodeUnits } from "../text/code-unit-order.ts";
import { DOC_CHUNK, type DocEntry, articleTerms, bucketOf, termBucketCount } from "../search/term-layer.ts";

/** What the term layer takes of an article. */
export interface TermSource {
  url: string;
  lang: string;
  title: string;
  lede?: string;
  /** ISO time of publication: articles are numbered newest first. */
  published: string;
  period: string;
  category: string;
}

/** The folder of a language's term layer under the bundles' root. */
export const termLayerFolder = (lang: string): string => `terms-${lang}`;

/** Each fragment's URL in a headline bundle, to the fragment's name (`vi_802df9b`). */
function fragmentsByUrl(bundleDir: string): Map<string, string> {
  const byUrl = new Map<string, string>();
  const dir = path.join(bundleDir, "fragment");
  for (const file of readdirSync(dir)) {
    // "pagefind_dcd" then the fragment's JSON.
    const fragment = JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).subarray(12).toString("utf8")) as { url: string };
    byUrl.set(fragment.url, file.replace(/\.pf_fragment$/, ""));
  }
  return byUrl;
}

/** An article's fragment name in its period's headline bundle under `bundleRoot`, each bundle read once. */
function fragmentsIn(bundleRoot: string): (source: TermSource) => string {
  const fragments = new Map<string, Map<string, string>>();
  return (source) => {
    const bundle = headlineBundleOf(source.period);
    if (!fragments.has(bundle)) fragments.set(bundle, fragmentsByUrl(path.join(bundleRoot, bundle)));
    const name = fragments.get(bundle)!.get(source.url);
    if (!name) throw new Error(`search index: no fragment for ${source.url} in ${bundle}`);
    return name;
  };
}

/**
 * Writes every language's term layer; returns the files and bytes written.
 * @param fragmentOf an article's fragment name; by default read from its headline bundle under `bundleRoot`
 */
export function writeTermLayers(sources: readonly TermSource[], bundleRoot: string, fragmentOf = fragmentsIn(bundleRoot)): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const write = (file: string, value: unknown): void => {
    const data = gzipSync(JSON.stringify(value), { level: 9 });
    writeFileSync(file, data);
    files += 1;
    bytes += data.length;
  };
  for (const lang of [...new Set(sources.map((source) => source.lang))].sort()) {
    const articles = sources
      .filter((source) => source.lang === lang)
      .sort((a, b) => compareCodeUnits(b.published, a.published) || compareCodeUnits(a.url, b.url));
    const dir = path.join(bundleRoot, termLayerFolder(lang));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, "docs"), { recursive: true });
    // Postings as they are written (term-layer.ts encodePostings), built in article order.
    const postings = new Map<string, { last: number; values: number[] }>();
    articles.forEach((article, number) => {
      for (const [term, where] of articleTerms(article.title, article.lede)) {
        const list = postings.get(term);
        if (list) {
          list.values.push((number - list.last) * 4 + where);
          list.last = number;
        } else postings.set(term, { last: number, values: [number * 4 + where] });
      }
    });
    const buckets = termBucketCount(articles.length);
    const byBucket: Record<string, number[]>[] = Array.from({ length: buckets }, () => ({}));
    for (const term of [...postings.keys()].sort()) byBucket[bucketOf(term, buckets)]![term] = postings.get(term)!.values;
    byBucket.forEach((terms, bucket) => write(path.join(dir, `${bucket}.pf_terms`), terms));
    for (let start = 0; start < articles.length; start += DOC_CHUNK) {
      const entries: DocEntry[] = articles.slice(start, start + DOC_CHUNK).map((article) => [fragmentOf(article), article.period, article.category]);
      write(path.join(dir, "docs", `${start / DOC_CHUNK}.pf_docs`), entries);
    }
  }
  return { files, bytes };
}
