/**
 * Writes a body prepared by src/import/html-body.ts as Markdown tintuc renders (src/content/markdown.ts),
 * with turndown and its GFM tables plugin, plus rules of ours: a `<figure>` becomes a photo alone in
 * its paragraph with the caption as its title (`![alt](src "Chú thích.")`, which tintuc shows as a
 * figure), headings start at `##` (the headline is the page's only `#`), and each photo's `src` is
 * the one media copying chose (src/import/media.ts).
 */
import TurndownService from "turndown";
import { tables } from "turndown-plugin-gfm";
import { VIDEO_PROVIDERS, type VideoProvider } from "../video-providers.ts";

export interface WriteOptions {
  /** The `src` to write for each photo URL of the prepared body; a URL not in it is written as found. */
  imageSources?: ReadonlyMap<string, string>;
  /** The video that went to front matter (`video:`), left out of the body; other videos stay as links. */
  leadVideo?: string;
  /** What to write for each video (`provider:id`) instead: src/import/converted-body.ts's placeholders. */
  videoMarkers?: ReadonlyMap<string, string>;
}

const escapeTitle = (text: string): string => text.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
const escapeAlt = (text: string): string => text.replace(/\\/g, "\\\\").replace(/([[\]])/g, "\\$1");
/** A destination without spaces or parentheses, which would end it early. */
export const escapeDestination = (src: string): string => src.replace(/ /g, "%20").replace(/\(/g, "%28").replace(/\)/g, "%29");
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/** `![alt](src "caption")`: tintuc's photo, a figure when alone in its paragraph. */
export function photoMarkdown(src: string, alt: string, caption: string): string {
  const title = caption ? ` "${escapeTitle(oneLine(caption))}"` : "";
  return `![${escapeAlt(oneLine(alt))}](${escapeDestination(src)}${title})`;
}

/** The options of the body being written: the one service's rules read them (a service per body measured as 15% of the writing). */
let current: WriteOptions = {};

function createService(): TurndownService {
  const options = { get imageSources() { return current.imageSources; }, get leadVideo() { return current.leadVideo; }, get videoMarkers() { return current.videoMarkers; } };
  const service = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced", emDelimiter: "*", hr: "---" });
  service.use(tables);
  const sourceOf = (src: string): string => options.imageSources?.get(src) ?? src;
  service.addRule("figure", {
    filter: "figure",
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      const image = element.querySelector("img");
      if (!image) return `\n\n${_content}\n\n`;
      const caption = element.querySelector("figcaption")?.textContent ?? "";
      return `\n\n${photoMarkdown(sourceOf(image.getAttribute("src") ?? ""), image.getAttribute("alt") ?? "", caption)}\n\n`;
    },
  });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const image = node as HTMLElement;
      return photoMarkdown(sourceOf(image.getAttribute("src") ?? ""), image.getAttribute("alt") ?? "", "");
    },
  });
  service.addRule("video", {
    filter: (node) => node.nodeName === "P" && node.hasAttribute("data-import-video"),
    replacement: (_content, node) => {
      const marker = (node as HTMLElement).getAttribute("data-import-video") ?? "";
      if (marker === options.leadVideo) return "\n\n";
      const placeholder = options.videoMarkers?.get(marker);
      if (placeholder) return `\n\n${placeholder}\n\n`;
      const [provider, id] = marker.split(":") as [VideoProvider, string];
      return `\n\n${VIDEO_PROVIDERS[provider].watchUrl(id)}\n\n`;
    },
  });
  service.addRule("headings", {
    filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
    replacement: (content, node) => {
      const level = Math.max(2, Number(node.nodeName.slice(1)));
      const text = oneLine(content);
      return text ? `\n\n${"#".repeat(level)} ${text}\n\n` : "\n\n";
    },
  });
  return service;
}

const service = createService();

/**
 * The Markdown of a prepared body.
 * @example bodyMarkdown('<figure><img src="/a.jpg" alt="A"><figcaption>Chú thích</figcaption></figure>') // '![A](/a.jpg "Chú thích")'
 */
export function bodyMarkdown(preparedHtml: string, options: WriteOptions = {}): string {
  current = options;
  const markdown = service.turndown(preparedHtml);
  return markdown.replace(/\n{3,}/g, "\n\n").trim();
}
