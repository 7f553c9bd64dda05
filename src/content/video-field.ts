/**
 * The `video:` field of an article's front matter, read for src/content/schema.ts:
 *
 * ```yaml
 * video:
 *   youtube: dQw4w9WgXcQ          # or  vimeo: 76979871  or  file: /videos/2024/01/hoi-nghi.mp4
 *   poster: /images/2024/01/hoi-nghi.jpg
 *   duration: "3:25"              # optional: minutes:seconds or hours:minutes:seconds
 * ```
 *
 * Exactly one of `youtube`, `vimeo` and `file` names the video. The poster must be the site's own
 * file, so that a page asks nothing of another site before the reader plays (issue 10). That the
 * poster and the file exist under content/ is the loader's check, like images (load-content.ts).
 */
import path from "node:path";
import { pad2 } from "../text/pad.ts";
import { isRootRelative } from "../urls.ts";
import { closestWord } from "../text/closest-word.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { type WriterMessages, writerMessages } from "../writer-messages.ts";
import { VIDEO_FILE_TYPES, VIDEO_PROVIDERS, VIDEO_PROVIDER_KEYS, type VideoFileType, type VideoProvider } from "../video-providers.ts";

export interface VideoDuration {
  /** As printed: `3:25`, `1:02:03`. */
  text: string;
  /** ISO 8601, for `datetime` attributes and structured data: `PT3M25S`, `PT1H2M3S`. */
  iso: string;
  seconds: number;
}

/** A provider's video, played in its own frame. */
export interface EmbeddedVideo {
  kind: "embed";
  provider: VideoProvider;
  id: string;
}

/** A file of the site (`/videos/…`), played by the browser. */
export interface VideoFile {
  kind: "file";
  src: string;
  type: VideoFileType;
}

export type ArticleVideo = (EmbeddedVideo | VideoFile) & {
  /** Site-root path of the image shown before the video plays. */
  poster: string;
  duration?: VideoDuration;
};

type Result<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (message: string): Result<never> => ({ ok: false, message });
const describe = (raw: unknown, messages: WriterMessages): string =>
  raw === null ? messages.nothing : Array.isArray(raw) ? messages.aList : typeof raw === "object" ? messages.aGroup : JSON.stringify(raw);

const SOURCE_FIELDS = [...VIDEO_PROVIDER_KEYS, "file"] as const;
const VIDEO_FIELDS = [...SOURCE_FIELDS, "poster", "duration"];
/** Where video files go, like photos in content/images/: what the build copies to the site. */
export const VIDEO_FOLDER = "/videos/";
const EXAMPLE = "video: { youtube: dQw4w9WgXcQ, poster: /images/x.jpg }";

/**
 * Reads the `video:` field.
 * @example parseVideo({ vimeo: 76979871, poster: "/images/a.jpg" }) // { ok: true, value: { kind: "embed", provider: "vimeo", id: "76979871", poster: "/images/a.jpg" } }
 */
export function parseVideo(raw: unknown, lang: Language = DEFAULT_LANGUAGE): Result<ArticleVideo> {
  const messages = writerMessages[lang];
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return fail(messages.videoFields(EXAMPLE, describe(raw, messages)));
  const fields = raw as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !VIDEO_FIELDS.includes(key));
  if (unknown !== undefined) return fail(messages.unknownSubfield(unknown, closestWord(unknown, VIDEO_FIELDS), VIDEO_FIELDS.join(", ")));
  const named = SOURCE_FIELDS.filter((key) => fields[key] !== undefined && fields[key] !== null);
  if (named.length === 0) return fail(messages.videoSourceMissing(EXAMPLE));
  if (named.length > 1) return fail(messages.videoSources(named.join(lang === "en" ? " and " : " và ")));
  const key = named[0]!;
  const source = key === "file" ? videoFile(fields.file, lang) : providerId(key, fields[key], messages);
  if (!source.ok) return source;

  if (fields.poster === undefined || fields.poster === null) return fail(messages.posterRequired);
  const poster = sitePath(fields.poster, "/images/2024/01/hoi-nghi.jpg", messages);
  if (!poster.ok) return fail(messages.subfield("poster", poster.message));
  if (!isRootRelative(poster.value)) return fail(messages.posterNotLocal(poster.value));
  if (fields.duration === undefined || fields.duration === null) return ok({ ...source.value, poster: poster.value });
  const duration = parseDuration(fields.duration, lang);
  if (!duration.ok) return fail(messages.subfield("duration", duration.message));
  return ok({ ...source.value, poster: poster.value, duration: duration.value });
}

