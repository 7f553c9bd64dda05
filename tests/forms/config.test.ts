import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Language } from "../../src/language.ts";
import { formatProblem } from "../../src/problems.ts";
import { type FormsConfig, formsCspSources, parseFormsConfig, readFormsConfig } from "../../src/forms/config.ts";
import type { RunMode } from "../../src/run-mode.ts";
import { DEFAULT_CONTENT_DIR } from "../../src/project-paths.ts";

const FILE = "content/_data/site.yaml";
const SITE = "title: Tin\nurl: https://tintuc.example.org\n";
const read = (yaml: string, env: NodeJS.ProcessEnv = {}, mode: RunMode = "production", lang: Language = "vi") => {
  const { forms, problems } = parseFormsConfig(SITE + yaml, { env, mode, displayPath: FILE, lang });
  return { forms, problems: problems.map((problem) => formatProblem(problem, lang)) };
};
const NO_ENDPOINT_VI = "forms.endpoint: chưa có địa chỉ nhận biểu mẫu (đặt forms.endpoint hoặc biến FORM_ENDPOINT): các bài hiện một thông báo thay cho ô ý kiến và cuộc bình chọn (cảnh báo)";
const NO_ENDPOINT_EN = "forms.endpoint: no form endpoint (set forms.endpoint or the FORM_ENDPOINT variable): articles show a notice instead of the comment form and the poll (warning)";

test("forms.endpoint, without its trailing slash; FORM_ENDPOINT wins over it", () => {
  assert.equal(read("forms:\n  endpoint: https://forms.example.org/\n"), { forms: { endpoint: "https://forms.example.org" }, problems: [] });
  assert.equal(read("forms:\n  endpoint: https://forms.example.org/tintuc\n").forms, { endpoint: "https://forms.example.org/tintuc" });
  assert.equal(read("forms:\n  endpoint: https://forms.example.org\n", { FORM_ENDPOINT: "http://localhost:8787/" }), {
    forms: { endpoint: "http://localhost:8787" },
    problems: [],
  });
  assert.equal(read("", { FORM_ENDPOINT: "https://env.example.org" }).forms, { endpoint: "https://env.example.org" });
  assert.equal(read("", { FORM_ENDPOINT: "  " }).forms, {}, "a blank variable is no variable");
});

test("a production build without an endpoint warns (articles show a notice); a preview does not", () => {
  const warning = `${FILE}: ${NO_ENDPOINT_VI}`;
  assert.equal(read(""), { forms: {}, problems: [warning] });
  assert.equal(read("", {}, "production", "en"), { forms: {}, problems: [`${FILE}: ${NO_ENDPOINT_EN}`] });
  assert.equal(read("forms:\n"), { forms: {}, problems: [warning.replace(`${FILE}:`, `${FILE}:3:`)] });
  assert.equal(read("", {}, "preview"), { forms: {}, problems: [] });
});

test("captcha: provider and siteKey; the secret never lives here", () => {
  assert.equal(read("forms:\n  endpoint: https://f.example.org\n  captcha:\n    provider: turnstile\n    siteKey: 0x4AAAAAAADnPIDROrmt1Wwj\n").forms, {
    endpoint: "https://f.example.org",
    captcha: { provider: "turnstile", siteKey: "0x4AAAAAAADnPIDROrmt1Wwj" },
  });
  // YAML would read an all-hex key as a number; it is kept as written.
  assert.equal(read("forms:\n  endpoint: https://f.example.org\n  captcha:\n    provider: turnstile\n    siteKey: 0x4AAAAAAAB\n").forms.captcha?.siteKey, "0x4AAAAAAAB");
  assert.equal(read("forms:\n  endpoint: https://f.example.org\n  captcha: { provider: hcaptcha, siteKey: 10000000-ffff }\n").forms.captcha, {
    provider: "hcaptcha",
    siteKey: "10000000-ffff",
  });
});

