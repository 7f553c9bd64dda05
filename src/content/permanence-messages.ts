/**
 * What a writer reads about URLs that must keep answering (aliases, the record of published URLs,
 * withdrawals, corrections): Vietnamese by default, English with `--lang en`. What readers see on
 * those pages is in the readers' dictionary, src/i18n.ts. One table per
 * language, with the same keys, so that a message cannot exist in one language only.
 */
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";

const vi = {
  aliasNotList: (got: string) => `cần một danh sách đường dẫn cũ, ví dụ [/tin-tuc/12345.html, /2019/05/03/ten-cu/]; đang là ${got}`,
  aliasNotText: (got: string) => `mỗi mục phải là một đường dẫn như /tin-tuc/12345.html; có một mục là ${got}`,
  aliasExternal: (alias: string) => `"${alias}" trỏ ra ngoài trang: chuyển hướng không bao giờ dẫn sang trang khác; chỉ ghi đường dẫn, bắt đầu bằng /, ví dụ /tin-tuc/12345.html`,
  aliasNotRooted: (alias: string) => `"${alias}" phải bắt đầu bằng /, ví dụ /${alias.replace(/^\.?\/*/, "")}`,
  aliasQuery: (alias: string) => `"${alias}" có chuỗi truy vấn (?…) hoặc phân đoạn (#…): trang tĩnh không thể nằm ở đường dẫn như vậy; ghi "${alias.split(/[?#]/)[0]}" và dùng quy tắc nginx/Apache (docs/operations.md, Old URLs) cho phần truy vấn (chỉ địa chỉ /?p=số của WordPress được trang tự trả lời)`,
  aliasDotDot: (alias: string) => `"${alias}" có đoạn .. hoặc .: ghi đường dẫn đầy đủ, không có . hay ..`,
  aliasCharacters: (alias: string) => `"${alias}" có khoảng trắng hoặc ký tự không dùng được trong đường dẫn; mã hóa chúng (%20…) hoặc bỏ đi`,
  aliasIsArticle: (alias: string, other: string) => `"${alias}" là đường dẫn của bài ${other}; một đường dẫn chỉ dẫn tới một bài: bỏ bí danh này hoặc đổi nó`,
  urlWasOther: (url: string, other: string) => `${url} đã là đường dẫn của ${other} và vẫn dẫn tới bài đó; đặt cho bài này tiêu đề khác hoặc một \`slug:\` khác`,
  aliasTwice: (alias: string, other: string) => `"${alias}" cũng là bí danh của ${other}; một đường dẫn chỉ dẫn tới một bài: bỏ nó ở một trong hai tệp`,
  aliasIsPage: (alias: string, owner: string) => `"${alias}" là đường dẫn của một trang do trang web tạo ra (${owner}); chọn đường dẫn khác`,
  withdrawnFields: (got: string) => `cần date và reason, ví dụ { date: 2024-05-01, reason: "Gỡ theo yêu cầu của cơ quan chức năng" }; đang là ${got}`,
  withdrawnReason: "cần reason: lý do gỡ bài, bạn đọc sẽ thấy nó ở đường dẫn của bài",
  correctionsFields: (got: string) => `cần một danh sách, mỗi mục { date: 2024-02-01 09:30, text: "…" }; đang là ${got}`,
  correctionText: "mỗi đính chính cần text: nội dung đính chính, bạn đọc sẽ thấy nó trên bài",
  beforePublished: "sớm hơn ngày đăng bài",
  recordMissing: (command: string) => `chưa có danh sách đường dẫn đã đăng; chạy \`${command}\` rồi commit tệp này`,
  recordLine: (line: string) => `dòng không đọc được: "${line}"; mỗi dòng là tệp<TAB>đường dẫn[<TAB>đường dẫn cũ…]; chạy lại lệnh cập nhật`,
  recordStale: (url: string, command: string) => `bài đã đăng ở ${url} nhưng danh sách đường dẫn đã đăng chưa ghi đường dẫn này; chạy \`${command}\` rồi commit content/_data/published-urls.tsv`,
  recordFileGone: (url: string, file: string, command: string) =>
    `${url} đã đăng từ ${file}, nhưng tệp này không còn. Nếu chuyển tệp đi chỗ khác: chạy \`${command}\`. Nếu muốn gỡ bài: khôi phục tệp và thêm \`withdrawn: { date: …, reason: "…" }\` vào front matter; không xóa tệp của bài đã đăng`,
  recordDraft: (url: string) => `bài đã đăng ở ${url}: đặt lại draft sẽ làm đường dẫn này mất; để gỡ bài, dùng \`withdrawn: { date: …, reason: "…" }\` thay cho draft: true`,
  recordTwice: (file: string) => `${file} có hai dòng; chạy lại lệnh cập nhật để gộp chúng`,
  recordUrlTwice: (url: string, other: string) => `${url} cũng được ghi cho ${other}; một đường dẫn chỉ dẫn tới một bài`,
  urlMissing: (url: string) => `${url} không còn trả lời: không có trang, không có trang chuyển hướng`,
  urlChain: (url: string, next: string) => `${url} chuyển hướng tới ${next}, nơi lại chuyển hướng tiếp: chuyển hướng chỉ được một bước`,
} as const;

