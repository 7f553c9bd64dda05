/**
 * Messages a writer sees from `npm run check` and `npm run build` about their files, in Vietnamese
 * (the default) and English (`--lang en`). Each says what is wrong and, where it is knowable, the fix;
 * the caller puts it after `path:line: field:` (src/problems.ts).
 * Every message about a writer's files lives here, one table per language with the same keys, so
 * that a message cannot exist in one language only (issue 17). Photo and permanence messages have
 * tables of their own beside their checks (src/images/photo-messages.ts, content/permanence-messages.ts).
 */
import type { Language } from "./language.ts";
import { formatNumber, formatSeconds } from "./text/number-format.ts";

const vn = (value: number): string => formatNumber(value, "vi");
const en_ = (value: number): string => formatNumber(value, "en");

/** A character shown to a writer: its code point, and its name where people know it by one. */
const describeCharacter = (codePoint: number, names: Record<number, string>): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}${names[codePoint] ? ` (${names[codePoint]})` : ""}`;

const vi = {
  frontMatterNotYaml: (tag: string) =>
    `phần đầu bài (front matter) chỉ được viết bằng YAML, nhưng dòng mở đầu là "---${tag}": hãy sửa dòng 1 thành đúng ba dấu gạch "---"`,
  frontMatterNotClosed: () => `phần đầu bài (front matter) chưa được đóng: thêm một dòng chỉ có "---" sau trường cuối cùng, trước thân bài`,
  notUtf8: (encoding: string) =>
    `tệp không ở mã UTF-8 (có vẻ là ${encoding}): hãy mở tệp và lưu lại với mã UTF-8 (trong trình soạn thảo: Save with Encoding → UTF-8)`,
  controlCharacter: (codePoint: number, column: number) =>
    `có ký tự điều khiển ${describeCharacter(codePoint, CHARACTER_NAMES_VI)} ở cột ${column}, làm hỏng nguồn tin RSS: hãy xóa nó` +
    (codePoint === 0x0b ? ` (thường là dấu xuống dòng chép từ Word: thay bằng một dòng mới)` : ""),
  escapedControlCharacter: (codePoint: number) =>
    `có ký tự điều khiển ${describeCharacter(codePoint, CHARACTER_NAMES_VI)}, viết bằng mã thoát trong dấu ngoặc kép (như "\\v"), làm hỏng nguồn tin RSS: hãy xóa mã đó`,
  notText: (value: string) => `cần chữ nhưng YAML đọc giá trị này là ${value}: hãy đặt giá trị trong dấu ngoặc kép, ví dụ "…"`,
  slugTooLong: (bytes: number, max: number, shorter: string) =>
    `slug dài ${bytes} ký tự, quá giới hạn ${max} mà mọi hệ thống tệp và CDN đều chấp nhận: hãy rút ngắn, ví dụ slug: ${shorter}`,
  yearOutOfRange: (year: number) => `năm ${year} nằm ngoài khoảng 1000–9999: hãy viết năm đủ bốn chữ số, ví dụ 2024-01-27`,
  badOffset: (offset: string) =>
    `múi giờ "${offset}" không có thật: múi giờ nằm trong khoảng -12:00 đến +14:00, phút từ 00 đến 59; giờ Việt Nam là +07:00`,
  imageOutsideContent: (src: string) =>
    `đường dẫn ${src} trỏ ra ngoài thư mục nội dung: hãy dùng đường dẫn bắt đầu bằng /images/, không có "..", ví dụ /images/2024/01/anh.jpg`,
  imageNotFile: (src: string) => `đường dẫn ${src} là một thư mục, không phải một tệp: hãy ghi tên tệp, ví dụ ${src.replace(/\/*$/, "")}/anh.jpg`,
  valueCutAtHash: (kept: string, quotedLine: string) =>
    `YAML coi phần từ dấu " #" trở đi là ghi chú và bỏ đi, nên giá trị chỉ còn ${kept ? `"${kept}"` : "trống"}: hãy đặt cả giá trị trong dấu ngoặc, sửa dòng này thành ${quotedLine}`,
  colonInValue: (quotedLine: string) =>
    `giá trị có dấu hai chấm và dấu cách (": ") ở giữa nên YAML không đọc được: hãy đặt cả giá trị trong dấu ngoặc, sửa dòng này thành ${quotedLine}`,

  // What a value turned out to be, in the messages below.
  nothing: "trống",
  aList: "một danh sách",
  aGroup: "một nhóm trường",
  /** A field every article needs, with a line to add. */
  required: (example: string) => `thiếu trường này, bài nào cũng cần: hãy thêm một dòng như ${example}`,
  notTextGot: (got: string) => `cần chữ, nhưng đang là ${got}`,
  empty: "đang trống: hãy điền giá trị hoặc xóa cả dòng",
  notNames: (got: string) => `cần một tên hoặc một danh sách tên, ví dụ [Lan Anh, Minh Đức]; đang là ${got}`,
  notDate: (got: string) =>
    `${got} không phải ngày theo cách trang đọc: hãy viết năm-tháng-ngày, ví dụ 2024-01-27, 2024-01-27 22:01 hoặc 2024-01-27T22:01:00+07:00 (giờ Việt Nam khi không ghi múi giờ)`,
  /** A day-first date as Vietnamese write it, with the same moment in the form the site reads. */
  dateHabit: (got: string, line: string) => `${got} là cách viết ngày quen thuộc, nhưng trang chỉ đọc dạng năm-tháng-ngày: hãy sửa dòng này thành ${line}`,
  /** A day-first date whose day or month cannot be (never read month first: 01/27/2024 is not 27 January). */
  dateHabitImpossible: (got: string) =>
    `${got} không có thật khi đọc theo ngày/tháng/năm như người Việt viết: hãy xem lại ngày, tháng (1–12) và giờ (0–23), rồi viết năm-tháng-ngày, ví dụ 2024-01-27 22:01`,
  imageFields: (got: string) => `cần các trường src, alt và caption, ví dụ image: { src: /images/2024/01/anh.jpg, alt: "Mô tả ảnh" }; đang là ${got}`,
  unknownSubfield: (field: string, suggestion: string | undefined, known: string) =>
    `không có trường "${field}"${suggestion ? ` (có phải ý bạn là "${suggestion}"?)` : ""}; các trường được dùng: ${known}`,
  srcRequired: "thiếu src: đường dẫn của ảnh, ví dụ src: /images/2024/01/anh.jpg",
  srcNotRooted: (src: string) => `src "${src}" phải bắt đầu bằng / (một tệp trong content/) hoặc http(s)://, ví dụ /images/2024/01/anh.jpg`,
  altRequired: "thiếu alt: hãy mô tả ảnh cho bạn đọc không nhìn thấy nó, ví dụ alt: \"Quang cảnh hội nghị\"",
  /** A part of a field (image's alt, video's poster…) and what is wrong with it. */
  subfield: (part: string, message: string) => `${part}: ${message}`,
  tagsNotList: (got: string) => `cần một danh sách, ví dụ [khoa học, công nghệ]; đang là ${got}`,
  tagsItem: (got: string) => `cần một danh sách từ khóa, nhưng có một mục là ${got}`,
  notReferences: (got: string) => `cần một danh sách đường dẫn hoặc tệp của bài, ví dụ [/2024/01/27/dang-bo/]; đang là ${got}`,
  notYesNo: (got: string) => `cần true hoặc false; đang là ${got}`,
  unknownCategory: (value: string, suggestion: string | undefined, keys: string) =>
    `không có chuyên mục "${value}"${suggestion ? `: có phải ý bạn là category: ${suggestion}?` : ""} (các mã chuyên mục trong content/_data/categories.yaml: ${keys})`,
  categoryByName: (value: string, key: string) => `"${value}" là tên của chuyên mục; trong bài hãy ghi mã của nó: category: ${key}`,
  categoryRenamed: (value: string, key: string) => `"${value}" là mã cũ của chuyên mục, nay đã đổi: hãy ghi category: ${key}`,
  notSlug: (value: string, example: string) => `"${value}" không dùng được làm slug: chỉ chữ thường a-z, chữ số và dấu gạch nối đơn, ví dụ slug: ${example}`,
  unknownLanguage: (code: string, languages: string) => `không có ngôn ngữ "${code}"; hãy viết ${languages}`,
  notTranslation: (got: string) => `cần đường dẫn hoặc tệp của bản dịch, ví dụ /en/2024/01/27/slug/; đang là ${got}`,
  unknownField: (suggestion: string | undefined) =>
    suggestion
      ? `không có trường này: có phải ý bạn là ${suggestion}:? (một trang có trường riêng thì khai báo ở extra_fields trong content/_data/site.yaml)`
      : `không có trường này: hãy xóa dòng, hoặc khai báo nó ở extra_fields trong content/_data/site.yaml nếu trang cần trường riêng`,
  updatedBeforePublished: "sớm hơn ngày đăng bài (published): hãy sửa một trong hai ngày",
  importRecord: (value: string) =>
    `đây là ghi chép của công cụ nhập bài (npm run import), cần hai trường source và hash, nhưng giá trị là ${value}: hãy xóa cả các dòng imported: để bài thành của bạn hẳn`,
  // video:
  videoFields: (example: string, got: string) => `cần một trong các trường youtube, vimeo hoặc file, rồi poster và duration (ví dụ ${example}); đang là ${got}`,
  videoSourceMissing: (example: string) => `hãy cho biết video bằng một trong youtube, vimeo hoặc file (ví dụ ${example})`,
  videoSources: (named: string) => `chỉ ghi một trong youtube, vimeo và file, không ghi cả ${named}`,
  posterRequired: "thiếu poster: ảnh hiện trước khi video chạy, ví dụ poster: /images/2024/01/hoi-nghi.jpg",
  posterNotLocal: (poster: string) =>
    `poster "${poster}" phải là một tệp trong content/, bắt đầu bằng / (ví dụ /images/2024/01/hoi-nghi.jpg), để trang không tải gì từ trang khác trước khi bạn đọc bấm xem`,
  notPath: (example: string, got: string) => `cần một đường dẫn như ${example}; đang là ${got}`,
  videoIdGot: (provider: string, name: string, shape: string, got: string) => `${provider}: cần mã video ${name}, ${shape}; đang là ${got}`,
  videoIdIsLink: (provider: string, id: string, inLink: string) => `${provider} "${id}" là một liên kết; chỉ ghi mã video: ${provider}: ${inLink}`,
  videoIdBad: (provider: string, id: string, name: string, shape: string) => `${provider} "${id}" không phải mã video ${name}; cần ${shape}`,
  videoFileType: (src: string, types: string) => `file "${src}" phải là tệp ${types}, loại trình duyệt phát được`,
  videoFileFolder: (src: string, folder: string) => `file "${src}" phải nằm trong content${folder}: bắt đầu bằng ${folder}, ví dụ ${folder}2024/01/hoi-nghi.mp4`,
  notDuration: (got: string) => `${got} không phải thời lượng; hãy viết phút:giây như 3:25, hoặc giờ:phút:giây như 1:02:03`,
  zeroDuration: (got: string) => `${got} là không giây; hãy viết phút:giây như 3:25, hoặc giờ:phút:giây như 1:02:03`,
  youtubeIdShape: "11 chữ cái, chữ số, - hoặc _, ví dụ dQw4w9WgXcQ",
  vimeoIdShape: "một số, ví dụ 76979871",
  // Files named by a field, and references across the archive:
  /** `what` is the field's part that names the file: image, poster or file (a video's). */
  fileMissing: (what: string, src: string, expected: string) => `${WHAT_VI[what] ?? what} ${src} không có: cần tệp ${expected}`,
  relatedMissing: (reference: string) => `không có bài nào ở "${reference}"; hãy ghi bài bằng đường dẫn (/2024/01/27/slug/) hoặc tệp của nó (articles/2024/01/slug.md)`,
  relatedSelf: (reference: string) => `"${reference}" chính là bài này`,
  relatedOtherLanguage: (reference: string) => `"${reference}" ở ngôn ngữ khác; tin liên quan phải cùng ngôn ngữ với bài (bản dịch thì ghi ở \`translation:\`)`,
  translationMissing: (reference: string) => `không có bài nào ở "${reference}"; hãy ghi bản dịch bằng đường dẫn (/en/2024/01/27/slug/) hoặc tệp của nó (articles/2024/01/slug.md)`,
  translationSameLanguage: (reference: string, lang: string) => `"${reference}" cùng ngôn ngữ (${lang}); bản dịch phải ở ngôn ngữ kia: đặt \`lang:\` ở một trong hai bài`,
  translationDiffers: (reference: string, other: string) => `"${reference}" khác với ${other}, bài đã ghi bài này là bản dịch của nó`,
  translationTaken: (url: string, other: string) => `${url} đã là bản dịch của ${other}`,
  duplicateUrl: (url: string, others: string) => `đường dẫn ${url} trùng với đường dẫn của ${others}; hãy đặt cho một trong hai bài tiêu đề khác hoặc một \`slug:\``,
  // Credits spelt like another name of the archive (src/content/name-variants.ts):
  nameVariant: (written: string, meant: string, articles: number, how: "marks" | "typo", lineToWrite: string) =>
    `"${written}" ${how === "marks" ? "chỉ khác ở dấu thanh so với" : "gần giống"} "${meant}" (đã có ở ${vn(articles)} bài); có phải ý bạn là ${meant}? ` +
    `Nếu vậy, hãy sửa dòng này thành: ${lineToWrite}. Nếu đây là một người khác, có thể bỏ qua cảnh báo này`,
  // The schedule, and check's last line:
  farFuture: (when: string) =>
    `bài hẹn đăng lúc ${when}, hơn một năm nữa: nếu năm bị gõ nhầm, hãy sửa published:; nếu đúng là hẹn xa, có thể bỏ qua cảnh báo này`,
  scheduledHeading: (count: number) => `Bài hẹn giờ đăng (${count}):`,
  checkSummary: (c: CheckCounts) =>
    `Đã kiểm tra ${vn(c.articles)} bài (${vn(c.published)} đã đăng, ${vn(c.drafts)} bản nháp, ${vn(c.scheduled)} hẹn giờ): ${vn(c.errors)} lỗi, ${vn(c.warnings)} cảnh báo, trong ${formatSeconds(c.seconds, "vi", 2)}`,
  // The body's photos and links:
  bodyImageNoAlt: (src: string) =>
    `ảnh ${src} chưa có mô tả (alt): hãy viết giữa hai dấu ngoặc vuông ảnh cho thấy gì, cho bạn đọc không nhìn thấy ảnh, ví dụ ![Quang cảnh hội nghị](${src})`,
  bodyCreditLine: (frontMatterLines: string[]) =>
    `dòng ghi tác giả không viết trong thân bài: trang đã in dòng ấy từ author:, photo:, source: ở phần đầu bài, nên bạn đọc sẽ thấy hai lần, và khi bài không có summary: nó thành phần tóm tắt của bài: hãy xóa dòng này${frontMatterLines.length ? ` và thêm vào phần đầu bài ${frontMatterLines.join(" và ")}` : ""}`,
  bodyImageRelative: (src: string, fixed: string) =>
    `đường dẫn ảnh ${src} là đường dẫn tương đối, trên trang sẽ thành ảnh hỏng: hãy viết đường dẫn từ thư mục content/, bắt đầu bằng /, ví dụ ${fixed}`,
  linkNoArticle: (href: string, suggestion: string | undefined) =>
    `liên kết ${href} không dẫn tới bài nào của trang, bạn đọc sẽ gặp trang "Không tìm thấy"${suggestion ? `: có phải ý bạn là ${suggestion}?` : ": hãy chép đường dẫn từ trang của bài"}`,
  linkNoNews: (href: string) => `liên kết ${href} dẫn tới một ngày, tháng hoặc năm không có tin nào, nên trang đó sẽ không có: hãy kiểm tra lại ngày`,
  linkNoCategory: (href: string, suggestion: string | undefined) =>
    `liên kết ${href} dẫn tới một chuyên mục không có${suggestion ? `: có phải ý bạn là /category/${suggestion}/?` : " (các chuyên mục ở content/_data/categories.yaml)"}`,
  linkNoTerm: (href: string) => `liên kết ${href} dẫn tới một từ khóa hoặc tác giả mà không bài nào có, nên trang đó sẽ không có`,
  // Front matter and data files as YAML:
  duplicateKey: "trường này được viết hai lần: hãy giữ một dòng và xóa dòng kia",
  // What YAML's own reasons mean, said the writer's way (src/content/yaml-data.ts):
  yamlUnclosedBracket: "YAML không đọc được: một danh sách mở bằng [ (hoặc {) chưa được đóng bằng ] (hoặc }) trên cùng dòng",
  yamlUnclosedDouble: 'YAML không đọc được: một giá trị mở bằng dấu ngoặc kép " chưa được đóng: thêm " ở cuối giá trị',
  yamlUnclosedSingle: "YAML không đọc được: một giá trị mở bằng dấu ngoặc đơn ' chưa được đóng: thêm ' ở cuối giá trị",
  yamlTab: "YAML không đọc được: dòng này lùi đầu bằng phím Tab; hãy lùi bằng dấu cách",
  yamlIndentation:
    "YAML không đọc được: các dòng lùi đầu không đều; trường chính bắt đầu sát lề, trường con (như src, alt, caption của image) lùi cùng một số dấu cách",
  yamlMissingColon: "YAML không đọc được: một dòng thiếu dấu hai chấm và dấu cách sau tên trường; hãy viết như title: Tiêu đề bài",
  notYaml: (reason: string) => `YAML không đọc được (${reason}): thường do thiếu dấu ngoặc quanh một giá trị có dấu hai chấm, hoặc thụt lề sai`,
  frontMatterNotFields: "phần đầu bài (front matter) phải là các dòng `trường: giá trị`, ví dụ title: Tiêu đề bài",
  dataFileMissing: "không có tệp này",
  categoriesNotMap: "cần các mục `mã:`, mỗi mục có name và description, ví dụ khoa-hoc: { name: Khoa học }",
  categoryKeyNotSlug: (example: string) => `mã chuyên mục phải là slug: chữ thường a-z, chữ số và dấu gạch nối, ví dụ ${example}`,
  categoryNeedsName: "cần `name`: tên tiếng Việt bạn đọc thấy",
  formerStillKey: (key: string) => `mã cũ "${key}" vẫn là mã của một chuyên mục; hãy bỏ nó khỏi \`former:\``,
  formerTwice: (key: string, other: string) => `mã cũ "${key}" cũng là mã cũ của ${other}; nó chỉ dẫn được tới một chuyên mục`,
  formerNotSlugs: "`former:` liệt kê các mã chuyên mục này từng có, mỗi mã là một slug, ví dụ former: [khoa-hoc-cu]",
  siteNotMap: "cần các thiết lập như `title:` và `url:`",
  unknownSetting: (suggestion: string | undefined, known?: string) =>
    `trang không dùng thiết lập này nên nó không có tác dụng${suggestion ? `: có phải ý bạn là ${suggestion}:?` : known ? `; ở đây chỉ có ${known}` : ""}`,
  siteRequired: (example: string) => `thiếu thiết lập này: hãy thêm một dòng như ${example}`,
  siteUrl: (url: string) => `"${url}" không phải địa chỉ http(s) đầy đủ, ví dụ url: https://example.org`,
  siteImage: (example: string, got: string) => `cần một tệp trong content/ như ${example}, hoặc một địa chỉ http(s); đang là ${got}`,
  featuredDays: (got: string) => `cần số ngày lớn hơn 0, ví dụ featured_days: 3; đang là ${got}`,
  menuNotList: (example: string) => `cần một danh sách liên kết, ví dụ\n${example}`,
  menuEntry: (example: string) => `cần name và url bắt đầu bằng / hoặc http(s)://, ví dụ\n${example}`,
  extraFields: (got: string) => `cần một danh sách tên trường, ví dụ extra_fields: [nguon_anh, ma_bai_cu]; đang là ${got}`,
  extraFieldKnown: (field: string) => `"${field}" đã là một trường của bài; hãy bỏ nó khỏi extra_fields`,
  siteImageMissing: (src: string, expected: string) => `ảnh ${src} không có: cần tệp ${expected}`,
  shareImageSvg: (src: string) =>
    `mạng xã hội không hiển thị ảnh SVG, nên ${src} bị bỏ qua và liên kết chia sẻ sẽ không có ảnh: hãy dùng một ảnh JPEG hoặc PNG rộng ít nhất 1200 px, ví dụ share_image: /images/share.jpg`,
  frontPageNotMap: "cần `pinned:` rồi một danh sách đường dẫn của bài",
  frontPageUnknown: "không có thiết lập này; tệp chỉ có `pinned:`, một danh sách đường dẫn của bài",
  pinnedItem: "cần đường dẫn của bài (/2024/01/27/slug/) hoặc tệp của nó (articles/2024/01/slug.md)",
  // Polls (content/_data/polls.yaml, src/forms/polls.ts):
  pollsNotList: "cần một danh sách cuộc bình chọn, mỗi cuộc bắt đầu bằng `- id:`",
  pollNotMap: "cần một cuộc bình chọn có id, question, options, opens và closes",
  pollUnknownField: (suggestion: string | undefined, known: string) =>
    `không có trường này${suggestion ? ` (có phải ý bạn là ${suggestion}:?)` : ""}; một cuộc bình chọn có ${known}`,
  pollRequired: (example: string) => `thiếu trường này: hãy thêm một dòng như ${example}`,
  pollIdNotSlug: (example: string) => `mã chỉ gồm chữ thường a-z, chữ số và dấu gạch nối đơn, ví dụ ${example}`,
  pollIdTwice: (id: string, line: number | undefined) => `mã "${id}" đã dùng cho cuộc bình chọn ở dòng ${line ?? "?"}: mỗi cuộc cần một mã riêng`,
  pollQuestionNotText: "cần chữ: câu hỏi bạn đọc thấy",
  pollClosesBeforeOpens: "phải muộn hơn opens: cuộc bình chọn đóng sau khi mở",
  pollsOverlap: (later: string, earlier: string) => `cuộc bình chọn "${later}" mở cùng lúc với "${earlier}"; khi cả hai cùng mở, trang hiện "${later}"`,
  pollOptionsRequired: "thiếu options: một danh sách ít nhất hai lựa chọn, mỗi lựa chọn có id và label",
  pollOptionsNotList: "cần một danh sách lựa chọn, mỗi lựa chọn có id và label",
  pollOptionNotMap: "cần một lựa chọn có id và label, ví dụ { id: qua-google, label: Qua Google }",
  pollOptionUnknownField: (suggestion: string | undefined) => `không có trường này${suggestion ? ` (có phải ý bạn là ${suggestion}:?)` : ""}; một lựa chọn có id và label`,
  pollOptionIdTwice: (id: string, other: number) => `mã "${id}" trùng với lựa chọn thứ ${other}: mỗi lựa chọn cần một mã riêng`,
  pollOptionLabelRequired: "thiếu label: chữ bạn đọc bấm chọn, ví dụ label: Qua Google",
  pollTooFewOptions: (count: number) => `${count === 0 ? "chưa có lựa chọn nào" : "mới có một lựa chọn"}; cuộc bình chọn cần ít nhất hai`,
  pollDateRequired: (field: string) => `thiếu trường này: ngày hoặc ngày giờ (giờ Việt Nam), ví dụ ${field}: 2024-01-01 hoặc ${field}: 2024-01-01 08:00`,
  // The forms' settings (forms: in site.yaml, src/forms/config.ts):
  formsNotMap: "cần thiết lập `endpoint:` (địa chỉ nhận biểu mẫu) và, nếu dùng, `captcha:`",
  endpointNotText: "cần địa chỉ nhận bình luận và bình chọn, ví dụ endpoint: https://forms.example.org",
  endpointNotUrl: (endpoint: string) => `"${endpoint}" không phải một địa chỉ đầy đủ: hãy viết cả https://, ví dụ https://forms.example.org`,
  endpointNotHttp: (endpoint: string) => `"${endpoint}" phải là địa chỉ http(s), ví dụ https://forms.example.org`,
  endpointExtras: (endpoint: string) => `"${endpoint}" không được có phần ?…, phần #… hay tên đăng nhập và mật khẩu: hãy bỏ chúng đi`,
  endpointNotHttps: (endpoint: string) => `"${endpoint}" không phải https: trình duyệt sẽ cảnh báo bạn đọc trước khi gửi biểu mẫu từ một trang https tới đó`,
  noEndpoint: (variable: string) =>
    `chưa có địa chỉ nhận biểu mẫu (đặt forms.endpoint hoặc biến ${variable}): các bài hiện một thông báo thay cho ô ý kiến và cuộc bình chọn`,
  captchaNotMap: (providers: string) => `cần provider (${providers}) và siteKey`,
  captchaProviderRequired: (providers: string) => `thiếu provider: ${providers}`,
  captchaUnknownProvider: (provider: string, suggestion: string | undefined, providers: string) =>
    `không có nhà cung cấp captcha ${provider}${suggestion ? ` (có phải ý bạn là ${suggestion}?)` : ""}; hãy ghi ${providers}`,
  captchaSiteKey: "thiếu siteKey: khóa công khai của nhà cung cấp captcha (khóa bí mật đặt trong môi trường của máy nhận, không bao giờ ở đây)",
  or: " hoặc ",
} as const;

export type WriterMessages = { readonly [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : (typeof vi)[K] };

const en: WriterMessages = {
  frontMatterNotYaml: (tag) =>
    `front matter is YAML only, but the opening line is "---${tag}": make line 1 exactly three hyphens, "---"`,
  frontMatterNotClosed: () => `front matter is not closed: add a line of just "---" after the last field, before the body`,
  notUtf8: (encoding) =>
    `the file is not UTF-8 (it looks like ${encoding}): open it and save it again as UTF-8 (in an editor: Save with Encoding → UTF-8)`,
  controlCharacter: (codePoint, column) =>
    `control character ${describeCharacter(codePoint, CHARACTER_NAMES_EN)} at column ${column} would break the RSS feeds: delete it` +
    (codePoint === 0x0b ? ` (usually a line break pasted from Word: replace it with a new line)` : ""),
  escapedControlCharacter: (codePoint) =>
    `control character ${describeCharacter(codePoint, CHARACTER_NAMES_EN)}, written as an escape in double quotes (such as "\\v"), would break the RSS feeds: delete the escape`,
  notText: (value) => `expected text, but YAML reads this value as ${value}: put the value in double quotes, e.g. "…"`,
  slugTooLong: (bytes, max, shorter) =>
    `the slug is ${bytes} characters long, over the ${max} that every file system and CDN accepts: shorten it, e.g. slug: ${shorter}`,
  yearOutOfRange: (year) => `the year ${year} is outside 1000–9999: write the year with four digits, e.g. 2024-01-27`,
  badOffset: (offset) =>
    `"${offset}" is not a real time-zone offset: offsets run from -12:00 to +14:00 with minutes 00–59; Vietnam is +07:00`,
  imageOutsideContent: (src) =>
    `the path ${src} points outside the content folder: use a path that starts with /images/ and has no "..", e.g. /images/2024/01/photo.jpg`,
  imageNotFile: (src) => `the path ${src} is a folder, not a file: name the file, e.g. ${src.replace(/\/*$/, "")}/photo.jpg`,
  valueCutAtHash: (kept, quotedLine) =>
    `YAML reads everything from " #" on as a comment and drops it, leaving ${kept ? `"${kept}"` : "nothing"}: quote the whole value, making this line ${quotedLine}`,
  colonInValue: (quotedLine) => `a colon and a space (": ") inside the value stop YAML reading it: quote the whole value, making this line ${quotedLine}`,

  nothing: "nothing",
  aList: "a list",
  aGroup: "a group of fields",
  required: (example) => `is required in every article: add a line such as ${example}`,
  notTextGot: (got) => `expected text, got ${got}`,
  empty: "is empty: give it a value or delete the line",
  notNames: (got) => `expected a name or a list of names, e.g. [Lan Anh, Minh Đức], got ${got}`,
  notDate: (got) =>
    `${got} is not a date the site reads: write year-month-day, e.g. 2024-01-27, 2024-01-27 22:01 or 2024-01-27T22:01:00+07:00 (Vietnam time when no offset is given)`,
  dateHabit: (got, line) => `${got} is a day-first date, but the site reads year-month-day only: make this line ${line}`,
  dateHabitImpossible: (got) =>
    `${got} is not a real date read day/month/year, as Vietnamese write it: check the day, the month (1–12) and the hour (0–23), then write year-month-day, e.g. 2024-01-27 22:01`,
  imageFields: (got) => `expected fields src, alt and caption, e.g. image: { src: /images/2024/01/photo.jpg, alt: "What the photo shows" }, got ${got}`,
  unknownSubfield: (field, suggestion, known) => `unknown field "${field}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; expected ${known}`,
  srcRequired: "src is required: the photo's path, e.g. src: /images/2024/01/photo.jpg",
  srcNotRooted: (src) => `src "${src}" must start with / (a file under content/) or http(s)://, e.g. /images/2024/01/photo.jpg`,
  altRequired: "alt is required with src: describe the photo for readers who cannot see it",
  subfield: (part, message) => `${part}: ${message}`,
  tagsNotList: (got) => `expected a list such as [khoa học, công nghệ], got ${got}`,
  tagsItem: (got) => `expected a list of words, but one item is ${got}`,
  notReferences: (got) => `expected a list of article paths or URLs, e.g. [/2024/01/27/dang-bo/], got ${got}`,
  notYesNo: (got) => `expected true or false, got ${got}`,
  unknownCategory: (value, suggestion, keys) =>
    `unknown category "${value}"${suggestion ? `: did you mean category: ${suggestion}?` : ""} (the keys in content/_data/categories.yaml: ${keys})`,
  categoryByName: (value, key) => `"${value}" is the category's name; an article gives its key: category: ${key}`,
  categoryRenamed: (value, key) => `"${value}" is the category's former key; it is now category: ${key}`,
  notSlug: (value, example) => `"${value}" is not a slug; use lowercase letters a-z, digits and single hyphens, e.g. slug: ${example}`,
  unknownLanguage: (code, languages) => `unknown language "${code}"; expected ${languages}`,
  notTranslation: (got) => `expected the translation's URL or file, e.g. /en/2024/01/27/slug/, got ${got}`,
  unknownField: (suggestion) =>
    suggestion
      ? `unknown field: did you mean ${suggestion}:? (a site declares fields of its own in extra_fields in content/_data/site.yaml)`
      : `unknown field: delete the line, or declare it in extra_fields in content/_data/site.yaml if the site needs a field of its own`,
  updatedBeforePublished: "is earlier than published: correct one of the two dates",
  importRecord: (value) =>
    `written by the importer (npm run import) as { source, hash }, but its value is ${value}: delete the imported: lines to make the file yours for good`,
  videoFields: (example, got) => `expected fields youtube, vimeo or file, then poster and duration (e.g. ${example}), got ${got}`,
  videoSourceMissing: (example) => `name the video with one of youtube, vimeo or file (e.g. ${example})`,
  videoSources: (named) => `give only one of youtube, vimeo and file, not ${named}`,
  posterRequired: "poster is required: the image shown before the video plays, e.g. poster: /images/2024/01/hoi-nghi.jpg",
  posterNotLocal: (poster) =>
    `poster "${poster}" must be a file under content/, starting with / (such as /images/2024/01/hoi-nghi.jpg), so that the page asks nothing of another site before the reader plays`,
  notPath: (example, got) => `expected a path such as ${example}, got ${got}`,
  videoIdGot: (provider, name, shape, got) => `${provider} expected a ${name} video id, ${shape}; got ${got}`,
  videoIdIsLink: (provider, id, inLink) => `${provider} "${id}" is a link; write only the video's id: ${provider}: ${inLink}`,
  videoIdBad: (provider, id, name, shape) => `${provider} "${id}" is not a ${name} video id; expected ${shape}`,
  videoFileType: (src, types) => `file "${src}" must be an ${types} file, which browsers play`,
  videoFileFolder: (src, folder) => `file "${src}" must be in content${folder}: start it with ${folder}, e.g. ${folder}2024/01/hoi-nghi.mp4`,
  notDuration: (got) => `${got} is not a duration; expected minutes:seconds such as 3:25, or hours:minutes:seconds such as 1:02:03`,
  zeroDuration: (got) => `${got} is no time at all; expected minutes:seconds such as 3:25, or hours:minutes:seconds such as 1:02:03`,
  youtubeIdShape: "11 letters, digits, - or _, such as dQw4w9WgXcQ",
  vimeoIdShape: "a number, such as 76979871",
  fileMissing: (what, src, expected) => `${what} ${src} does not exist: expected the file ${expected}`,
  relatedMissing: (reference) => `no article at "${reference}"; name one by its URL (/2024/01/27/slug/) or its file (articles/2024/01/slug.md)`,
  relatedSelf: (reference) => `"${reference}" is this article itself`,
  relatedOtherLanguage: (reference) => `"${reference}" is in another language; related news stay in the article's language (name a translation with \`translation:\`)`,
  translationMissing: (reference) => `no article at "${reference}"; name the translation by its URL (/en/2024/01/27/slug/) or its file (articles/2024/01/slug.md)`,
  translationSameLanguage: (reference, lang) => `"${reference}" is in the same language (${lang}); a translation is in the other one: set \`lang:\` in one of the two`,
  translationDiffers: (reference, other) => `"${reference}" differs from ${other}, which names this article as its translation`,
  translationTaken: (url, other) => `${url} is already the translation of ${other}`,
  duplicateUrl: (url, others) => `URL ${url} is also the URL of ${others}; give one of them a different title or a \`slug:\``,
  nameVariant: (written, meant, articles, how, lineToWrite) =>
    `"${written}" ${how === "marks" ? "differs only in tone marks from" : "is close to"} "${meant}" (in ${en_(articles)} article${articles === 1 ? "" : "s"}); did you mean ${meant}? ` +
    `If so, change this line to: ${lineToWrite}. If this is another person, ignore this warning`,
  farFuture: (when) => `scheduled for ${when}, more than a year ahead: if the year is a typo, correct published:; if it is meant, ignore this warning`,
  scheduledHeading: (count) => `Scheduled (${count}):`,
  checkSummary: (c) =>
    `${en_(c.articles)} article${c.articles === 1 ? "" : "s"} checked (${en_(c.published)} published, ${en_(c.drafts)} draft${c.drafts === 1 ? "" : "s"}, ${en_(c.scheduled)} scheduled): ` +
    `${en_(c.errors)} error${c.errors === 1 ? "" : "s"}, ${en_(c.warnings)} warning${c.warnings === 1 ? "" : "s"} in ${formatSeconds(c.seconds, "en", 2)}`,
  bodyImageNoAlt: (src) => `photo ${src} has no description (alt): write what it shows between the square brackets, for readers who cannot see it, e.g. ![The conference hall](${src})`,
  bodyCreditLine: (frontMatterLines) =>
    `a credit line does not go in the body: the site prints it from author:, photo: and source: in the front matter, so readers would see it twice, and without a summary: it becomes the article's summary: delete this line${frontMatterLines.length ? ` and add to the front matter ${frontMatterLines.join(" and ")}` : ""}`,
  bodyImageRelative: (src, fixed) => `the photo path ${src} is relative and would show as a broken image: write the path from the content/ folder, starting with /, e.g. ${fixed}`,
  linkNoArticle: (href, suggestion) =>
    `the link ${href} leads to no article of the site; readers would get "Page not found"${suggestion ? `: did you mean ${suggestion}?` : ": copy the URL from the article's page"}`,
  linkNoNews: (href) => `the link ${href} leads to a day, month or year without news, which has no page: check the date`,
  linkNoCategory: (href, suggestion) => `the link ${href} leads to a category that does not exist${suggestion ? `: did you mean /category/${suggestion}/?` : " (the categories are in content/_data/categories.yaml)"}`,
  linkNoTerm: (href) => `the link ${href} leads to a tag or author no article has, which has no page`,
  duplicateKey: "this field is written twice: keep one line and delete the other",
  yamlUnclosedBracket: "YAML cannot read this: a list opened with [ (or {) is not closed with ] (or }) on the same line",
  yamlUnclosedDouble: 'YAML cannot read this: a value opened with a double quote " is not closed: add " at its end',
  yamlUnclosedSingle: "YAML cannot read this: a value opened with a single quote ' is not closed: add ' at its end",
  yamlTab: "YAML cannot read this: this line is indented with a tab; indent with spaces",
  yamlIndentation: "YAML cannot read this: the lines are indented unevenly; top-level fields start at the margin, an image's src, alt and caption are indented by the same number of spaces",
  yamlMissingColon: "YAML cannot read this: a line has no colon and space after its field's name; write it as title: The headline",
  notYaml: (reason) => `YAML cannot read this (${reason}): usually a value with a colon that needs quotes, or wrong indentation`,
  frontMatterNotFields: "front matter must be a list of `field: value` lines, e.g. title: The headline",
  dataFileMissing: "file is missing",
  categoriesNotMap: "expected `key:` entries, each with name and description, e.g. khoa-hoc: { name: Khoa học }",
  categoryKeyNotSlug: (example) => `a category key must be a slug: lowercase a-z, digits and hyphens, e.g. ${example}`,
  categoryNeedsName: "needs a `name` (the Vietnamese name shown to readers)",
  formerStillKey: (key) => `former key "${key}" is still the key of a category; remove it from \`former:\``,
  formerTwice: (key, other) => `former key "${key}" is also a former key of ${other}; it can lead to one category only`,
  formerNotSlugs: "`former:` lists the keys this category had before, each a slug, e.g. former: [khoa-hoc-cu]",
  siteNotMap: "expected settings such as `title:` and `url:`",
  unknownSetting: (suggestion, known) => `the site reads no such setting, so it does nothing${suggestion ? `: did you mean ${suggestion}:?` : known ? `; the settings here are ${known}` : ""}`,
  siteRequired: (example) => `is required: add a line such as ${example}`,
  siteUrl: (url) => `"${url}" is not an absolute http(s) URL, e.g. url: https://example.org`,
  siteImage: (example, got) => `expected a file under content/ such as ${example}, or an http(s) URL, got ${got}`,
  featuredDays: (got) => `expected a number of days above 0, e.g. featured_days: 3, got ${got}`,
  menuNotList: (example) => `expected a list of links, e.g.\n${example}`,
  menuEntry: (example) => `needs a name and a url starting with / or http(s)://, e.g.\n${example}`,
  extraFields: (got) => `expected a list of field names, e.g. extra_fields: [photo_source, legacy_id], got ${got}`,
  extraFieldKnown: (field) => `"${field}" is already an article field; remove it from extra_fields`,
  siteImageMissing: (src, expected) => `image ${src} does not exist: expected the file ${expected}`,
  shareImageSvg: (src) =>
    `social networks do not show SVG images, so ${src} is ignored and shared links have no picture: use a JPEG or PNG at least 1200 px wide, e.g. share_image: /images/share.jpg`,
  frontPageNotMap: "expected `pinned:` followed by a list of article URLs",
  frontPageUnknown: "unknown setting; the file holds only `pinned:`, a list of article URLs",
  pinnedItem: "expected an article's URL (/2024/01/27/slug/) or file (articles/2024/01/slug.md)",
  pollsNotList: "expected a list of polls, each starting with `- id:`",
  pollNotMap: "expected a poll with id, question, options, opens and closes",
  pollUnknownField: (suggestion, known) => `unknown field${suggestion ? ` (did you mean ${suggestion}:?)` : ""}; a poll has ${known}`,
  pollRequired: (example) => `is required: add a line such as ${example}`,
  pollIdNotSlug: (example) => `must be lowercase a-z, digits and single hyphens, e.g. ${example}`,
  pollIdTwice: (id, line) => `the id "${id}" is already used by the poll on line ${line ?? "?"}: each poll needs its own`,
  pollQuestionNotText: "must be text: the question readers see",
  pollClosesBeforeOpens: "is not after opens: a poll must close after it opens",
  pollsOverlap: (later, earlier) => `poll "${later}" is open at the same time as "${earlier}"; while both are open, "${later}" is shown`,
  pollOptionsRequired: "is required: a list of at least two options, each with id and label",
  pollOptionsNotList: "expected a list of options, each with id and label",
  pollOptionNotMap: "expected an option with id and label, e.g. { id: qua-google, label: Qua Google }",
  pollOptionUnknownField: (suggestion) => `unknown field${suggestion ? ` (did you mean ${suggestion}:?)` : ""}; an option has id and label`,
  pollOptionIdTwice: (id, other) => `the id "${id}" is also option ${other}'s: each option needs its own`,
  pollOptionLabelRequired: "is required: the text readers choose, e.g. label: Qua Google",
  pollTooFewOptions: (count) => `has ${count === 0 ? "no option" : "one option"}; a poll needs at least two`,
  pollDateRequired: (field) => `is required: a date or date-time in Vietnam time, e.g. ${field}: 2024-01-01 or ${field}: 2024-01-01 08:00`,
  formsNotMap: "expected the settings `endpoint:` (the address that receives the forms) and, optionally, `captcha:`",
  endpointNotText: "expected the address that receives comments and votes, e.g. endpoint: https://forms.example.org",
  endpointNotUrl: (endpoint) => `"${endpoint}" is not a whole address: write it with https://, e.g. https://forms.example.org`,
  endpointNotHttp: (endpoint) => `"${endpoint}" must be an http(s) address, e.g. https://forms.example.org`,
  endpointExtras: (endpoint) => `"${endpoint}" must not carry a ?query, a #fragment or a user name and password: remove them`,
  endpointNotHttps: (endpoint) => `"${endpoint}" is not https: browsers warn readers before sending a form from an https page to it`,
  noEndpoint: (variable) => `no form endpoint (set forms.endpoint or the ${variable} variable): articles show a notice instead of the comment form and the poll`,
  captchaNotMap: (providers) => `expected provider (${providers}) and siteKey`,
  captchaProviderRequired: (providers) => `is required: ${providers}`,
  captchaUnknownProvider: (provider, suggestion, providers) => `there is no captcha provider ${provider}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; write ${providers}`,
  captchaSiteKey: "is required: the captcha provider's public site key (the secret goes in the receiver's environment, never here)",
  or: " or ",
};

/** What check counted, for its last line. */
export interface CheckCounts {
  articles: number;
  published: number;
  drafts: number;
  scheduled: number;
  errors: number;
  warnings: number;
  seconds: number;
}

const WHAT_VI: Record<string, string> = { image: "ảnh", poster: "ảnh poster", file: "tệp video" };
const CHARACTER_NAMES_VI: Record<number, string> = { 0: "NUL", 0x0b: "tab dọc", 0x0c: "sang trang", 0x1b: "ESC", 0xfffe: "không phải ký tự", 0xffff: "không phải ký tự" };
const CHARACTER_NAMES_EN: Record<number, string> = { 0: "NUL", 0x0b: "vertical tab", 0x0c: "form feed", 0x1b: "escape", 0xfffe: "noncharacter", 0xffff: "noncharacter" };

/** The writer-facing messages in each language. @example writerMessages.en.frontMatterNotClosed() */
export const writerMessages: Record<Language, WriterMessages> = { vi, en };
