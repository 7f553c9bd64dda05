import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ContentError } from "../../src/problems.ts";
import { DEFAULT_CONNECTION_LIMITS } from "../../src/forms/receiver.ts";
import { ReceiverSetupError, receiverFlags, receiverOptionsFromContent } from "../../src/forms/receiver-setup.ts";
import { DEFAULT_CONTENT_DIR } from "../../src/project-paths.ts";

async function contentDir(siteYaml: string, pollsYaml?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-receiver-setup-"));
  await mkdir(path.join(dir, "_data"));
  await writeFile(path.join(dir, "_data", "site.yaml"), siteYaml);
  if (pollsYaml !== undefined) await writeFile(path.join(dir, "_data", "polls.yaml"), pollsYaml);
  return dir;
}
const SITE = "title: Tin\nurl: https://tintuc.example.org/\n";


test("the sample site: its own origin first, then the dev server's; its poll, no captcha, both languages' words", async () => {
  const options = await receiverOptionsFromContent({
    contentDir: DEFAULT_CONTENT_DIR,
    storeFile: "/tmp/tintuc-never-written.jsonl",
    extraOrigins: ["http://localhost:8080/", "https://tintuc.example.org"],
    env: {},
  });
  assert.equal(options.siteOrigins, ["https://tintuc.example.org", "http://localhost:8080"]);
  assert.is(options.siteUrl, "https://tintuc.example.org");
  assert.is(options.defaultLanguage, "vi");
  assert.equal(options.polls?.map((poll) => poll.id), ["nguon-thong-tin"]);
  assert.is(options.store.file, "/tmp/tintuc-never-written.jsonl");
  assert.is(options.captcha, undefined);
  assert.is(options.trustProxy, 0);
  assert.is(options.strings.vi.formRejectedTitle, "Chưa gửi được");
  assert.is(options.strings.en.formRejectedTitle, "Not sent");
});

test("no default origin: without --origin, the site's url is the only one", async () => {
  const options = await receiverOptionsFromContent({ contentDir: await contentDir(SITE), env: {} });
  assert.equal(options.siteOrigins, ["https://tintuc.example.org"]);
  assert.not.ok(options.siteOrigins.some((origin) => origin.includes("localhost")));
});

test("a missing site url stops the receiver with the fix, in Vietnamese or English; so does an --origin that is none", async () => {
  for (const [messageLanguage, fix] of [["vi", "đặt `url:` trong "], ["en", "set `url:` in "]] as const) {
    const dir = await contentDir("title: Tin\n");
    // Named as the build names files: a folder outside the current one by its absolute path, never ../../tmp/….
    const siteFile = `${dir.split(path.sep).join("/")}/_data/site.yaml`;
    try {
      await receiverOptionsFromContent({ contentDir: dir, env: {}, extraOrigins: ["https://tintuc.example.org"], messageLanguage });
      assert.unreachable("started without a site url");
    } catch (error) {
      assert.instance(error, ContentError);
      const problems = (error as ContentError).problems;
      const messages = problems.map((problem) => `${problem.field}: ${problem.message}`);
      assert.ok(messages.some((message) => message.startsWith("url: ") && message.includes(`${fix}${siteFile} (`)), messages.join("\n"));
      assert.ok(problems.every((problem) => problem.file === siteFile), siteFile);
    }
  }
  for (const origin of ["localhost:8080", "tintuc.example.org", "ftp://x.vn", ""]) {
    try {
      await receiverOptionsFromContent({ contentDir: await contentDir(SITE), env: {}, extraOrigins: [origin], messageLanguage: "en" });
      assert.unreachable(`started with --origin ${origin}`);
    } catch (error) {
      assert.instance(error, ReceiverSetupError);
      assert.match((error as Error).message, `--origin ${origin}: not the http(s) address of a site; e.g. --origin https://tintuc.example.org`);
    }
  }
});

test("an English site answers in English by default", async () => {
  const options = await receiverOptionsFromContent({ contentDir: await contentDir(`${SITE}language: en\n`), env: {} });
  assert.is(options.defaultLanguage, "en");
  const unknown = await receiverOptionsFromContent({ contentDir: await contentDir(`${SITE}language: fr\n`), env: {} });
  assert.is(unknown.defaultLanguage, "vi");
});

