/**
 * Tests of src/listings.ts, as tables of input → expected. Fixture timestamps are read into the
 * machine's zone on purpose, so that running under TZ=UTC and TZ=America/Los_Angeles both prove
 * that days are GMT+7 days.
 */
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { type Listings, computeListings, groupByNewsroomDay } from "../src/listings.ts";
import type { CalendarWeek } from "../src/month-calendar.ts";
import { type Article, compareNewestFirst } from "../src/content/article.ts";
import type { Category } from "../src/content/data-files.ts";
import { articleUrl } from "../src/urls.ts";

// ---------------------------------------------------------------------------------------------
// Fixtures

let serial = 0;

/** A published article at an ISO instant, in the machine's zone (not GMT+7) like any foreign input. */
function article(published: string, fields: Partial<Article> = {}): Article {
  serial += 1;
  const instant = DateTime.fromISO(published);
  if (!instant.isValid) throw new Error(`bad fixture time ${published}`);
  const slug = fields.slug ?? `bai-${serial}`;
  return {
    sourcePath: `content/articles/${slug}.md`,
    url: articleUrl(instant, slug),
    slug,
    slugGiven: false,
    aliases: [],
    postIds: [],
    formerUrls: [],
    corrections: [],
    lang: "vi",
    title: `Bài số ${serial}: Đổi mới sáng tạo`,
    category: "khoa-hoc",
    published: instant,
    authors: [],
    photographers: [],
    related: [],
    summary: "Tóm tắt.",
    tags: [],
    status: "published",
    featured: false,
    body: "",
    bodyFoldedForms: [],
    bodyLine: 1,
    imageSizes: {},
    contentHash: String(serial),
    ...fields,
  };
}

const newestFirst = (articles: Article[]): Article[] => [...articles].sort(compareNewestFirst);

const categories: Category[] = [
  { key: "khoa-hoc", name: "Khoa học", description: "Nghiên cứu, phát hiện và đời sống khoa học." },
  { key: "cong-nghe", name: "Công nghệ" },
  { key: "chinh-sach", name: "Chính sách" },
];


// ---------------------------------------------------------------------------------------------
// Grouping by GMT+7 day

const groupingCases: { name: string; published: string[]; expected: string[] }[] = [
  {
    name: "00:30+07:00 is that day although UTC says the day before",
    published: ["2024-01-27T00:30:00+07:00"],
    expected: ["2024-01-27: 1"],
  },
  {
    name: "23:50+07:00 stays on its day, however late",
    published: ["2024-01-27T23:50:00+07:00"],
    expected: ["2024-01-27: 1"],
  },
  {
    name: "midnight GMT+7 is the boundary, whatever the offset the instant was written in",
    published: [
      "2024-01-27T17:00:00Z", // 28/01 00:00 GMT+7
      "2024-01-27T16:59:59Z", // 27/01 23:59:59
      "2024-01-27T23:50:00+07:00",
      "2024-01-27T00:30:00+07:00",
      "2024-01-26T09:00:00-08:00", // 27/01 00:00 GMT+7
      "2024-01-26T16:59:59Z", // 26/01 23:59:59
    ],
    expected: ["2024-01-28: 1", "2024-01-27: 4", "2024-01-26: 1"],
  },
  {
    name: "new year's eve in GMT+7 is still the old year",
    published: ["2024-01-01T00:00:00+07:00", "2023-12-31T23:59:00+07:00"],
    expected: ["2024-01-01: 1", "2023-12-31: 1"],
  },
  { name: "nothing", published: [], expected: [] },
];

for (const { name, published, expected } of groupingCases) {
  test(`groupByNewsroomDay: ${name}`, () => {
    const groups = groupByNewsroomDay(newestFirst(published.map((iso) => article(iso))));
    assert.equal(groups.map((group) => `${group.iso}: ${group.articles.length}`), expected);
  });
}

test("groupByNewsroomDay: refuses articles that are not newest first", () => {
  const list = [article("2024-01-01T08:00:00+07:00", { slug: "cu" }), article("2024-01-02T08:00:00+07:00", { slug: "moi" })];
  assert.throws(() => groupByNewsroomDay(list), /newest first: content\/articles\/moi\.md/);
});

// ---------------------------------------------------------------------------------------------
// The pages of a small archive
//
// 05/03/2024: 2 (công nghệ); 29/01/2024: 1; 27/01/2024: 45, from 00:30 to 23:50; 31/12/2022: 1.
// February 2024 and all of 2023 have no news.

