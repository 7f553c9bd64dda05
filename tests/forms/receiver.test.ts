/**
 * The reference receiver over real HTTP on loopback: the contract, every refusal with its status
 * (and nothing stored), the honeypot, the rate limit, the captcha check against a local fake
 * verifier, and a few hundred simultaneous submissions.
 */
import http from "node:http";
import net from "node:net";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { type FormReceiverOptions, MAX_BODY_BYTES, clientAddress, createFormReceiver } from "../../src/forms/receiver.ts";
import { JsonLinesStore, parseJsonLines } from "../../src/forms/store.ts";
import { COMMENT_LIMITS, URL_LIMIT, normalizeField } from "../../src/forms/submission.ts";
import { closeServer, listen } from "../fixtures/forms/servers.ts";
import { TEST_NOW, TEST_POLLS } from "../fixtures/forms/test-polls.ts";
import { testFormStrings as t, testReceiverStrings } from "../fixtures/forms/form-strings.ts";

const SITE = "https://tintuc.example.org";
const ARTICLE = `${SITE}/2024/01/27/dang-bo-bo-khcn/`;
const COMMENT = {
  kind: "comment",
  name: "Đăng Minh",
  email: "minh@example.org",
  subject: "Góp ý",
  message: "Bài viết rất hay.\nCảm ơn!",
  article: ARTICLE,
  redirect: `${ARTICLE}#da-gui-y-kien`,
};
const VOTE = { kind: "poll", poll: "nguon-thong-tin", choice: "qua-google", redirect: `${SITE}/#da-binh-chon` };
const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Receiver {
  url: string;
  store: JsonLinesStore;
  records(): Promise<Record<string, string>[]>;
  close(): Promise<void>;
}

/** Receivers still listening: a failed test's are closed after it, so that the file still ends. */
const running = new Set<Receiver>();
test.after.each(async () => {
  for (const receiver of running) await receiver.close();
});

async function startReceiver(options: Partial<FormReceiverOptions> = {}, seed: object[] = []): Promise<Receiver> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-receiver-"));
  const store = options.store ?? new JsonLinesStore(path.join(dir, "submissions.jsonl"));
  for (const record of seed) await store.append(record);
  const server = createFormReceiver({
    store,
    siteOrigins: [SITE],
    polls: TEST_POLLS,
    strings: testReceiverStrings,
    now: () => TEST_NOW,
    rateLimit: false,
    ...options,
  });
  const url = await listen(server);
  const receiver: Receiver = {
    url,
    store,
    records: async () => (await store.readAll()).records as Record<string, string>[],
    close: async () => {
      running.delete(receiver);
      await closeServer(server);
      await store.close();
    },
  };
  running.add(receiver);
  return receiver;
}

