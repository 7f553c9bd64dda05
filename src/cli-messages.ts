/**
 * What the command lines in scripts/ say about their arguments, in Vietnamese (the default) and English
 * (`--lang en`): each script's usage, and the one line that says what was wrong with an argument.
 * src/command-line.ts prints them; messages about writers' files are in src/writer-messages.ts.
 */
import type { Language } from "./language.ts";
import { formatMegabytes, formatNumber, formatSeconds } from "./text/number-format.ts";

/** The build's stages (src/pipeline/run-build.ts), by the name its report and the bench know them by. */
export type BuildStage = "validate" | "pages" | "cache" | "search documents" | "eleventy" | "linked files" | "photos" | "search" | "cache update" | "swap";

/** What the build's closing line counts. */
export interface BuiltCounts {
  articles: number;
  /** Drafts and scheduled articles included, badged (`--preview`). */
  preview: boolean;
  pages: number;
  feeds: number;
  files: number;
  bytes: number;
  seconds: number;
  /** The output folder, as the writer can find it. */
  output: string;
}

const vn = (value: number): string => formatNumber(value, "vi");
const en_ = (value: number): string => formatNumber(value, "en");

const LANG_VI = "  --lang vi|en            ngôn ngữ của thông báo (mặc định: tiếng Việt)";
const LANG_EN = "  --lang vi|en            the language of the messages (default: Vietnamese)";

