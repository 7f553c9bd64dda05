/**
 * What an article page prints of its video (layouts/partials/video-player.njk): a provider's video as
 * a click-to-play facade (the poster, a link to the provider's page, the player's URL for
 * layouts/assets/video.js to load on click), or a file of the site for the browser's own player.
 */
import type { ArticleVideo, VideoDuration } from "../content/video-field.ts";
import type { Strings } from "../i18n.ts";
import { VIDEO_PROVIDERS } from "../video-providers.ts";

export interface VideoView {
  poster: string;
  /** The poster with its size, for its copies (src/images/picture-html.ts); no size when it could not be read. */
  posterImage: { src: string; width?: number; height?: number };
  duration?: VideoDuration;
  /** A provider's video: nothing is asked of the provider before the reader clicks play. */
  embed?: {
    /** The player as the facade loads it, starting at once: the reader has already clicked play. */
    src: string;
    /** The player without autoplay, for structured data. */
    embedUrl: string;
    /** The player frame's title, for screen readers. */
    frameTitle: string;
    /** The video's page at the provider, for readers without JavaScript. */
    watchUrl: string;
    /** "Xem video trên YouTube". */
    watchLabel: string;
  };
  /** A file of the site. */
  file?: { src: string; type: string };
}

/**
 * @example videoView({ kind: "embed", provider: "vimeo", id: "76979871", poster: "/images/a.jpg" }, "Tin", strings.vi).embed.src // "https://player.vimeo.com/video/76979871?autoplay=1"
 */
export function videoView(video: ArticleVideo, title: string, strings: Strings, posterSize?: { width: number; height: number }): VideoView {
  const view: VideoView = { poster: video.poster, posterImage: { src: video.poster, ...posterSize }, duration: video.duration };
  if (video.kind === "file") {
    view.file = { src: video.src, type: video.type };
    return view;
  }
  const provider = VIDEO_PROVIDERS[video.provider];
  view.embed = {
    src: `${provider.embedUrl(video.id)}?autoplay=1`,
    embedUrl: provider.embedUrl(video.id),
    frameTitle: strings.videoFrameTitle.replace("{title}", title),
    watchUrl: provider.watchUrl(video.id),
    watchLabel: strings.videoWatchOn.replace("{provider}", provider.name),
  };
  return view;
}