function send(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[]; localAddress?: string; agent?: http.Agent } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}${options.path ?? "/"}`,
      { method: options.method ?? "POST", headers: options.headers, localAddress: options.localAddress, agent: options.agent },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    if (options.chunks) {
      for (const chunk of options.chunks) request.write(chunk);
      request.end();
    } else {
      request.end(options.body);
    }
  });
}

const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
const post = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  send(url, { headers: { "Content-Type": FORM, Origin: SITE, ...headers }, body: form(fields) });
const postJson = (url: string, value: unknown, headers: Record<string, string> = {}) =>
  send(url, { headers: { "Content-Type": JSON_TYPE, Accept: JSON_TYPE, Origin: SITE, ...headers }, body: JSON.stringify(value) });
const withoutMeta = ({ id: _id, receivedAt: _receivedAt, ...fields }: Record<string, string>) => fields;

test("a plain comment post: 303 back to its redirect, stored once, without the redirect, stamped in GMT+7", async () => {
  const receiver = await startReceiver();
  const answer = await post(receiver.url, { ...COMMENT, message: "Bài viết rất hay.\r\nCảm ơn!", website: "" });
  assert.is(answer.status, 303);
  assert.is(answer.headers.location, COMMENT.redirect);
  assert.is(answer.headers["access-control-allow-origin"], SITE);
  const records = await receiver.records();
  assert.is(records.length, 1);
  const { redirect: _redirect, ...stored } = COMMENT;
  assert.equal(withoutMeta(records[0]!), stored);
  assert.is(records[0]!.receivedAt, "2025-06-01T09:00:00+07:00");
  assert.match(records[0]!.id!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  await receiver.close();
});

test("the receiver's log lines are in the language it was started with: Vietnamese by default, English with --lang en", async () => {
  const table: [FormReceiverOptions["logLanguage"], RegExp, string, string][] = [
    [undefined, /^đã lưu bình luận [0-9a-f-]{36}$/, "đã lưu phiếu bình chọn", "bỏ một lần gửi đã điền vào ô bẫy (có lẽ của máy)"],
    ["en", /^stored comment [0-9a-f-]{36}$/, "stored poll", "dropped a submission that filled the honeypot"],
  ];
  for (const [logLanguage, comment, vote, honeypot] of table) {
    const lines: string[] = [];
    const receiver = await startReceiver({ log: (line) => lines.push(line), ...(logLanguage ? { logLanguage } : {}) });
    await post(receiver.url, COMMENT);
    await post(receiver.url, VOTE);
    await post(receiver.url, { ...COMMENT, website: "http://spam.example" });
    assert.match(lines[0] ?? "", comment, String(logLanguage));
    assert.match(lines[1] ?? "", vote, String(logLanguage));
    assert.is(lines[2], honeypot, String(logLanguage));
    await receiver.close();
  }
});

test("background posts, JSON or form-encoded with Accept: application/json, are answered in JSON", async () => {
  const receiver = await startReceiver();
  for (const answer of [await postJson(receiver.url, COMMENT), await post(receiver.url, COMMENT, { Accept: JSON_TYPE })]) {
    assert.is(answer.status, 200);
    assert.match(String(answer.headers["content-type"]), "application/json");
    assert.equal(JSON.parse(answer.body), { ok: true });
  }
  assert.is((await receiver.records()).length, 2);
  await receiver.close();
});

test("a plain post without a redirect goes back to the site's home page", async () => {
  const receiver = await startReceiver();
  const { redirect: _redirect, ...noRedirect } = VOTE;
  const answer = await post(receiver.url, noRedirect);
  assert.is(answer.status, 303);
  assert.is(answer.headers.location, `${SITE}/`);
  await receiver.close();
});

test("votes are stored and counted; GET /polls/<id> answers the tallies, earlier runs' votes included", async () => {
  const earlier = { id: "x", receivedAt: "2025-01-01T00:00:00+07:00", kind: "poll", poll: "nguon-thong-tin", choice: "ban-be-gioi-thieu" };
  const receiver = await startReceiver({}, [earlier, { ...earlier, choice: "khong-co" }, { ...earlier, poll: "cu" }]);
  assert.is((await post(receiver.url, VOTE)).status, 303);
  assert.is((await postJson(receiver.url, { ...VOTE, choice: "qua-sach-bao" })).status, 200);
  assert.is((await postJson(receiver.url, VOTE)).status, 200);
  const tallies = await send(receiver.url, { method: "GET", path: "/polls/nguon-thong-tin", headers: { Origin: SITE } });
  assert.is(tallies.status, 200);
  assert.is(tallies.headers["access-control-allow-origin"], SITE);
  assert.is(tallies.headers["cache-control"], "no-store");
  assert.equal(JSON.parse(tallies.body), {
    poll: "nguon-thong-tin",
    counts: { "ban-be-gioi-thieu": 1, "qua-google": 2, "qua-sach-bao": 1 },
    total: 4,
  });
  const stored = (await receiver.records()).slice(3).map(withoutMeta);
  assert.equal(stored, [
    { kind: "poll", poll: "nguon-thong-tin", choice: "qua-google" },
    { kind: "poll", poll: "nguon-thong-tin", choice: "qua-sach-bao" },
    { kind: "poll", poll: "nguon-thong-tin", choice: "qua-google" },
  ]);
  const foreign = await send(receiver.url, { method: "GET", path: "/polls/nguon-thong-tin", headers: { Origin: "https://evil.example" } });
  assert.is(foreign.headers["access-control-allow-origin"], undefined, "no CORS for other origins");
  assert.is((await send(receiver.url, { method: "GET", path: "/polls/khong-co" })).status, 404);
  await receiver.close();
});

test("every bad input gets its status, and nothing is stored", async () => {
  const receiver = await startReceiver();
  const big = Buffer.alloc(MAX_BODY_BYTES + 1, "a");
  const cases: [string, () => Promise<Answer>, number, string?][] = [
    ["foreign origin, plain", () => post(receiver.url, COMMENT, { Origin: "https://evil.example" }), 403],
    ["foreign origin, JSON", () => postJson(receiver.url, COMMENT, { Origin: "null" }), 403, "forbidden-origin"],
    ["text/plain", () => send(receiver.url, { headers: { "Content-Type": "text/plain", Accept: JSON_TYPE }, body: form(COMMENT) }), 415, "unsupported-type"],
    ["multipart", () => send(receiver.url, { headers: { "Content-Type": "multipart/form-data; boundary=x", Accept: JSON_TYPE }, body: "--x--" }), 415, "unsupported-type"],
    ["no content type", () => send(receiver.url, { headers: { Accept: JSON_TYPE }, body: form(COMMENT) }), 415, "unsupported-type"],
    ["latin-1", () => send(receiver.url, { headers: { "Content-Type": `${FORM}; charset=iso-8859-1`, Accept: JSON_TYPE }, body: form(COMMENT) }), 415, "unsupported-type"],
    ["16 KB + 1, declared", () => send(receiver.url, { headers: { "Content-Type": FORM, Accept: JSON_TYPE }, body: big }), 413, "too-large"],
    ["16 KB + 1, chunked", () => send(receiver.url, { headers: { "Content-Type": FORM, Accept: JSON_TYPE }, chunks: [big.subarray(0, 9000), big.subarray(9000)] }), 413, "too-large"],
    ["1 MB, declared", () => send(receiver.url, { headers: { "Content-Type": JSON_TYPE }, body: Buffer.alloc(1 << 20, "a") }), 413, "too-large"],
    ["broken JSON", () => send(receiver.url, { headers: { "Content-Type": JSON_TYPE }, body: '{"kind":' }), 400, "malformed"],
    ["JSON array", () => postJson(receiver.url, [COMMENT]), 400, "malformed"],
    ["JSON number value", () => postJson(receiver.url, { ...COMMENT, name: 7 }), 400, "malformed"],
    ["JSON unknown field", () => postJson(receiver.url, { ...COMMENT, phone: "0900" }), 400, "malformed"],
    ["invalid UTF-8", () => send(receiver.url, { headers: { "Content-Type": FORM, Accept: JSON_TYPE }, body: Buffer.concat([Buffer.from("kind=comment&name="), Buffer.from([0xc3, 0x28])]) }), 400, "malformed"],
    ["broken percent escape", () => send(receiver.url, { headers: { "Content-Type": FORM, Accept: JSON_TYPE }, body: `${form(COMMENT)}&website=%E1%BB` }), 400, "malformed"],
    ["repeated field", () => send(receiver.url, { headers: { "Content-Type": FORM, Accept: JSON_TYPE }, body: `${form(COMMENT)}&name=Khac` }), 400, "malformed"],
    ["missing field", () => postJson(receiver.url, { ...COMMENT, name: "" }), 400, "invalid"],
    ["bad e-mail", () => postJson(receiver.url, { ...COMMENT, email: "minh@" }), 400, "invalid"],
    ["message too long", () => postJson(receiver.url, { ...COMMENT, message: "ư".repeat(COMMENT_LIMITS.message + 1) }), 400, "invalid"],
    ["article off the site", () => postJson(receiver.url, { ...COMMENT, article: "https://evil.example/" }), 400, "invalid"],
    ["open redirect", () => post(receiver.url, { ...COMMENT, redirect: "https://evil.example/phish" }, { Accept: JSON_TYPE }), 400, "invalid"],
    ["unknown poll", () => postJson(receiver.url, { ...VOTE, poll: "khac" }), 400, "invalid"],
    ["unknown choice", () => postJson(receiver.url, { ...VOTE, choice: "qua-tv" }), 400, "invalid"],
    ["unknown kind", () => postJson(receiver.url, { ...VOTE, kind: "survey" }), 400, "invalid"],
    ["GET /", () => send(receiver.url, { method: "GET" }), 405, "method-not-allowed"],
    ["PUT /", () => send(receiver.url, { method: "PUT", body: "x" }), 405, "method-not-allowed"],
    ["POST /polls/x", () => postJson(receiver.url, VOTE).then(() => send(receiver.url, { path: "/polls/nguon-thong-tin", body: "x" })), 405, "method-not-allowed"],
    ["elsewhere", () => send(receiver.url, { path: "/admin", body: "x" }), 404, "not-found"],
  ];
  for (const [label, call, status, error] of cases) {
    const before = (await receiver.records()).length;
    const answer = await call();
    assert.is(answer.status, status, label);
    if (error) assert.is(JSON.parse(answer.body).error, error, label);
    const added = (await receiver.records()).length - before;
    assert.is(added, label === "POST /polls/x" ? 1 : 0, `${label}: nothing stored`);
  }
  await receiver.close();
});

test("an invalid JSON post lists its issues; an invalid plain post gets a page in Vietnamese naming the fields", async () => {
  const receiver = await startReceiver();
  const json = await postJson(receiver.url, { ...COMMENT, name: " ", email: "minh@" });
  assert.equal(JSON.parse(json.body), {
    ok: false,
    error: "invalid",
    issues: [
      { field: "name", code: "required" },
      { field: "email", code: "email" },
    ],
  });
  const page = await post(receiver.url, { ...COMMENT, name: " ", email: "minh@" });
  assert.is(page.status, 400);
  assert.match(String(page.headers["content-type"]), "text/html; charset=utf-8");
  assert.is(page.headers["content-security-policy"], "default-src 'none'");
  assert.match(page.body, '<html lang="vi">');
  assert.match(page.body, `<li>${t.commentName}: ${t.formErrorRequired}</li>`);
  assert.match(page.body, `<li>${t.commentEmail}: ${t.formErrorEmail}</li>`);
  assert.match(page.body, t.formRejectedBack);
  const tooBig = await send(receiver.url, { headers: { "Content-Type": FORM }, body: Buffer.alloc(MAX_BODY_BYTES + 1, "a") });
  assert.match(tooBig.body, t.formTooLarge);
  assert.is((await receiver.records()).length, 0);
  await receiver.close();
});

test("a refusal page escapes every word it prints, as the site's pages do (src/text/escape.ts)", async () => {
  const marked = { ...t, formRejectedTitle: 'Lỗi <b>"gửi"</b> & KH&CN', commentEmail: "<i>E-mail</i>" };
  const receiver = await startReceiver({ strings: { ...testReceiverStrings, vi: marked } });
  const page = await post(receiver.url, { ...COMMENT, email: "minh@" });
  assert.match(page.body, "<title>Lỗi &lt;b&gt;&quot;gửi&quot;&lt;/b&gt; &amp; KH&amp;CN</title>");
  assert.match(page.body, `<li>&lt;i&gt;E-mail&lt;/i&gt;: ${t.formErrorEmail}</li>`);
  assert.not.match(page.body, "<b>");
  await receiver.close();
});

test("16 KB exactly is accepted; the longest valid comment, all three-byte letters, fits as JSON", async () => {
  const receiver = await startReceiver();
  const exact = (bytes: number) => {
    const body = JSON.stringify({ ...COMMENT, message: `${COMMENT.message}${" ".repeat(bytes)}` });
    return JSON.stringify({ ...COMMENT, message: `${COMMENT.message}${" ".repeat(bytes - Buffer.byteLength(body) + bytes)}` });
  };
  assert.is(Buffer.byteLength(exact(MAX_BODY_BYTES)), MAX_BODY_BYTES);
  assert.is((await send(receiver.url, { headers: { "Content-Type": JSON_TYPE }, body: exact(MAX_BODY_BYTES) })).status, 200);
  assert.is((await send(receiver.url, { headers: { "Content-Type": JSON_TYPE }, body: exact(MAX_BODY_BYTES + 1) })).status, 413);

  const longUrl = (base: string) => `${base}${"a".repeat(URL_LIMIT - base.length)}`;
  const longest = {
    kind: "comment",
    name: "ệ".repeat(COMMENT_LIMITS.name),
    email: `${"a".repeat(COMMENT_LIMITS.email - 12)}@example.org`,
    subject: "ệ".repeat(COMMENT_LIMITS.subject),
    message: "ệ".repeat(COMMENT_LIMITS.message),
    article: longUrl(`${SITE}/`),
    redirect: longUrl(`${SITE}/#`),
    website: "",
  };
  const bytes = Buffer.byteLength(JSON.stringify(longest));
  assert.ok(bytes <= MAX_BODY_BYTES, `${bytes} bytes`);
  assert.is((await postJson(receiver.url, longest)).status, 200);
  await receiver.close();
});

