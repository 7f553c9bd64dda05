// WordPress's old addresses, `/?p=12` and `/index.php?p=12` (issue 23): a static host answers them
// with the home page and the 404 page, which load this script. It reads the one shard of the build's
// lookup that holds the ID and goes to the article, the old address replaced in the history. The
// rule of shards and addresses is src/query-aliases.ts, bundled in (src/eleventy/asset-manifest.ts).
import { lookupShard, postIdInAddress } from "../../src/query-aliases.ts";

const script = document.querySelector("script[data-query-aliases]");
const id = script && postIdInAddress(location.pathname, location.search, script.dataset.root);
if (id) {
  fetch(`${script.dataset.queryAliases}${lookupShard(id)}.json`)
    .then((response) => (response.ok ? response.json() : {}))
    .then((urls) => {
      if (Object.hasOwn(urls, id)) location.replace(urls[id]);
    })
    .catch(() => {});
}
