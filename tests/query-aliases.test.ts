import { test } from "uvu";
import * as assert from "uvu/assert";
import { lookupShard, lookupShards, postIdInAddress, postIdOfAlias } from "../src/query-aliases.ts";

test("postIdOfAlias: /?p=ID and /index.php?p=ID, nothing else", () => {
  const cases: [string, string | undefined][] = [
    ["/?p=12", "12"], ["/index.php?p=12", "12"], ["/?p=98765432109876543210", "98765432109876543210"],
    ["/?p=0", undefined], ["/?p=012", undefined], ["/?p=12&a=1", undefined], ["/?page_id=12", undefined], ["/blog/?p=12", undefined], ["/?p=", undefined], ["/2024/01/x/", undefined],
  ];
  for (const [alias, id] of cases) assert.is(postIdOfAlias(alias), id, alias);
});

test("lookupShard: the ID without its last three digits, exact at any length", () => {
  const cases: [string, string][] = [["1", "0"], ["999", "0"], ["1000", "1"], ["12345", "12"], ["98765432109876543210", "98765432109876543"]];
  for (const [id, shard] of cases) assert.is(lookupShard(id), shard, id);
});

test("postIdInAddress: p on the site's root or index.php, under the path prefix", () => {
  const cases: [string, string, string, string | undefined][] = [
    ["/", "?p=12", "/", "12"], ["/index.php", "?p=12", "/", "12"], ["/", "?preview=true&p=12", "/", "12"], ["/tin/", "?p=12", "/tin/", "12"],
    ["/tin/index.php", "?p=12", "/tin/", "12"], ["/", "?p=12", "/tin/", undefined], ["/2024/", "?p=12", "/", undefined], ["/", "?p=abc", "/", undefined],
    ["/", "?p=-1", "/", undefined], ["/", "", "/", undefined], ["/", "?page_id=12", "/", undefined],
  ];
  for (const [pathname, search, prefix, id] of cases) assert.is(postIdInAddress(pathname, search, prefix), id, `${prefix} ${pathname}${search}`);
});

test("lookupShards: by shard, IDs in numeric order, shards too", () => {
  const shards = lookupShards([["1002", "/c/"], ["12", "/a/"], ["9", "/b/"], ["20001", "/d/"]]);
  assert.equal([...shards.keys()], ["0", "1", "20"]);
  assert.equal(JSON.stringify(shards.get("0")), '{"9":"/b/","12":"/a/"}');
  assert.equal(shards.get("1"), { "1002": "/c/" });
});

test.run();
