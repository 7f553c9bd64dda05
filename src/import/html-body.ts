/**
 * Brings an imported body's HTML into the shapes tintuc's Markdown has (src/content/markdown.ts), with a
 * real HTML parser (cheerio): every photo with a caption becomes one `<figure><img><figcaption>`
 * (WordPress `[caption]` markers, `.wp-caption`, block-editor figures, the legacy portals' one-photo
 * tables), galleries become consecutive figures, YouTube and Vimeo embeds are lifted out, and what a
 * Markdown body cannot hold and must not run (scripts, styles, other sites' frames, event handlers)
 * is dropped and counted. src/import/markdown-writer.ts then writes the Markdown.
 */
import { load, type Cheerio, type CheerioAPI } from "cheerio";
import { VIDEO_PROVIDERS, VIDEO_PROVIDER_KEYS, type VideoProvider } from "../video-providers.ts";
import type { ParsedNode } from "./markdown-writer.ts";

/** An element as cheerio types it (its own copy of domhandler). */
type Element = ReturnType<CheerioAPI>[number] & { tagName: string; attribs: Record<string, string> };
/** The node kinds autoParagraphs moves, as far as it looks at them. */
interface Node {
  type: string;
}
interface TextNode extends Node {
  data: string;
}

export interface FoundVideo {
  provider: VideoProvider;
  id: string;
}

export interface AttachmentImage {
  url: string;
  alt: string;
  caption: string;
}

export interface DroppedCounts {
  scripts: number;
  styles: number;
  frames: number;
  handlers: number;
  /** Shortcodes and other markup dropped by name, e.g. `contact-form-7`, `form`, `object`. */
  other: string[];
}

export interface PreparedBody {
  /** The normalized body for the Markdown writer, parsed; embeds are left as `<p data-import-video="provider:id">`. */
  nodes: readonly ParsedNode[];
  /** The same, as HTML. */
  html(): string;
  /** Photo URLs in the body, absolute where a base URL was given, in order, each once. */
  imageUrls: string[];
  videos: FoundVideo[];
  dropped: DroppedCounts;
}

export interface PrepareOptions {
  /** Resolves relative `src`s: the export's site URL, or the saved page's own URL. */
  baseUrl?: string;
  /** A gallery's images by attachment id (WordPress `[gallery ids]` and `wp-image-N`). */
  attachment?: (id: string) => AttachmentImage | undefined;
  /** WordPress's classic editor stores paragraphs as blank lines, which its `wpautop` turns into `<p>` when showing. */
  autoParagraphs?: boolean;
  /** Legacy portals mark subheads as a paragraph in bold: such a paragraph becomes an `<h2>`. */
  boldParagraphsAsHeadings?: boolean;
  /** Further drops, as selectors (a legacy page's share buttons, "related" boxes). */
  remove?: string[];
}

const FRAGMENT_PARSER = { xml: { xmlMode: false, decodeEntities: true } } as const;

const BLOCK = new Set([
  "p", "div", "figure", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
  "section", "article", "aside", "header", "footer", "address", "form", "details", "center",
]);

/**
 * Finds a YouTube or Vimeo video in a link or player URL.
 * @example videoInUrl("https://youtu.be/dQw4w9WgXcQ") // { provider: "youtube", id: "dQw4w9WgXcQ" }
 */
export function videoInUrl(url: string): FoundVideo | undefined {
  for (const provider of VIDEO_PROVIDER_KEYS) {
    const id = VIDEO_PROVIDERS[provider].idInLink.exec(url)?.[1];
    if (id && VIDEO_PROVIDERS[provider].idPattern.test(id)) return { provider, id };
  }
  return undefined;
}

