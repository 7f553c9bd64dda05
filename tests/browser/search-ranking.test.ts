// The judged query set: real searches on the search page of the built tests/fixtures/search-site
// (49 articles, 2014–2024, one search period and one headline bundle a year), each with the articles a reader expects among
// the first three results. Reports precision at 3 and mean reciprocal rank and fails below the
// thresholds reached (raise them as ranking improves; never lower them).
import path from "node:path";
import type { ConsoleMessage, Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBuiltSite } from "../support/built-site.ts";
import { type JudgedQuery, type JudgedResult, judge, summarize } from "../support/ranking-metrics.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

/**
 * Reached on this query set; ratchet up only. (Walking older periods while a first page had room
 * reached 0.974, but a rare word then fetched every period's index: a first query now searches one
 * period, and the misses are matches in older bodies that "more" brings, and the near codes
 * "QCVN 02:2021" and "ISO 14001", which hold a word not typed.)
 */
const MIN_PRECISION_AT_3 = 0.939;
const MIN_MEAN_RECIPROCAL_RANK = 1;

const QUERIES: JudgedQuery[] = [
  { query: "đồng bằng", covers: "tone marks, phrase", top3: ["dong-bang-thich-ung", "lua-chiu-man"] },
  { query: "dong bang", covers: "no tone marks: every toned form (đồng bằng, đóng băng)", top3: ["dong-bang-thich-ung", "bac-cuc-dong-bang", "lua-chiu-man"], equallyFirst: 2 },
  { query: "đóng băng", covers: "tone marks: not đồng bằng", top3: ["bac-cuc-dong-bang"] },
  { query: "đồng", covers: "tone marks: đồng, not động", top3: ["gia-dong-the-gioi", "dong-bang-thich-ung"] },
  { query: "động lực", covers: "tone marks: động, not đồng", top3: ["hoat-dong-dong-luc"] },
  { query: "dòng vốn", covers: "tone marks: dòng", top3: ["dong-von-khoi-nghiep"] },
  { query: "mùa đông", covers: "tone marks: đông", top3: ["mua-dong-vung-nui"] },
  { query: "đại học", covers: "phrase above the syllables apart (hiện đại, khoa học)", top3: ["dai-hoc-quoc-gia-phong-thi-nghiem", "tu-chu-dai-hoc", "chien-luoc-tri-tue-nhan-tao"], equallyFirst: 2 },
  { query: "dai hoc", covers: "đ typed as d", top3: ["dai-hoc-quoc-gia-phong-thi-nghiem", "tu-chu-dai-hoc", "chien-luoc-tri-tue-nhan-tao"], equallyFirst: 2 },
  { query: "dang uy", covers: "đ typed as d", top3: ["dang-uy-tong-ket"] },
  { query: "do luong", covers: "đ typed as d", top3: ["do-luong-nuoc-song-hong"] },
  { query: "khoa học công nghệ", covers: "three-syllable phrase", top3: ["chien-luoc-khoa-hoc-cong-nghe-2030"] },
  { query: "trí tuệ nhân tạo", covers: "phrase (trí tuệ and nhân tạo apart elsewhere)", top3: ["tri-tue-nhan-tao-ung-thu", "chien-luoc-tri-tue-nhan-tao", "dai-hoc-quoc-gia-phong-thi-nghiem"], equallyFirst: 2 },
  { query: "tri tue nhan tao", covers: "phrase without tone marks", top3: ["tri-tue-nhan-tao-ung-thu", "chien-luoc-tri-tue-nhan-tao", "dai-hoc-quoc-gia-phong-thi-nghiem"], equallyFirst: 2 },
  { query: "sở hữu trí tuệ", covers: "phrase", top3: ["so-huu-tri-tue-nha-khoa-hoc-tre"] },
  { query: "chuyển đổi số", covers: "phrase", top3: ["chuyen-doi-so-y-te", "chuyen-doi-so-cap-xa"], equallyFirst: 2 },
  { query: "chuyen doi so", covers: "phrase without tone marks, đ as d", top3: ["chuyen-doi-so-y-te", "chuyen-doi-so-cap-xa"], equallyFirst: 2 },
  { query: "ếch cây", covers: "old headline against the words apart in a newer body", top3: ["ech-cay-tay-nguyen"] },
  { query: "ech cay", covers: "the same without tone marks", top3: ["ech-cay-tay-nguyen"] },
  { query: "năng lượng tái tạo", covers: "2014 headline against newer bodies", top3: ["nang-luong-tai-tao-huong-di"] },
  { query: "lúa chịu mặn", covers: "2015 headline against a 2024 body", top3: ["lua-chiu-man"] },
  { query: "điện hạt nhân", covers: "2016 headline against a 2024 body", top3: ["dien-hat-nhan-ninh-thuan"] },
  { query: "Nguyễn Thị Kim Tiến", covers: "a person's name (not Kim Ngân, not Nguyễn Văn Tiến)", top3: ["bo-truong-kim-tien-vac-xin"] },
  { query: "nguyen thi kim tien", covers: "a name without tone marks", top3: ["bo-truong-kim-tien-vac-xin"] },
  { query: "Kim Tiến", covers: "part of a name", top3: ["bo-truong-kim-tien-vac-xin"] },
  { query: "Ngô Bảo Châu", covers: "a person's name", top3: ["ngo-bao-chau-vien-toan"] },
  { query: "5G", covers: "a code (not 4G)", top3: ["phu-song-5g-toan-quoc", "viettel-thu-nghiem-5g"], equallyFirst: 2 },
  { query: "mạng 5G", covers: "a phrase with a code", top3: ["viettel-thu-nghiem-5g", "phu-song-5g-toan-quoc"] },
  { query: "QCVN 01:2021", covers: "a standard's code (not 01:2019, not 02:2021)", top3: ["qcvn-01-2021-quy-hoach", "qcvn-02-2021-khi-tuong"] },
  { query: "ISO 9001", covers: "a code with a number (not ISO 14001)", top3: ["iso-9001-hanh-chinh", "iso-14001-doanh-nghiep"] },
  { query: "Nghị định 13/2019", covers: "a decree's number", top3: ["nghi-dinh-13-2019"] },
  { query: "COVID-19", covers: "a hyphenated code", top3: ["nanocovax-giai-doan-3"] },
  { query: "vắc-xin", covers: "a hyphenated word", top3: ["bo-truong-kim-tien-vac-xin", "nanocovax-giai-doan-3"], equallyFirst: 2 },
  { query: "vệ tinh", covers: "headline above lede above body", top3: ["ve-tinh-nanodragon", "anh-ve-tinh-lua", "bac-cuc-dong-bang"] },
  { query: "biến đổi khí hậu", covers: "phrase in a 2014 and a 2024 headline", top3: ["hoi-thao-bien-doi-khi-hau", "dong-bang-thich-ung"], equallyFirst: 2 },
  { query: "thuỷ sản", covers: "old tone-mark placement (thủy)", top3: ["thuy-san-xuat-khau"] },
  { query: "robot", covers: "a loanword", top3: ["robot-giao-hang"] },
  { query: "Nhật Bản", covers: "a country's name", top3: ["hop-tac-nhat-ban"] },
  { query: "voọc chà vá", covers: "a 2017 headline against a 2024 lede: ranked across the archive, not the newest period's headlines first", top3: ["vooc-cha-va-chan-xam", "du-lich-son-tra"] },
  { query: "vooc cha va", covers: "the same without tone marks", top3: ["vooc-cha-va-chan-xam", "du-lich-son-tra"] },
  { query: "khủng long bạo chúa", covers: "no result", top3: [] },
];

