// What a writer sees from npm run build and npm run check: only lines they can act on.
import { spawnSync } from "node:child_process";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_EPOCH, FIXTURE_SITE, buildSite } from "../support/build-site.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

// The fixture's site.yaml sets no form endpoint; neither does this environment.
const withoutEndpoint = { FORM_ENDPOINT: "" };
const build = await buildSite(FIXTURE_SITE, { env: withoutEndpoint });
const buildOutput = build.stdout + build.stderr;
const check = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", "--content", FIXTURE_SITE], {
  cwd: PROJECT_DIR,
  env: { ...process.env, ...withoutEndpoint, SOURCE_DATE_EPOCH: FIXTURE_EPOCH },
  encoding: "utf8",
});

test("the build prints no Eleventy chatter: no benchmark lines, no per-file Writing lines, no Wrote-N-files line", () => {
  assert.is(build.code, 0, build.stderr);
  assert.not.match(buildOutput, "[11ty] Benchmark");
  assert.not.match(buildOutput, /Writing .*index\.html/);
  assert.not.match(buildOutput, "[11ty]");
  assert.match(build.stdout, /^Đã dựng \d+ bài: .* trong \d+,\d giây → /m);
});

test("the form-endpoint notice: in a production build without an endpoint, not in npm run check", () => {
  assert.match(buildOutput, "forms.endpoint: chưa có địa chỉ nhận biểu mẫu");
  // (The fixture has no record of published URLs, an error of its own since permanence; check still ran through.)
  assert.match(check.stdout, /^Đã kiểm tra \d+ bài /m);
  assert.not.match(check.stdout + check.stderr, "forms.endpoint");
});

test.run();
