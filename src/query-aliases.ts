/**
 * WordPress's `?p=ID` addresses (issue 23). An imported article's `aliases:` may name `/?p=12` or
 * `/index.php?p=12`, links to which fill twenty years of other sites. No static file answers a query
 * string: a static host serves the home page for `/?p=12` and the 404 page for `/index.php?p=12`.
 * So the build writes a lookup, post ID → URL, in shards of a thousand IDs, and those two pages load
 * a script (layouts/assets/query-alias.js, which bundles this module) that reads the one shard the
 * ID is in and goes to the article. This module holds the one rule both sides follow.
 */

/** A WordPress post ID as its `?p=` writes it: digits, no leading zero. */
const POST_ID = /^[1-9][0-9]{0,19}$/;
const QUERY_ALIAS = /^\/(?:index\.php)?\?p=([1-9][0-9]{0,19})$/;

/**
 * The post ID of a `?p=ID` alias, or undefined for any other alias.
 * @example postIdOfAlias("/?p=12") // "12"
 * @example postIdOfAlias("/index.php?p=12") // "12"
 * @example postIdOfAlias("/?page_id=12") // undefined
 */
export function postIdOfAlias(alias: string): string | undefined {
  return QUERY_ALIAS.exec(alias)?.[1];
}

/**
 * The shard of the lookup an ID is in: the ID without its last three digits (exact at any length).
 * @example lookupShard("12345") // "12"
 * @example lookupShard("7") // "0"
 */
export function lookupShard(id: string): string {
  return id.length > 3 ? id.slice(0, -3) : "0";
}

/**
 * The post ID a reader's address asks for: `?p=ID` on the site's root or its `index.php`, as
 * WordPress answered it (other parameters beside it, such as `&preview=true`, are ignored).
 * @example postIdInAddress("/tin/", "?p=12", "/tin/") // "12"
 * @example postIdInAddress("/2024/", "?p=12", "/") // undefined
 */
export function postIdInAddress(pathname: string, search: string, pathPrefix: string): string | undefined {
  if (pathname !== pathPrefix && pathname !== `${pathPrefix}index.php`) return undefined;
  const id = new URLSearchParams(search).get("p");
  return id !== null && POST_ID.test(id) ? id : undefined;
}

/**
 * The lookup's shards, each `{ ID: URL }` in the order of the IDs, by shard.
 * @example lookupShards([["12", "/2024/01/27/a/"]]) // Map { "0" => { "12": "/2024/01/27/a/" } }
 */
export function lookupShards(entries: Iterable<readonly [id: string, url: string]>): Map<string, Record<string, string>> {
  const byNumber = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...entries].sort(([a], [b]) => byNumber(a, b));
  const shards = new Map<string, Record<string, string>>();
  for (const [id, url] of sorted) {
    const shard = lookupShard(id);
    if (!shards.has(shard)) shards.set(shard, {});
    shards.get(shard)![id] = url;
  }
  return new Map([...shards].sort(([a], [b]) => byNumber(a, b)));
}