test("the honeypot: answered like a success, plain or in the background, and dropped", async () => {
  const receiver = await startReceiver();
  const plain = await post(receiver.url, { ...COMMENT, website: "http://spam.example" });
  assert.is(plain.status, 303);
  assert.is(plain.headers.location, COMMENT.redirect);
  const background = await postJson(receiver.url, { ...VOTE, website: "x" });
  assert.equal([background.status, JSON.parse(background.body)], [200, { ok: true }]);
  // Even a robot's invalid post learns nothing.
  const invalid = await postJson(receiver.url, { kind: "comment", website: "x" });
  assert.is(invalid.status, 200);
  const offSite = await post(receiver.url, { ...COMMENT, website: "x", redirect: "https://evil.example/" });
  assert.is(offSite.headers.location, `${SITE}/`, "and is never redirected off the site");
  assert.is((await receiver.records()).length, 0);
  await receiver.close();
});

test("CORS: a preflight for the site's origin only", async () => {
  const receiver = await startReceiver();
  const preflight = await send(receiver.url, {
    method: "OPTIONS",
    headers: { Origin: SITE, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
  });
  assert.is(preflight.status, 204);
  assert.is(preflight.headers["access-control-allow-origin"], SITE);
  assert.is(preflight.headers["access-control-allow-methods"], "POST, OPTIONS");
  assert.match(String(preflight.headers["access-control-allow-headers"]), "Content-Type");
  assert.match(String(preflight.headers.vary), "Origin");
  const foreign = await send(receiver.url, { method: "OPTIONS", headers: { Origin: "https://tintuc.example.org.evil.example" } });
  assert.is(foreign.status, 403);
  assert.is(foreign.headers["access-control-allow-origin"], undefined);
  await receiver.close();
});

test("rate limit: per client address, 429 with Retry-After, nothing stored past it", async () => {
  const receiver = await startReceiver({ rateLimit: { max: 3, windowMs: 60_000 } });
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await send(receiver.url, { headers: { "Content-Type": JSON_TYPE }, body: JSON.stringify(VOTE), localAddress: "127.0.0.2" })).status);
  assert.equal(statuses, [200, 200, 200, 429, 429]);
  const refused = await send(receiver.url, { headers: { "Content-Type": FORM }, body: form(VOTE), localAddress: "127.0.0.2" });
  assert.is(refused.status, 429);
  assert.is(refused.headers["retry-after"], "60");
  assert.match(refused.body, t.formRateLimited);
  assert.is((await send(receiver.url, { headers: { "Content-Type": JSON_TYPE }, body: JSON.stringify(VOTE), localAddress: "127.0.0.3" })).status, 200, "another address");
  // X-Forwarded-For is not believed unless the receiver is told it sits behind a proxy.
  const spoofed = await send(receiver.url, { headers: { "Content-Type": JSON_TYPE, "X-Forwarded-For": "203.0.113.9" }, body: JSON.stringify(VOTE), localAddress: "127.0.0.2" });
  assert.is(spoofed.status, 429);
  assert.is((await receiver.records()).length, 4);
  await receiver.close();

});

