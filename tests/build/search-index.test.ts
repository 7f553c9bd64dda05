import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXTURE_SITE, buildSite } from "../support/build-site.ts";

const build = await buildSite(FIXTURE_SITE);
/** The fixture's published articles are all from 2024: one period, one bundle. */
const bundle = path.join(build.outputDir, "pagefind", "2024");

const DANG_BO = "/2024/01/27/dang-bo-bo-khoa-hoc-va-cong-nghe-dat-nhieu-ket-qua-tich-cuc/";
const CANH_BAO = "/2024/01/27/canh-bao-script-alert-tieu-de-script-trich-dan/";
const NUA_DEM = "/2024/03/02/ban-tin-luc-nua-dem/";

/** Pagefind's index files are gzip, then the signature `pagefind_dcd`, then JSON (fragments) or CBOR (the rest). */
function unpack(file: string): Buffer {
  assert.ok(existsSync(file), `expected ${path.relative(build.outputDir, file)}`);
  const bytes = gunzipSync(readFileSync(file));
  assert.is(bytes.subarray(0, 12).toString(), "pagefind_dcd");
  return bytes.subarray(12);
}

/** Just enough CBOR (RFC 8949) for Pagefind's metadata file: integers, strings, arrays, maps. */
function decodeCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    const start = at;
    at += size;
    if (size === 1) return view.getUint8(start);
    if (size === 2) return view.getUint16(start);
    if (size === 4) return view.getUint32(start);
    return Number(view.getBigUint64(start));
  };
  const item = (): unknown => {
    const head = bytes[at++]!;
    const major = head >> 5;
    if (major === 7) return head === 0xf5 ? true : head === 0xf4 ? false : null;
    const n = argument(head & 31);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const chunk = bytes.subarray(at, (at += n));
      return major === 3 ? new TextDecoder().decode(chunk) : chunk;
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
    throw new Error(`unexpected CBOR major type ${major}`);
  };
  return item();
}

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const fragment = (hash: string): Fragment => JSON.parse(unpack(path.join(bundle, "fragment", `${hash}.pf_fragment`)).toString("utf8"));

/** The language's metadata: `[version, pages [hash, words, …], index chunks, filters [name, hash], sorts [name, page order], meta fields]`. */
function metadata() {
  const entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8"));
  assert.equal(Object.keys(entry.languages), ["vi"], "one index, in Vietnamese (from <html lang>)");
  const [version, pages, , filters, sorts, metaFields] = decodeCbor(unpack(path.join(bundle, `pagefind.${entry.languages.vi.hash}.pf_meta`))) as [
    string,
    [string, number][],
    unknown,
    [string, string][],
    [string, number[]][],
    string[],
  ];
  const urls = pages.map(([hash]) => fragment(hash).url);
  return { entry, version, urls, filters: filters.map(([name]) => name), sorts: new Map(sorts), metaFields, pages };
}

const fragmentsByUrl = (): Map<string, Fragment> => new Map(metadata().pages.map(([hash]) => [fragment(hash).url, fragment(hash)]));

const html = (file: string): string => readFileSync(path.join(build.outputDir, file), "utf8");

test("the production build indexes the built site as its search stage, before the swap", () => {
  assert.is(build.code, 0, build.stderr);
  assert.match(build.stdout, /✓ chỉ mục tìm kiếm \(\d+,\d\d giây\)/);
  // One period's bundle and one headline shard, which holds the same 3 articles' headlines and ledes.
  assert.match(build.stdout, /tìm kiếm: lập chỉ mục 3 bài trong 2 gói, \d+ tệp, [\d,]+ MB/);
  assert.equal(readdirSync(path.join(build.outputDir, "pagefind")).sort(), ["2024", "headlines-2024"], "a bundle for each period with published articles, and a headline shard named by its newest period");
  assert.ok(build.stdout.indexOf("✓ chỉ mục tìm kiếm") < build.stdout.indexOf("▸ thay bản dựng cũ"));
});

test("one record per published article: drafts, scheduled articles and list pages are not in the index", () => {
  const { entry, version, urls } = metadata();
  assert.is(version, "1.6.0");
  assert.is(entry.languages.vi.page_count, 3);
  assert.equal([...urls].sort(), [DANG_BO, CANH_BAO, NUA_DEM].sort());
});

test("filters category (by its Vietnamese name) and year; sort by published; meta for results", () => {
  const { filters, sorts, metaFields, urls } = metadata();
  assert.equal(filters, ["category", "year"]);
  assert.equal(
    sorts.get("published")?.map((page) => urls[page]),
    [CANH_BAO, DANG_BO, NUA_DEM],
    "oldest to newest; the search page asks for it descending",
  );
  for (const field of ["title", "published", "category", "image"]) assert.ok(metaFields.includes(field), field);

  const byUrl = fragmentsByUrl();
  assert.equal(byUrl.get(DANG_BO)?.filters, { category: ["Hoạt động KH&CN"], year: ["2024"] });
  assert.equal(byUrl.get(NUA_DEM)?.filters, { category: ["Khoa học"], year: ["2024"] });
  assert.equal(byUrl.get(DANG_BO)?.meta, {
    title: "Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực",
    published: "27/01/2024",
    category: "Hoạt động KH&CN",
    image: "/photo-sizes/images/hoi-nghi.jpg/400.jpg", // a small copy for the result, never the original
    image_alt: "Bí thư phát biểu",
    folded: "6",
  });
  assert.is(byUrl.get(NUA_DEM)?.meta.published, "02/03/2024", "the GMT+7 day of 17:30 UTC on 1 March");
  assert.is(byUrl.get(NUA_DEM)?.meta.image, "", "no lead photo, no image (not the first photo of the body)");
});

