import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const build = await buildSite(FIXTURE_SITE, { args: ["--preview"] });
const page = (url: string): string => readFileSync(path.join(build.outputDir, url, "index.html"), "utf8");

test("a preview build (what npm start serves) shows drafts and scheduled articles, badged", () => {
  assert.is(build.code, 0, build.stderr);
  assert.match(page("/2023/05/10/bai-viet-con-la-ban-nhap/"), '<p class="badge">Bản nháp</p>');
  assert.match(page("/2099/01/01/bai-viet-hen-gio-dang/"), '<p class="badge">Hẹn giờ đăng</p>');
});

test("published articles carry no badge", () => {
  assert.not.match(page("/2024/03/02/ban-tin-luc-nua-dem/"), 'class="badge"');
  assert.ok(existsSync(path.join(build.outputDir, "404.html")));
});

test.run();
