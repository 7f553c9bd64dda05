/**
 * WordPress shortcodes in a post's text, turned into HTML that src/import/html-body.ts understands
 * before any HTML is parsed. Shortcodes are WordPress's bracket syntax, not HTML
 * (https://codex.wordpress.org/Shortcode_API), so they are found in the text; the HTML inside them is
 * left for the HTML parser.
 *
 * - `[caption …]<img …> Chú thích[/caption]` → `<figure data-import-caption>…</figure>`
 * - `[gallery ids="12,13"]` → `<div data-import-gallery="12,13"></div>`
 * - `[embed]https://youtu.be/…[/embed]`, `[video src=…]` → `<p data-import-embed="URL"></p>`
 * - any other shortcode with attributes (`[contact-form-7 id="3"]`) is dropped and counted.
 */
import { escapeHtml } from "../text/escape.ts";

export interface ShortcodeResult {
  html: string;
  /** Names of shortcodes removed because tintuc has nothing to make of them, one entry per use. */
  dropped: string[];
  /** Attachment ids the galleries name, for the caller to look up. */
  galleryIds: string[];
}

/** `[name attrs]`, `[/name]` or `[name attrs /]`: a name of letters, digits, `_` and `-`. */
const SHORTCODE = /\[(\/)?([A-Za-z_][\w-]*)((?:\s+[^\]]*)?)\]/g;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g;
const KNOWN_WRAPPERS = new Set(["caption", "wp_caption", "embed"]);
const EMBEDS = new Set(["video", "audio", "playlist"]);

function attributesOf(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) result[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
  return result;
}


/**
 * Replaces the shortcodes tintuc understands with HTML markers and drops the others.
 * @example expandShortcodes('[gallery ids="1,2"]').html // '<div data-import-gallery="1,2"></div>'
 */
export function expandShortcodes(text: string): ShortcodeResult {
  const dropped: string[] = [];
  const galleryIds: string[] = [];
  let embedOpen = -1;
  let output = "";
  let last = 0;
  for (const match of text.matchAll(SHORTCODE)) {
    const [whole, closing, rawName, rest] = match;
    const name = rawName!.toLowerCase();
    const start = match.index;
    const attributes = attributesOf(rest ?? "");
    let replacement: string | undefined;
    if (name === "caption" || name === "wp_caption") {
      // The caption may also be an attribute (older WordPress): keep it as the figure's caption.
      replacement = closing
        ? "</figure>"
        : `<figure data-import-caption${attributes.caption ? ` data-import-caption-text="${escapeHtml(attributes.caption)}"` : ""}>`;
    } else if (name === "gallery" && !closing) {
      galleryIds.push(...(attributes.ids ?? "").split(",").map((id) => id.trim()).filter(Boolean));
      replacement = `<div data-import-gallery="${escapeHtml(attributes.ids ?? "")}"></div>`;
    } else if (name === "embed") {
      if (!closing) {
        embedOpen = output.length + (start - last);
        replacement = "";
      } else if (embedOpen >= 0) {
        output += text.slice(last, start);
        const url = output.slice(embedOpen).trim();
        output = `${output.slice(0, embedOpen)}<p data-import-embed="${escapeHtml(url)}"></p>`;
        last = start + whole.length;
        embedOpen = -1;
        continue;
      }
    } else if (EMBEDS.has(name)) {
      const url = attributes.src ?? attributes.mp4 ?? attributes.url ?? "";
      replacement = closing ? "" : url ? `<p data-import-embed="${escapeHtml(url)}"></p>` : "";
      if (!closing && !url) dropped.push(name);
    } else if (!KNOWN_WRAPPERS.has(name) && (rest?.includes("=") || closing)) {
      if (!closing) dropped.push(name);
      replacement = "";
    }
    if (replacement === undefined) continue;
    output += text.slice(last, start) + replacement;
    last = start + whole.length;
  }
  return { html: output + text.slice(last), dropped, galleryIds };
}
