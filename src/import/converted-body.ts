/**
 * A body converted without knowing yet where its photos go or whether its first video becomes
 * `video:`: the Markdown holds a placeholder for each photo's `src` and each video, and `finishBody`
 * puts in the answers once media copying has given them. This is what lets the conversion (most of
 * an import's work) run on worker threads (src/import/body-converter.ts) while the main thread
 * reads the export and writes files.
 */
import { prepareBody, type AttachmentImage, type DroppedCounts, type FoundVideo, type PrepareOptions } from "./html-body.ts";
import { bodyMarkdown, escapeDestination } from "./markdown-writer.ts";
import { expandShortcodes } from "./wordpress-shortcodes.ts";
import { VIDEO_PROVIDERS } from "../video-providers.ts";

export interface ConvertedBody {
  /** Markdown with `\uE000n\uE000` for photo n's src and `\uE001n\uE001` for video n's paragraph. */
  markdown: string;
  imageUrls: string[];
  videos: FoundVideo[];
  dropped: DroppedCounts;
  /** Shortcodes dropped (WordPress). */
  droppedShortcodes: string[];
}

export interface ConvertJob {
  html: string;
  /** Expand WordPress shortcodes first. */
  shortcodes?: boolean;
  options: Omit<PrepareOptions, "attachment">;
  /** The attachments a gallery may name, by id. */
  attachments?: Record<string, AttachmentImage>;
}

const PHOTO = "\uE000";
const VIDEO = "\uE001";
const PLACEHOLDERS = /[\uE000\uE001]/g;

/**
 * Converts one body to Markdown with placeholders.
 * @example convertBody({ html: "<p>Chào</p>", options: {} }).markdown // "Chào"
 */
export function convertBody(job: ConvertJob): ConvertedBody {
  // The placeholders' characters (Unicode private use) cannot come from the old site.
  const text = job.html.replace(PLACEHOLDERS, "");
  const expanded = job.shortcodes ? expandShortcodes(text) : { html: text, dropped: [] };
  const attachments = job.attachments ?? {};
  const prepared = prepareBody(expanded.html, { ...job.options, attachment: (id) => (Object.hasOwn(attachments, id) ? attachments[id] : undefined) });
  const imageSources = new Map(prepared.imageUrls.map((url, index) => [url, `${PHOTO}${index}${PHOTO}`]));
  const videoMarkers = new Map(prepared.videos.map((video, index) => [`${video.provider}:${video.id}`, `${VIDEO}${index}${VIDEO}`]));
  return {
    markdown: bodyMarkdown(prepared, { imageSources, videoMarkers }),
    imageUrls: prepared.imageUrls,
    videos: prepared.videos,
    dropped: prepared.dropped,
    droppedShortcodes: expanded.dropped,
  };
}

/**
 * The final Markdown: each photo's src, each video's link, the lead video (which went to `video:`) left out.
 * @example finishBody(converted, ["/images/2024/01/a.jpg"], 0)
 */
export function finishBody(body: ConvertedBody, sources: readonly string[], leadVideo: number | undefined): string {
  return body.markdown
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => escapeDestination(sources[Number(index)] ?? body.imageUrls[Number(index)] ?? ""))
    .replace(/\uE001(\d+)\uE001/g, (_, index: string) => {
      const video = body.videos[Number(index)];
      return !video || Number(index) === leadVideo ? "" : VIDEO_PROVIDERS[video.provider].watchUrl(video.id);
    })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
