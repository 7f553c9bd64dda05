// The search page (pages/search.njk): our own interface over Pagefind's search script (pagefind.js)
// and the bundles the build writes, one a period: /pagefind/2024/ for a year, /pagefind/2025-05/
// for a part of a large year (src/search/search-periods.ts). A search starts in the newest period's
// bundle and merges older periods, one at a time, only while it needs more results: a reader's
// first query fetches one period's index, not the whole archive's. Results come period by period,
// newest first; within a period, by relevance or newest first.
// The query comes from ?q= and is kept there, so that a search can be linked. Article pages end
// their indexed text with the unaccented forms of their đ-words (`dai` for `đại`, see
// src/search/article-search.ts); excerpts leave those out and highlight the words they stand for.
const root = document.querySelector("[data-search]");

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

/** One result: its headline as a link, category and date, lead photo, excerpt. */
function renderResult(result) {
  const item = element("li", "search-result");
  if (result.meta.image) {
    const image = element("img", "search-result__image");
    image.src = result.meta.image;
    image.alt = result.meta.image_alt ?? "";
    image.decoding = "async";
    image.loading = "lazy";
    item.append(image);
  }
  const content = element("div", "search-result__content");
  const title = element("h2", "search-result__title");
  const link = element("a", "search-result__link");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  title.append(link);
  const meta = element("p", "search-result__meta");
  meta.textContent = [result.meta.category, result.meta.published].filter(Boolean).join(" · ");
  const excerpt = element("p", "search-result__excerpt");
  excerpt.innerHTML = excerptHtml(result);
  content.append(title, meta, excerpt);
  item.append(content);
  return item;
}

/** "{count} kết quả cho “{term}”" with its blanks filled in. */
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (blank, name) => String(values[name] ?? blank));

/**
 * Pagefind with the newest period's bundle loaded and older periods merged on demand. Every bundle
 * carries the same pagefind.js; the newest period's is imported, and its WebAssembly serves every
 * merged period. Each period's results carry a `period` filter of its own, so that one search can
 * ask for one period's results however many are merged.
 */
function periodIndex(bundlePath, newestPeriod) {
  const bundleUrl = (period) => `${bundlePath}${period}/`;
  let loading;
  const merging = new Map();
  const pagefind = () =>
    (loading ??= import(`${bundleUrl(newestPeriod)}pagefind.js`).then(async (module) => {
      await module.options({ mergeFilter: { period: newestPeriod } });
      return module;
    }));
  return {
    /** Pagefind, with `period`'s bundle among its indexes. */
    async with(period) {
      const module = await pagefind();
      if (period !== newestPeriod && !merging.has(period)) merging.set(period, module.mergeIndex(bundleUrl(period), { mergeFilter: { period } }));
      await merging.get(period);
      return module;
    },
  };
}

/** "năm 2023" for a year's period, "tháng 5/2024" for one that starts in May. */
function periodStart(period) {
  const [year, month] = period.split("-");
  return month ? fill(root.dataset.sinceMonth, { year, month: Number(month) }) : fill(root.dataset.sinceYear, { year });
}

if (root) {
  const param = root.dataset.queryParam;
  const pageSize = Number(root.dataset.pageSize);
  const periods = root.dataset.periods.split(" ").filter(Boolean);
  const index = periods.length ? periodIndex(root.dataset.bundlePath, periods[0]) : undefined;
  const form = root.querySelector("[data-search-form]");
  const input = root.querySelector("[data-search-input]");
  const category = root.querySelector("[data-search-category]");
  const yearChoice = root.querySelector("[data-search-year]");
  const sort = root.querySelector("[data-search-sort]");
  const summary = root.querySelector("[data-search-summary]");
  const list = root.querySelector("[data-search-results]");
  const more = root.querySelector("[data-search-more]");

  /** The search in view: its query, the periods left to search and the results found so far. */
  let current;

  /** Searches further periods until `wanted` results are found or no period is left; then shows up to `wanted`. */
  async function showUpTo(search, wanted) {
    more.disabled = true;
    try {
      while (search.found.length < wanted && search.periodsLeft.length > 0) {
        const period = search.periodsLeft[0];
        const pagefind = await index.with(period);
        const filters = { period };
        if (search.category) filters.category = search.category;
        const found = await pagefind.search(search.term, { filters, sort: search.sort });
        if (search !== current) return;
        search.periodsLeft.shift();
        search.searchedThrough = period;
        search.found.push(...(found?.results ?? []));
      }
      const shown = await Promise.all(search.found.slice(search.shown, wanted).map((result) => result.data()));
      if (search !== current) return;
      list.append(...shown.map(renderResult));
      search.shown += shown.length;
      announce(search);
      more.hidden = search.shown >= search.found.length && search.periodsLeft.length === 0;
    } catch (error) {
      if (search !== current) return;
      console.error(error);
      summary.textContent = root.dataset.failed;
    } finally {
      more.disabled = false;
    }
  }

  function announce(search) {
    const values = { count: search.found.length, term: search.term, oldest: search.searchedThrough && periodStart(search.searchedThrough) };
    if (search.periodsLeft.length > 0) summary.textContent = fill(root.dataset.foundSince, values);
    else if (search.found.length === 0) summary.textContent = fill(root.dataset.none, values);
    else summary.textContent = fill(search.found.length === 1 ? root.dataset.foundOne : root.dataset.found, values);
  }

  function startSearch() {
    const term = input.value.trim();
    const url = new URL(location.href);
    if (term) url.searchParams.set(param, term);
    else url.searchParams.delete(param);
    history.replaceState(history.state, "", url);
    list.replaceChildren();
    more.hidden = true;
    if (!term) {
      current = undefined;
      summary.textContent = "";
      return;
    }
    const [key, direction] = sort.value.split(":");
    current = {
      term,
      category: category.value,
      // "" is Pagefind's own relevance order.
      sort: key ? { [key]: direction } : {},
      periodsLeft: periods.filter((period) => period.startsWith(yearChoice.value)),
      searchedThrough: undefined,
      found: [],
      shown: 0,
    };
    summary.textContent = root.dataset.searching;
    if (!index) return announce(current);
    return showUpTo(current, pageSize);
  }

  let typing;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(startSearch, 300);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    startSearch();
  });
  for (const control of [category, yearChoice, sort]) control.addEventListener("change", startSearch);
  more.addEventListener("click", () => {
    if (current) showUpTo(current, current.shown + pageSize);
  });

  root.querySelector("[data-search-controls]").hidden = false;
  root.querySelector("[data-search-needs-script]").hidden = true;
  const query = new URLSearchParams(location.search).get(param)?.trim();
  if (query) {
    input.value = query;
    startSearch();
  }
}
