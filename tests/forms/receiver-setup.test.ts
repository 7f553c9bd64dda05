import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ContentError } from "../../src/content/problems.ts";
import { receiverOptionsFromContent } from "../../src/forms/receiver-setup.ts";
import { DEFAULT_CONTENT_DIR } from "../../src/project-paths.ts";
import { testFormStrings } from "../fixtures/forms/form-strings.ts";

async function contentDir(siteYaml: string, pollsYaml?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-receiver-setup-"));
  await mkdir(path.join(dir, "_data"));
  await writeFile(path.join(dir, "_data", "site.yaml"), siteYaml);
  if (pollsYaml !== undefined) await writeFile(path.join(dir, "_data", "polls.yaml"), pollsYaml);
  return dir;
}
const SITE = "title: Tin\nurl: https://tintuc.example.org/\n";

test("the sample site: its own origin and the dev server's, its poll, no captcha", async () => {
  const options = await receiverOptionsFromContent({
    contentDir: DEFAULT_CONTENT_DIR,
    storeFile: "/tmp/tintuc-never-written.jsonl",
    extraOrigins: ["http://localhost:8080/", "https://tintuc.example.org"],
    strings: testFormStrings,
    env: {},
  });
  assert.equal(options.siteOrigins, ["http://localhost:8080", "https://tintuc.example.org"]);
  assert.equal(options.polls?.map((poll) => poll.id), ["nguon-thong-tin"]);
  assert.is(options.store.file, "/tmp/tintuc-never-written.jsonl");
  assert.is(options.captcha, undefined);
  assert.is(options.trustProxy, false);
});

test("SITE_URL moves the site's origin, as it moves the pages' URLs", async () => {
  const options = await receiverOptionsFromContent({ contentDir: await contentDir(SITE), strings: testFormStrings, env: { SITE_URL: "https://staging.example.org" } });
  assert.equal(options.siteOrigins, ["https://staging.example.org"]);
});

test("a captcha in site.yaml takes its secret from FORM_CAPTCHA_SECRET, and refuses to start without it", async () => {
  const dir = await contentDir(`${SITE}forms:\n  captcha:\n    provider: hcaptcha\n    siteKey: site-key\n`);
  const options = await receiverOptionsFromContent({
    contentDir: dir,
    strings: testFormStrings,
    env: { FORM_CAPTCHA_SECRET: "bi-mat", FORM_CAPTCHA_VERIFY_URL: "http://127.0.0.1:9/siteverify" },
  });
  assert.equal(options.captcha, { provider: "hcaptcha", siteKey: "site-key", secret: "bi-mat", verifyUrl: "http://127.0.0.1:9/siteverify" });
  try {
    await receiverOptionsFromContent({ contentDir: dir, strings: testFormStrings, env: {} });
    assert.unreachable("started without the secret");
  } catch (error) {
    assert.match((error as Error).message, "FORM_CAPTCHA_SECRET");
  }
});

test("errors in polls.yaml or site.yaml stop the receiver, each named", async () => {
  const dir = await contentDir(SITE, "- id: a\n  question: Q?\n  options: []\n  opens: 2024-01-01\n  closes: 2024-02-01\n");
  try {
    await receiverOptionsFromContent({ contentDir: dir, strings: testFormStrings, env: {} });
    assert.unreachable("started with a broken poll");
  } catch (error) {
    assert.instance(error, ContentError);
    assert.equal((error as ContentError).problems.map((problem) => `${problem.line}: ${problem.field}`), ["3: options"]);
  }
  try {
    await receiverOptionsFromContent({ contentDir: await contentDir("title: Tin\n"), strings: testFormStrings, env: {} });
    assert.unreachable("started without a site URL");
  } catch (error) {
    assert.instance(error, ContentError);
  }
});

test.run();
