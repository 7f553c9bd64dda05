import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PHOTO_BYTES_WARNING, photoChecker } from "../../src/images/photo-checks.ts";

const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-photo-checks-"));
const small = path.join(dir, "small.jpg");
const heavy = path.join(dir, "heavy.jpg");
await writeFile(small, Buffer.alloc(1000));
await writeFile(heavy, Buffer.alloc(PHOTO_BYTES_WARNING + 1));

test("size and weight: warnings naming the file; errors for an unreadable one; once per file", () => {
  const checker = photoChecker("en");
  assert.equal(checker.check("/images/small.jpg", small, "content/images/small.jpg", { width: 3000, height: 2000 }), []);
  assert.equal(checker.check("/images/heavy.jpg", heavy, "content/images/heavy.jpg", { width: 640, height: 480 }), [
    { severity: "warning", message: "photo content/images/heavy.jpg is 5.0 MB (over 5 MB): export it smaller, e.g. 3000 px wide at JPEG quality 85" },
    { severity: "warning", message: "photo content/images/heavy.jpg is only 640×480 px (under 800 px wide): it will look blurred on wide screens; use a larger original" },
  ]);
  assert.equal(checker.check("/images/heavy.jpg", heavy, "content/images/heavy.jpg", { width: 640, height: 480 }), [], "a second article showing it: no second report");
  assert.equal(checker.check("/images/bad.jpg", path.join(dir, "bad.jpg"), "content/images/bad.jpg", undefined), [
    { severity: "error", message: "cannot read photo content/images/bad.jpg: the file is damaged or not an image; export it again as JPEG or PNG" },
  ]);
});

test("GIF and SVG pass untouched, whatever their size; Vietnamese by default", () => {
  const checker = photoChecker("vi");
  assert.equal(checker.check("/images/a.gif", heavy, "content/images/a.gif", { width: 10, height: 10 }), []);
  assert.equal(checker.check("/images/a.svg", small, "content/images/a.svg", undefined), []);
  assert.match(checker.check("/images/x.jpg", small, "content/images/x.jpg", { width: 799, height: 500 })[0]!.message, "ảnh content/images/x.jpg chỉ rộng 799×500 px");
});

test.after(() => rm(dir, { recursive: true, force: true }));
test.run();