test("receiverFlags: proxies, timeouts in seconds, the connection cap, each checked with the fix", () => {
  assert.equal(receiverFlags({}), { messageLanguage: "vi", trustProxy: 0, connectionLimits: DEFAULT_CONNECTION_LIMITS });
  assert.equal(receiverFlags({ "trust-proxy": "2", "header-timeout": "5", "request-timeout": "20.5", "max-connections": "64", lang: "en" }), {
    messageLanguage: "en",
    trustProxy: 2,
    connectionLimits: { headersTimeoutMs: 5000, requestTimeoutMs: 20_500, maxConnections: 64 },
  });
  const refused: [Record<string, string>, string][] = [
    [{ "trust-proxy": "yes" }, "--trust-proxy yes: cần một số từ 0 đến 10"],
    [{ "trust-proxy": "1.5", lang: "en" }, "--trust-proxy 1.5: expected a number from 0 to 10"],
    [{ "trust-proxy": "", lang: "en" }, "--trust-proxy : expected a number from 0 to 10"],
    [{ "header-timeout": "0", lang: "en" }, "--header-timeout 0: expected a number from 1 to 600 (seconds)"],
    [{ "max-connections": "-1" }, "--max-connections -1: cần một số từ 1 đến 100.000"],
    [{ "max-connections": "-1", lang: "en" }, "--max-connections -1: expected a number from 1 to 100,000"],
    [{ "header-timeout": "0" }, "--header-timeout 0: cần một số từ 1 đến 600 (giây)"],
    [{ "header-timeout": "60", "request-timeout": "30", lang: "en" }, "--header-timeout (60 s) must not be longer than --request-timeout (30 s)"],
    [{ "header-timeout": "60", "request-timeout": "30" }, "--header-timeout (60 giây) không được lớn hơn --request-timeout (30 giây)"],
    [{ lang: "fr" }, '--lang nhận vi hoặc en, không nhận "fr"'],
  ];
  for (const [values, message] of refused) {
    assert.throws(() => receiverFlags(values), (error: Error) => error instanceof ReceiverSetupError && error.message.startsWith(message), JSON.stringify(values));
  }
});

test("SITE_URL moves the site's origin, as it moves the pages' URLs", async () => {
  const options = await receiverOptionsFromContent({ contentDir: await contentDir(SITE), env: { SITE_URL: "https://staging.example.org" } });
  assert.equal(options.siteOrigins, ["https://staging.example.org"]);
});

test("a captcha in site.yaml takes its secret from FORM_CAPTCHA_SECRET, and refuses to start without it", async () => {
  const dir = await contentDir(`${SITE}forms:\n  captcha:\n    provider: hcaptcha\n    siteKey: site-key\n`);
  const options = await receiverOptionsFromContent({
    contentDir: dir,
    env: { FORM_CAPTCHA_SECRET: "bi-mat", FORM_CAPTCHA_VERIFY_URL: "http://127.0.0.1:9/siteverify" },
  });
  assert.equal(options.captcha, { provider: "hcaptcha", siteKey: "site-key", secret: "bi-mat", verifyUrl: "http://127.0.0.1:9/siteverify" });
  try {
    await receiverOptionsFromContent({ contentDir: dir, env: {} });
    assert.unreachable("started without the secret");
  } catch (error) {
    assert.instance(error, ReceiverSetupError);
    assert.match((error as Error).message, "môi trường chưa có FORM_CAPTCHA_SECRET");
  }
});

test("errors in polls.yaml or site.yaml stop the receiver, each named", async () => {
  const dir = await contentDir(SITE, "- id: a\n  question: Q?\n  options: []\n  opens: 2024-01-01\n  closes: 2024-02-01\n");
  try {
    await receiverOptionsFromContent({ contentDir: dir, env: {} });
    assert.unreachable("started with a broken poll");
  } catch (error) {
    assert.instance(error, ContentError);
    assert.equal((error as ContentError).problems.map((problem) => `${problem.line}: ${problem.field}`), ["3: options"]);
  }
  try {
    await receiverOptionsFromContent({ contentDir: await contentDir("title: Tin\n"), env: {} });
    assert.unreachable("started without a site URL");
  } catch (error) {
    assert.instance(error, ContentError);
  }
});

test.run();