test("indexed text: headline, lede, body and credits; not the dates, tags, breadcrumb or navigation", () => {
  const byUrl = fragmentsByUrl();
  const dangBo = byUrl.get(DANG_BO)!.content;
  assert.match(dangBo, "Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực.");
  assert.match(dangBo, "Trong năm 2023, Đảng bộ Bộ Khoa học và Công nghệ đã lãnh đạo.");
  assert.match(dangBo, "Bài, ảnh: Đăng Minh.");
  for (const absent of ["GMT+7", "Cập nhật", "Trang chủ", "Đổi mới sáng tạo", "Xem tin theo ngày"]) assert.not.match(dangBo, absent, absent);
  const canhBao = byUrl.get(CANH_BAO)!.content;
  assert.match(canhBao, "Tóm tắt có <b>thẻ</b> & ký tự đặc biệt.", "the lede");
  assert.not.match(canhBao, "an ninh mạng", "tags");
  assert.match(byUrl.get(NUA_DEM)!.content, "Bài: Lan Anh, Minh Đức. Ảnh: Hữu Thắng. Theo Tạp chí Khoa học.");
});

test("each article's text ends with the unaccented forms of its đ-words, counted in its `folded` meta", () => {
  const nuaDem = fragmentsByUrl().get(NUA_DEM)!;
  assert.ok(nuaDem.content.endsWith(" dem dang dai duc."), nuaDem.content);
  assert.is(nuaDem.meta.folded, "4");
  assert.not.match(html("2024/03/02/ban-tin-luc-nua-dem/index.html"), "dem dang dai duc", "they are in the index, not on the page");
});

test("a bundle keeps Pagefind's search script, worker, WebAssembly and index, not its interfaces", () => {
  assert.equal(
    readdirSync(bundle).map((file) => file.replace(/_[0-9a-f]+\./, "_HASH.")).sort(),
    ["filter", "fragment", "index", "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "pagefind.vi_HASH.pf_meta", "wasm.unknown.pagefind"],
  );
});

test("only the search page loads search, with no inline script or style; every page has the header's search form", () => {
  const searchPage = html("search/index.html");
  assert.match(searchPage, "<h1>Tìm kiếm</h1>");
  assert.match(searchPage, /<script type="module" src="\/assets\/search\.[0-9a-f]{10}\.js"><\/script>/);
  assert.match(searchPage, 'data-bundle-path="/pagefind/"');
  assert.match(searchPage, 'data-headlines="headlines-2024"');
  assert.match(searchPage, 'role="search" aria-label="Tìm trong toàn bộ tin"', "named apart from the header's search box");
  assert.match(searchPage, 'data-periods="2024"');
  assert.match(searchPage, '<option value="Khoa học">Khoa học</option>', "categories to choose from");
  assert.match(searchPage, '<option value="2024">2024</option>', "years to choose from");
  for (const file of ["search/index.html", "index.html", `${DANG_BO.slice(1)}index.html`, "category/khoa-hoc/index.html", "404.html"]) {
    const page = html(file);
    assert.not.match(page, /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/, `${file}: inline script`);
    assert.not.match(page, /<style|\sstyle=/, `${file}: inline style`);
    assert.match(page, /<form class="search-box site-header__search" action="\/search\/" method="get" role="search" aria-label="Tìm nhanh">/, file);
    assert.match(page, /<input class="search-box__input" id="site-search" type="search" name="q"/, file);
    if (file !== "search/index.html") assert.not.match(page, /\/pagefind\/|search\.[0-9a-f]{10}\.(js|css)/, `${file} loads search`);
  }
});

test("the headline shard holds every published article's headline and lede, with the period that holds the whole article, and no sort list", () => {
  const headlines = path.join(build.outputDir, "pagefind", "headlines-2024");
  const meta = decodeCbor(unpack(readdirSync(headlines).filter((name) => name.endsWith(".pf_meta")).map((name) => path.join(headlines, name))[0]!)) as unknown[];
  assert.ok(Array.isArray(meta));
  assert.equal(meta[4], [], "searched in relevance order only: no list of pages by date (2 bytes an article a first query would fetch)");
  const fragments = readdirSync(path.join(headlines, "fragment")).map((name) => JSON.parse(unpack(path.join(headlines, "fragment", name)).toString()) as Fragment);
  assert.equal(fragments.map((fragment) => fragment.url).sort(), [CANH_BAO, DANG_BO, NUA_DEM].sort());
  const dangBo = fragments.find((fragment) => fragment.url === DANG_BO)!;
  assert.is(dangBo.meta.period, "2024");
  assert.ok(dangBo.content.startsWith("Đảng bộ Bộ Khoa học và Công nghệ đạt nhiều kết quả tích cực"), dangBo.content);
  assert.match(dangBo.content, "khoahọc", "joined pairs, as search terms");
  assert.not.match(dangBo.content, "Quyết liệt", "no body");
});

test("the 404 page offers a search box of its own", () => {
  assert.match(html("404.html"), /<input class="search-box__input" id="not-found-search" type="search" name="q"/);
});

test.run();