test("--trust-proxy N: the client is the Nth address from the right; forged ones to its left dodge nothing", async () => {
  const max = 10;
  // One proxy (nginx's $proxy_add_x_forwarded_for): whatever the client sent, then the address nginx saw.
  const proxied = await startReceiver({ rateLimit: { max, windowMs: 60_000 }, trustProxy: 1 });
  const viaProxy = (forwardedFor: string) =>
    send(proxied.url, { headers: { "Content-Type": JSON_TYPE, Accept: JSON_TYPE, "X-Forwarded-For": forwardedFor }, body: JSON.stringify(VOTE) });
  const statuses: number[] = [];
  for (let i = 0; i < 15; i++) statuses.push((await viaProxy(`198.18.0.${i}, 10.9.${i}.1, 203.0.113.9`)).status);
  assert.equal(statuses, [...Array<number>(max).fill(200), ...Array<number>(5).fill(429)], "15 forged leftmost addresses, one client");
  assert.is((await viaProxy("203.0.113.9")).status, 429, "and without any forgery");
  assert.is((await viaProxy("203.0.113.9, 198.51.100.7")).status, 200, "another client of the proxy");
  // Two headers are one list (Node joins them): the proxy's entry is still the rightmost.
  assert.is((await send(proxied.url, { headers: { "Content-Type": JSON_TYPE, "X-Forwarded-For": ["1.1.1.1", "203.0.113.9"] as unknown as string }, body: JSON.stringify(VOTE) })).status, 429);
  await proxied.close();

  // Two proxies (a CDN, then nginx): the second from the right; a header shorter than that is not believed.
  const twoHops = await startReceiver({ rateLimit: { max: 1, windowMs: 60_000 }, trustProxy: 2 });
  const viaTwo = (forwardedFor: string) =>
    send(twoHops.url, { headers: { "Content-Type": JSON_TYPE, "X-Forwarded-For": forwardedFor }, body: JSON.stringify(VOTE) });
  assert.equal(
    [(await viaTwo("9.9.9.9, 203.0.113.9, 10.0.0.1")).status, (await viaTwo("8.8.8.8, 203.0.113.9, 10.0.0.2")).status, (await viaTwo("203.0.113.10, 10.0.0.1")).status],
    [200, 429, 200],
  );
  assert.equal([(await viaTwo("10.0.0.1")).status, (await viaTwo("")).status], [200, 429], "too short: the connection's own address, counted as one");
  await twoHops.close();
});

