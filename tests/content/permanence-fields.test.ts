import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { checkAliasPath, datesBeforePublished, parseAliases, parseCorrections, parseWithdrawal } from "../../src/content/permanence-fields.ts";

const ALIASES: [string, boolean, RegExp?][] = [
  ["/tin-tuc/12345.html", true],
  ["/Pages/TinTuc/12345.aspx", true],
  ["/2019/05/03/ten-cu/", true],
  ["/tin%20cu/", true],
  ["/tin-tức/đảng-bộ.html", true],
  ["/tin-t%E1%BB%A9c/", true],
  ["/%2E%2E/admin/", false, /\.\./],
  ["/a%2F%2Fb/", false, /khoảng trắng/],
  ["/a%3Fb/", false, /khoảng trắng/],
  ["https://old.example.org/tin-tuc/1.html", false, /trỏ ra ngoài trang/],
  ["//old.example.org/x", false, /trỏ ra ngoài trang/],
  ["/\\old.example.org/x", false, /trỏ ra ngoài trang/], // a browser reads `/\` as `//`
  ["mailto:a@b.c", false, /trỏ ra ngoài trang/],
  ["/tin-tuc/view.aspx?id=12345", false, /chuỗi truy vấn.*"\/tin-tuc\/view.aspx".*\/\?p=số/],
  // WordPress's ?p=ID: answered by the lookup the build writes (src/query-aliases.ts, issue 23).
  ["/?p=12", true],
  ["/index.php?p=12", true],
  ["/?p=012", false, /chuỗi truy vấn/],
  ["/?p=12&x=1", false, /chuỗi truy vấn/],
  ["/?page_id=12", false, /chuỗi truy vấn/],
  ["/tin/?p=12", false, /chuỗi truy vấn/],
  ["/tin-tuc/1.html#top", false, /phân đoạn/],
  ["tin-tuc/12345.html", false, /phải bắt đầu bằng \/, ví dụ \/tin-tuc\/12345.html/],
  ["/tin/../admin/", false, /\.\./],
  ["/tin/./a", false, /\.\./],
  ["/tin cũ/", false, /khoảng trắng/],
  ["/a//b", false, /khoảng trắng/],
];

test("an alias is a site-relative path a static file can answer for", () => {
  for (const [alias, valid, message] of ALIASES) {
    const result = checkAliasPath(alias);
    assert.is(result.ok, valid, alias);
    if (!result.ok && message) assert.match(result.message, message, alias);
  }
});

test("messages in English with lang en", () => {
  const result = checkAliasPath("https://old.example.org/x", "en");
  assert.ok(!result.ok && result.message.includes("points outside the site"));
});

test("aliases: one path or a list; duplicates dropped; every bad item reported at once", () => {
  assert.equal(parseAliases("/a.html"), { ok: true, value: ["/a.html"] });
  assert.equal(parseAliases(["/a.html", "/b/", "/a.html"]), { ok: true, value: ["/a.html", "/b/"] });
  const bad = parseAliases(["https://x.org/", "/ok/", 5, "/q?x=1"]);
  assert.ok(!bad.ok);
  if (!bad.ok) assert.is(bad.message.split("; ").length >= 3, true, bad.message);
  assert.not.ok(parseAliases({ a: 1 }).ok);
});

test("withdrawn: date and reason, both required, no other field", () => {
  const result = parseWithdrawal({ date: "2024-05-01", reason: "Gỡ theo yêu cầu của cơ quan chức năng" });
  assert.ok(result.ok);
  if (result.ok) {
    assert.is(result.value.date.toISO(), "2024-05-01T00:00:00.000+07:00");
    assert.is(result.value.reason, "Gỡ theo yêu cầu của cơ quan chức năng");
  }
  const cases: [unknown, RegExp][] = [
    [true, /cần date và reason/],
    [{ date: "2024-05-01" }, /cần reason/],
    [{ date: "hôm qua", reason: "x" }, /^date: "hôm qua" không phải ngày/],
    [{ date: "2024-05-01", reason: "x", by: "y" }, /cần date và reason/],
  ];
  for (const [raw, message] of cases) {
    const bad = parseWithdrawal(raw);
    assert.ok(!bad.ok && message.test(bad.message), JSON.stringify(raw));
  }
});

test("corrections: a list of { date, text }, oldest first whatever the writer's order", () => {
  const result = parseCorrections([
    { date: "2024-02-03 10:00", text: "Sửa lần hai" },
    { date: "2024-02-01 09:30", text: "Sửa lần một" },
  ]);
  assert.ok(result.ok);
  if (result.ok) assert.equal(result.value.map((c) => c.text), ["Sửa lần một", "Sửa lần hai"]);
  const cases: [unknown, RegExp][] = [
    ["đã sửa", /cần một danh sách/],
    [[{ date: "2024-02-01" }], /cần text/],
    [[{ date: "x", text: "y" }], /^date: /],
  ];
  for (const [raw, message] of cases) {
    const bad = parseCorrections(raw);
    assert.ok(!bad.ok && message.test(bad.message), JSON.stringify(raw));
  }
});

test("a correction or a withdrawal dated before the article was published", () => {
  const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });
  const published = at("2024-02-01T10:00:00+07:00");
  assert.equal(datesBeforePublished({ published }), []);
  assert.equal(datesBeforePublished({ published, corrections: [{ date: at("2024-02-01T10:00:00+07:00"), text: "x" }] }), []);
  assert.equal(
    datesBeforePublished({ published, withdrawn: { date: at("2024-01-31T23:59:00+07:00"), reason: "x" }, corrections: [{ date: at("2024-02-01T09:59:00+07:00"), text: "x" }] }),
    ["withdrawn", "corrections"],
  );
});

test.run();