test("problems, each with its line, setting and fix, in Vietnamese by default and in English with --lang en", () => {
  const table: [string, string[], string[]][] = [
    [
      "forms:\n  endpoint: forms.example.org\n",
      [`${FILE}:4: forms.endpoint: "forms.example.org" không phải một địa chỉ đầy đủ: hãy viết cả https://, ví dụ https://forms.example.org`],
      [`${FILE}:4: forms.endpoint: "forms.example.org" is not a whole address: write it with https://, e.g. https://forms.example.org`],
    ],
    [
      "forms:\n  endpoint: ftp://forms.example.org\n",
      [`${FILE}:4: forms.endpoint: "ftp://forms.example.org" phải là địa chỉ http(s), ví dụ https://forms.example.org`],
      [`${FILE}:4: forms.endpoint: "ftp://forms.example.org" must be an http(s) address, e.g. https://forms.example.org`],
    ],
    [
      "forms:\n  endpoint: https://f.example.org/?a=1\n",
      [`${FILE}:4: forms.endpoint: "https://f.example.org/?a=1" không được có phần ?…, phần #… hay tên đăng nhập và mật khẩu: hãy bỏ chúng đi`],
      [`${FILE}:4: forms.endpoint: "https://f.example.org/?a=1" must not carry a ?query, a #fragment or a user name and password: remove them`],
    ],
    [
      "forms:\n  endpoint: [a]\n",
      [`${FILE}:4: forms.endpoint: cần địa chỉ nhận bình luận và bình chọn, ví dụ endpoint: https://forms.example.org`],
      [`${FILE}:4: forms.endpoint: expected the address that receives comments and votes, e.g. endpoint: https://forms.example.org`],
    ],
    [
      "forms:\n  endpoint: http://forms.example.org\n",
      [`${FILE}:4: forms.endpoint: "http://forms.example.org" không phải https: trình duyệt sẽ cảnh báo bạn đọc trước khi gửi biểu mẫu từ một trang https tới đó (cảnh báo)`],
      [`${FILE}:4: forms.endpoint: "http://forms.example.org" is not https: browsers warn readers before sending a form from an https page to it (warning)`],
    ],
    [
      "forms:\n  endpiont: https://f.example.org\n",
      [`${FILE}:4: forms.endpiont: trang không dùng thiết lập này nên nó không có tác dụng: có phải ý bạn là endpoint:? (cảnh báo)`, `${FILE}:3: ${NO_ENDPOINT_VI}`],
      [`${FILE}:4: forms.endpiont: the site reads no such setting, so it does nothing: did you mean endpoint:? (warning)`, `${FILE}:3: ${NO_ENDPOINT_EN}`],
    ],
    [
      "forms:\n  endpoint: https://f.example.org\n  colour: red\n",
      [`${FILE}:5: forms.colour: trang không dùng thiết lập này nên nó không có tác dụng; ở đây chỉ có endpoint:, captcha: (cảnh báo)`],
      [`${FILE}:5: forms.colour: the site reads no such setting, so it does nothing; the settings here are endpoint:, captcha: (warning)`],
    ],
    [
      "forms: https://f.example.org\n",
      [`${FILE}:3: forms: cần thiết lập \`endpoint:\` (địa chỉ nhận biểu mẫu) và, nếu dùng, \`captcha:\``, `${FILE}:3: ${NO_ENDPOINT_VI}`],
      [`${FILE}:3: forms: expected the settings \`endpoint:\` (the address that receives the forms) and, optionally, \`captcha:\``, `${FILE}:3: ${NO_ENDPOINT_EN}`],
    ],
    [
      "forms:\n  endpoint: https://f.example.org\n  captcha:\n    provider: google\n    siteKey: k\n",
      [`${FILE}:6: forms.captcha.provider: không có nhà cung cấp captcha "google"; hãy ghi turnstile hoặc hcaptcha`],
      [`${FILE}:6: forms.captcha.provider: there is no captcha provider "google"; write turnstile or hcaptcha`],
    ],
    [
      "forms:\n  endpoint: https://f.example.org\n  captcha:\n    provider: hcapcha\n    sitekey: k\n",
      [
        `${FILE}:6: forms.captcha.provider: không có nhà cung cấp captcha "hcapcha" (có phải ý bạn là hcaptcha?); hãy ghi turnstile hoặc hcaptcha`,
        `${FILE}:7: forms.captcha.sitekey: trang không dùng thiết lập này nên nó không có tác dụng: có phải ý bạn là siteKey:? (cảnh báo)`,
        `${FILE}:5: forms.captcha.siteKey: thiếu siteKey: khóa công khai của nhà cung cấp captcha (khóa bí mật đặt trong môi trường của máy nhận, không bao giờ ở đây)`,
      ],
      [
        `${FILE}:6: forms.captcha.provider: there is no captcha provider "hcapcha" (did you mean hcaptcha?); write turnstile or hcaptcha`,
        `${FILE}:7: forms.captcha.sitekey: the site reads no such setting, so it does nothing: did you mean siteKey:? (warning)`,
        `${FILE}:5: forms.captcha.siteKey: is required: the captcha provider's public site key (the secret goes in the receiver's environment, never here)`,
      ],
    ],
  ];
  for (const [yaml, vi, en] of table) {
    assert.equal(read(yaml).problems.sort(), [...vi].sort(), yaml);
    assert.equal(read(yaml, {}, "production", "en").problems.sort(), [...en].sort(), `--lang en: ${yaml}`);
  }
});