function fixtureArchive(): Article[] {
  const list: Article[] = [
    article("2024-03-05T08:00:00+07:00", { category: "cong-nghe", slug: "ban-tin-sang" }),
    article("2024-03-05T20:15:00+07:00", { category: "cong-nghe", slug: "ban-tin-toi" }),
    article("2024-01-29T09:00:00+07:00"),
    article("2024-01-27T00:30:00+07:00", { slug: "som-nhat" }),
    article("2024-01-27T23:50:00+07:00", { slug: "muon-nhat" }),
    article("2022-12-31T23:50:00+07:00", { slug: "cuoi-nam", image: { src: "/img/a.jpg", alt: "Ảnh" } }),
  ];
  for (let i = 0; i < 43; i++) list.push(article(DateTime.fromISO("2024-01-27T01:00:00+07:00").plus({ minutes: 30 * i }).toISO()!));
  return newestFirst(list);
}

const pages: Listings = computeListings(fixtureArchive(), categories, { lang: "vi" });

test("day pages: URLs newest day first, page 1 without /page/1/, 20 per page", () => {
  assert.equal(
    pages.dayPages.map((page) => `${page.url} ${page.articles.length}`),
    ["/2024/03/05/ 2", "/2024/01/29/ 1", "/2024/01/27/ 20", "/2024/01/27/page/2/ 20", "/2024/01/27/page/3/ 5", "/2022/12/31/ 1"],
  );
  assert.equal(pages.dayPages[3]!.outputPath, "/2024/01/27/page/2/index.html");
  assert.equal(pages.dayPages[0]!.outputPath, "/2024/03/05/index.html");
});

test("day pages: articles newest first with their time, the whole day in GMT+7", () => {
  const day = pages.dayPages.filter((page) => page.day.iso === "2024-01-27").flatMap((page) => page.articles);
  assert.is(day.length, 45);
  assert.is(day[0]!.url, "/2024/01/27/muon-nhat/");
  assert.is(day[0]!.publishedAt.text, "23:50, 27/01/2024");
  assert.is(day.at(-1)!.url, "/2024/01/27/som-nhat/");
  assert.equal(day.at(-1)!.published, { iso: "2024-01-27T00:30:00+07:00", text: "27/01/2024" });
  assert.equal(day.at(-1)!.publishedAt, { iso: "2024-01-27T00:30:00+07:00", text: "00:30, 27/01/2024" });
  const times = day.map((summary) => summary.published.iso);
  assert.equal(times, [...times].sort().reverse());
});

test("day pages: the day, its month and year, and the nearest days with news on either side", () => {
  const table = pages.dayPages.map((page) => [page.url, page.previousDay?.url, page.nextDay?.url, page.day.count]);
  assert.equal(table, [
    ["/2024/03/05/", "/2024/01/29/", undefined, 2],
    ["/2024/01/29/", "/2024/01/27/", "/2024/03/05/", 1],
    ["/2024/01/27/", "/2022/12/31/", "/2024/01/29/", 45],
    ["/2024/01/27/page/2/", "/2022/12/31/", "/2024/01/29/", 45],
    ["/2024/01/27/page/3/", "/2022/12/31/", "/2024/01/29/", 45],
    ["/2022/12/31/", undefined, "/2024/01/27/", 1],
  ]);
  const page = pages.dayPages[2]!;
  assert.equal([page.day.date, page.day.weekdayDate, page.month.url, page.year.url], ["27/01/2024", "Thứ bảy, 27/01/2024", "/2024/01/", "/2024/"]);
  assert.equal(pages.dayPages[3]!.pager.previousUrl, "/2024/01/27/");
  assert.equal(pages.dayPages[3]!.pager.nextUrl, "/2024/01/27/page/3/");
});

test("month pages: only months with news, 20 per page, neighbours across the gaps", () => {
  const table = pages.monthPages.map((page) => [page.url, page.articles.length, page.month.count, page.previousMonth?.url, page.nextMonth?.url]);
  assert.equal(table, [
    ["/2024/03/", 2, 2, "/2024/01/", undefined],
    ["/2024/01/", 20, 46, "/2022/12/", "/2024/03/"],
    ["/2024/01/page/2/", 20, 46, "/2022/12/", "/2024/03/"],
    ["/2024/01/page/3/", 6, 46, "/2022/12/", "/2024/03/"],
    ["/2022/12/", 1, 1, undefined, "/2024/01/"],
  ]);
  assert.is(pages.monthPages[1]!.month.label, "01/2024");
  // Newest first across days: the month's last page ends with the day's earliest article.
  assert.is(pages.monthPages[3]!.articles.at(-1)!.url, "/2024/01/27/som-nhat/");
  assert.is(pages.monthPages[1]!.articles[0]!.url.startsWith("/2024/01/29/"), true);
});

