import { test } from "uvu";
import * as assert from "uvu/assert";
import { withLazyFields } from "../../src/pages/lazy-fields.ts";

test("a lazy field is made when first read, once, and is seen by JSON and spread as a plain field, after the base's", () => {
  let made = 0;
  const page = withLazyFields({ url: "/a/", title: "A" }, { lists: () => ({ count: ++made }) });
  assert.is(made, 0, "not made before it is read");
  assert.equal(page.lists, { count: 1 });
  assert.is(page.lists, page.lists, "kept");
  assert.is(made, 1);
  assert.is(JSON.stringify(withLazyFields({ url: "/b/" }, { lists: () => [1] })), '{"url":"/b/","lists":[1]}');
  assert.equal({ ...withLazyFields({ url: "/c/" }, { meta: () => "m" }) }, { url: "/c/", meta: "m" });
});

test.run();
