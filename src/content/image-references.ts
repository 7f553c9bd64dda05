/**
 * The site-local images an article refers to (its lead photo and `![…](/…)` in its body), with
 * the line each stands on, so that a missing file is reported where the writer can fix it.
 * Images given as http(s) URLs are not ours to check. Body photos are read as Markdown reads them:
 * not inside code.
 */
import path from "node:path";
import { decode } from "mdurl";

export interface ImageReference {
  src: string;
  line?: number;
  field: "image" | "body";
}

/** `![alt](destination "title")`: a Markdown image's alt text and destination, perhaps in angle brackets. */
const BODY_IMAGE = /!\[([^\]]*)\]\(\s*(<[^>]*>|[^\s)]+)/g;

/** A photo of the body as written: its destination (any form), its alt text and its line. */
export interface BodyImage {
  src: string;
  alt: string;
  line: number;
}

/**
 * The lines of a body that Markdown reads as text, each with its line in the file: fenced code blocks
 * left out and inline code blanked, since an image or a link shown as code is no image nor link.
 */
export function markdownLines(body: string, bodyLine: number): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | undefined;
  body.split("\n").forEach((text, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    lines.push({ text: text.includes("`") ? text.replace(/(`+)[^`]*?\1/g, "") : text, line: bodyLine + index });
  });
  return lines;
}

/**
 * Every photo of a body, wherever its destination points.
 * @example bodyImages("![Hội nghị](/images/a.jpg)", 6) // [{ src: "/images/a.jpg", alt: "Hội nghị", line: 6 }]
 */
export function bodyImages(body: string, bodyLine: number): BodyImage[] {
  if (!body.includes("![")) return [];
  const images: BodyImage[] = [];
  for (const { text, line } of markdownLines(body, bodyLine)) {
    for (const match of text.matchAll(BODY_IMAGE)) images.push({ src: match[2]!.replace(/^<|>$/g, ""), alt: match[1]!, line });
  }
  return images;
}

export function imageReferences(leadImageSrc: string | undefined, leadImageLine: number | undefined, body: string, bodyLine: number): ImageReference[] {
  const references: ImageReference[] = [];
  if (leadImageSrc?.startsWith("/")) references.push({ src: leadImageSrc, line: leadImageLine, field: "image" });
  for (const image of bodyImages(body, bodyLine)) if (image.src.startsWith("/")) references.push({ src: image.src, line: image.line, field: "body" });
  return references;
}

/**
 * The file a site-root path names inside the content folder, relative to it and normalised, or
 * undefined when the path leaves the folder (`/images/../../etc/passwd`, `/%2e%2e/x`).
 * Percent-escapes are decoded as a browser's request would be (`%20` is a space); a `%` that starts
 * no escape is the character itself, so `/images/100%.jpg` names the file `100%.jpg`, as markdown-it
 * links it (`100%25.jpg`).
 * @example contentPathOf("/images/a%20b.jpg?v=2") // "images/a b.jpg"
 */
export function contentPathOf(src: string): string | undefined {
  const decoded = decode(src.split(/[?#]/)[0]!, "").replace(/\\/g, "/").replace(/^\/+/, "");
  const normalised = path.posix.normalize(decoded || ".");
  return normalised === ".." || normalised.startsWith("../") ? undefined : normalised;
}
