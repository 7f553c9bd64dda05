/**
 * The Markdown renderer for article bodies and writers' pages.
 *
 * Raw HTML is off: a body is the writer's text, never markup, so `<script>` in it prints as text.
 * A paragraph that holds nothing but one image becomes a `<figure>`, its title its `<figcaption>`:
 * `![Toàn cảnh hội nghị](/images/a.jpg "Toàn cảnh Hội nghị.")`.
 */
import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";

/** A fresh renderer with tintuc's rules. */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, typographer: false });
  md.core.ruler.push("tintuc_figures", turnLoneImagesIntoFigures);
  md.renderer.rules.figure = (tokens, index) => renderFigure(md, tokens[index]!);
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    tokens[index]!.attrSet("loading", "lazy");
    tokens[index]!.attrSet("decoding", "async");
    return defaultImage(tokens, index, options, env, self);
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

function renderFigure(md: MarkdownIt, figure: Token): string {
  const escape = md.utils.escapeHtml;
  const src = md.normalizeLink(String(figure.attrGet("src") ?? ""));
  const safeSrc = md.validateLink(src) ? src : "";
  const alt = String(figure.attrGet("alt") ?? "");
  const caption = String(figure.attrGet("caption") ?? "");
  const captionHtml = caption ? `<figcaption>${escape(caption)}</figcaption>` : "";
  return `<figure><img src="${escape(safeSrc)}" alt="${escape(alt)}" loading="lazy" decoding="async">${captionHtml}</figure>\n`;
}
