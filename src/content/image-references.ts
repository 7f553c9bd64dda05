/**
 * The site-local images an article refers to (its lead photo and `![…](/…)` in its body), with
 * the line each stands on, so that a missing file is reported where the writer can fix it.
 * Images given as http(s) URLs are not ours to check.
 */
import path from "node:path";
import { decode } from "mdurl";

export interface ImageReference {
  src: string;
  line?: number;
  field: "image" | "body";
}

/** `![alt](/path "title")`: the destination of a Markdown image, when it is a site-root path. */
const BODY_IMAGE = /!\[[^\]]*\]\(\s*<?(\/[^\s)>]+)/g;

export function imageReferences(leadImageSrc: string | undefined, leadImageLine: number | undefined, body: string, bodyLine: number): ImageReference[] {
  const references: ImageReference[] = [];
  if (leadImageSrc?.startsWith("/")) references.push({ src: leadImageSrc, line: leadImageLine, field: "image" });
  if (!body.includes("![")) return references;
  body.split("\n").forEach((text, index) => {
    for (const match of text.matchAll(BODY_IMAGE)) references.push({ src: match[1]!, line: bodyLine + index, field: "body" });
  });
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