test("clientAddress: a table of X-Forwarded-For headers and proxy counts", () => {
  const request = (forwardedFor: string | undefined, remoteAddress = "::ffff:127.0.0.1") =>
    ({ headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }, socket: { remoteAddress } }) as unknown as http.IncomingMessage;
  const table: [string | undefined, number, string][] = [
    ["1.2.3.4", 0, "127.0.0.1"],
    ["1.2.3.4, 5.6.7.8", 1, "5.6.7.8"],
    ["1.2.3.4,5.6.7.8", 2, "1.2.3.4"],
    ["forged, 1.2.3.4, 5.6.7.8", 2, "1.2.3.4"],
    ["5.6.7.8", 2, "127.0.0.1"],
    [undefined, 1, "127.0.0.1"],
    ["", 1, "127.0.0.1"],
    ["::ffff:203.0.113.9", 1, "203.0.113.9"],
    ["2001:db8::1", 1, "2001:db8::1"],
  ];
  for (const [header, hops, expected] of table) assert.is(clientAddress(request(header), hops), expected, `${header} / ${hops}`);
});

test("captcha: the token is checked with the provider, secret and all; a refusal or an unreachable provider stores nothing", async () => {
  const seen: Record<string, string>[] = [];
  const verifier = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const fields = Object.fromEntries(new URLSearchParams(body));
      seen.push(fields);
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ success: fields.secret === "bi-mat" && fields.response === "good", "error-codes": [] }));
    });
  });
  const verifyUrl = `${await listen(verifier)}/siteverify`;
  try {
    const receiver = await startReceiver({ captcha: { provider: "turnstile", secret: "bi-mat", verifyUrl } });
    const statuses = [
      (await postJson(receiver.url, COMMENT)).status,
      (await postJson(receiver.url, { ...COMMENT, "cf-turnstile-response": "bad" })).status,
      (await post(receiver.url, { ...COMMENT, "cf-turnstile-response": "bad" })).status,
      (await postJson(receiver.url, { ...COMMENT, "cf-turnstile-response": "good" })).status,
      (await postJson(receiver.url, { ...VOTE, "cf-turnstile-response": "good" })).status,
    ];
    assert.equal(statuses, [403, 403, 403, 200, 200]);
    assert.equal(seen[0], { secret: "bi-mat", response: "bad", remoteip: "127.0.0.1" }, "no token, no call; then secret, token and address");
    assert.is(seen.length, 4);
    assert.equal((await receiver.records()).map((record) => record.kind), ["comment", "poll"]);
    assert.not.ok("cf-turnstile-response" in (await receiver.records())[0]!, "the token is not stored");
    await receiver.close();

    const hcaptcha = await startReceiver({ captcha: { provider: "hcaptcha", secret: "bi-mat", siteKey: "site-key", verifyUrl } });
    assert.is((await postJson(hcaptcha.url, { ...VOTE, "h-captcha-response": "good", "g-recaptcha-response": "good" })).status, 200);
    assert.equal(seen.at(-1), { secret: "bi-mat", response: "good", remoteip: "127.0.0.1", sitekey: "site-key" });
    await hcaptcha.close();
  } finally {
    await closeServer(verifier);
  }

  const unreachable = await startReceiver({ captcha: { provider: "turnstile", secret: "bi-mat", verifyUrl } });
  const answer = await postJson(unreachable.url, { ...COMMENT, "cf-turnstile-response": "good" });
  assert.equal([answer.status, JSON.parse(answer.body).error], [503, "captcha-unavailable"]);
  assert.is((await unreachable.records()).length, 0);
  await unreachable.close();
});

