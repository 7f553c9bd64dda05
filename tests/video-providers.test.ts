/** Tests of src/video-providers.ts: the providers' id shapes, their players and pages, and the frames the policy allows. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { VIDEO_PROVIDERS, videoFrameSources } from "../src/video-providers.ts";

test("ids: a YouTube id is 11 base64url characters whose last carries 4 bits; a Vimeo id is a number", () => {
  const youtube = VIDEO_PROVIDERS.youtube.idPattern;
  for (const id of ["dQw4w9WgXcQ", "9bZkp7q19f0", "_-_-_-_-_-A", "aaaaaaaaaa8"]) assert.ok(youtube.test(id), id);
  for (const id of ["dQw4w9WgXcB", "dQw4w9WgXc", "dQw4w9WgXcQQ", "dQw4w9WgX+Q", " dQw4w9WgXcQ"]) assert.not.ok(youtube.test(id), id);
  const vimeo = VIDEO_PROVIDERS.vimeo.idPattern;
  for (const id of ["76979871", "1", "123456789012"]) assert.ok(vimeo.test(id), id);
  for (const id of ["0", "076979871", "7697a871", "1234567890123", ""]) assert.not.ok(vimeo.test(id), id);
});

test("ids found in links that writers paste", () => {
  const cases: [keyof typeof VIDEO_PROVIDERS, string, string][] = [
    ["youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["youtube", "https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["youtube", "https://youtu.be/dQw4w9WgXcQ?t=42", "dQw4w9WgXcQ"],
    ["youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["youtube", "https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["vimeo", "https://vimeo.com/76979871", "76979871"],
    ["vimeo", "https://player.vimeo.com/video/76979871?h=abc", "76979871"],
    ["vimeo", "https://vimeo.com/channels/staffpicks/76979871", "76979871"],
  ];
  for (const [provider, link, id] of cases) assert.is(VIDEO_PROVIDERS[provider].idInLink.exec(link)?.[1], id, link);
});

test("players, pages, and the only frames a page may hold", () => {
  assert.is(VIDEO_PROVIDERS.youtube.embedUrl("dQw4w9WgXcQ"), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  assert.is(VIDEO_PROVIDERS.youtube.watchUrl("dQw4w9WgXcQ"), "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  assert.is(VIDEO_PROVIDERS.vimeo.embedUrl("76979871"), "https://player.vimeo.com/video/76979871");
  assert.is(VIDEO_PROVIDERS.vimeo.watchUrl("76979871"), "https://vimeo.com/76979871");
  assert.equal(videoFrameSources(), ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]);
  for (const spec of Object.values(VIDEO_PROVIDERS)) assert.is(new URL(spec.embedUrl("1")).origin, spec.frameOrigin, spec.name);
});

test.run();
