/** Tests of src/content/video-field.ts: the `video:` field as writers give it, good and bad. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseDuration, parseVideo, videoFiles } from "../../src/content/video-field.ts";

const POSTER = "/images/2024/05/robot.jpg";

test("a YouTube id, a Vimeo id (YAML reads it as a number) or a file, with the poster and an optional duration", () => {
  const cases: [unknown, unknown][] = [
    [{ youtube: "dQw4w9WgXcQ", poster: POSTER }, { kind: "embed", provider: "youtube", id: "dQw4w9WgXcQ", poster: POSTER }],
    [{ youtube: " 9bZkp7q19f0 ", poster: POSTER }, { kind: "embed", provider: "youtube", id: "9bZkp7q19f0", poster: POSTER }],
    [{ youtube: "_-abcdefghw", poster: POSTER }, { kind: "embed", provider: "youtube", id: "_-abcdefghw", poster: POSTER }],
    [{ vimeo: 76979871, poster: POSTER }, { kind: "embed", provider: "vimeo", id: "76979871", poster: POSTER }],
    [{ vimeo: "76979871", poster: POSTER }, { kind: "embed", provider: "vimeo", id: "76979871", poster: POSTER }],
    [{ file: "/videos/2024/05/a.mp4", poster: POSTER }, { kind: "file", src: "/videos/2024/05/a.mp4", type: "video/mp4", poster: POSTER }],
    [{ file: "/videos/Hội nghị.WEBM", poster: POSTER }, { kind: "file", src: "/videos/Hội nghị.WEBM", type: "video/webm", poster: POSTER }],
    [
      { youtube: "dQw4w9WgXcQ", poster: POSTER, duration: "3:25" },
      { kind: "embed", provider: "youtube", id: "dQw4w9WgXcQ", poster: POSTER, duration: { text: "3:25", iso: "PT3M25S", seconds: 205 } },
    ],
  ];
  for (const [input, expected] of cases) {
    const result = parseVideo(input);
    assert.ok(result.ok, `${JSON.stringify(input)}: ${result.ok ? "" : result.message}`);
    assert.equal(result.value, expected);
  }
});

test("bad input: a message naming the field and what was expected", () => {
  const cases: [unknown, string][] = [
    ["dQw4w9WgXcQ", 'expected fields youtube, vimeo or file, then poster and duration (e.g. video: { youtube: dQw4w9WgXcQ, poster: /images/x.jpg }), got "dQw4w9WgXcQ"'],
    [["dQw4w9WgXcQ"], "expected fields youtube, vimeo or file, then poster and duration (e.g. video: { youtube: dQw4w9WgXcQ, poster: /images/x.jpg }), got a list"],
    [{ poster: POSTER }, "name the video with one of youtube, vimeo or file (e.g. video: { youtube: dQw4w9WgXcQ, poster: /images/x.jpg })"],
    [{ youtube: "dQw4w9WgXcQ", vimeo: 76979871, poster: POSTER }, "give only one of youtube, vimeo and file, not youtube and vimeo"],
    [{ youtub: "dQw4w9WgXcQ", poster: POSTER }, 'unknown field "youtub" (did you mean "youtube"?); expected youtube, vimeo, file, poster, duration'],
    [{ youtube: "dQw4w9WgXcQ", poster: POSTER, caption: "x" }, 'unknown field "caption"; expected youtube, vimeo, file, poster, duration'],
    [{ youtube: "dQw4w9WgXc", poster: POSTER }, 'youtube "dQw4w9WgXc" is not a YouTube video id; expected 11 letters, digits, - or _, such as dQw4w9WgXcQ'],
    [{ youtube: "dQw4w9WgXcZ", poster: POSTER }, 'youtube "dQw4w9WgXcZ" is not a YouTube video id; expected 11 letters, digits, - or _, such as dQw4w9WgXcQ'],
    [{ youtube: "dQw4w9WgXc!", poster: POSTER }, 'youtube "dQw4w9WgXc!" is not a YouTube video id; expected 11 letters, digits, - or _, such as dQw4w9WgXcQ'],
    [{ youtube: true, poster: POSTER }, "youtube expected a YouTube video id, 11 letters, digits, - or _, such as dQw4w9WgXcQ; got true"],
    [{ youtube: "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42", poster: POSTER }, 'youtube "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42" is a link; write only the video\'s id: youtube: dQw4w9WgXcQ'],
    [{ youtube: "https://youtu.be/dQw4w9WgXcQ", poster: POSTER }, 'youtube "https://youtu.be/dQw4w9WgXcQ" is a link; write only the video\'s id: youtube: dQw4w9WgXcQ'],
    [{ vimeo: "abc", poster: POSTER }, 'vimeo "abc" is not a Vimeo video id; expected a number, such as 76979871'],
    [{ vimeo: 1.5, poster: POSTER }, "vimeo expected a Vimeo video id, a number, such as 76979871; got 1.5"],
    [{ vimeo: "https://vimeo.com/76979871", poster: POSTER }, 'vimeo "https://vimeo.com/76979871" is a link; write only the video\'s id: vimeo: 76979871'],
    [{ file: "/videos/a.mov", poster: POSTER }, 'file "/videos/a.mov" must be an .mp4 or .webm file, which browsers play'],
    [{ file: "/media/a.mp4", poster: POSTER }, 'file "/media/a.mp4" must be in content/videos/: start it with /videos/, e.g. /videos/2024/01/hoi-nghi.mp4'],
    [{ file: "https://cdn.example.org/a.mp4", poster: POSTER }, 'file "https://cdn.example.org/a.mp4" must be in content/videos/: start it with /videos/, e.g. /videos/2024/01/hoi-nghi.mp4'],
    [{ file: "/videos/../secret.mp4", poster: POSTER }, 'file "/videos/../secret.mp4" must be in content/videos/: start it with /videos/, e.g. /videos/2024/01/hoi-nghi.mp4'],
    [{ file: 42, poster: POSTER }, "file: expected a path such as /videos/2024/01/hoi-nghi.mp4, got 42"],
    [{ youtube: "dQw4w9WgXcQ" }, "poster is required: the image shown before the video plays, e.g. poster: /images/2024/01/hoi-nghi.jpg"],
    [{ youtube: "dQw4w9WgXcQ", poster: "" }, "poster: is empty: give it a value or delete the line"],
    [
      { youtube: "dQw4w9WgXcQ", poster: "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" },
      'poster "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" must be a file under content/, starting with / (such as /images/2024/01/hoi-nghi.jpg), so that the page asks nothing of another site before the reader plays',
    ],
    [
      { youtube: "dQw4w9WgXcQ", poster: "/\\i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" },
      'poster "/\\i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" must be a file under content/, starting with / (such as /images/2024/01/hoi-nghi.jpg), so that the page asks nothing of another site before the reader plays',
    ],
    [{ youtube: "dQw4w9WgXcQ", poster: POSTER, duration: "3:75" }, 'duration: "3:75" is not a duration; expected minutes:seconds such as 3:25, or hours:minutes:seconds such as 1:02:03'],
    [{ youtube: "dQw4w9WgXcQ", poster: POSTER, duration: 205 }, "duration: 205 is not a duration; expected minutes:seconds such as 3:25, or hours:minutes:seconds such as 1:02:03"],
  ];
  for (const [input, message] of cases) {
    const result = parseVideo(input, "en");
    assert.not.ok(result.ok, `${JSON.stringify(input)} should be refused`);
    assert.is(result.ok ? "" : result.message, message);
  }
});

test("bad input in Vietnamese, the writers' default: the same fixes", () => {
  const cases: [unknown, string][] = [
    [{ youtub: "dQw4w9WgXcQ", poster: POSTER }, 'không có trường "youtub" (có phải ý bạn là "youtube"?); các trường được dùng: youtube, vimeo, file, poster, duration'],
    [{ youtube: "https://youtu.be/dQw4w9WgXcQ", poster: POSTER }, 'youtube "https://youtu.be/dQw4w9WgXcQ" là một liên kết; chỉ ghi mã video: youtube: dQw4w9WgXcQ'],
    [{ vimeo: "abc", poster: POSTER }, 'vimeo "abc" không phải mã video Vimeo; cần một số, ví dụ 76979871'],
    [{ youtube: "dQw4w9WgXcQ" }, "thiếu poster: ảnh hiện trước khi video chạy, ví dụ poster: /images/2024/01/hoi-nghi.jpg"],
    [{ youtube: "dQw4w9WgXcQ", poster: POSTER, duration: "3:75" }, 'duration: "3:75" không phải thời lượng; hãy viết phút:giây như 3:25, hoặc giờ:phút:giây như 1:02:03'],
    [{ file: "/videos/a.mov", poster: POSTER }, 'file "/videos/a.mov" phải là tệp .mp4 hoặc .webm, loại trình duyệt phát được'],
  ];
  for (const [input, message] of cases) {
    const result = parseVideo(input);
    assert.is(result.ok ? "" : result.message, message);
  }
});

test("durations: M:SS or H:MM:SS, written plainly and in ISO 8601", () => {
  const good: [string, { text: string; iso: string; seconds: number }][] = [
    ["3:25", { text: "3:25", iso: "PT3M25S", seconds: 205 }],
    ["03:25", { text: "3:25", iso: "PT3M25S", seconds: 205 }],
    ["0:45", { text: "0:45", iso: "PT45S", seconds: 45 }],
    ["59:59", { text: "59:59", iso: "PT59M59S", seconds: 3599 }],
    ["1:02:03", { text: "1:02:03", iso: "PT1H2M3S", seconds: 3723 }],
    ["1:00:00", { text: "1:00:00", iso: "PT1H", seconds: 3600 }],
    ["0:10:00", { text: "10:00", iso: "PT10M", seconds: 600 }],
    [" 12:00:09 ", { text: "12:00:09", iso: "PT12H9S", seconds: 43209 }],
  ];
  for (const [input, expected] of good) {
    const result = parseDuration(input);
    assert.ok(result.ok, input);
    assert.equal(result.value, expected, input);
  }
  for (const bad of ["", "325", "3:5", "3:60", "60:00", "1:60:00", "1:2:3", "0:00", "0:00:00", "3m25s", "PT3M25S", "-3:25"]) {
    assert.not.ok(parseDuration(bad).ok, `"${bad}" should be refused`);
  }
});

test("the files a video names, for the loader to check under content/", () => {
  assert.equal(videoFiles({ kind: "embed", provider: "youtube", id: "dQw4w9WgXcQ", poster: POSTER }), [{ src: POSTER, what: "poster" }]);
  assert.equal(videoFiles({ kind: "file", src: "/videos/a.mp4", type: "video/mp4", poster: POSTER }), [
    { src: POSTER, what: "poster" },
    { src: "/videos/a.mp4", what: "file" },
  ]);
});

test.run();