test("a store that cannot write answers 500 and the reader's browser keeps the text", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-receiver-"));
  await writeFile(path.join(dir, "a-file"), "");
  const receiver = await startReceiver({ store: new JsonLinesStore(path.join(dir, "a-file", "submissions.jsonl")) });
  const answer = await postJson(receiver.url, COMMENT);
  assert.equal([answer.status, JSON.parse(answer.body)], [500, { ok: false, error: "storage" }]);
  await receiver.close();
});

test("a few hundred simultaneous submissions are all stored, each exactly once, as whole lines", async () => {
  const receiver = await startReceiver();
  const count = 400;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 100 });
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: count }, (_, n) => {
      const marker = `#${n}#`;
      if (n % 4 === 3) return send(receiver.url, { agent, headers: { "Content-Type": JSON_TYPE, Origin: SITE }, body: JSON.stringify({ ...VOTE, choice: TEST_POLLS[0]!.options[n % 3]!.id }) });
      const fields = { ...COMMENT, subject: `Ý kiến ${marker}`, message: `Nội dung ${marker} ${"chữ ".repeat(n % 50)}` };
      return n % 2 === 0
        ? send(receiver.url, { agent, headers: { "Content-Type": FORM, Origin: SITE }, body: form(fields) })
        : send(receiver.url, { agent, headers: { "Content-Type": JSON_TYPE, Origin: SITE }, body: JSON.stringify(fields) });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  assert.equal([...new Set(answers.map((answer) => answer.status))].sort(), [200, 303]);

  const text = await readFile(receiver.store.file, "utf8");
  assert.ok(text.endsWith("\n"));
  const lines = text.trimEnd().split("\n");
  assert.is(lines.length, count);
  const { records, skippedLines } = parseJsonLines(text);
  assert.is(skippedLines, 0, "every line is whole JSON");
  assert.is(new Set((records as { id: string }[]).map((record) => record.id)).size, count, "every id once");
  const comments = (records as Record<string, string>[]).filter((record) => record.kind === "comment");
  const markers = comments.map((record) => Number(/#(\d+)#/.exec(record.subject!)![1])).sort((a, b) => a - b);
  assert.equal(markers, Array.from({ length: count }, (_, n) => n).filter((n) => n % 4 !== 3), "each comment exactly once");
  const tallies = JSON.parse((await send(receiver.url, { method: "GET", path: "/polls/nguon-thong-tin" })).body);
  assert.is(tallies.total, count / 4);
  console.log(`  ${count} simultaneous submissions stored in ${seconds.toFixed(2)} s`);
  await receiver.close();
});

test("redirects: Location is the normalised URL.href, checked before anything is stored; never a 500, honeypot or not", async () => {
  const receiver = await startReceiver();
  const redirects = [
    `${SITE}/bài-viết/#da-gui-y-kien`,
    `${SITE}/2024/01/27/tin\u2028moi/`,
    `${SITE}/tin?q=\u2029đồng#ý-kiến`,
    `${SITE}/\u0000tin/\u200b`,
    `https://TINTUC.example.org:443/../tin/ `,
    `${SITE}:99999/`,
    `https://tintuc.example.org.evil.example/`,
    `https://xn--tintc-7ua.example.org/`,
    "javascript:alert(1)",
    "\u2028",
  ];
  for (const redirect of redirects) {
    for (const honeypot of ["", "http://spam.example"]) {
      const label = `${JSON.stringify(redirect)}${honeypot ? " (honeypot)" : ""}`;
      const before = (await receiver.records()).length;
      const answer = await post(receiver.url, { ...COMMENT, redirect, website: honeypot });
      assert.ok(answer.status === 303 || answer.status === 400, `${label}: ${answer.status}`);
      const added = (await receiver.records()).length - before;
      if (answer.status === 303) {
        const location = String(answer.headers.location);
        assert.match(location, /^[\x21-\x7e]+$/, `${label}: an ASCII Location`);
        assert.is(new URL(location).origin, SITE, label);
        // Written as the form's fields are read (NFC, no control characters, trimmed); none left: the home page.
        const written = normalizeField(redirect, false);
        if (!honeypot) assert.is(location, written === "" ? `${SITE}/` : new URL(written).href, label);
        assert.is(added, honeypot ? 0 : 1, `${label}: stored ${honeypot ? "never" : "once"}`);
      } else {
        assert.not.ok(honeypot, `${label}: the honeypot is answered as a success`);
        assert.is(added, 0, `${label}: nothing stored`);
      }
    }
  }
  // The stored records hold the content, never the redirect.
  assert.ok((await receiver.records()).every((record) => !("redirect" in record)));
  await receiver.close();
});

test("an idempotency key: the same post twice is stored once and answered as a success both times, across a restart too", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-receiver-"));
  const file = path.join(dir, "submissions.jsonl");
  const receiver = await startReceiver({ store: new JsonLinesStore(file) });
  const key = "3f2a9c1e5b7d4a60b8c2e4f6a1d3c5e7";
  const keyed = { ...COMMENT, "idempotency-key": key };
  const first = await postJson(receiver.url, keyed);
  const again = await postJson(receiver.url, keyed);
  assert.equal([first.status, JSON.parse(first.body), again.status, JSON.parse(again.body)], [200, { ok: true }, 200, { ok: true }]);
  const records = await receiver.records();
  assert.is(records.length, 1);
  assert.match(records[0]!.submissionKey!, /^[0-9a-f]{32}$/);
  assert.not.ok(Object.values(records[0]!).includes(key), "the key itself is not stored");

  // Sent at the same moment (a double click): still once.
  const together = await Promise.all([0, 1, 2].map(() => postJson(receiver.url, { ...VOTE, "idempotency-key": "vote-key-0001" })));
  assert.equal(together.map((answer) => answer.status), [200, 200, 200]);
  // A plain post resent by the browser (the page's key, no JavaScript), and its thank-you way back both times.
  const plain = { ...COMMENT, subject: "Gửi lại", "idempotency-key": "plain-post", lang: "vi" };
  const plainAnswers = [await post(receiver.url, plain), await post(receiver.url, plain)];
  assert.equal(plainAnswers.map((answer) => [answer.status, answer.headers.location]), [[303, COMMENT.redirect], [303, COMMENT.redirect]]);
  // The same key with other content, or from another address, is another submission.
  assert.is((await postJson(receiver.url, { ...keyed, message: "Đã sửa lại." })).status, 200);
  assert.is((await send(receiver.url, { headers: { "Content-Type": FORM, Origin: SITE }, body: form(plain), localAddress: "127.0.0.2" })).status, 303);
  // Without a key nothing is held back: an API client's two posts are two.
  await postJson(receiver.url, { ...VOTE, choice: "qua-sach-bao" });
  await postJson(receiver.url, { ...VOTE, choice: "qua-sach-bao" });
  const kinds = (await receiver.records()).map((record) => `${record.kind}:${record.subject ?? record.choice}`);
  assert.equal(kinds, ["comment:Góp ý", "poll:qua-google", "comment:Gửi lại", "comment:Góp ý", "comment:Gửi lại", "poll:qua-sach-bao", "poll:qua-sach-bao"]);
  const tallies = JSON.parse((await send(receiver.url, { method: "GET", path: "/polls/nguon-thong-tin" })).body);
  assert.is(tallies.counts["qua-google"], 1, "a resent vote is counted once");
  await receiver.close();

  // After a restart the store tells the receiver what it has already taken.
  const restarted = await startReceiver({ store: new JsonLinesStore(file) });
  assert.is((await postJson(restarted.url, keyed)).status, 200);
  assert.is((await restarted.records()).length, 7);
  // ...within the window only: a day later the same key is a new submission.
  await restarted.close();
  const dayLater = await startReceiver({ store: new JsonLinesStore(file), now: () => TEST_NOW + 86_400_000 });
  assert.is((await postJson(dayLater.url, keyed)).status, 200);
  assert.is((await dayLater.records()).length, 8);
  await dayLater.close();
});