test("FORM_ENDPOINT that is not a URL is named as the culprit", () => {
  assert.equal(read("forms:\n  endpoint: https://f.example.org\n", { FORM_ENDPOINT: "localhost:8787" }), {
    forms: {},
    problems: [`${FILE}: FORM_ENDPOINT: "localhost:8787" phải là địa chỉ http(s), ví dụ https://forms.example.org`],
  });
});

test("site.yaml syntax errors are the site settings' to report; forms then has no settings", () => {
  assert.equal(read("forms: [\n", {}, "preview"), { forms: {}, problems: [] });
});

test("the sample site reads without errors", async () => {
  const { problems } = await readFormsConfig(DEFAULT_CONTENT_DIR, { env: { FORM_ENDPOINT: "https://forms.example.org" }, mode: "production" });
  assert.equal(problems, []);
});

test("formsCspSources: the endpoint for posts and tallies; the captcha provider's hosts", () => {
  const table: [FormsConfig, Record<string, string[]>][] = [
    [{}, {}],
    [{ captcha: { provider: "turnstile", siteKey: "k" } }, {}],
    [{ endpoint: "https://forms.example.org/tintuc" }, { "form-action": ["https://forms.example.org"], "connect-src": ["https://forms.example.org"] }],
    [
      { endpoint: "https://forms.example.org", captcha: { provider: "turnstile", siteKey: "k" } },
      {
        "form-action": ["https://forms.example.org"],
        "connect-src": ["https://forms.example.org"],
        "script-src": ["https://challenges.cloudflare.com"],
        "frame-src": ["https://challenges.cloudflare.com"],
      },
    ],
    [
      { endpoint: "https://forms.example.org", captcha: { provider: "hcaptcha", siteKey: "k" } },
      {
        "form-action": ["https://forms.example.org"],
        "connect-src": ["https://forms.example.org", "https://hcaptcha.com", "https://*.hcaptcha.com"],
        "script-src": ["https://hcaptcha.com", "https://*.hcaptcha.com"],
        "frame-src": ["https://hcaptcha.com", "https://*.hcaptcha.com"],
        "style-src": ["https://hcaptcha.com", "https://*.hcaptcha.com"],
      },
    ],
  ];
  for (const [forms, expected] of table) assert.equal(formsCspSources(forms), expected, JSON.stringify(forms));
});

test.run();
