/**
 * Writes a body prepared by src/import/html-body.ts as Markdown tintuc renders (src/content/markdown.ts),
 * with turndown and its GFM tables plugin, plus rules of ours: a `<figure>` becomes a photo alone in
 * its paragraph with the caption as its title (`![alt](src "Chú thích.")`, which tintuc shows as a
 * figure), headings start at `##` (the headline is the page's only `#`), and each photo's `src` is
 * the one media copying chose (src/import/media.ts).
 */
import { createDocument } from "@mixmark-io/domino";
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
  // A table without a row (emptied by the drops, or made so by broken markup) is its text: the GFM
  // plugin's table rules read its first row and throw on none, which stopped the whole import.
  // Added after the plugin, so it is asked first.
  service.addRule("rowlessTable", {
    filter: (node) => node.nodeName === "TABLE" && !(node as HTMLTableElement).rows[0],
    replacement: (content) => `\n\n${content}\n\n`,
  });
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

/** A node of the tree src/import/html-body.ts parsed (htmlparser2's domhandler), as far as the copy below reads it. */
export interface ParsedNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  data?: string;
  children?: ParsedNode[];
}

/** The one document the copies are made in: turndown reads them, and clones the one it is given. */
const document = createDocument("");

/** Table parts and what the HTML parser leaves inside each; anything else it moves out of the table. */
const TABLE_CONTENT: Record<string, ReadonlySet<string>> = {
  table: new Set(["caption", "colgroup", "thead", "tbody", "tfoot", "tr", "script", "style", "template"]),
  thead: new Set(["tr", "script", "style", "template"]),
  tbody: new Set(["tr", "script", "style", "template"]),
  tfoot: new Set(["tr", "script", "style", "template"]),
  tr: new Set(["td", "th", "script", "style", "template"]),
};
/** Blocks the HTML parser closes an open `<p>` for: one inside a `<p>` would come out beside it. */
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "xmp", "plaintext",
]);
const HEADING = /^h[1-6]$/;
/** Elements the HTML parser treats by rules of their own (other documents, other namespaces, a first newline dropped). */
const OWN_RULES = new Set([
  "html", "head", "body", "frameset", "frame", "svg", "math", "pre", "listing", "textarea", "xmp", "plaintext", "title", "noembed", "noframes", "noscript",
  "iframe", "template", "image", "td", "th", "caption", "col", "colgroup", "select", "option", "optgroup", "a", "li", "dd", "dt", "nobr",
]);

/**
 * Whether the HTML parser would build this tree other than htmlparser2 did: text or a block inside
 * a table part (moved out), a block inside `<p>`, a cell outside a row, a `<pre>` opening on a
 * newline (dropped), nested links or list items, another namespace. Such a body takes the
 * serialized way, whose tree turndown's parser builds; every other tree is the same either way.
 */
function parsesDifferently(nodes: readonly ParsedNode[], parent: string | undefined, inP: boolean, inA: boolean, inItem = false): boolean {
  const allowed = parent === undefined ? undefined : TABLE_CONTENT[parent];
  for (const node of nodes) {
    if (node.type === "text") {
      if (allowed && /[^\t\n\f\r ]/.test(node.data ?? "")) return true;
      continue;
    }
    if (!node.name || (node.type !== "tag" && node.type !== "script" && node.type !== "style")) continue;
    const name = node.name;
    if (allowed && !allowed.has(name)) return true;
    if (inP && CLOSES_P.has(name)) return true;
    // A heading straight inside a heading closes it.
    if (HEADING.test(name) && parent !== undefined && HEADING.test(parent)) return true;
    if (OWN_RULES.has(name)) {
      if (name === "td" || name === "th") {
        if (parent !== "tr") return true;
      } else if (name === "a") {
        if (inA) return true;
      } else if (name === "li" || name === "dd" || name === "dt") {
        // An item inside an item (even through a <div>) closes the outer one.
        if (inItem) return true;
      } else if (name === "pre" || name === "listing") {
        // The parser drops a newline just after the tag; turndown would see it here.
        const first = node.children?.[0];
        if (first?.type === "text" && first.data?.startsWith("\n")) return true;
      } else if (name === "caption") {
        if (parent !== "table") return true;
      } else return true;
    }
    if (name in TABLE_CONTENT && name !== "table" && !(parent && (parent === "table" || (name === "tr" && parent in TABLE_CONTENT)))) return true;
    // A list of its own starts afresh: its items are its own.
    const item = name === "li" || name === "dd" || name === "dt" || (inItem && name !== "ul" && name !== "ol" && name !== "dl" && name !== "menu");
    if (parsesDifferently(node.children ?? [], name, name === "p" || (inP && !allowed), inA || name === "a", item)) return true;
  }
  return false;
}

/**
 * Copies the parsed tree into turndown's DOM node by node. Serializing it and letting turndown parse
 * the HTML again measured as a third of converting a body (issue 23); the copy is a tenth of that.
 * Returns undefined for a tree the HTML parser would build otherwise (above) or the DOM refuses
 * (an attribute name no parser would make), which then takes the serialized way.
 */
export function domOf(nodes: readonly ParsedNode[]): HTMLElement | undefined {
  if (parsesDifferently(nodes, undefined, false, false)) return undefined;
  const copy = (from: readonly ParsedNode[], into: HTMLElement): void => {
    // Rows straight in a table go in a <tbody> the parser would imply, with what follows them.
    let body: HTMLElement | undefined;
    for (const node of from) {
      if (node.type === "text") (body ?? into).appendChild(document.createTextNode(node.data ?? ""));
      else if (node.name && (node.type === "tag" || node.type === "script" || node.type === "style")) {
        const element = document.createElement(node.name);
        for (const [name, value] of Object.entries(node.attribs ?? {})) element.setAttribute(name, value);
        if (node.name === "tr" && into.nodeName === "TABLE") body ??= into.appendChild(document.createElement("tbody"));
        else if (node.name !== "script" && node.name !== "style" && node.name !== "template") body = undefined;
        (body ?? into).appendChild(element);
        copy(node.children ?? [], element);
      }
      // Comments, CDATA and directives say nothing in Markdown: turndown skips them too.
    }
  };
  const root = document.createElement("x-turndown");
  try {
    copy(nodes, root);
    return root;
  } catch {
    return undefined;
  }
}

/**
 * The Markdown of a prepared body: its parsed nodes, or its HTML.
 * @example bodyMarkdown('<figure><img src="/a.jpg" alt="A"><figcaption>Chú thích</figcaption></figure>') // '![A](/a.jpg "Chú thích")'
 */
export function bodyMarkdown(prepared: string | { nodes: readonly ParsedNode[]; html(): string }, options: WriteOptions = {}): string {
  current = options;
  const input = typeof prepared === "string" ? prepared : (domOf(prepared.nodes) ?? prepared.html());
  const markdown = service.turndown(input);
  return markdown.replace(/\n{3,}/g, "\n\n").trim();
}