test("an idempotency key that no form of ours would send is malformed", async () => {
  const receiver = await startReceiver();
  for (const key of ["short", "a".repeat(101), "khóa-tiếng-việt", "key with spaces"]) {
    const answer = await postJson(receiver.url, { ...VOTE, "idempotency-key": key });
    assert.equal([answer.status, JSON.parse(answer.body).error], [400, "malformed"], key);
  }
  assert.is((await postJson(receiver.url, { ...VOTE, "idempotency-key": "" })).status, 200, "an empty one is none");
  assert.is((await receiver.records()).length, 1);
  await receiver.close();
});

test("a plain post is answered in its page's language: refusal pages, the home link, the way back", async () => {
  const receiver = await startReceiver({ rateLimit: { max: 2, windowMs: 60_000 }, siteUrl: `${SITE}/` });
  const en = testReceiverStrings.en;
  const refused = await post(receiver.url, { ...COMMENT, email: "minh@", lang: "en" });
  assert.is(refused.status, 400);
  assert.match(refused.body, '<html lang="en">');
  assert.match(refused.body, `<title>${en.formRejectedTitle}</title>`);
  assert.match(refused.body, `<li>${en.commentEmail}: ${en.formErrorEmail}</li>`);
  assert.match(refused.body, `<a href="${SITE}/en/">${en.formRejectedHome}</a>`);
  assert.not.match(refused.body, t.formRejectedTitle);

  const { redirect: _redirect, ...noRedirect } = VOTE;
  const back = await post(receiver.url, { ...noRedirect, lang: "en" });
  assert.equal([back.status, back.headers.location], [303, `${SITE}/en/`]);

  // Refused before its fields are looked at (too many posts): the page still reads the form's lang.
  const limited = await post(receiver.url, { ...VOTE, lang: "en" });
  assert.is(limited.status, 429);
  assert.match(limited.body, '<html lang="en">');
  assert.match(limited.body, en.formRateLimited);

  for (const lang of ["vi", "fr", "", "EN"]) {
    const page = await post(receiver.url, { ...VOTE, lang });
    assert.match(page.body, '<html lang="vi">', lang);
    assert.match(page.body, t.formRateLimited, lang);
    assert.match(page.body, `<a href="${SITE}/">`, lang);
  }
  await receiver.close();

  const english = await startReceiver({ defaultLanguage: "en" });
  const unnamed = await post(english.url, { ...COMMENT, email: "minh@" });
  assert.match(unnamed.body, '<html lang="en">', "a post without lang: the site's language");
  await english.close();
});