/** One string per week, `·` for padding, `5*` for a linked day (as in month-calendar.test.ts). */
const renderCalendar = (weeks: CalendarWeek[]): string[] =>
  weeks.map((week) => week.map((cell) => (cell ? `${cell.day}${cell.url ? "*" : ""}` : "·")).join(" "));

test("month pages: the calendar links the days with news and counts them", () => {
  const january = pages.monthPages[1]!;
  assert.equal(renderCalendar(january.calendar), [
    "1 2 3 4 5 6 7",
    "8 9 10 11 12 13 14",
    "15 16 17 18 19 20 21",
    "22 23 24 25 26 27* 28",
    "29* 30 31 · · · ·",
  ]);
  const counts = january.calendar.flat().filter((cell) => cell?.url).map((cell) => `${cell!.day}: ${cell!.count}`);
  assert.equal(counts, ["27: 45", "29: 1"]);
  assert.is(pages.monthPages[2]!.calendar, january.calendar);
});

test("year pages: only years with news; twelve months, linked when they have news", () => {
  assert.equal(pages.yearPages.map((page) => [page.url, page.year.count, page.previousYear?.url, page.nextYear?.url]), [
    ["/2024/", 48, "/2022/", undefined],
    ["/2022/", 1, undefined, "/2024/"],
  ]);
  assert.equal(
    pages.yearPages[0]!.months.map((month) => `${month.label} ${month.count}${month.url ? ` ${month.url}` : ""}`),
    ["01/2024 46 /2024/01/", "02/2024 0", "03/2024 2 /2024/03/", "04/2024 0", "05/2024 0", "06/2024 0", "07/2024 0", "08/2024 0", "09/2024 0", "10/2024 0", "11/2024 0", "12/2024 0"],
  );
});

test("archive index: every year newest first, with its months and counts", () => {
  const index = pages.archiveIndex;
  assert.equal([index.url, index.outputPath, index.count], ["/archive/", "/archive/index.html", 49]);
  assert.equal(
    index.years.map(({ year, months }) => `${year.year}: ${months.filter((month) => month.url).map((month) => `${month.month}=${month.count}`).join(" ")}`),
    ["2024: 1=46 3=2", "2022: 12=1"],
  );
});

test("category pages: newest first, 20 per page, an empty category keeps its first page", () => {
  assert.equal(
    pages.categoryPages.map((page) => `${page.url} ${page.articles.length}/${page.category.count} ${page.pager.current}/${page.pager.total}`),
    ["/category/khoa-hoc/ 20/47 1/3", "/category/khoa-hoc/page/2/ 20/47 2/3", "/category/khoa-hoc/page/3/ 7/47 3/3", "/category/cong-nghe/ 2/2 1/1", "/category/chinh-sach/ 0/0 1/1"],
  );
  const science = pages.categoryPages[0]!;
  assert.equal([science.category.name, science.category.description], ["Khoa học", "Nghiên cứu, phát hiện và đời sống khoa học."]);
  assert.equal(pages.categoryPages[3]!.articles.map((summary) => summary.url), ["/2024/03/05/ban-tin-toi/", "/2024/03/05/ban-tin-sang/"]);
  assert.equal(pages.categoryPages[2]!.articles.at(-1)!.url, "/2022/12/31/cuoi-nam/");
});

test("list titles: the list's own on its first page, numbered after it, in the list's language", () => {
  const many = newestFirst(Array.from({ length: 45 }, (_, i) => article(`2024-01-27T${String(10 + (i % 12)).padStart(2, "0")}:${String(i).padStart(2, "0")}:00+07:00`)));
  const listings = computeListings(many, categories, { lang: "vi" });
  assert.equal(listings.dayPages.map((page) => page.title), ["Tin ngày 27/01/2024", "Tin ngày 27/01/2024 – Trang 2", "Tin ngày 27/01/2024 – Trang 3"]);
  assert.equal(listings.monthPages.map((page) => page.title)[1], "Tin tháng 01/2024 – Trang 2");
  assert.is(listings.categoryPages.find((page) => page.url === "/category/khoa-hoc/page/3/")?.title, "Khoa học – Trang 3");
  const english = computeListings(many.map((item) => ({ ...item, lang: "en" as const })), categories, { lang: "en" });
  assert.is(english.dayPages[1]!.title.endsWith(" – Page 2"), true, english.dayPages[1]!.title);
});

test("summaries carry the category link and the image", () => {
  const last = pages.dayPages.at(-1)!.articles[0]!;
  assert.equal(last.category, { key: "khoa-hoc", name: "Khoa học", url: "/category/khoa-hoc/", feedUrl: "/category/khoa-hoc/feed.xml" });
  assert.equal(last.image, { src: "/img/a.jpg", alt: "Ảnh" });
});

