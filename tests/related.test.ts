import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Article, PublicationStatus } from "../src/content/article.ts";
import { computeRelated, type RelatedLinks } from "../src/related.ts";
import { articleUrl } from "../src/urls.ts";

type Fixture = Article;

/** An article with only what matters to the case; `published` is GMT+7 wall time. */
function article(slug: string, published: string, fields: Partial<Fixture> = {}): Fixture {
  const date = DateTime.fromISO(`${published}+07:00`, { setZone: true });
  return {
    sourcePath: `content/articles/${date.toFormat("yyyy/MM")}/${slug}.md`,
    url: articleUrl(date, slug),
    slug,
    slugGiven: false,
    aliases: [],
    postIds: [],
    formerUrls: [],
    corrections: [],
    lang: "vi",
    title: slug,
    category: "khoa-hoc",
    published: date,
    authors: [],
    photographers: [],
    summary: "",
    tags: [],
    related: [],
    status: "published",
    featured: false,
    body: "",
    bodyFoldedForms: [],
    bodyLine: 1,
    imageSizes: {},
    contentHash: slug,
    ...fields,
  };
}

function linksOf(result: Map<string, RelatedLinks>, item: Fixture): RelatedLinks {
  const links = result.get(item.url);
  if (!links) throw new Error(`no lists for ${item.url}`);
  return links;
}

const urls = (...items: Fixture[]): string[] => items.map((item) => item.url);

// ---------------------------------------------------------------------------------------------
// Các tin khác, Tin mới hơn, Tin cũ hơn

/** Twelve articles of one category, a day apart: day1 is the oldest. */
const days = Array.from({ length: 12 }, (_, i) => article(`day${i + 1}`, `2024-03-${String(i + 1).padStart(2, "0")}T08:00:00`));
const elsewhere = article("elsewhere", "2024-03-05T09:00:00", { category: "cong-nghe" });

test("others: the ten articles of the category published just before, newest first", () => {
  const result = computeRelated([...days, elsewhere]);
  assert.equal(linksOf(result, days[11]!).others, urls(...days.slice(1, 11).reverse()));
  assert.equal(linksOf(result, days[5]!).others, urls(...days.slice(0, 5).reverse()));
  assert.equal(linksOf(result, days[1]!).others, urls(days[0]!));
});

test("others: the oldest of a category gets the newest ones, never itself", () => {
  const result = computeRelated([...days, elsewhere]);
  assert.equal(linksOf(result, days[0]!).others, urls(...days.slice(2).reverse()));
  // A category of one article has nothing else to show.
  assert.equal(linksOf(result, elsewhere).others, []);
});

test("newer and older: neighbours in the category, undefined at the ends", () => {
  const result = computeRelated([...days, elsewhere]);
  assert.is(linksOf(result, days[11]!).newer, undefined);
  assert.is(linksOf(result, days[11]!).older, days[10]!.url);
  assert.is(linksOf(result, days[0]!).older, undefined);
  assert.is(linksOf(result, days[0]!).newer, days[1]!.url);
  assert.is(linksOf(result, days[4]!).newer, days[5]!.url);
  assert.is(linksOf(result, days[4]!).older, days[3]!.url);
  assert.is(linksOf(result, elsewhere).newer, undefined);
  assert.is(linksOf(result, elsewhere).older, undefined);
});

test("others: equal publication times are ordered by URL, as in the archive", () => {
  const a = article("a-same-time", "2024-03-20T08:00:00");
  const b = article("b-same-time", "2024-03-20T08:00:00");
  const later = article("later", "2024-03-21T08:00:00");
  const result = computeRelated([b, later, a]);
  assert.equal(linksOf(result, later).others, urls(a, b));
  assert.is(linksOf(result, a).older, b.url);
  assert.is(linksOf(result, b).newer, a.url);
});

// ---------------------------------------------------------------------------------------------
// Unpublished articles