function sitePath(raw: unknown, example: string, messages: WriterMessages): Result<string> {
  if (typeof raw !== "string") return fail(messages.notPath(example, describe(raw, messages)));
  const trimmed = raw.trim();
  return trimmed ? ok(trimmed) : fail(messages.empty);
}

function providerId(provider: VideoProvider, raw: unknown, messages: WriterMessages): Result<EmbeddedVideo> {
  const spec = VIDEO_PROVIDERS[provider];
  const shape = messages[`${provider}IdShape`];
  // YAML reads an all-digit id (every Vimeo id) as a number.
  const id = typeof raw === "number" && Number.isSafeInteger(raw) ? String(raw) : typeof raw === "string" ? raw.trim() : undefined;
  if (id === undefined) return fail(messages.videoIdGot(provider, spec.name, shape, describe(raw, messages)));
  if (spec.idPattern.test(id)) return ok({ kind: "embed", provider, id });
  const inLink = spec.idInLink.exec(id)?.[1];
  if (inLink !== undefined && spec.idPattern.test(inLink)) {
    return fail(messages.videoIdIsLink(provider, id, inLink));
  }
  return fail(messages.videoIdBad(provider, id, spec.name, shape));
}

function videoFile(raw: unknown, lang: Language): Result<VideoFile> {
  const messages = writerMessages[lang];
  const src = sitePath(raw, `${VIDEO_FOLDER}2024/01/hoi-nghi.mp4`, messages);
  if (!src.ok) return fail(messages.subfield("file", src.message));
  const types: Readonly<Record<string, VideoFileType>> = VIDEO_FILE_TYPES;
  const type = types[path.posix.extname(src.value.split(/[?#]/)[0]!).toLowerCase()];
  if (!type) return fail(messages.videoFileType(src.value, Object.keys(VIDEO_FILE_TYPES).join(lang === "en" ? " or " : " hoặc ")));
  if (!src.value.startsWith(VIDEO_FOLDER) || src.value.split("/").includes("..")) return fail(messages.videoFileFolder(src.value, VIDEO_FOLDER));
  return ok({ kind: "file", src: src.value, type });
}

const DURATION_PATTERN = /^(?:(\d{1,3}):([0-5]\d):([0-5]\d)|([0-5]?\d):([0-5]\d))$/;

/**
 * A video's length as writers give it, `M:SS` or `H:MM:SS`, with its ISO 8601 form.
 * @example parseDuration("3:25") // { ok: true, value: { text: "3:25", iso: "PT3M25S", seconds: 205 } }
 * @example parseDuration("1:02:03").value.iso // "PT1H2M3S"
 */
export function parseDuration(raw: unknown, lang: Language = DEFAULT_LANGUAGE): Result<VideoDuration> {
  const messages = writerMessages[lang];
  const match = typeof raw === "string" ? DURATION_PATTERN.exec(raw.trim()) : null;
  if (!match) return fail(messages.notDuration(describe(raw, messages)));
  const [hours, minutes, seconds] = match[1] !== undefined ? [match[1], match[2], match[3]].map(Number) : [0, Number(match[4]), Number(match[5])];
  const total = hours! * 3600 + minutes! * 60 + seconds!;
  if (total === 0) return fail(messages.zeroDuration(describe(raw, messages)));
  const text = hours ? `${hours}:${pad2(minutes!)}:${pad2(seconds!)}` : `${minutes}:${pad2(seconds!)}`;
  const iso = `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
  return ok({ text, iso, seconds: total });
}

/**
 * The site's files a video names, for the loader to check that each exists under content/.
 * @example videoFiles({ kind: "file", src: "/videos/a.mp4", type: "video/mp4", poster: "/images/a.jpg" }) // [{ src: "/images/a.jpg", what: "poster" }, { src: "/videos/a.mp4", what: "file" }]
 */
export function videoFiles(video: ArticleVideo): { src: string; what: "poster" | "file" }[] {
  const files: { src: string; what: "poster" | "file" }[] = [{ src: video.poster, what: "poster" }];
  if (video.kind === "file") files.push({ src: video.src, what: "file" });
  return files;
}