function absolute(url: string, base: string | undefined): string {
  const trimmed = url.trim();
  if (!trimmed || !base) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

/**
 * Wraps runs of text and inline elements at the top level into paragraphs, blank lines splitting
 * them, single line breaks becoming `<br>`. Done by moving nodes, not by re-serializing and
 * re-parsing: that measured as 60% of preparing a classic-editor post.
 */
function autoParagraphs($: CheerioAPI): void {
  const root = $.root();
  const nodes = root.contents().toArray();
  const result: Node[] = [];
  let run: Node[] = [];
  // Each new element is a copy of one parsed here, not a string parsed again (a tenth of converting a body).
  const paragraphTemplate = $("<p></p>");
  const breakTemplate = $("<br>");
  const textNode = (template: TextNode, data: string): TextNode => {
    const copy = $(template as never).clone()[0] as unknown as TextNode;
    copy.data = data;
    return copy;
  };
  const flush = (): void => {
    const meaningful = run.some((node) => node.type !== "text" || (node as TextNode).data.trim() !== "");
    if (meaningful) {
      // Trim the paragraph's ends, then turn the line breaks left inside its text into <br>.
      const first = run[0]!;
      const last = run[run.length - 1]!;
      if (first.type === "text") (first as TextNode).data = (first as TextNode).data.replace(/^\s+/, "");
      if (last.type === "text") (last as TextNode).data = (last as TextNode).data.replace(/\s+$/, "");
      const paragraph = paragraphTemplate.clone();
      const children: Node[] = [];
      for (const node of run) {
        if (node.type !== "text" || !(node as TextNode).data.includes("\n")) {
          children.push(node);
          continue;
        }
        (node as TextNode).data.split(/[ \t]*\n[ \t]*/).forEach((line, index) => {
          if (index > 0) children.push(breakTemplate.clone()[0] as unknown as Node);
          if (line) children.push(textNode(node as TextNode, line));
        });
      }
      paragraph.append(children as never);
      result.push(paragraph[0] as unknown as Node);
    }
    run = [];
  };
  for (const node of nodes as unknown as Node[]) {
    if (node.type === "tag" && BLOCK.has((node as unknown as Element).tagName)) {
      flush();
      result.push(node);
    } else if (node.type === "comment") {
      continue;
    } else if (node.type === "text" && /\n\s*\n/.test((node as TextNode).data)) {
      (node as TextNode).data.split(/\n\s*\n/).forEach((piece, index) => {
        if (index > 0) flush();
        run.push(textNode(node as TextNode, piece));
      });
    } else {
      run.push(node);
    }
  }
  flush();
  root.empty().append(result as never);
}

function figureOf($: CheerioAPI, src: string, alt: string, caption: string): Cheerio<Element> {
  const img = $("<img>").attr("src", src).attr("alt", alt);
  const figure = $("<figure></figure>").append(img);
  if (caption) figure.append($("<figcaption></figcaption>").text(caption));
  return figure as Cheerio<Element>;
}

const figureHtml = ($: CheerioAPI, src: string, alt: string, caption: string): string => $.html(figureOf($, src, alt, caption));

const clean = (text: string): string => text.replace(/\s+/g, " ").trim();

/** A test of one element, in place of a selector. */
type ElementTest = (element: Element) => boolean;
const tagIs = (...names: string[]): ElementTest => (element) => names.includes(element.tagName);
const hasClass = (element: Element, name: string): boolean => ` ${element.attribs.class ?? ""} `.replace(/\s+/g, " ").includes(` ${name} `);

/**
 * The elements under `roots` (the roots left out) that pass `test`, in document order. Cheerio
 * compiles a selector afresh on every query (18 µs each, more than half of preparing a body: issue
 * 23), so the queries every body makes are these walks; the rare ones keep their selectors.
 */
function descendants(roots: readonly unknown[], test: ElementTest): Element[] {
  const found: Element[] = [];
  const walk = (nodes: readonly { type: string; children?: unknown[] }[]): void => {
    for (const node of nodes) {
      if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
      if (test(node as unknown as Element)) found.push(node as unknown as Element);
      if (node.children) walk(node.children as { type: string }[]);
    }
  };
  for (const root of roots) walk(((root as { children?: unknown[] }).children ?? []) as { type: string }[]);
  return found;
}

/** An element's child elements that pass `test`. */
const childrenThat = (element: unknown, test: ElementTest): Element[] =>
  (((element as { children?: unknown[] }).children ?? []) as Element[]).filter((child) => (child as unknown as { type: string }).type === "tag" && test(child));

/** The text of a figure's caption: its `<figcaption>`, or (in a `[caption]`) the text beside the photo. */
function captionOf($: CheerioAPI, figure: Cheerio<Element>): string {
  const explicit = descendants(figure.toArray(), (element) => element.tagName === "figcaption" || hasClass(element, "wp-caption-text") || hasClass(element, "wp-element-caption"))[0];
  if (explicit) return clean($(explicit).text());
  const attribute = figure.attr("data-import-caption-text");
  if (attribute) return clean(attribute);
  // The text beside the photo: an <img> holds none, so the figure's own text is it (no copy without the photo needed).
  if (figure.attr("data-import-caption") !== undefined) return clean(figure.text());
  return "";
}

/**
 * Normalizes a body's HTML for the Markdown writer and lists its photos and videos.
 * @example prepareBody('<p>Xin chào<script>x()</script></p>').dropped.scripts // 1
 */
export function prepareBody(html: string, options: PrepareOptions = {}): PreparedBody {
  // htmlparser2 in HTML mode rather than parse5: a third of the time for a fragment, and a body
  // fragment needs none of the whole-document error recovery parse5 brings.
  const $ = load(html, FRAGMENT_PARSER, false);
  // Each query walks the whole body; one the text cannot match is skipped (a cheap test of the raw
  // text, never a parse of it): the queries were 40% of preparing a body.
  const lower = html.toLowerCase();
  const has = (...needles: string[]): boolean => needles.some((needle) => lower.includes(needle));
  const dropped: DroppedCounts = { scripts: 0, styles: 0, frames: 0, handlers: 0, other: [] };
  const videos: FoundVideo[] = [];

  for (const selector of options.remove ?? []) $(selector).remove();
  if (has("<script", "<style", "<link", "<noscript", "<template")) {
    dropped.scripts = $("script").length;
    dropped.styles = $("style, link[rel=stylesheet]").length;
    $("script, style, link, noscript, template").remove();
  }
  for (const element of has(" on") ? $("*").toArray() : []) {
    const attributes = (element as Element).attribs;
    for (const name of Object.keys(attributes)) {
      if (name.toLowerCase().startsWith("on")) {
        dropped.handlers++;
        delete attributes[name];
      }
    }
  }
  const UNSAFE = "form, object, embed, applet, input, button, select, textarea";
  const unsafe = has("<form", "<object", "<embed", "<applet", "<input", "<button", "<select", "<textarea") ? $(UNSAFE) : $([]);
  // Counted outermost only: a form's inputs go with it.
  for (const element of unsafe.toArray()) if ($(element).parents(UNSAFE).length === 0) dropped.other.push((element as Element).tagName);
  unsafe.remove();
  if (options.autoParagraphs) autoParagraphs($);

  const videoMarker = (video: FoundVideo): string => `<p data-import-video="${video.provider}:${video.id}">video</p>`;
  // Embeds: frames of YouTube/Vimeo, `[embed]` markers, block-editor embed figures, and bare links
  // alone on a line (WordPress's auto-embed).
  if (has("<iframe")) $("iframe").each((_, element) => {
    const frame = $(element);
    const video = videoInUrl(frame.attr("src") ?? "");
    if (!video) {
      dropped.frames++;
      frame.remove();
      return;
    }
    videos.push(video);
    const holder = frame.closest("figure.wp-block-embed, .wp-block-embed, p");
    (holder.length ? holder : frame).replaceWith(videoMarker(video));
  });
  if (has("data-import-embed", "wp-block-embed")) $("[data-import-embed], figure.wp-block-embed, div.wp-block-embed").each((_, element) => {
    const node = $(element);
    const url = node.attr("data-import-embed") ?? clean(node.find(".wp-block-embed__wrapper").text() || node.text());
    const video = videoInUrl(url);
    if (video) {
      videos.push(video);
      node.replaceWith(videoMarker(video));
    } else if (url) {
      node.replaceWith($("<p></p>").append($("<a></a>").attr("href", url).text(url)));
    } else node.remove();
  });
  const all = (test: ElementTest): Cheerio<Element> => $(descendants($.root().toArray(), test));
  if (has("http")) all(tagIs("p")).each((_, element) => {
    const paragraph = $(element);
    if (paragraph.children().length > 1 || paragraph.attr("data-import-video")) return;
    const text = clean(paragraph.text());
    if (!/^https?:\/\/\S+$/.test(text)) return;
    const video = videoInUrl(text);
    if (video) {
      videos.push(video);
      paragraph.replaceWith(videoMarker(video));
    }
  });

  // Galleries: `[gallery]` markers by attachment id, and block-editor galleries of figures.
  if (has("data-import-gallery")) $("[data-import-gallery]").each((_, element) => {
    const ids = ($(element).attr("data-import-gallery") ?? "").split(",").map((id) => id.trim()).filter(Boolean);
    const figures = ids
      .map((id) => options.attachment?.(id))
      .filter((image): image is AttachmentImage => image !== undefined)
      .map((image) => figureHtml($, image.url, image.alt, image.caption));
    $(element).replaceWith(figures.join("\n"));
  });

  // Photos with captions, innermost first so that a gallery's figures are read before the gallery.
  const figures = has("<figure", "wp-caption", "<table", "data-import-gallery") ? descendants($.root().toArray(), (element) => element.tagName === "figure" || element.tagName === "table" || (element.tagName === "div" && hasClass(element, "wp-caption"))).reverse() : [];
  for (const element of figures) {
    const node = $(element);
    const images = $(descendants([element], tagIs("img")));
    if (element.tagName === "table" && (images.length !== 1 || descendants([element], tagIs("td")).length > 3)) continue;
    if (images.length === 0) continue;
    if (images.length > 1) {
      // A gallery: each photo its own figure, with its own caption when it has one.
      const parts = images.toArray().map((img) => {
        const image = $(img);
        const own = image.closest("figure, li").find("figcaption").first();
        return figureHtml($, image.attr("src") ?? "", image.attr("alt") ?? "", own.length ? clean(own.text()) : "");
      });
      node.replaceWith(parts.join("\n"));
      continue;
    }
    const image = images.first();
    let caption = captionOf($, node);
    if (element.tagName === "table") caption = clean(node.text());
    node.replaceWith(figureOf($, image.attr("src") ?? "", image.attr("alt") ?? "", caption));
  }

  // A photo wrapped in a link to its own full-size file is the photo.
  if (has("<a")) all(tagIs("a")).each((_, element) => {
    const link = $(element);
    const images = childrenThat(element, tagIs("img"));
    if (link.children().length === 1 && images.length === 1 && !clean(link.text())) link.replaceWith(images[0]!);
  });

  if (options.boldParagraphsAsHeadings) {
    all(tagIs("p")).each((_, element) => {
      const paragraph = $(element);
      const text = clean(paragraph.text());
      const bold = clean($(childrenThat(element, tagIs("strong", "b"))).text());
      if (text && text === bold && paragraph.children().length === 1 && text.length <= 160 && !/[.:;]$/.test(text)) {
        paragraph.replaceWith($("<h2></h2>").text(text));
      }
    });
  }

  // A table is kept as a Markdown table, which needs a heading row: an old table without one gets its first row as the heading.
  if (has("<table")) all(tagIs("table")).each((_, element) => {
    const firstRow = descendants([element], tagIs("tr"))[0];
    if (firstRow && childrenThat(firstRow, tagIs("th")).length === 0) {
      for (const cell of childrenThat(firstRow, tagIs("td"))) cell.tagName = "th";
    }
  });

  const imageUrls: string[] = [];
  if (has("<img", "data-import-gallery")) all(tagIs("img")).each((_, element) => {
    const image = $(element);
    const src = absolute(image.attr("src") ?? image.attr("data-src") ?? "", options.baseUrl);
    if (!src) {
      image.remove();
      return;
    }
    image.attr("src", src);
    if (!imageUrls.includes(src)) imageUrls.push(src);
  });
  if (has("<a")) all(tagIs("a")).each((_, element) => {
    const link = $(element);
    const href = (link.attr("href") ?? "").trim();
    // A link that goes nowhere (`#`, `javascript:`) is its text; a saved page's links stay as written, a file: URL being no address.
    if (!href || href.startsWith("#") || /^javascript:/i.test(href)) link.replaceWith(link.contents());
    else if (options.baseUrl && /^https?:/.test(options.baseUrl)) link.attr("href", absolute(href, options.baseUrl));
  });
  return { nodes: $.root().contents().toArray() as ParsedNode[], html: () => $.html(), imageUrls, videos, dropped };
}

