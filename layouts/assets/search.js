// The search page's glue for Pagefind's component UI (pagefind-component-ui.js, loaded before this
// module by pages/search.njk). The query comes from ?q= and is kept there, so that a search can be
// linked; the order is relevance or newest first; results come a page at a time, each with its
// category, date, lead photo and an excerpt. Article pages end their indexed text with the
// unaccented forms of their đ-words (`dai` for `đại`, see src/search/article-search.ts); excerpts
// leave those out and highlight the words they stand for instead.
const root = document.querySelector("[data-search]");
const components = window.PagefindComponents;

/** Pagefind's default excerpt length, in words. */
const EXCERPT_WORDS = 30;
/** How Pagefind splits a page's text into the words its match locations count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** Mirrors foldVietnamese in src/slug.ts, lowercased and without punctuation: "Đại," → "dai". */
const fold = (word) =>
  word.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The excerpt as HTML (Pagefind's page text is plain text, escaped here): the window of EXCERPT_WORDS
 * words with the most matches, the folded forms left out and their matches moved to the words they fold.
 */
function excerptHtml(result) {
  const words = result.content.split(WORD_SEPARATORS);
  const shown = Math.max(0, words.length - (Number(result.meta.folded) || 0));
  const marked = new Set();
  for (const at of result.locations) {
    if (at < shown) {
      marked.add(at);
      continue;
    }
    const form = fold(words[at] ?? "");
    for (let i = 0; i < shown; i++) if (fold(words[i]) === form) marked.add(i);
  }
  const length = Math.min(EXCERPT_WORDS, shown);
  let start = 0;
  let best = -1;
  for (let from = 0; from + length <= shown; from++) {
    let count = 0;
    for (let i = from; i < from + length; i++) if (marked.has(i)) count++;
    if (count > best) [best, start] = [count, from];
  }
  return words
    .slice(start, start + length)
    .map((word, i) => (marked.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(" ");
}

function element(tag, className) {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

/** One result: Pagefind's card (its class names, so that its styles and keyboard navigation apply), our lines. */
function renderResult(result) {
  const item = element("li", "pf-result search-result");
  const card = element("div", "pf-result-card");
  if (result.meta.image) {
    const image = element("img", "pf-result-image");
    image.src = result.meta.image;
    image.alt = result.meta.image_alt ?? "";
    image.decoding = "async";
    card.append(image);
  }
  const content = element("div", "pf-result-content");
  const title = element("p", "pf-result-title");
  const link = element("a", "pf-result-link");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  title.append(link);
  const meta = element("p", "search-result__meta");
  meta.textContent = [result.meta.category, result.meta.published].filter(Boolean).join(" · ");
  const excerpt = element("p", "search-result__excerpt");
  excerpt.innerHTML = excerptHtml(result);
  content.append(title, meta, excerpt);
  card.append(content);
  item.append(card);
  return item;
}

if (root && components) {
  const param = root.dataset.queryParam;
  const instance = components.getInstanceManager().getInstance("default");
  const shown = root.querySelector("pagefind-results");
  shown.resultTemplate = renderResult;

  // Pagefind 1.6's filter dropdowns open from a <button role="combobox"> named by its text alone,
  // and a combobox takes no name from its content: screen readers announce an unnamed combobox
  // (axe: button-name, critical). No option of the component names it, and it sets and removes the
  // trigger's aria-label itself (a name only while filters are selected), so the lasting name is a
  // title, which an aria-label outranks. The trigger is built when the element connects, before
  // this module runs, and never rebuilt.
  for (const dropdown of root.querySelectorAll("pagefind-filter-dropdown")) {
    dropdown.querySelector(".pf-dropdown-trigger")?.setAttribute("title", dropdown.getAttribute("label"));
  }

  const sort = root.querySelector("[data-search-sort]");
  sort.addEventListener("change", () => {
    const [key, direction] = sort.value.split(":");
    // What <pagefind-config sort="key:direction"> sets; "" is Pagefind's own relevance order.
    instance.searchSort = key ? { [key]: direction } : {};
    if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
  });

  // Keep the address in step with the query, so that the search in view can be linked.
  instance.on("search", (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set(param, term);
    else url.searchParams.delete(param);
    history.replaceState(history.state, "", url);
  });

  // A page of results at a time: "Nhiều kết quả hơn" (Pagefind's words) shows the next page.
  const pageSize = Number(shown.getAttribute("max-results"));
  const more = root.querySelector("[data-search-more]");
  more.textContent = instance.translate("load_more");
  let asked = "";
  instance.on("search", (term, filters) => {
    const ask = JSON.stringify([term, filters, instance.searchSort]);
    if (ask !== asked) shown.setAttribute("max-results", String(pageSize));
    asked = ask;
  });
  instance.on("results", (found) => {
    more.hidden = found.results.length <= Number(shown.getAttribute("max-results"));
  });
  more.addEventListener("click", () => {
    shown.setAttribute("max-results", String(Number(shown.getAttribute("max-results")) + pageSize));
    instance.triggerSearch(instance.searchTerm);
  });

  root.querySelector("[data-search-controls]").hidden = false;
  root.querySelector("[data-search-needs-script]").hidden = true;
  const query = new URLSearchParams(location.search).get(param)?.trim();
  if (query) instance.triggerSearch(query);
}
