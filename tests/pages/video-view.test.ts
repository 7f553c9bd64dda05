/** Tests of src/pages/video-view.ts: what an article page prints of its video, in each language. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { strings } from "../../src/i18n.ts";
import { videoView } from "../../src/pages/video-view.ts";

const duration = { text: "3:25", iso: "PT3M25S", seconds: 205 };

test("a provider's video: the facade's player URL with autoplay, its frame title and the link for readers without JavaScript", () => {
  const view = videoView({ kind: "embed", provider: "youtube", id: "dQw4w9WgXcQ", poster: "/images/a.jpg", duration }, "Tin “đặc biệt”", strings.vi);
  assert.equal(view, {
    poster: "/images/a.jpg",
    posterImage: { src: "/images/a.jpg" },
    duration,
    embed: {
      src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
      embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      frameTitle: "Video: Tin “đặc biệt”",
      watchUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      watchLabel: "Xem video trên YouTube",
    },
  });
  const vimeo = videoView({ kind: "embed", provider: "vimeo", id: "76979871", poster: "/images/a.jpg" }, "News", strings.en);
  assert.is(vimeo.embed?.src, "https://player.vimeo.com/video/76979871?autoplay=1");
  assert.is(vimeo.embed?.watchLabel, "Watch on Vimeo");
  assert.is(vimeo.duration, undefined);
});

test("a file of the site: no facade, the browser's own player", () => {
  const view = videoView({ kind: "file", src: "/videos/a.webm", type: "video/webm", poster: "/images/a.jpg" }, "Tin", strings.vi);
  assert.equal(view, { poster: "/images/a.jpg", posterImage: { src: "/images/a.jpg" }, duration: undefined, file: { src: "/videos/a.webm", type: "video/webm" } });
  const sized = videoView({ kind: "file", src: "/videos/a.webm", type: "video/webm", poster: "/images/a.jpg" }, "Tin", strings.vi, { width: 1280, height: 720 });
  assert.equal(sized.posterImage, { src: "/images/a.jpg", width: 1280, height: 720 }, "with its size, the poster gets copies");
});

test.run();