const site = useBuiltSite(test, { contentDir: path.join(PROJECT_DIR, "tests", "fixtures", "search-site") });

/**
 * The slugs of the results the search page shows for `query`, in order: typed into the page's box
 * and submitted, as a reader does (one page for every query, as one reader's session).
 */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const errors: string[] = [];
  const onError = (error: Error): void => void errors.push(error.message);
  const onConsole = (message: ConsoleMessage): void => void (message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", onError);
  page.on("console", onConsole);
  await page.fill("[data-search-input]", query);
  await page.press("[data-search-input]", "Enter");
  // The summary quotes the query once the results are in the list.
  await page
    .waitForFunction((query) => (document.querySelector("[data-search-summary]")?.textContent ?? "").includes(`“${query}”`), query, { timeout: 10_000 })
    .catch((error: Error) => assert.unreachable(`“${query}”: ${errors.join("; ") || error.message}`));
  page.off("pageerror", onError);
  page.off("console", onConsole);
  const hrefs = await page.locator(".search-result .search-result__link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split("/").filter(Boolean).at(-1) ?? href);
}

test("the judged query set: precision at 3 and mean reciprocal rank stay at or above what was reached", async () => {
  assert.ok(QUERIES.length >= 30);
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/search/`);
  const results: JudgedResult[] = [];
  for (const query of QUERIES) results.push(judge(query, await searchFor(page, query.query)));
  await page.close();
  const { precisionAt3, meanReciprocalRank } = summarize(results);
  for (const result of results) {
    if (result.precisionAt3 < 1 || result.reciprocalRank < 1) {
      console.log(`  P@3 ${result.precisionAt3.toFixed(2)} RR ${result.reciprocalRank.toFixed(2)}  “${result.query.query}” (${result.query.covers}): ${result.found.slice(0, 5).join(", ") || "nothing"}`);
    }
  }
  console.log(`  ${QUERIES.length} queries: precision@3 ${precisionAt3.toFixed(3)}, MRR ${meanReciprocalRank.toFixed(3)}`);
  assert.ok(precisionAt3 >= MIN_PRECISION_AT_3, `precision@3 ${precisionAt3.toFixed(3)} < ${MIN_PRECISION_AT_3}`);
  assert.ok(meanReciprocalRank >= MIN_MEAN_RECIPROCAL_RANK, `MRR ${meanReciprocalRank.toFixed(3)} < ${MIN_MEAN_RECIPROCAL_RANK}`);
});

test.run();
