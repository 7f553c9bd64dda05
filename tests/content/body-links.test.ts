/** Tests of src/content/body-links.ts: links in bodies to pages the site will not have (issue 17). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { bodyLinks, brokenLinkMessage, linkTargets } from "../../src/content/body-links.ts";
import type { Article } from "../../src/content/article.ts";
import { writerMessages } from "../../src/writer-messages.ts";

const article = (url: string, published: string, fields: Partial<Article> = {}): Article =>
  ({ url, published: DateTime.fromISO(published, { setZone: true }), lang: "vi", tags: [], authors: [], aliases: [], formerUrls: [], status: "published", ...fields }) as Article;

const ARTICLES = [
  article("/2024/01/27/dang-bo/", "2024-01-27T22:01:00+07:00", { tags: ["Vệ tinh"], authors: ["Đăng Minh"], aliases: ["/tin-tuc/123.html"], formerUrls: ["/2024/01/27/dang-bo-cu/"] }),
  article("/en/2024/01/28/party/", "2024-01-28T08:00:00+07:00", { lang: "en", tags: ["Satellite"] }),
  article("/2024/02/01/nhap/", "2024-02-01T08:00:00+07:00", { status: "draft", tags: ["Nháp"] }),
];
const targets = linkTargets(ARTICLES, [{ key: "khoa-hoc", formerKeys: ["nghien-cuu"] }]);
const check = (href: string, lang: "vi" | "en" = "vi", prefix = "/") => brokenLinkMessage(href, targets, writerMessages[lang], prefix);

test("bodyLinks: links to the site itself, with their lines; not images, not code, not other sites", () => {
  const body = [
    "Xem [tin](/2024/01/27/dang-bo/) và [ngày](</2024/01/27/>).",
    "![Ảnh](/images/a.jpg) [ngoài](https://other.org/x) [giao thức](//cdn.org/x) [gạch ngược](/\\cdn.org/x)",
    "`[mã](/2024/01/01/khong/)` [tuyệt đối](https://tin.example.org/2024/01/27/dang-bo/)",
    "```",
    "[trong khối mã](/2024/01/01/khong/)",
    "```",
    "[cuối](/tag/ve-tinh/#tren)",
  ].join("\n");
  assert.equal(bodyLinks(body, 6, "https://tin.example.org"), [
    { href: "/2024/01/27/dang-bo/", line: 6 },
    { href: "/2024/01/27/", line: 6 },
    { href: "/2024/01/27/dang-bo/", line: 8 },
    { href: "/tag/ve-tinh/#tren", line: 12 },
  ]);
});

test("brokenLinkMessage: pages the site will have pass; others are errors with the nearest article", () => {
  const good = [
    "/2024/01/27/dang-bo/", "/2024/01/27/dang-bo", "/2024/01/27/dang-bo/#anh", "/tin-tuc/123.html", "/2024/01/27/dang-bo-cu/",
    "/2024/02/01/nhap/", "/2024/01/27/", "/2024/01/", "/2024/", "/2024/01/page/2/", "/2024/01/27/page/3", "/2024", "/en/2024/01/28/party/", "/en/2024/01/28/",
    "/category/khoa-hoc/", "/category/nghien-cuu/", "/category/khoa-hoc/page/3/", "/tag/ve-tinh/", "/tag/ve-tinh/feed.xml", "/en/tag/satellite/",
    "/author/dang-minh/", "/gioi-thieu/", "/search/", "/images/a.jpg", "/feed.xml",
  ];
  for (const href of good) assert.is(check(href), undefined, href);
  assert.is(check("/tin/2024/01/27/dang-bo/", "vi", "/tin/"), undefined, "under the site's path prefix");
  assert.is(check("/2024page/2/"), undefined, "a shape this check does not know is left to check-links");
  const bad: [string, string][] = [
    ["/2024/01/27/dang-boo/", 'liên kết /2024/01/27/dang-boo/ không dẫn tới bài nào của trang, bạn đọc sẽ gặp trang "Không tìm thấy": có phải ý bạn là /2024/01/27/dang-bo/?'],
    ["/2023/05/05/khac-han-hoan-toan/", 'liên kết /2023/05/05/khac-han-hoan-toan/ không dẫn tới bài nào của trang, bạn đọc sẽ gặp trang "Không tìm thấy": hãy chép đường dẫn từ trang của bài'],
    ["/2024/01/26/", "liên kết /2024/01/26/ dẫn tới một ngày, tháng hoặc năm không có tin nào, nên trang đó sẽ không có: hãy kiểm tra lại ngày"],
    ["/2024/02/", "liên kết /2024/02/ dẫn tới một ngày, tháng hoặc năm không có tin nào, nên trang đó sẽ không có: hãy kiểm tra lại ngày"],
    ["/en/2024/01/27/", "liên kết /en/2024/01/27/ dẫn tới một ngày, tháng hoặc năm không có tin nào, nên trang đó sẽ không có: hãy kiểm tra lại ngày"],
    ["/category/khoa-hocc/", "liên kết /category/khoa-hocc/ dẫn tới một chuyên mục không có: có phải ý bạn là /category/khoa-hoc/?"],
    ["/tag/nhap/", "liên kết /tag/nhap/ dẫn tới một từ khóa hoặc tác giả mà không bài nào có, nên trang đó sẽ không có"],
    ["/tag/satellite/", "liên kết /tag/satellite/ dẫn tới một từ khóa hoặc tác giả mà không bài nào có, nên trang đó sẽ không có"],
  ];
  for (const [href, message] of bad) assert.is(check(href), message, href);
  assert.is(check("/2024/01/27/dang-boo/", "en"), 'the link /2024/01/27/dang-boo/ leads to no article of the site; readers would get "Page not found": did you mean /2024/01/27/dang-bo/?');
});

test.run();