/** A raw connection that sends `head`, then one byte of `trickle` every `everyMs`; resolves when the server closes it. */
function trickle(url: string, head: string, tail: string, everyMs: number): Promise<{ closedAfterBytes: number; answer: string }> {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = net.connect(Number(port), hostname);
    let answer = "";
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("connect", () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent < tail.length && socket.writable) socket.write(tail[sent++]!);
      }, everyMs);
    });
    const done = () => {
      clearInterval(timer);
      resolve({ closedAfterBytes: sent, answer });
    };
    socket.on("close", done);
    socket.on("error", () => socket.destroy());
  });
}

test("slow clients are cut off: headers or a body trickling in are dropped at their timeout, nothing stored", async () => {
  const receiver = await startReceiver({ connectionLimits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
  // 100 bytes at one every 40 ms would take 4 s: the client is cut off long before (at 0.3 s and 0.6 s).
  const headers = await trickle(receiver.url, "POST / HTTP/1.1\r\nHost: x\r\n", `X-Slow: ${"a".repeat(92)}\r\n\r\n`, 40);
  assert.ok(headers.closedAfterBytes < 60, `headers: cut after ${headers.closedAfterBytes} of 100 bytes`);
  const body = JSON.stringify({ ...VOTE, choice: "qua-google" });
  const slowBody = await trickle(
    receiver.url,
    `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body) + 60}\r\n\r\n`,
    `${body}${" ".repeat(60)}`,
    40,
  );
  assert.ok(slowBody.closedAfterBytes < Buffer.byteLength(body), `body: cut after ${slowBody.closedAfterBytes} bytes`);
  assert.is((await receiver.records()).length, 0);
  assert.is((await postJson(receiver.url, VOTE)).status, 200, "a client at ordinary speed is served");
  await receiver.close();
});

test("connections are capped: one over the cap is closed at once, the others are served", async () => {
  const receiver = await startReceiver({ connectionLimits: { maxConnections: 2 } });
  const { hostname, port } = new URL(receiver.url);
  const open = () =>
    new Promise<net.Socket>((resolve) => {
      const socket = net.connect(Number(port), hostname, () => resolve(socket));
    });
  const held = [await open(), await open()];
  const third = await open();
  const closed = await new Promise<boolean>((resolve) => {
    third.on("close", () => resolve(true));
    third.on("error", () => undefined);
    third.write("GET /polls/nguon-thong-tin HTTP/1.1\r\nHost: x\r\n\r\n");
    setTimeout(() => resolve(false), 2000);
  });
  assert.ok(closed, "the third connection is closed");
  for (const socket of held) socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.is((await postJson(receiver.url, VOTE)).status, 200, "served again once the others left");
  await receiver.close();
});

test.run();
