/**
 * Validates XML against an XML Schema with xmllint (Debian's libxml2-utils; .ci/run installs it),
 * never fetching anything (`--nonet`): the schemas are local files.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

/** The official sitemaps.org schema (urlset and sitemapindex), as the `sitemap` package ships it. */
export const SITEMAP_XSD = path.join(path.dirname(createRequire(import.meta.url).resolve("sitemap/package.json")), "schema", "sitemap.xsd");

/** xmllint's complaints about `xml` against the schema at `xsd`; empty when it validates. */
export function schemaErrors(xml: string, xsd: string): string[] {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsd, "-"], { input: xml, encoding: "utf8" });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}); install Debian's libxml2-utils`);
  return run.status === 0 ? [] : run.stderr.split("\n").filter((line) => line && !line.endsWith("validates"));
}
