// The search page (pages/search.njk): our own interface over Pagefind's search script (pagefind.js)
// and the bundles the build writes: one a period (/pagefind/2024/ for a year, /pagefind/2025-05/ for
// a part of a large year: src/search/search-periods.ts); a headline bundle a period (/pagefind/headlines-2024/),
// its articles' headlines and ledes; and the term layer (/pagefind/terms-vi/: src/search/term-layer.ts),
// the postings of every headline's and lede's words and joined pairs, spread over files by term.
// In relevance order, a search first ranks, across the whole archive, the articles whose headline or
// lede holds every word typed (a strong match from 2015 before a weak one from 2025), from the files
// of its terms alone, and shows the best of them from their headline bundle's Pagefind fragments; then
// the other matches period by period, newest first, merging older periods only while it needs more
// results. "Newest first" walks the periods alone. A reader's first query fetches its terms' files,
// the fragments of the headline matches it shows, and the newest period's index.
// The query comes from ?q= and is kept there, so that a search can be linked. What Pagefind is asked
// for, and how excerpt words are compared, come from src/search/query-terms.ts and term-layer.ts,
// bundled into this script at build time (src/eleventy/asset-manifest.ts): the same modules wrote the index.
// Search documents end with words that are search terms only (joined syllable pairs, unaccented
// forms of đ-words: src/search/search-document.ts); excerpts leave them out and mark the words they stand for.
// Page text reaches the excerpt's HTML through the site's one HTML escaper (src/text/escape.ts), bundled too.
import { foldWord as fold, holdsTypedTones } from "../../src/search/query-terms.ts";
import { headlineBundleOf } from "../../src/search/search-periods.ts";
import { DOC_CHUNK, bucketOf, decodePostings, queryTerms, rankArticles } from "../../src/search/term-layer.ts";
import { escapeHtml } from "../../src/text/escape.ts";

const root = document.querySelector("[data-search]");

/** Pagefind's default excerpt length, in words. */
const EXCERPT_WORDS = 30;
/** How Pagefind splits a page's text into the words its match locations count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;
/**
 * Pagefind's ranking (https://pagefind.app/docs/ranking/). A match with the typed tone marks counts
 * double a match without them (diacriticSimilarity 1, the most: "đồng" before "động"); other weights
 * are Pagefind's defaults, which measured best on the judged query set (tests/browser/search-ranking.test.ts).
 */
const RANKING = { diacriticSimilarity: 1 };
/**
 * How many periods one request may search: a first query searches the newest period alone (beside the
 * term layer's files), so its cost stays that of one period however rare the word; "more" walks on
 * three periods at most. Measured at 2,000 articles (21 periods), walking while results were few
 * fetched 0.7–1.9 MB for a rare word or a phrase; a period's share of a query is its index chunk,
 * 20–50 KB, whatever its size.
 */
const PERIODS_FIRST = 1;
const PERIODS_MORE = 3;

/**
 * The excerpt as HTML (Pagefind's page text is plain text, escaped here): the window of EXCERPT_WORDS
 * words with the most matches, whole words, with an ellipsis where it cuts the text; the trailing
 * search terms left out and their matches moved to the words they stand for. A headline result's
 * excerpt is its lede: its text starts with the headline, shown above it.
 */
