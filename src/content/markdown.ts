/**
 * The Markdown renderer for article bodies and writers' pages.
 *
 * Raw HTML is off: a body is the writer's text, never markup, so `<script>` in it prints as text.
 * A paragraph that holds nothing but one image becomes a `<figure>`, its title its `<figcaption>`:
 * `![Toàn cảnh hội nghị](/images/a.jpg "Toàn cảnh Hội nghị.")`.
 * An image whose size is known (`markdownEnv`) gets its width and height, so that the browser keeps
 * its place while it loads, and a local photo's copies in `<picture>` (src/images/picture-html.ts).
 */
import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";
import { escapeHtml } from "../text/escape.ts";
import type { ImageSize } from "./local-images.ts";
import { pictureHtml } from "../images/picture-html.ts";

// A type, not an interface: markdown-it's `env` is an index signature, which only a type literal meets.
type TintucEnv = {
  /** Image sizes by src, as markdown-it normalizes it (`normalizeLink`). */
  imageSizes?: Readonly<Record<string, ImageSize>>;
};

/** The `env` argument of `render` that gives images their sizes. */
export function markdownEnv(imageSizes: Readonly<Record<string, ImageSize>>): TintucEnv {
  return { imageSizes };
}

function sizeOf(env: unknown, src: string): ImageSize | undefined {
  const sizes = (env as TintucEnv | undefined)?.imageSizes;
  return sizes && Object.hasOwn(sizes, src) ? sizes[src] : undefined;
}

/** A fresh renderer with tintuc's rules. */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, typographer: false });
  md.core.ruler.push("tintuc_figures", turnLoneImagesIntoFigures);
  md.renderer.rules.figure = (tokens, index, _options, env) => renderFigure(md, tokens[index]!, env);
  md.renderer.rules.image = (tokens, index, options, env) => {
    const image = tokens[index]!;
    const src = String(image.attrGet("src") ?? "");
    const alt = image.children ? md.renderer.renderInlineAsText(image.children, options, env) : image.content;
    return pictureHtml({ src, alt, title: String(image.attrGet("title") ?? "") || undefined, ...sizeOf(env, src) }, "body");
  };
  return md;
}

function turnLoneImagesIntoFigures(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = tokens.length - 3; i >= 0; i--) {
    const [open, inline, close] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (open.type !== "paragraph_open" || inline.type !== "inline" || close.type !== "paragraph_close") continue;
    const children = (inline.children ?? []).filter((child) => !(child.type === "text" && child.content.trim() === ""));
    if (children.length !== 1 || children[0]!.type !== "image") continue;
    const image = children[0]!;
    const figure = new state.Token("figure", "figure", 0);
    figure.block = true;
    figure.map = open.map;
    figure.attrs = [
      ["src", String(image.attrGet("src") ?? "")],
      ["alt", image.children ? state.md.renderer.renderInlineAsText(image.children, state.md.options, state.env) : image.content],
      ["caption", String(image.attrGet("title") ?? "")],
    ];
    tokens.splice(i, 3, figure);
  }
}

function renderFigure(md: MarkdownIt, figure: Token, env: unknown): string {
  const written = String(figure.attrGet("src") ?? "");
  const src = md.normalizeLink(written);
  const safeSrc = md.validateLink(src) ? src : "";
  const alt = String(figure.attrGet("alt") ?? "");
  const caption = String(figure.attrGet("caption") ?? "");
  const captionHtml = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : "";
  return `<figure>${pictureHtml({ src: safeSrc, alt, ...sizeOf(env, written) }, "body")}${captionHtml}</figure>\n`;
}
