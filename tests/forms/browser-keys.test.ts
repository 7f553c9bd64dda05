/**
 * The keys under which readers' browsers already hold drafts and votes: a changed key would lose
 * every kept draft and show every reader the poll's buttons again after a deploy.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { draftKey, votedKey } from "../../src/forms/browser-keys.ts";

test("a draft is kept per article, by its URL, or by the page's path when the form names none", () => {
  const table: [string | undefined, string, string][] = [
    ["https://tintuc.example.org/2024/01/27/bai/", "/2024/01/27/bai/", "tintuc:comment-draft:https://tintuc.example.org/2024/01/27/bai/"],
    ["", "/2024/01/27/bai/", "tintuc:comment-draft:/2024/01/27/bai/"],
    [undefined, "/en/2024/01/27/story/", "tintuc:comment-draft:/en/2024/01/27/story/"],
  ];
  for (const [article, pathname, expected] of table) assert.is(draftKey(article, pathname), expected);
});

test("a vote is remembered per poll", () => {
  assert.is(votedKey("nguon-thong-tin"), "tintuc:poll-voted:nguon-thong-tin");
});

test.run();