const vi = {
  problem: (reason: string) => `Lỗi: ${reason}`,
  unknownOption: (option: string) => `không có tùy chọn ${option}: xem danh sách ở trên`,
  optionValue: (option: string) => `tùy chọn ${option} cần một giá trị (hoặc không nhận giá trị nào): xem cách dùng ở trên`,
  unexpectedArgument: (argument: string) => `không cần đối số "${argument}": các giá trị đi sau tên tùy chọn, ví dụ --title "…"`,
  missingArgument: () => `thiếu đối số: xem cách dùng ở trên`,
  missingOption: (option: string) => `thiếu --${option}: xem cách dùng ở trên`,
  badLanguage: (value: string, languages: readonly string[]) => `--lang nhận ${languages.join(" hoặc ")}, không nhận "${value}"`,
  missingDoubleDash: (command: string, options: readonly string[]) =>
    `npm đã giữ lại ${options.length > 0 ? options.map((option) => `--${option}`).join(", ") : "các tùy chọn"} cho chính nó: hãy thêm -- sau tên lệnh, ví dụ: ${command} -- --title "Tiêu đề bài viết"`,
  photosBelowCount: (text: string) => `--photos nhận một số nguyên nhỏ hơn --count, không nhận "${text}"`,
  photoSize: (text: string) => `--photo-size có dạng RỘNGxCAO, ví dụ 3000x2000, không nhận "${text}"`,
  folderMissing: (option: string, folder: string) => `--${option}: không có thư mục ${folder}: hãy kiểm tra đường dẫn${option === "output" ? " (hoặc chạy npm run build trước)" : ""}`,
  wholeNumber: (option: string, text: string) => `${option} nhận một số nguyên từ 1 trở lên, không nhận "${text}"`,
  created: (file: string, url: string) => `Đã tạo ${file}\nĐịa chỉ của bài sẽ là ${url}`,
  sameHeadline: (slug: string) => `(tháng này đã có bài cùng tiêu đề, nên bài mới lấy tên ${slug})`,
  notCreated: (reason: string) => `Chưa tạo bài: ${reason}`,
  fileExists: (file: string) => `${file} đã có; hãy chọn tiêu đề khác hoặc sửa tệp đó`,
  buildStopped: (errors: number) => `Dừng dựng trang: ${errors} lỗi trong nội dung:`,
  buildFailed: () => `Dựng trang thất bại (lỗi của chương trình, không phải của bài viết):`,
  previousKept: () => `Bản dựng trước được giữ nguyên.`,
  titleRequired: () => `cần --title, ví dụ --title "Tiêu đề bài viết"`,
  titleWithoutLetters: (title: string) => `tiêu đề "${title}" không có chữ hay số nào để làm địa chỉ bài: hãy thêm chữ vào tiêu đề`,
  unknownCategory: (key: string, valid: string) => `không có chuyên mục "${key}"; các chuyên mục có:\n${valid}`,
  unknownLanguage: (lang: string, languages: readonly string[]) => `không có ngôn ngữ "${lang}"; hãy dùng ${languages.join(" hoặc ")}`,
  previewReady: (url: string, articles: number, seconds: number) =>
    `Xem trước ở ${url} (${vn(articles)} bài, đọc trong ${formatSeconds(seconds, "vi")}; mỗi trang được dựng khi mở, dựng lại khi bạn lưu)`,
  previewReloaded: (seconds: number, stale: number) => `Đã đọc lại nội dung trong ${formatSeconds(seconds, "vi")}; ${vn(stale)} trang đã mở sẽ được dựng lại`,
  previewStopped: (errors: number) => `Nội dung có ${errors} lỗi; trang xem trước hiện chúng ở đầu mỗi trang cho đến khi bạn sửa và lưu:`,
  previewProblemsTitle: (errors: number) => `Nội dung có ${errors} lỗi`,
  previewShowsLastGood: () => `Trang dưới đây là bản trước khi có lỗi. Sửa tệp rồi lưu lại: trang sẽ tự tải lại.`,
  previewCannotShow: () => `Chưa hiện được trang này vì các lỗi dưới đây. Sửa tệp rồi lưu lại: trang sẽ tự tải lại.`,
  previewSearchIndexed: (articles: number) => `Tìm kiếm: đã lập chỉ mục ${vn(articles)} bài (khởi động lại npm start để tìm được các thay đổi sau đó)`,
  previewFault: () => `Lỗi của chương trình khi xem trước (không phải của bài viết):`,
  previewPortInUse: (port: number) =>
    `cổng ${port} đang được dùng (có thể npm start đang chạy ở một cửa sổ khác): hãy dừng nó, hoặc chọn cổng khác, ví dụ npm start -- --port ${port + 1}`,
  sinceValue: (text: string) =>
    `--since nhận số giây từ 1970 (như SOURCE_DATE_EPOCH) hoặc một thời điểm như 2024-01-27T22:01:00+07:00, không nhận "${text}"`,
  dueNoRecord: () => `Không có ghi nhận lần triển khai trước: cần dựng trang.`,
  dueCameDue: (count: number) => `${count} thay đổi đã đến giờ từ lần triển khai trước: cần dựng trang.`,
  dueNewDay: () => `Đã sang ngày mới (GMT+7) từ lần triển khai trước: cần dựng trang (sơ đồ trang tin tức, tin nổi bật).`,
  notDue: () => `Không có gì đến giờ từ lần triển khai trước: không cần dựng.`,
  timedChange: (kind: "article" | "poll-opens" | "poll-closes", file: string, at: string) =>
    `  ${file}: ${{ article: "bài đăng lúc", "poll-opens": "bình chọn mở lúc", "poll-closes": "bình chọn đóng lúc" }[kind]} ${at}`,
  nextChange: () => `Thay đổi kế tiếp:`,
  // The build's stage and closing lines (src/pipeline/run-build.ts); bench reads them in English (--lang en).
  stageName: (stage: BuildStage) =>
    ({
      validate: "kiểm tra nội dung",
      pages: "tính các trang",
      cache: "bộ nhớ đệm",
      "search documents": "dữ liệu tìm kiếm",
      eleventy: "dựng trang (Eleventy)",
      "linked files": "liên kết tệp",
      photos: "ảnh",
      search: "chỉ mục tìm kiếm",
      "cache update": "cập nhật bộ nhớ đệm",
      swap: "thay bản dựng cũ",
    })[stage],
  stageStarted: (stage: string) => `▸ ${stage}…`,
  stageDone: (stage: string, seconds: number) => `✓ ${stage} (${formatSeconds(seconds, "vi", 2)})`,
  stageProgress: (done: number, total: number) => `  trang: ${vn(done)}/${vn(total)}`,
  derivations: (files: number, bySizeAndTime: number, byBytes: number, readAnew: number) =>
    `  bài viết: ${vn(files)} tệp, ${vn(bySizeAndTime)} không đổi theo cỡ và giờ sửa, ${vn(byBytes)} theo nội dung, ${vn(readAnew)} đọc lại`,
  cachePlan: (cached: number, toWrite: number, folder: string) => `  bộ nhớ đệm: ${vn(cached)} trang không đổi, ${vn(toWrite)} trang cần ghi (${folder})`,
  photosDone: (photos: number, encoded: number, fromCache: number, files: number, seconds: number) =>
    `  ảnh: ${vn(photos)} ảnh, ${vn(encoded)} ảnh mã hóa lại, ${vn(fromCache)} lấy từ bộ nhớ đệm, ${vn(files)} tệp trong ${formatSeconds(seconds, "vi", 2)} (song song với Eleventy)`,
  searchDone: (records: number, bundles: number, reused: number, files: number, bytes: number, terms: { files: number; bytes: number; cpuSeconds: number }) =>
    `  tìm kiếm: lập chỉ mục ${vn(records)} bài trong ${vn(bundles)} gói${reused ? ` (${vn(reused)} gói không đổi: lấy từ bộ nhớ đệm)` : ""}, ${vn(files)} tệp, ${formatMegabytes(bytes, "vi")}` +
    ` (trong đó lớp từ khóa: ${vn(terms.files)} tệp, ${formatMegabytes(terms.bytes, "vi")}, ${formatSeconds(terms.cpuSeconds, "vi", 2)} CPU)`,
  built: (b: BuiltCounts) =>
    `Đã dựng ${vn(b.articles)} bài${b.preview ? " (bản duyệt: có cả bản nháp và bài hẹn giờ)" : ""}: ${vn(b.pages)} trang, ${vn(b.feeds)} nguồn tin, ${vn(b.files)} tệp, ` +
    `${formatMegabytes(b.bytes, "vi")} trong ${formatSeconds(b.seconds, "vi")} → ${b.output}`,
  // The form receiver's lines (npm run forms, and beside npm start):
  receiverPrefix: "biểu mẫu: ",
  receiverListening: (url: string, origins: string, store: string) => `bộ nhận biểu mẫu chạy ở ${url}, nhận từ ${origins}; lưu vào ${store}`,
  receiverNotStarted: (reason: string) => `bộ nhận biểu mẫu chưa chạy: ${reason}`,
  receiverWaitsForContent: () => `nội dung có lỗi (xem bên dưới); sửa xong, hãy khởi động lại npm start để gửi thử bình luận và bình chọn`,
  // Why the receiver cannot start (src/forms/receiver-setup.ts):
  receiverHeading: () => `Bộ nhận biểu mẫu chưa chạy:`,
  receiverNoOrigin: (siteFile: string) =>
    `chưa biết trang web nào được gửi biểu mẫu tới: đặt \`url:\` trong ${siteFile} (hoặc biến môi trường SITE_URL) là địa chỉ của trang, ví dụ https://tintuc.example.org; --origin thêm địa chỉ khác`,
  receiverBadOrigin: (value: string) => `--origin ${value}: không phải địa chỉ http(s) của một trang; ví dụ --origin https://tintuc.example.org`,
  receiverBadNumber: (flag: string, value: string, min: number, max: number, seconds: boolean) =>
    `--${flag} ${value}: cần một số từ ${vn(min)} đến ${vn(max)}${seconds ? " (giây)" : ""}`,
  receiverTimeoutOrder: (headers: number, request: number) =>
    `--header-timeout (${formatNumber(headers, "vi")} giây) không được lớn hơn --request-timeout (${formatNumber(request, "vi")} giây)`,
  receiverCaptchaSecret: (variable: string) =>
    `forms.captcha có trong site.yaml nhưng môi trường chưa có ${variable} (khóa bí mật của nhà cung cấp captcha); đặt ${variable}=… rồi chạy lại`,
  receiverSkipped: (lines: number, file: string) => `bỏ qua ${vn(lines)} dòng không đọc được trong ${file}`,
  receiverCannotRead: (file: string, reason: string) => `không đọc được ${file}: ${reason}`,
  receiverFault: (reason: string) => `lỗi: ${reason}`,
  receiverHoneypot: () => `bỏ một lần gửi đã điền vào ô bẫy (có lẽ của máy)`,
  receiverCaptcha: (verdict: "failed" | "unavailable") => `từ chối một lần gửi: ${verdict === "failed" ? "captcha không qua" : "không kiểm tra được captcha"}`,
  receiverStored: (kind: "comment" | "poll", id: string) => `đã lưu ${kind === "comment" ? "bình luận" : "phiếu bình chọn"} ${id}`,
  receiverCannotStore: (reason: string) => `không lưu được một lần gửi: ${reason}`,
  receiverResent: (kind: "comment" | "poll") => `trả lời một ${kind === "comment" ? "bình luận" : "phiếu bình chọn"} gửi lại mà không lưu lần nữa`,
  // npm run record-urls (scripts/record-urls.ts):
  recordNotWritten: (file: string, errors: number) => `Chưa ghi ${file}: hãy sửa ${vn(errors)} lỗi ở trên trước`,
  recordMoved: (url: string, from: string, to: string) => `${url}: content/${from} → ${to}`,
  recordKeptGone: (url: string, file: string) => `${url}: content/${file} không còn nữa nhưng vẫn được giữ trong bản ghi; \`npm run check\` sẽ nói cần làm gì`,
  recordWritten: (file: string, articles: number, urls: number) => `${file}: ${vn(articles)} bài, ${vn(urls)} địa chỉ`,
  usage: {
    check: `Cách dùng: npm run check -- [--content THƯ-MỤC] [--cache THƯ-MỤC] [--lang vi|en]

Kiểm tra mọi bài viết và tệp dữ liệu mà không dựng trang; in từng lỗi dạng tệp:dòng: trường: thông báo.

  --content THƯ-MỤC       thư mục nội dung (mặc định: content)
  --cache THƯ-MỤC         nơi giữ những gì đã đọc từ các bài không đổi, để lần sau không đọc lại (mặc định: .cache/check)
${LANG_VI}`,
    build: `Cách dùng: npm run build -- [--content THƯ-MỤC] [--output THƯ-MỤC] [--cache THƯ-MỤC] [--preview] [--pages-per-batch N] [--lang vi|en]

Dựng trang web vào _site/. Khi có lỗi, bản dựng trước được giữ nguyên.

  --content THƯ-MỤC       thư mục nội dung (mặc định: content)
  --output THƯ-MỤC        nơi ghi trang web (mặc định: _site)
  --cache THƯ-MỤC         nơi giữ các trang đã dựng để lần sau dùng lại (mặc định: .cache/build)
  --preview               đăng cả bản nháp và bài hẹn giờ, có đánh dấu (cho trang duyệt bài)
  --pages-per-batch N     số trang tối đa mỗi lượt Eleventy (mặc định 30000; ít hơn thì tốn ít bộ nhớ hơn)
${LANG_VI}`,
    new: `Cách dùng: npm run new -- --title "Tiêu đề bài viết" --category KHÓA [--author "…"] [--photo "…"] [--lang vi|en] [--translation URL|TỆP]

Tạo tệp content/articles/NĂM/THÁNG/<slug>.md, đăng lúc này (giờ Việt Nam); không bao giờ ghi đè một tệp.
Nhớ dấu -- sau "npm run new": thiếu nó, npm giữ các tùy chọn cho chính nó.

  --title "…"             tiêu đề bài (bắt buộc)
  --category KHÓA         khóa chuyên mục trong content/_data/categories.yaml (bắt buộc)
  --author "…"            tác giả
  --photo "…"             người chụp ảnh
  --lang vi|en            ngôn ngữ của bài và của thông báo (mặc định: tiếng Việt)
  --translation URL|TỆP   cùng bài ở ngôn ngữ kia
  --content THƯ-MỤC       thư mục nội dung (mặc định: content)`,
    start: `Cách dùng: npm start -- [--content THƯ-MỤC] [--port N] [--output THƯ-MỤC] [--lang vi|en]

Mở bản xem trước (có bản nháp và bài hẹn giờ) ở http://localhost:8080: mỗi trang được dựng vào _preview/ khi mở, dựng lại và tự tải lại khi lưu tệp; lỗi nội dung hiện ngay trên trang.

  --content THƯ-MỤC       thư mục nội dung (mặc định: content)
  --port N                cổng của trang xem trước (mặc định 8080, hoặc biến PORT)
  --output THƯ-MỤC        nơi ghi các trang đã mở (mặc định: _preview; được làm trống khi bắt đầu)
${LANG_VI}`,
    checkLinks: `Cách dùng: npm run check-links -- [--output THƯ-MỤC] [--content THƯ-MỤC] [--path-prefix /TIỀN-TỐ/] [--lang vi|en]

Tìm các liên kết nội bộ trỏ tới trang không có trong bản đã dựng (chạy sau npm run build).

  --output THƯ-MỤC        bản đã dựng (mặc định: _site)
  --content THƯ-MỤC       thư mục nội dung, để đọc tiền tố đường dẫn của trang (mặc định: content)
  --path-prefix /…/       tiền tố đường dẫn, thay cho tiền tố trong site.yaml
${LANG_VI}`,
    forms: `Cách dùng: npm run forms -- [--port N] [--host ĐỊA-CHỈ] [--store TỆP] [--origin URL …] [--content THƯ-MỤC]
       [--trust-proxy N] [--header-timeout MS] [--request-timeout MS] [--max-connections N] [--lang vi|en]

Chạy máy nhận bình luận và bình chọn (bản tham khảo), lưu vào một tệp.

  --port N                cổng (mặc định 8787)
  --host ĐỊA-CHỈ          địa chỉ lắng nghe (mặc định 127.0.0.1)
  --store TỆP             tệp lưu bình luận và phiếu
  --origin URL            trang được phép gửi biểu mẫu (lặp lại được)
  --content THƯ-MỤC       thư mục nội dung, để đọc site.yaml (mặc định: content)
  --trust-proxy N         số proxy đứng trước máy nhận
  --header-timeout MS, --request-timeout MS, --max-connections N   giới hạn kết nối
${LANG_VI}`,
    checkUrls: `Cách dùng: npm run check-urls -- [--output THƯ-MỤC] [--content THƯ-MỤC] [--previous TỆP] [--write TỆP] [--lang vi|en]

Kiểm tra rằng mọi địa chỉ đã đăng (content/_data/published-urls.tsv, và danh sách của bản dựng trước) vẫn mở được trong bản đã dựng.

  --output THƯ-MỤC        bản đã dựng (mặc định: _site)
  --content THƯ-MỤC       thư mục nội dung (mặc định: content)
  --previous TỆP          danh sách địa chỉ của bản dựng trước (do --write ghi)
  --write TỆP             ghi danh sách địa chỉ của bản dựng này
${LANG_VI}`,
    recordUrls: `Cách dùng: npm run record-urls -- [--content THƯ-MỤC] [--lang vi|en]

Cập nhật content/_data/published-urls.tsv theo kho bài (bài mới đăng, tệp đã chuyển chỗ); hãy commit tệp này.

  --content THƯ-MỤC       thư mục nội dung (mặc định: content)
${LANG_VI}`,
    generate: `Cách dùng: npm run generate -- --out THƯ-MỤC [--count N] [--seed S] [--until NĂM-THÁNG-NGÀY]

Sinh một kho bài giả (20 năm) để thử và đo tốc độ.

  --out THƯ-MỤC           thư mục ghi ra (được tạo; nếu đã có thì phải trống)
  --count N               số bài (mặc định 1000)
  --seed S                chuỗi bất kỳ; cùng seed cho cùng các tệp (mặc định 1)
  --until NGÀY            ngày cuối của khoảng 20 năm, giờ Việt Nam`,
    bench: `Cách dùng: npm run bench -- [--count N] [--seed S] [--json] [--keep] [--cold-only] [--query TỪ …] [--photos P [--photo-size RỘNGxCAO]] [--preview]

Sinh N bài, dựng thật, đo lần tìm kiếm đầu tiên, sửa một bài rồi dựng lại; in thời gian, CPU, bộ nhớ.

  --count N               số bài (mặc định 10000)
  --seed S                seed của kho bài giả (mặc định 1)
  --json                  in kết quả dạng JSON
  --keep                  giữ lại thư mục tạm
  --cold-only             chỉ đo lần dựng đầu
  --query TỪ              từ khóa để đo tìm kiếm (lặp lại được)
  --photos P              P bài có ảnh chính cỡ máy ảnh (JPEG), và một lần dựng thứ ba sau một ảnh mới (mặc định 0)
  --photo-size RỘNGxCAO   cỡ của những ảnh đó (mặc định 3000x2000)
  --preview               không dựng: đo bản xem trước (npm start), thời gian tới trang đầu tiên và từ lúc lưu tới lúc thấy`,
    lighthouse: `Cách dùng: npm run lighthouse -- [--count N] [--runs R] [--json] [--keep]

Sinh N bài có ảnh máy ảnh, dựng thật, chạy Lighthouse (điện thoại) trên trang chủ và bài có ảnh 4000×3000 trong Chromium; báo lỗi (mã 1) nếu Performance < 95 hoặc LCP > 2,5 giây.

  --count N               số bài (mặc định 30)
  --runs R                số lần chạy mỗi trang, lấy trung vị (mặc định 1)
  --json                  in kết quả dạng JSON
  --keep                  giữ lại thư mục tạm`,
    benchImport: `Cách dùng: npx tsx scripts/bench-import.ts [--posts N] [--keep] [--inline]

Sinh một tệp xuất WordPress N bài, nhập nó vào một thư mục nội dung trống, in số bài mỗi giây và bộ nhớ đỉnh.

  --posts N               số bài (mặc định 100000)
  --keep                  giữ lại thư mục tạm
  --inline                chuyển thân bài trên luồng chính thay vì các worker`,
    benchTermLayer: `Cách dùng: npx tsx scripts/bench-term-layer.ts [--count N] [--seed S] [--query Q …]

Chỉ đo lớp từ khóa của tìm kiếm cho N bài sinh ra, không dựng trang: giây CPU, số tệp, dung lượng, và phần
lớp từ khóa mà lần tìm đầu tiên của mỗi câu hỏi tải về.

  --count N               số bài (mặc định 10000)
  --seed S                hạt giống của kho bài sinh ra (mặc định 42)
  --query Q               một câu hỏi cần đo (lặp lại được)`,
    dueSince: `Cách dùng: npm run due-since -- [--since GIÂY|THỜI-ĐIỂM] [--content THƯ-MỤC] [--lang vi|en]

Cho biết lần dựng theo lịch có cần chạy không: có khi một bài hẹn giờ, hay một cuộc bình chọn mở hoặc đóng,
đã đến giờ từ lần triển khai trước, hay khi đã sang ngày mới. Dòng cuối là due=true hoặc due=false.

  --since GIÂY|THỜI-ĐIỂM  giờ dựng của lần triển khai trước (SOURCE_DATE_EPOCH của nó); thiếu thì cần dựng
  --content THƯ-MỤC       thư mục nội dung (mặc định: content)
${LANG_VI}`,
    test: `Cách dùng: npm test -- [--filter CHUỖI] [--tz MÚI-GIỜ …] [--skip-types]

Chạy tsc rồi các tệp kiểm thử, dưới TZ=UTC và TZ=America/Los_Angeles.

  --filter CHUỖI          chỉ chạy các tệp kiểm thử có đường dẫn chứa chuỗi này
  --tz MÚI-GIỜ            múi giờ để chạy (lặp lại được)
  --skip-types            bỏ qua tsc --noEmit`,
  },
};