test("summaries: every article newest first, the one list the front page chooses from", () => {
  assert.equal(pages.summaries.slice(0, 3).map((summary) => summary.url), ["/2024/03/05/ban-tin-toi/", "/2024/03/05/ban-tin-sang/", pages.dayPages[1]!.articles[0]!.url]);
  assert.is(pages.summaries.length, pages.archiveIndex.count);
});

test("no URL anywhere ends in /page/1/, and no two pages share one", () => {
  const urls = [...pages.dayPages, ...pages.monthPages, ...pages.yearPages, ...pages.categoryPages, pages.archiveIndex].map((page) => page.url);
  assert.is(urls.some((url) => url.includes("/page/1/")), false);
  assert.is(new Set(urls).size, urls.length);
});

test("date picker index of the archive", () => {
  assert.equal(pages.dayIndex, {
    first: "2022-12-31",
    last: "2024-03-05",
    months: [1 << 30, ...new Array(12).fill(0), (1 << 26) | (1 << 28), 0, 1 << 4],
  });
});

test("an empty archive has no day, month or year pages", () => {
  const empty = computeListings([], categories);
  assert.equal([empty.dayPages.length, empty.monthPages.length, empty.yearPages.length, empty.dayIndex], [0, 0, 0, null]);
  assert.equal(empty.archiveIndex.years, []);
  assert.equal(empty.summaries, []);
  assert.is(empty.categoryPages.length, 3);
});

test("an article in an unknown category is an error naming its file", () => {
  assert.throws(() => computeListings([article("2024-01-27T08:00:00+07:00", { slug: "lac", category: "the-thao" })], categories), /lac\.md: category "the-thao"/);
});

test("pageSize is an option", () => {
  const small = computeListings(fixtureArchive(), categories, { pageSize: 10 });
  assert.equal(small.dayPages.filter((page) => page.day.iso === "2024-01-27").map((page) => page.articles.length), [10, 10, 10, 10, 5]);
});

test("video section: video articles only, newest first, paginated; the newest for the sidebar; nothing without videos", () => {
  const duration = { text: "3:25", iso: "PT3M25S", seconds: 205 };
  const video = (id: string, extra: { duration?: typeof duration } = {}): Article["video"] => ({
    kind: "embed", provider: "youtube", id, poster: `/images/${id}.jpg`, ...extra,
  });
  const articles = newestFirst([
    article("2024-05-01T08:00:00+07:00", { slug: "v1", video: video("v1") }),
    article("2024-05-02T08:00:00+07:00", { slug: "khong-video" }),
    article("2024-05-03T08:00:00+07:00", { slug: "v2", video: video("v2"), image: { src: "/images/anh.jpg", alt: "Ảnh" } }),
    article("2024-05-04T00:30:00+07:00", { slug: "v3", video: video("v3", { duration }) }),
  ]);
  const archive = computeListings(articles, categories, { pageSize: 2 });
  assert.equal(
    archive.videoPages.map((page) => [page.url, page.outputPath, page.count, page.articles.map((item) => item.url)]),
    [
      ["/video/", "/video/index.html", 3, ["/2024/05/04/v3/", "/2024/05/03/v2/"]],
      ["/video/page/2/", "/video/page/2/index.html", 3, ["/2024/05/01/v1/"]],
    ],
  );
  assert.equal(archive.videoPages[1]!.pager.previousUrl, "/video/");
  assert.equal(archive.videoPages[0]!.pager.items.map((item) => ("url" in item ? item.url : "…")), ["/video/", "/video/page/2/"]);
  const [newest, withPhoto] = archive.videoPages[0]!.articles;
  assert.equal(newest!.video, { poster: "/images/v3.jpg", duration, posterImage: { src: "/images/v3.jpg" } });
  assert.equal(newest!.image, { src: "/images/v3.jpg", alt: newest!.title }, "a video article without a lead photo shows its poster in lists");
  assert.equal(withPhoto!.image, { src: "/images/anh.jpg", alt: "Ảnh" });
  assert.equal(archive.videoSection, { url: "/video/", count: 3, latest: newest, runnerUp: withPhoto });
  assert.is(archive.videoSection!.latest, archive.summaries[0], "one summary per article, shared by every list");
  assert.is(archive.summaries.find((item) => item.url === "/2024/05/02/khong-video/")!.video, undefined);

  const none = computeListings(fixtureArchive(), categories);
  assert.equal(none.videoPages, [], "no video, no section");
  assert.is(none.videoSection, undefined);
});

test.run();