function excerptHtml(result) {
  const words = result.content.split(WORD_SEPARATORS);
  const first = result.meta.period ? (result.meta.title ?? "").split(WORD_SEPARATORS).filter(Boolean).length : 0;
  const shown = Math.max(first, words.length - (Number(result.meta.folded) || 0));
  const marked = new Set();
  for (const at of result.locations) {
    if (at < shown) {
      marked.add(at);
      continue;
    }
    const form = fold(words[at] ?? "");
    for (let i = first; i < shown; i++) if (fold(words[i]) === form || (form.length > fold(words[i]).length && isPairAt(words, i, shown, form))) marked.add(i);
  }
  const length = Math.min(EXCERPT_WORDS, shown - first);
  let start = first;
  let best = -1;
  for (let from = first; from + length <= shown; from++) {
    let count = 0;
    for (let i = from; i < from + length; i++) if (marked.has(i)) count++;
    if (count > best) [best, start] = [count, from];
  }
  const text = words
    .slice(start, start + length)
    .map((word, i) => (marked.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(" ");
  return `${start > first ? "… " : ""}${text}${start + length < shown ? " …" : ""}`;
}

/** Whether words i and i+1 (before `shown`) are the joined pair `form`, or words i-1 and i are. */
function isPairAt(words, i, shown, form) {
  const joined = (a, b) => (b < shown && a >= 0 ? fold(words[a]) + fold(words[b]) : "");
  return joined(i, i + 1) === form || joined(i - 1, i) === form;
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
 * Pagefind with the newest period's bundle loaded and other bundles merged on demand. Every bundle
 * carries the same pagefind.js; the newest period's is imported, and its WebAssembly serves every
 * merged bundle. Each bundle's results carry a `period` filter of its own, so that one search can
 * ask for one bundle's results however many are merged.
 */
function periodIndex(bundlePath, newestPeriod) {
  const bundleUrl = (period) => `${bundlePath}${period}/`;
  let loading;
  const merging = new Map();
  const pagefind = () =>
    (loading ??= import(`${bundleUrl(newestPeriod)}pagefind.js`).then(async (module) => {
      // On the page's own thread: Pagefind's worker is a script of 12 KB more for a first query, and
      // searching one period takes the page milliseconds.
      await module.options({ mergeFilter: { period: newestPeriod }, ranking: RANKING, noWorker: true });
      return module;
    }));
  return {
    /** Pagefind, with `period`'s bundle among its indexes. */
    async with(period) {
      const module = await pagefind();
      if (period !== newestPeriod && !merging.has(period)) {
        merging.set(period, module.mergeIndex(bundleUrl(period), { mergeFilter: { period }, ranking: RANKING }));
      }
      await merging.get(period);
      return module;
    },
  };
}

/**
 * A file of the term layer or a Pagefind fragment, as text: written gzip-compressed, as Pagefind
 * writes its files; a server that sends them with `Content-Encoding: gzip` has them unpacked already.
 */
async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer() : bytes;
  return new TextDecoder().decode(await unpacked);
}

/**
 * The language's term layer (src/search/term-layer.ts): ranks the articles whose headline or lede
 * holds a query's words, from one file a term, and gives an article's result from its period's
 * headline bundle's Pagefind fragment. Articles are numbered newest first.
 */
function termLayer(bundlePath, folder, buckets) {
  const files = new Map();
  const load = (url) => {
    if (!files.has(url)) files.set(url, fetchText(url).then(JSON.parse));
    return files.get(url);
  };
  // Results link where Pagefind's do: the bundles' folder's parent, the site's path prefix.
  const baseUrl = bundlePath.replace(/pagefind\/$/, "");
  return {
    /** The numbers of the articles that hold every word of `query` (queryTerms), best first. */
    async rank(query) {
      const keys = [...query.words, ...query.pairs];
      const found = await Promise.all(keys.map((key) => load(`${bundlePath}${folder}/${bucketOf(key, buckets)}.pf_terms`).then((terms) => terms[key])));
      const postings = new Map(keys.map((key, i) => [key, found[i] && decodePostings(found[i])]));
      return rankArticles(query, (key) => postings.get(key));
    },
    /** Where article `number` is: [fragment, period, category] (term-layer.ts DocEntry). */
    async doc(number) {
      const chunk = await load(`${bundlePath}${folder}/docs/${Math.floor(number / DOC_CHUNK)}.pf_docs`);
      return chunk[number % DOC_CHUNK];
    },
    /** An article's result, shaped as Pagefind's (url, content, meta, locations of the words of `query`). */
    async result([fragment, period], query) {
      // "pagefind_dcd", then the fragment's JSON.
      const data = JSON.parse((await fetchText(`${bundlePath}${headlineBundleOf(period)}/fragment/${fragment}.pf_fragment`)).slice(12));
      const wanted = new Set([...query.words, ...query.pairs].map(fold));
      const locations = [];
      data.content.split(WORD_SEPARATORS).forEach((word, at) => wanted.has(fold(word)) && locations.push(at));
      return { ...data, url: baseUrl + data.url.replace(/^\//, ""), locations };
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
  // The term layer numbers articles newest first, so a number tells its period: the first `counts[0]` are the newest period's.
  const periodArticles = root.dataset.periodArticles.split(" ").filter(Boolean).map(Number);
  const periodOfNumber = (number) => {
    let end = 0;
    for (let i = 0; i < periods.length; i++) if (number < (end += periodArticles[i])) return periods[i];
    return periods[periods.length - 1];
  };
  const index = periods.length ? periodIndex(root.dataset.bundlePath, periods[0]) : undefined;
  const terms = periods.length ? termLayer(root.dataset.bundlePath, root.dataset.terms, Number(root.dataset.termBuckets)) : undefined;
  const form = root.querySelector("[data-search-form]");
  const input = root.querySelector("[data-search-input]");
  const category = root.querySelector("[data-search-category]");
  const yearChoice = root.querySelector("[data-search-year]");
  const sort = root.querySelector("[data-search-sort]");
  const summary = root.querySelector("[data-search-summary]");
  const list = root.querySelector("[data-search-results]");
  const more = root.querySelector("[data-search-more]");

  /** The search in view: its query, the headline matches ranked across the archive, the periods left to search and the results found so far. */
  let current;

  /** Pagefind's filters for one bundle of a search. */
  const filtersOf = (search, period) => ({ period, ...(search.category && { category: search.category }), ...(search.year && { year: search.year }) });

  /**
   * The next `count` headline matches of the search's ranking (or fewer, when none is left) that
   * pass its filters, with their data: their doc chunks, then their fragments, fetched together.
   */
  async function nextHeadlines(search, count) {
    const results = [];
    while (results.length < count && search.nextRanked < search.ranked.length) {
      const numbers = search.ranked.slice(search.nextRanked, search.nextRanked + count - results.length);
      search.nextRanked += numbers.length;
      const docs = await Promise.all(numbers.map((number) => terms.doc(number)));
      const kept = [];
      docs.forEach((doc, i) => (!search.category || doc[2] === search.category ? kept.push(doc) : search.filteredOut.add(numbers[i])));
      const data = await Promise.all(kept.map((doc) => terms.result(doc, search.terms)));
      if (search !== current) return [];
      // A page without the tone marks typed is another word's.
      results.push(...data.filter((result) => holdsTypedTones(result.content, search.term)));
    }
    return results;
  }

  /**
   * Whether every word typed is in the period's index, under the search's filters. Pagefind leaves
   * out of a search the words its index lacks ("Ngô Bảo Châu" in a year without "Ngô" finds every
   * "bão"), and otherwise gives only pages holding every word: a search of each word alone tells,
   * from the index chunks the whole query loaded already, without fetching a result.
   */
  async function holdsEveryWord(pagefind, search, period) {
    const words = search.term.split(/\s+/).filter((word) => fold(word));
    const found = await Promise.all(words.map((word) => pagefind.search(word, { filters: filtersOf(search, period) })));
    return found.every((each) => (each?.results.length ?? 0) > 0);
  }

  /** Searches the next period, adding its results to `search.found`. */
  async function searchNextPeriod(search) {
    const period = search.periodsLeft[0];
    const pagefind = await index.with(period);
    // The words as typed: the periods' indexes hold no joined pairs, and looking them up there would
    // fetch index chunks for nothing.
    const found = await pagefind.search(search.term, { filters: filtersOf(search, period), sort: search.sort });
    const results = found?.results ?? [];
    const covered = results.length > 0 && (await holdsEveryWord(pagefind, search, period));
    if (search !== current) return;
    search.periodsLeft.shift();
    search.searched.add(period);
    search.searchedThrough = period;
    if (covered) search.found.push(...results);
  }

  /**
   * Shows results until `wanted` are in view or none is left: the headline matches ranked across the
   * archive first, then the periods' results they do not repeat.
   */
  async function showUpTo(search, wanted, periodsAllowed) {
    let searchedNow = 0;
    const maySearch = () => search.periodsLeft.length > 0 && searchedNow < periodsAllowed;
    const searchNext = () => {
      searchedNow += 1;
      return searchNextPeriod(search);
    };
    more.disabled = true;
    try {
      if (!search.ranked) {
        // The newest period is searched meanwhile: its index is what a query fetches most of.
        const first = search.nextFound >= search.found.length && maySearch() && searchNext();
        const [ranked] = await Promise.all([search.sort.published ? [] : terms.rank(search.terms), first]);
        if (search !== current) return;
        search.ranked = ranked.filter((number) => periodOfNumber(number).startsWith(search.year));
      }
      const next = [];
      while (search.shown + next.length < wanted) {
        if (search.nextHeadline < search.headlines.length) {
          next.push(search.headlines[search.nextHeadline++]);
          continue;
        }
        if (search.nextRanked < search.ranked.length) {
          const fresh = await nextHeadlines(search, wanted - search.shown - next.length);
          if (search !== current) return;
          search.headlines.push(...fresh);
          for (const result of fresh) search.headlineUrls.add(result.url);
          continue;
        }
        if (search.nextFound < search.found.length) {
          const batch = search.found.slice(search.nextFound, search.nextFound + wanted - search.shown - next.length);
          search.nextFound += batch.length;
          const data = await Promise.all(batch.map((result) => result.data()));
          if (search !== current) return;
          for (const result of data) {
            // A headline match is shown once; a page without the tone marks typed is another word's.
            if (search.headlineUrls.has(result.url)) continue;
            if (holdsTypedTones(result.content, search.term)) next.push(result);
            else search.otherWords++;
          }
          continue;
        }
        if (!maySearch()) break;
        await searchNext();
        if (search !== current) return;
      }
      list.append(...next.map(renderResult));
      search.shown += next.length;
      announce(search);
      more.hidden = search.nextHeadline >= search.headlines.length && search.nextRanked >= search.ranked.length && search.nextFound >= search.found.length && search.periodsLeft.length === 0;
    } catch (error) {
      if (search !== current) return;
      console.error(error);
      summary.textContent = root.dataset.failed;
    } finally {
      more.disabled = false;
    }
  }

  /**
   * Results known so far, each once: the searched periods' results (less those shown to hold other
   * words than the toned ones typed), and the headline matches from periods not searched yet (a
   * headline match of a searched period is among its period's results). A headline match not yet
   * fetched counts, whatever its category (its doc chunk says).
   */
  const total = (search) => search.found.length - search.otherWords + olderHeadlines(search);
  /** Headline matches from periods not searched yet, less those found in another category. */
  const olderHeadlines = (search) => search.ranked.filter((number) => !search.searched.has(periodOfNumber(number)) && !search.filteredOut.has(number)).length;

  function announce(search) {
    const count = total(search);
    const values = { count, term: search.term, oldest: search.searchedThrough && periodStart(search.searchedThrough) };
    if (search.periodsLeft.length > 0) summary.textContent = fill(olderHeadlines(search) > 0 ? root.dataset.foundSinceWithHeadlines : root.dataset.foundSince, values);
    else if (count === 0) summary.textContent = fill(root.dataset.none, values);
    else summary.textContent = fill(count === 1 ? root.dataset.foundOne : root.dataset.found, values);
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
      terms: queryTerms(term),
      category: category.value,
      year: yearChoice.value,
      sort: key ? { [key]: direction } : {},
      periodsLeft: periods.filter((period) => period.startsWith(yearChoice.value)),
      searched: new Set(),
      searchedThrough: undefined,
      // In relevance order (""), the headline matches across the archive come first: their numbers, best first, then their data.
      ranked: undefined,
      nextRanked: 0,
      // Headline matches found in another category than the one chosen.
      filteredOut: new Set(),
      headlines: [],
      headlineUrls: new Set(),
      nextHeadline: 0,
      found: [],
      nextFound: 0,
      otherWords: 0,
      shown: 0,
    };
    summary.textContent = root.dataset.searching;
    if (!index) {
      current.ranked = [];
      return announce(current);
    }
    return showUpTo(current, pageSize, PERIODS_FIRST);
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
    if (current) showUpTo(current, current.shown + pageSize, PERIODS_MORE);
  });

  root.querySelector("[data-search-controls]").hidden = false;
  root.querySelector("[data-search-needs-script]").hidden = true;
  const query = new URLSearchParams(location.search).get(param)?.trim();
  if (query) {
    input.value = query;
    startSearch();
  }
}