export type CliMessages = { readonly [K in keyof typeof vi]: K extends "usage" ? Readonly<Record<keyof (typeof vi)["usage"], string>> : (typeof vi)[K] };

const en: CliMessages = {
  problem: (reason) => `Error: ${reason}`,
  unknownOption: (option) => `there is no option ${option}: see the list above`,
  optionValue: (option) => `the option ${option} takes a value (or takes none): see the usage above`,
  unexpectedArgument: (argument) => `"${argument}" is not expected here: values follow their option's name, e.g. --title "…"`,
  missingArgument: () => `an argument is missing: see the usage above`,
  missingOption: (option) => `--${option} is required: see the usage above`,
  badLanguage: (value, languages) => `--lang takes ${languages.join(" or ")}, not "${value}"`,
  missingDoubleDash: (command, options) =>
    `npm kept ${options.length > 0 ? options.map((option) => `--${option}`).join(", ") : "the options"} for itself: add -- after the command's name, e.g. ${command} -- --title "The headline"`,
  photosBelowCount: (text) => `--photos takes a whole number below --count, not "${text}"`,
  photoSize: (text) => `--photo-size is WIDTHxHEIGHT, e.g. 3000x2000, not "${text}"`,
  folderMissing: (option, folder) => `--${option}: there is no folder ${folder}: check the path${option === "output" ? " (or run npm run build first)" : ""}`,
  wholeNumber: (option, text) => `${option} takes a whole number, at least 1, not "${text}"`,
  created: (file, url) => `Created ${file}\nIts URL will be ${url}`,
  sameHeadline: (slug) => `(an article with the same headline exists this month, so the new one is named ${slug})`,
  notCreated: (reason) => `Not created: ${reason}`,
  fileExists: (file) => `${file} already exists; choose another title or edit that file`,
  buildStopped: (errors) => `Build stopped: ${errors} content error${errors === 1 ? "" : "s"}:`,
  buildFailed: () => `Build failed (a fault of the program, not of an article):`,
  previousKept: () => `The previous output was left as it was.`,
  titleRequired: () => `--title is required, e.g. --title "The headline"`,
  titleWithoutLetters: (title) => `the title "${title}" has no letters or digits to make a URL from: add some words`,
  unknownCategory: (key, valid) => `unknown category "${key}"; valid categories:\n${valid}`,
  unknownLanguage: (lang, languages) => `unknown language "${lang}"; expected ${languages.join(" or ")}`,
  previewReady: (url, articles, seconds) =>
    `Preview at ${url} (${en_(articles)} article${articles === 1 ? "" : "s"}, read in ${formatSeconds(seconds, "en")}; each page is rendered when opened, again after you save)`,
  previewReloaded: (seconds, stale) => `Content read again in ${formatSeconds(seconds, "en")}; ${en_(stale)} opened page${stale === 1 ? "" : "s"} to render again`,
  previewStopped: (errors) => `${errors} content error${errors === 1 ? "" : "s"}; the preview shows them at the top of every page until you fix them and save:`,
  previewProblemsTitle: (errors) => `${errors} content error${errors === 1 ? "" : "s"}`,
  previewShowsLastGood: () => `The page below is the last version without errors. Fix the file and save it: the page reloads by itself.`,
  previewCannotShow: () => `This page cannot be shown because of the errors below. Fix the file and save it: the page reloads by itself.`,
  previewSearchIndexed: (articles) => `Search: ${en_(articles)} article${articles === 1 ? "" : "s"} indexed (restart npm start to find later changes)`,
  previewFault: () => `The preview failed (a fault of the program, not of an article):`,
  previewPortInUse: (port) => `port ${port} is in use (perhaps npm start runs in another window): stop it, or choose another port, e.g. npm start -- --port ${port + 1}`,
  sinceValue: (text) => `--since takes seconds since 1970 (as SOURCE_DATE_EPOCH) or an instant such as 2024-01-27T22:01:00+07:00, not "${text}"`,
  dueNoRecord: () => `No record of the last deploy: build.`,
  dueCameDue: (count) => `${count} timed change${count === 1 ? "" : "s"} came due since the last deploy: build.`,
  dueNewDay: () => `A new day (GMT+7) since the last deploy: build (the news sitemap, featured stories).`,
  notDue: () => `Nothing came due since the last deploy: no build needed.`,
  timedChange: (kind, file, at) => `  ${file}: ${{ article: "article published at", "poll-opens": "poll opens at", "poll-closes": "poll closes at" }[kind]} ${at}`,
  nextChange: () => `Next timed change:`,
  stageName: (stage) => stage,
  stageStarted: (stage) => `▸ ${stage}…`,
  stageDone: (stage, seconds) => `✓ ${stage} (${formatSeconds(seconds, "en", 2)})`,
  stageProgress: (done, total) => `  pages: ${en_(done)}/${en_(total)}`,
  derivations: (files, bySizeAndTime, byBytes, readAnew) =>
    `  articles: ${en_(files)} files, ${en_(bySizeAndTime)} unchanged by their size and time, ${en_(byBytes)} by their bytes, ${en_(readAnew)} read anew`,
  cachePlan: (cached, toWrite, folder) => `  cache: ${en_(cached)} pages unchanged, ${en_(toWrite)} to write (${folder})`,
  photosDone: (photos, encoded, fromCache, files, seconds) =>
    `  photos: ${en_(photos)} photos, ${en_(encoded)} encoded, ${en_(fromCache)} from the cache, ${en_(files)} files in ${formatSeconds(seconds, "en", 2)} (beside Eleventy)`,
  searchDone: (records, bundles, reused, files, bytes, terms) =>
    `  search: ${en_(records)} articles indexed in ${en_(bundles)} bundle${bundles === 1 ? "" : "s"}${reused ? ` (${en_(reused)} unchanged: from the cache)` : ""}, ${en_(files)} files, ${formatMegabytes(bytes, "en")}` +
    ` (of them, the term layer: ${en_(terms.files)} files, ${formatMegabytes(terms.bytes, "en")}, ${formatSeconds(terms.cpuSeconds, "en", 2)} of CPU)`,
  built: (b) =>
    `Built ${en_(b.articles)} article${b.articles === 1 ? "" : "s"}${b.preview ? " (preview: drafts and scheduled included)" : ""}: ${en_(b.pages)} pages, ${en_(b.feeds)} feeds, ${en_(b.files)} files, ` +
    `${formatMegabytes(b.bytes, "en")} in ${formatSeconds(b.seconds, "en")} → ${b.output}`,
  receiverPrefix: "forms: ",
  receiverListening: (url, origins, store) => `form receiver on ${url} for ${origins}; storing in ${store}`,
  receiverNotStarted: (reason) => `form receiver not started: ${reason}`,
  receiverWaitsForContent: () => `the content has errors (listed below); once they are fixed, restart npm start to try comments and polls`,
  receiverHeading: () => `Form receiver not started:`,
  receiverNoOrigin: (siteFile) =>
    `no site to take posts from: set \`url:\` in ${siteFile} (or the SITE_URL environment variable) to the site's address, e.g. https://tintuc.example.org; --origin adds others`,
  receiverBadOrigin: (value) => `--origin ${value}: not the http(s) address of a site; e.g. --origin https://tintuc.example.org`,
  receiverBadNumber: (flag, value, min, max, seconds) => `--${flag} ${value}: expected a number from ${en_(min)} to ${en_(max)}${seconds ? " (seconds)" : ""}`,
  receiverTimeoutOrder: (headers, request) => `--header-timeout (${formatSeconds(headers, "en", 0)}) must not be longer than --request-timeout (${formatSeconds(request, "en", 0)})`,
  receiverCaptchaSecret: (variable) =>
    `forms.captcha is set in site.yaml, but ${variable} (the captcha provider's secret key) is not in the environment; set ${variable}=… and start again`,
  receiverSkipped: (lines, file) => `skipped ${en_(lines)} unreadable line${lines === 1 ? "" : "s"} in ${file}`,
  receiverCannotRead: (file, reason) => `could not read ${file}: ${reason}`,
  receiverFault: (reason) => `error: ${reason}`,
  receiverHoneypot: () => `dropped a submission that filled the honeypot`,
  receiverCaptcha: (verdict) => `refused a submission: captcha ${verdict}`,
  receiverStored: (kind, id) => `stored ${kind} ${id}`,
  receiverCannotStore: (reason) => `could not store a submission: ${reason}`,
  receiverResent: (kind) => `answered a resent ${kind} without storing it again`,
  recordNotWritten: (file, errors) => `${file} not written: fix the ${en_(errors)} error${errors === 1 ? "" : "s"} above first`,
  recordMoved: (url, from, to) => `${url}: content/${from} → ${to}`,
  recordKeptGone: (url, file) => `${url}: content/${file} is gone and was kept in the record; \`npm run check\` will say what to do`,
  recordWritten: (file, articles, urls) => `${file}: ${en_(articles)} article${articles === 1 ? "" : "s"}, ${en_(urls)} URL${urls === 1 ? "" : "s"}`,
  usage: {
    check: `Usage: npm run check -- [--content DIR] [--cache DIR] [--lang vi|en]

Checks every article and data file without building; prints each problem as file:line: field: message.

  --content DIR           the content folder (default: content)
  --cache DIR             where what was read from unchanged articles is kept, so that it is not read again (default: .cache/check)
${LANG_EN}`,
    build: `Usage: npm run build -- [--content DIR] [--output DIR] [--cache DIR] [--preview] [--pages-per-batch N] [--lang vi|en]

Builds the site into _site/. On an error the previous build is left as it was.

  --content DIR           the content folder (default: content)
  --output DIR            where the site is written (default: _site)
  --cache DIR             where built pages are kept for the next build (default: .cache/build)
  --preview               also publishes drafts and scheduled articles, badged (for an editors' site)
  --pages-per-batch N     at most this many pages per Eleventy run (default 30000; lower takes less memory)
${LANG_EN}`,
    new: `Usage: npm run new -- --title "The headline" --category KEY [--author "…"] [--photo "…"] [--lang vi|en] [--translation URL|FILE]

Creates content/articles/YEAR/MONTH/<slug>.md, published now (Vietnam time); never overwrites a file.
Mind the -- after "npm run new": without it, npm keeps the options for itself.

  --title "…"             the headline (required)
  --category KEY          a category key from content/_data/categories.yaml (required)
  --author "…"            the author
  --photo "…"             the photographer
  --lang vi|en            the language of the article and of the messages (default: Vietnamese)
  --translation URL|FILE  the same article in the other language
  --content DIR           the content folder (default: content)`,
    start: `Usage: npm start -- [--content DIR] [--port N] [--output DIR] [--lang vi|en]

Serves the preview (drafts and scheduled articles included) on http://localhost:8080: each page is rendered into _preview/ when opened, rendered again and reloaded on save; content errors show on the page.

  --content DIR           the content folder (default: content)
  --port N                the preview's port (default 8080, or PORT)
  --output DIR            where opened pages are written (default: _preview; emptied on start)
${LANG_EN}`,
    checkLinks: `Usage: npm run check-links -- [--output DIR] [--content DIR] [--path-prefix /PREFIX/] [--lang vi|en]

Finds internal links to pages the built site does not have (run it after npm run build).

  --output DIR            the built site (default: _site)
  --content DIR           the content folder, for the site's path prefix (default: content)
  --path-prefix /…/       the path prefix, instead of site.yaml's
${LANG_EN}`,
    forms: `Usage: npm run forms -- [--port N] [--host ADDRESS] [--store FILE] [--origin URL …] [--content DIR]
       [--trust-proxy N] [--header-timeout MS] [--request-timeout MS] [--max-connections N] [--lang vi|en]

Runs the reference receiver of comments and poll votes, storing them in a file.

  --port N                the port (default 8787)
  --host ADDRESS          the address to listen on (default 127.0.0.1)
  --store FILE            the file comments and votes are stored in
  --origin URL            a site allowed to post the forms (repeatable)
  --content DIR           the content folder, for site.yaml (default: content)
  --trust-proxy N         how many proxies stand in front of the receiver
  --header-timeout MS, --request-timeout MS, --max-connections N   connection limits
${LANG_EN}`,
    checkUrls: `Usage: npm run check-urls -- [--output DIR] [--content DIR] [--previous FILE] [--write FILE] [--lang vi|en]

Checks that every published URL (content/_data/published-urls.tsv, and an earlier build's list) still answers in the built site.

  --output DIR            the built site (default: _site)
  --content DIR           the content folder (default: content)
  --previous FILE         an earlier build's list of URLs (written by --write)
  --write FILE            writes this build's list of URLs
${LANG_EN}`,
    recordUrls: `Usage: npm run record-urls -- [--content DIR] [--lang vi|en]

Brings content/_data/published-urls.tsv up to date with the archive (newly published articles, moved files); commit it.

  --content DIR           the content folder (default: content)
${LANG_EN}`,
    generate: `Usage: npm run generate -- --out DIR [--count N] [--seed S] [--until YYYY-MM-DD]

Generates a made-up archive (20 years) to try and to measure.

  --out DIR               the folder to write (created; must be empty if it exists)
  --count N               number of articles (default 1000)
  --seed S                any string; the same seed gives the same files (default 1)
  --until DATE            last day of the 20-year span, GMT+7`,
    bench: `Usage: npm run bench -- [--count N] [--seed S] [--json] [--keep] [--cold-only] [--query Q …] [--photos P [--photo-size WxH]] [--preview]

Generates N articles, runs the real build, measures a reader's first search, changes one article and builds again.

  --count N               number of articles (default 10000)
  --seed S                the generated archive's seed (default 1)
  --json                  prints the figures as JSON
  --keep                  keeps the temporary folder
  --cold-only             measures the first build only
  --query Q               a query to measure (repeatable)
  --photos P              P articles get a camera-size JPEG lead photo, and a third build follows one new photo (default 0)
  --photo-size WxH        those photos' size (default 3000x2000)
  --preview               no build: measures the preview (npm start), time to its first page and from a save to the change seen`,
    lighthouse: `Usage: npm run lighthouse -- [--count N] [--runs R] [--json] [--keep]

Generates N articles with camera photos, builds them, runs Lighthouse (mobile) on the home page and the article with a 4000×3000 photo in Chromium; exits 1 if Performance < 95 or LCP > 2.5 s.

  --count N               number of articles (default 30)
  --runs R                runs of each page, the median quoted (default 1)
  --json                  prints the figures as JSON
  --keep                  keeps the temporary folder`,
    benchImport: `Usage: npx tsx scripts/bench-import.ts [--posts N] [--keep] [--inline]

Generates a WordPress export of N posts, imports it into an empty content folder, prints posts per second and peak memory.

  --posts N               number of posts (default 100000)
  --keep                  keeps the temporary folder
  --inline                converts bodies on the main thread instead of worker threads`,
    benchTermLayer: `Usage: npx tsx scripts/bench-term-layer.ts [--count N] [--seed S] [--query Q …]

Measures the search's term layer alone for N generated articles, without a build: CPU seconds, files,
bytes, and what a first search for each query fetches of it.

  --count N               number of articles (default 10000)
  --seed S                the generated archive's seed (default 42)
  --query Q               a query to measure (may be repeated)`,
    dueSince: `Usage: npm run due-since -- [--since SECONDS|INSTANT] [--content DIR] [--lang vi|en]

Says whether the scheduled build must run: when a scheduled article, or a poll's opening or closing,
came due since the last deploy, or a new day began. The last line is due=true or due=false.

  --since SECONDS|INSTANT the last deploy's build time (its SOURCE_DATE_EPOCH); without it, build
  --content DIR           the content folder (default: content)
${LANG_EN}`,
    test: `Usage: npm test -- [--filter TEXT] [--tz ZONE …] [--skip-types]

Runs tsc, then the test files, under TZ=UTC and TZ=America/Los_Angeles.

  --filter TEXT           only the test files whose path contains TEXT
  --tz ZONE               a time zone to run under (repeatable)
  --skip-types            skips tsc --noEmit`,
  },
};

/** The command lines' messages in each language. @example cliMessages.en.missingOption("title") // "--title is required: …" */
export const cliMessages: Record<Language, CliMessages> = { vi, en };

/** A script's usage in both languages. @example usageOf("check").en.startsWith("Usage: npm run check") // true */
export function usageOf(script: keyof CliMessages["usage"]): Record<Language, string> {
  return { vi: cliMessages.vi.usage[script], en: cliMessages.en.usage[script] };
}
