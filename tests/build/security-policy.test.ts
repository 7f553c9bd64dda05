import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentSecurityPolicy, headersFile, serializePolicy } from "../../src/pages/security-policy.ts";

const withEndpoint = { endpoint: "https://forms.example.org/gui" };

test("a strict policy: no inline scripts or styles; the form endpoint in form-action and connect-src", () => {
  const policy = serializePolicy(contentSecurityPolicy(withEndpoint, { search: false }));
  assert.match(policy, "script-src 'self';");
  assert.match(policy, "style-src 'self';");
  assert.not.match(policy, "unsafe-inline");
  assert.not.match(policy, "wasm-unsafe-eval");
  assert.match(policy, "form-action 'self' https://forms.example.org");
  assert.match(policy, "connect-src 'self' https://forms.example.org");
});

test("the search page's policy adds only what Pagefind needs", () => {
  const policy = serializePolicy(contentSecurityPolicy({}, { search: true }));
  assert.match(policy, "script-src 'self' 'wasm-unsafe-eval'");
  assert.match(policy, "worker-src 'self' blob:");
});

test("a configured captcha provider is allowed; none is when there is no captcha", () => {
  const policy = serializePolicy(contentSecurityPolicy({ ...withEndpoint, captcha: { provider: "turnstile", siteKey: "x" } }, { search: false }));
  assert.match(policy, "challenges.cloudflare.com");
  assert.not.match(serializePolicy(contentSecurityPolicy(withEndpoint, { search: false })), "cloudflare");
});

test("frames: exactly the video players, on every page and in _headers; a captcha's frames join them", () => {
  const players = "frame-src https://www.youtube-nocookie.com https://player.vimeo.com;";
  for (const search of [false, true]) {
    const policy = contentSecurityPolicy(withEndpoint, { search });
    assert.equal(policy["frame-src"], ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]);
    assert.match(serializePolicy(policy, { forMeta: true }), players);
  }
  assert.match(headersFile(withEndpoint), players);
  const withCaptcha = contentSecurityPolicy({ ...withEndpoint, captcha: { provider: "turnstile", siteKey: "x" } }, { search: false });
  assert.equal(withCaptcha["frame-src"], ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://challenges.cloudflare.com"]);
});

test("a meta policy leaves out what only a header can carry", () => {
  const policy = contentSecurityPolicy({}, { search: false });
  assert.match(serializePolicy(policy), "frame-ancestors 'self'");
  assert.not.match(serializePolicy(policy, { forMeta: true }), "frame-ancestors");
});

test("_headers: security headers everywhere, immutable caching for hashed files only", () => {
  const file = headersFile(withEndpoint, "/", ["2024", "2023"]);
  assert.match(file, /^\/\*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Content-Security-Policy: default-src 'self';/m);
  assert.match(file, "/assets/*\n  Cache-Control: public, max-age=31536000, immutable");
  for (const year of ["2024", "2023"]) {
    for (const folder of ["fragment", "index", "filter"]) assert.match(file, `/pagefind/${year}/${folder}/*\n  Cache-Control: public, max-age=31536000, immutable`);
    // Each language's metadata file (`pagefind.vi_9dcbe56830.pf_meta`), named by hash; not pagefind.js beside it.
    for (const lang of ["vi", "en"]) assert.match(file, `/pagefind/${year}/pagefind.${lang}_*\n  Cache-Control: public, max-age=31536000, immutable`);
  }
  assert.not.match(file, /^\/\*\n(?:  .*\n)*  Cache-Control/m, "HTML is not given long caching");
  // Photo copies are named by the photo's path, not its bytes: a replaced photo keeps its URLs.
  assert.not.match(file, "photo-sizes");
});

test("_headers: under a path prefix, every rule names the path the host receives", () => {
  const paths = headersFile(withEndpoint, "/tin/", ["2024"]).split("\n").filter((line) => line.startsWith("/"));
  assert.equal(paths, [
    "/tin/*",
    "/tin/assets/*",
    "/tin/pagefind/2024/fragment/*",
    "/tin/pagefind/2024/index/*",
    "/tin/pagefind/2024/filter/*",
    "/tin/pagefind/2024/pagefind.vi_*",
    "/tin/pagefind/2024/pagefind.en_*",
  ]);
});

test.run();