export type PermanenceMessages = { readonly [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : (typeof vi)[K] };

const en: PermanenceMessages = {
  aliasNotList: (got) => `expected a list of former paths, e.g. [/tin-tuc/12345.html, /2019/05/03/old-slug/], got ${got}`,
  aliasNotText: (got) => `each item must be a path such as /tin-tuc/12345.html, but one is ${got}`,
  aliasExternal: (alias) => `"${alias}" points outside the site: redirects never lead to another host; write the path alone, starting with /, e.g. /tin-tuc/12345.html`,
  aliasNotRooted: (alias) => `"${alias}" must start with /, e.g. /${alias.replace(/^\.?\/*/, "")}`,
  aliasQuery: (alias) => `"${alias}" has a query string (?…) or a fragment (#…): no static file can live at such a path; write "${alias.split(/[?#]/)[0]}" and use the nginx/Apache rules (docs/operations.md, Old URLs) for the query (only WordPress's /?p=number is answered by the site itself)`,
  aliasDotDot: (alias) => `"${alias}" has a . or .. segment: write the full path without them`,
  aliasCharacters: (alias) => `"${alias}" has a space or a character a path cannot hold; percent-encode it (%20…) or leave it out`,
  aliasIsArticle: (alias, other) => `"${alias}" is the URL of ${other}; a path leads to one article only: remove or change this alias`,
  urlWasOther: (url, other) => `${url} was the URL of ${other} and still leads there; give this article another title or another \`slug:\``,
  aliasTwice: (alias, other) => `"${alias}" is also an alias of ${other}; a path leads to one article only: remove it from one of the two files`,
  aliasIsPage: (alias, owner) => `"${alias}" is the URL of a page the site generates (${owner}); choose another path`,
  withdrawnFields: (got) => `expected date and reason, e.g. { date: 2024-05-01, reason: "Removed at the request of the authorities" }, got ${got}`,
  withdrawnReason: "reason is required: why the article was withdrawn, shown to readers at its URL",
  correctionsFields: (got) => `expected a list of { date: 2024-02-01 09:30, text: "…" }, got ${got}`,
  correctionText: "each correction needs text: what was corrected, shown to readers on the article",
  beforePublished: "is earlier than published",
  recordMissing: (command) => `there is no record of published URLs yet; run \`${command}\` and commit the file`,
  recordLine: (line) => `cannot read the line "${line}"; each line is file<TAB>URL[<TAB>former URL…]; run the update command again`,
  recordStale: (url, command) => `published at ${url}, but the record of published URLs does not have it; run \`${command}\` and commit content/_data/published-urls.tsv`,
  recordFileGone: (url, file, command) =>
    `${url} was published from ${file}, which no longer exists. If you moved the file: run \`${command}\`. To take the article down: restore the file and add \`withdrawn: { date: …, reason: "…" }\` to its front matter; never delete a published article's file`,
  recordDraft: (url) => `was published at ${url}: making it a draft again would take that URL away; to take it down, use \`withdrawn: { date: …, reason: "…" }\` instead of draft: true`,
  recordTwice: (file) => `${file} has two lines; run the update command again to merge them`,
  recordUrlTwice: (url, other) => `${url} is also recorded for ${other}; a URL leads to one article only`,
  urlMissing: (url) => `${url} no longer answers: no page, no redirect page`,
  urlChain: (url, next) => `${url} redirects to ${next}, which redirects again: a redirect is one hop`,
};

const tables: Record<Language, PermanenceMessages> = { vi, en };

/** @example permanenceMessages("en").correctionHeading // "Correction" */
export function permanenceMessages(lang: Language = DEFAULT_LANGUAGE): PermanenceMessages {
  return tables[lang];
}