for (const status of ["draft", "scheduled"] as PublicationStatus[]) {
  test(`${status}: never in another article's lists, but gets lists of its own`, () => {
    const shared = { title: "Vệ tinh siêu nhỏ bay vào quỹ đạo", tags: ["vệ tinh"] };
    const hidden = article(`hidden-${status}`, status === "scheduled" ? "2099-01-01T08:00:00" : "2024-03-06T12:00:00", { ...shared, status });
    const twin = article("twin", "2024-03-06T10:00:00", { ...shared, category: "cong-nghe" });
    const result = computeRelated([...days, hidden, twin]);
    for (const [url, links] of result) {
      if (url === hidden.url) continue;
      const listed = [...links.others, ...links.related, links.newer, links.older];
      assert.not.ok(listed.includes(hidden.url), `${hidden.url} listed for ${url}`);
    }
    const own = linksOf(result, hidden);
    assert.equal(own.related, urls(twin));
    if (status === "scheduled") {
      assert.equal(own.others, urls(...days.slice(2).reverse()));
      assert.is(own.newer, undefined);
      assert.is(own.older, days[11]!.url);
    } else {
      assert.equal(own.others, urls(...days.slice(0, 6).reverse()));
      assert.is(own.newer, days[6]!.url);
      assert.is(own.older, days[5]!.url);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Tin liên quan

test("related: never the article itself, nor one already in its others", () => {
  const title = "Phát hiện loài ếch cây mới ở Kon Tum";
  const before = article("before", "2024-03-01T08:00:00", { title, tags: ["ếch cây"] });
  const subject = article("subject", "2024-03-02T08:00:00", { title, tags: ["ếch cây"] });
  const after = article("after", "2024-03-03T08:00:00", { title, tags: ["ếch cây"] });
  const result = computeRelated([before, subject, after], { relatedCount: 5 });
  const links = linksOf(result, subject);
  assert.equal(links.others, urls(before));
  assert.equal(links.related, urls(after));
});

test("related: the writer's list comes first and in order, then content", () => {
  const tags = ["bán dẫn"];
  const subject = article("subject", "2024-05-10T08:00:00", { title: "Thiết kế vi mạch bán dẫn", tags, category: "cong-nghe" });
  const closest = article("closest", "2024-05-09T08:00:00", { title: "Thiết kế vi mạch bán dẫn", tags, category: "khoa-hoc" });
  const namedFirst = article("named-first", "2010-01-01T08:00:00", { title: "Giống lúa chịu mặn", category: "khoa-hoc" });
  const namedSecond = article("named-second", "2012-01-01T08:00:00", { title: "Khai mạc hội chợ", category: "chinh-sach" });
  const draft = article("draft", "2024-01-01T08:00:00", { status: "draft", category: "chinh-sach" });
  subject.related = [namedFirst.url, "/2024/01/01/khong-co/", subject.url, draft.url, namedSecond.url, namedFirst.url];
  const result = computeRelated([subject, closest, namedFirst, namedSecond, draft]);
  assert.equal(linksOf(result, subject).related, urls(namedFirst, namedSecond, closest));
});

test("related: the writer's list is cut at the list length", () => {
  const named = Array.from({ length: 7 }, (_, i) => article(`named${i}`, `2024-01-0${i + 1}T08:00:00`, { category: "chinh-sach" }));
  const subject = article("subject", "2024-05-10T08:00:00", { related: urls(...named) });
  const result = computeRelated([subject, ...named]);
  assert.equal(linksOf(result, subject).related, urls(...named.slice(0, 5)));
});

test("related: a shared rare tag outranks a shared common one, even a later one", () => {
  const subject = article("subject", "2024-06-01T08:00:00", { tags: ["phổ biến", "hiếm"] });
  const rare = article("rare", "2019-06-01T08:00:00", { tags: ["hiếm"], category: "cong-nghe" });
  const common = article("common", "2024-05-31T08:00:00", { tags: ["phổ biến"], category: "cong-nghe" });
  const crowd = Array.from({ length: 6 }, (_, i) => article(`crowd${i}`, `2020-01-0${i + 1}T08:00:00`, { tags: ["phổ biến"], category: "chinh-sach" }));
  const filler = Array.from({ length: 6 }, (_, i) => article(`filler${i}`, `2021-01-0${i + 1}T08:00:00`, { category: "chinh-sach" }));
  const result = computeRelated([subject, rare, common, ...crowd, ...filler]);
  const related = linksOf(result, subject).related;
  assert.is(related[0], rare.url);
  assert.is(related[1], common.url);
});

test("related: tags match whatever their case and Unicode form", () => {
  const subject = article("subject", "2024-06-01T08:00:00", { tags: ["Trí tuệ nhân tạo"] });
  const same = article("same", "2024-05-01T08:00:00", { tags: ["trí tuệ nhân tạo".normalize("NFD")], category: "cong-nghe" });
  const other = article("other", "2024-05-01T08:00:00", { tags: ["trí tuệ"], category: "cong-nghe" });
  const result = computeRelated([subject, same, other]);
  assert.equal(linksOf(result, subject).related, urls(same));
});

test("related: a shared syllable pair relates articles; a shared syllable alone does not", () => {
  const subject = article("subject", "2024-06-01T08:00:00", { title: "Khoa học biển đảo" });
  const pair = article("pair", "2024-01-01T08:00:00", { title: "Khoa học vật liệu", category: "cong-nghe" });
  const syllable = article("syllable", "2024-05-31T08:00:00", { title: "Học sinh giỏi quốc gia", category: "cong-nghe" });
  const unrelated = article("unrelated", "2024-05-30T08:00:00", { title: "Giống lúa chịu mặn", category: "chinh-sach" });
  const result = computeRelated([subject, pair, syllable, unrelated]);
  assert.equal(linksOf(result, subject).related, urls(pair));
  assert.equal(linksOf(result, syllable).related, []);
});

test("related: tone marks keep words apart", () => {
  const subject = article("subject", "2024-06-01T08:00:00", { title: "Khoa học" });
  const other = article("other", "2024-05-31T08:00:00", { title: "Khoa hóc", category: "cong-nghe" });
  assert.equal(linksOf(computeRelated([subject, other]), subject).related, []);
});

test("related: among articles sharing a word, shared syllables raise the rank", () => {
  const subject = article("subject", "2024-06-01T08:00:00", { title: "Khoa học biển đảo" });
  const word = article("word", "2024-05-31T08:00:00", { title: "Khoa học vật liệu", category: "cong-nghe" });
  const more = article("more", "2024-05-01T08:00:00", { title: "Khoa học đảo ngọc", category: "cong-nghe" });
  const filler = Array.from({ length: 4 }, (_, i) => article(`filler${i}`, `2021-01-0${i + 1}T08:00:00`, { category: "chinh-sach" }));
  const related = linksOf(computeRelated([subject, word, more, ...filler]), subject).related;
  assert.equal(related, urls(more, word));
});

test("related: between equal matches, the one closer in time first", () => {
  const tags = ["xâm nhập mặn"];
  const subject = article("subject", "2024-06-01T08:00:00", { tags });
  const near = article("near", "2024-07-01T08:00:00", { tags, category: "cong-nghe" });
  const far = article("far", "2019-06-01T08:00:00", { tags, category: "cong-nghe" });
  assert.equal(linksOf(computeRelated([far, near, subject]), subject).related, urls(near, far));
});

test("related: ties break by date, newer first, then by URL", () => {
  const tags = ["đa dạng sinh học"];
  const subject = article("subject", "2024-06-15T08:00:00", { tags });
  // Ten days before and ten days after: equal scores.
  const earlier = article("earlier", "2024-06-05T08:00:00", { tags, category: "cong-nghe" });
  const later = article("later", "2024-06-25T08:00:00", { tags, category: "cong-nghe" });
  const twinB = article("twin-b", "2024-06-25T08:00:00", { tags, category: "chinh-sach" });
  const result = computeRelated([earlier, twinB, subject, later]);
  assert.equal(linksOf(result, subject).related, [later.url, twinB.url, earlier.url]);
});

test("related: the same lists whatever the order of the input", () => {
  const corpus = [
    ...days.map((item, i) => ({ ...item, tags: [i % 2 ? "chẵn" : "lẻ", i % 3 ? "ba" : "không ba"], title: `Tin khoa học số ${i}` })),
    article("x", "2024-03-05T08:00:00", { category: "cong-nghe", tags: ["lẻ", "ba"], title: "Tin công nghệ" }),
    article("y", "2024-03-05T08:00:00", { category: "cong-nghe", tags: ["chẵn"], title: "Tin khoa học" }),
  ];
  const forward = computeRelated(corpus);
  const backward = computeRelated([...corpus].reverse());
  const shuffled = computeRelated(corpus.map((item, i) => ({ item, key: (i * 7) % corpus.length })).sort((a, b) => a.key - b.key).map(({ item }) => item));
  for (const item of corpus) {
    assert.equal(linksOf(backward, item), linksOf(forward, item), item.url);
    assert.equal(linksOf(shuffled, item), linksOf(forward, item), item.url);
  }
});

test("related: a term in too many articles is ignored", () => {
  const tags = ["ở khắp nơi"];
  const everywhere = Array.from({ length: 5 }, (_, i) => article(`a${i}`, `2024-01-0${i + 1}T08:00:00`, { tags, category: `c${i}` }));
  const unlimited = computeRelated(everywhere);
  const limited = computeRelated(everywhere, { minTermLimit: 1, maxTermArticles: 4 });
  assert.is(linksOf(unlimited, everywhere[0]!).related.length, 4);
  assert.equal(linksOf(limited, everywhere[0]!).related, []);
});

test("related: a frequent term visits only the postings nearest in time", () => {
  const tags = ["thường gặp"];
  const spread = Array.from({ length: 9 }, (_, i) => article(`y${2016 + i}`, `${2016 + i}-01-01T08:00:00`, { tags, category: `c${i}` }));
  const result = computeRelated(spread, { postingWindow: 3 });
  // 2020 sees 2019, itself and 2021 only; 2019 is a day closer (2020 is a leap year).
  assert.equal(linksOf(result, spread[4]!).related, urls(spread[3]!, spread[5]!));
  assert.is(linksOf(computeRelated(spread), spread[4]!).related.length, 5);
});

test("related: an article looks for candidates by its rarest terms first", () => {
  const subject = article("subject", "2024-06-01T08:00:00", { tags: ["hiếm", "vừa", "thường"] });
  const rare = article("rare", "2024-05-01T08:00:00", { tags: ["hiếm"], category: "c1" });
  const middle = Array.from({ length: 2 }, (_, i) => article(`middle${i}`, `2023-0${i + 1}-01T08:00:00`, { tags: ["vừa"], category: "c2" }));
  const common = Array.from({ length: 3 }, (_, i) => article(`common${i}`, `2022-0${i + 1}-01T08:00:00`, { tags: ["thường"], category: "c3" }));
  const corpus = [subject, rare, ...middle, ...common];
  assert.equal(linksOf(computeRelated(corpus, { maxQueryTerms: 1 }), subject).related, urls(rare));
  assert.equal(linksOf(computeRelated(corpus, { maxQueryTerms: 2 }), subject).related, urls(rare, middle[1]!, middle[0]!));
  // The others still find the subject through the tag it does not look by.
  assert.ok(linksOf(computeRelated(corpus, { maxQueryTerms: 1 }), common[0]!).related.includes(subject.url));
});

test.run();
