/**
 * What the search index holds of an article: a small HTML document built from the article's data,
 * not read back from its written page. It holds exactly what a reader can search for (headline,
 * lede, lead photo caption, body, credits, source, and the unaccented forms of the đ-words) with the
 * filters, sort key and result fields Pagefind needs, so indexing depends on the archive alone, not
 * on the layouts, and Pagefind never parses the pages' navigation, sidebars and forms.
 */
import { createMarkdown } from "../content/markdown.ts";
import type { ImageSize } from "../content/local-images.ts";
import type { LeadImage } from "../content/schema.ts";
import { thumbnailCopyUrl } from "../images/picture-html.ts";
import type { TimeView } from "../dates.ts";
import type { Language } from "../language.ts";
import { escapeHtml } from "../text/escape.ts";
import { withPathPrefix } from "../urls.ts";
import type { ArticleSearchView } from "./article-search.ts";

export interface SearchDocument {
  /** The article's URL, as Pagefind gives it back in results (before the bundle's base URL). */
  url: string;
  html: string;
}


/**
 * @param bodyHtml the article's rendered Markdown body
 * @param pathPrefix the site's path prefix: a result's image is shown from the served site
 * @example searchDocument(page, "<p>Nội dung.</p>", "/").html.startsWith('<html lang="vi">') // true
 */
export function searchDocument(page: SearchablePage, bodyHtml: string, pathPrefix: string): SearchDocument {
  const attribute = (name: string, value: string): string => ` ${name}="${escapeHtml(value)}"`;
  const paragraph = (text: string | undefined): string => (text ? `<p>${escapeHtml(text)}</p>` : "");
  // The lead photo is the result's picture, or a video's poster; without either a result shows
  // none (Pagefind would take the first photo of the body).
  const image = resultImage(page);
  const leadPhoto = image
    ? `<figure><img${attribute("src", withPathPrefix(pathPrefix, thumbnailCopyUrl(image)))}${attribute("alt", image.alt)} data-pagefind-meta="image[src], image_alt[alt]">` +
      `${image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ""}</figure>`
    : '<span data-pagefind-meta="image:"></span>';
  // The folded forms go last, and their count is a result field, so that the search page can keep
  // them out of excerpts (layouts/assets/search.js).
  const folded = page.search.foldedForms.length
    ? `<p${attribute("data-pagefind-meta", `folded:${page.search.foldedForms.length}`)}>${escapeHtml(page.search.foldedForms.join(" "))}</p>`
    : "";
  const html =
    // The category is a filter and a result field, outside the indexed text (as in the page's breadcrumb).
    `<html${attribute("lang", page.lang)}><body>` +
    `<span data-pagefind-filter="category" data-pagefind-meta="category">${escapeHtml(page.category.name)}</span>` +
    `<article data-pagefind-body${attribute("data-pagefind-filter", `year:${page.search.year}`)}` +
    `${attribute("data-pagefind-meta", `published:${page.search.date}`)}${attribute("data-pagefind-sort", `published:${page.published.iso}`)}>` +
    `<h1>${escapeHtml(page.title)}</h1>${paragraph(page.lede)}${leadPhoto}` +
    `<div>${bodyHtml}</div>` +
    `${page.credits.map(paragraph).join("")}${paragraph(page.source)}${folded}` +
    `</article></body></html>`;
  return { url: page.url, html };
}

/**
 * An article's headline document, in its period's headline bundle (search-periods.ts headlineBundleOf):
 * its headline and lede, which the search page shows for a match of the term layer (term-layer.ts)
 * from this document's Pagefind fragment, a fraction of the whole article's. A result shows the lede
 * as its excerpt; `period` says which period's bundle holds the whole article.
 * @example headlineDocument(page, "2024", "/").html.includes("<h1>") // true
 */
export function headlineDocument(page: SearchablePage, period: string, pathPrefix: string): SearchDocument {
  const attribute = (name: string, value: string): string => ` ${name}="${escapeHtml(value)}"`;
  const image = resultImage(page);
  const picture = image
    ? `<img${attribute("src", withPathPrefix(pathPrefix, thumbnailCopyUrl(image)))}${attribute("alt", image.alt)} data-pagefind-meta="image[src], image_alt[alt]">`
    : '<span data-pagefind-meta="image:"></span>';
  const html =
    `<html${attribute("lang", page.lang)}><body>` +
    `<span data-pagefind-filter="category" data-pagefind-meta="category">${escapeHtml(page.category.name)}</span>` +
    // No sort key and no search terms: a headline bundle is never searched, only its fragments read.
    `<article data-pagefind-body${attribute("data-pagefind-filter", `year:${page.search.year}`)}${attribute("data-pagefind-meta", `published:${page.search.date}`)}>` +
    `<span${attribute("data-pagefind-meta", `period:${period}`)}></span><h1>${escapeHtml(page.title)}</h1>${page.lede ? `<p>${escapeHtml(page.lede)}</p>` : ""}${picture}` +
    `</article></body></html>`;
  return { url: page.url, html };
}

/**
 * A result's picture: the lead photo, or else a video's poster, with its size when known, so that a
 * result shows a 400-px copy (search.js draws it 7rem wide), never the camera's file (issue #22).
 */
function resultImage(page: SearchablePage): (LeadImage & Partial<ImageSize>) | undefined {
  if (page.image) return page.image;
  return page.video ? { ...page.video.posterImage, src: page.video.poster, alt: page.title, caption: undefined } : undefined;
}

/** What a search document takes of an article: the fields of its page (src/pages/article-page.ts) a reader can search or sees in a result. */
export interface SearchablePage {
  url: string;
  lang: Language;
  title: string;
  lede?: string;
  /** With its size when it could be read: a result then shows its 400-px copy. */
  image?: LeadImage & Partial<ImageSize>;
  /** A video article's poster is its result's picture when it has no lead photo. */
  video?: { poster: string; posterImage?: Partial<ImageSize> };
  credits: string[];
  source?: string;
  category: { name: string };
  published: TimeView;
  search: ArticleSearchView;
}

/** The search documents of every article page, bodies rendered as their pages render them. */
export function searchDocuments(pages: readonly (SearchablePage & { body: string })[], pathPrefix: string): SearchDocument[] {
  const markdown = createMarkdown();
  return pages.map((page) => searchDocument(page, markdown.render(page.body), pathPrefix));
}
