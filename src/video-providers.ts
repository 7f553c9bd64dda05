/**
 * The video hosts an article may embed, in one table: the shape of their ids (checked in front
 * matter), the player a page loads after the reader clicks, the page that plays the video without
 * JavaScript, and the origin the security policy lets into `frame-src` (src/pages/security-policy.ts).
 * Nothing else about a provider lives anywhere else.
 */

export type VideoProvider = "youtube" | "vimeo";

export interface VideoProviderSpec {
  /** As readers know it: "YouTube". */
  name: string;
  /** The whole id, nothing around it. */
  idPattern: RegExp;
  /** Finds the id in a link to the video that a writer pasted instead of the id. */
  idInLink: RegExp;
  /** The origin of the player's frame: the only one `frame-src` allows for this provider. */
  frameOrigin: string;
  /** The player (a facade loads it with `?autoplay=1`: the reader has already clicked play). */
  embedUrl(id: string): string;
  /** The video's page at the provider: where the facade links without JavaScript. */
  watchUrl(id: string): string;
}

export const VIDEO_PROVIDERS: Readonly<Record<VideoProvider, VideoProviderSpec>> = {
  youtube: {
    name: "YouTube",
    // 11 characters of base64url encoding 64 bits: the last one carries 4 bits and two zero bits.
    idPattern: /^[A-Za-z0-9_-]{10}[AEIMQUYcgkosw048]$/,
    idInLink: /(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/,
    // The privacy-enhanced host: no cookies before the reader plays (https://support.google.com/youtube/answer/171780).
    frameOrigin: "https://www.youtube-nocookie.com",
    embedUrl: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
    watchUrl: (id) => `https://www.youtube.com/watch?v=${id}`,
  },
  vimeo: {
    name: "Vimeo",
    idPattern: /^[1-9][0-9]{0,11}$/,
    idInLink: /vimeo\.com\/(?:video\/|.*\/)?([1-9][0-9]{0,11})(?:[/?#]|$)/,
    frameOrigin: "https://player.vimeo.com",
    embedUrl: (id) => `https://player.vimeo.com/video/${id}`,
    watchUrl: (id) => `https://vimeo.com/${id}`,
  },
};

export const VIDEO_PROVIDER_KEYS = Object.keys(VIDEO_PROVIDERS) as VideoProvider[];

/**
 * The origins a page may frame: the providers' players, and nothing more.
 * @example videoFrameSources() // ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
 */
export function videoFrameSources(): string[] {
  return VIDEO_PROVIDER_KEYS.map((key) => VIDEO_PROVIDERS[key].frameOrigin);
}

/** Video files a page can play with the browser's own player, by extension. */
export const VIDEO_FILE_TYPES = { ".mp4": "video/mp4", ".webm": "video/webm" } as const;
export type VideoFileType = (typeof VIDEO_FILE_TYPES)[keyof typeof VIDEO_FILE_TYPES];
