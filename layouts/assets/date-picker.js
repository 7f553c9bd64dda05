// "Xem tin theo ngày": goes to the chosen day's page, or to the nearest earlier day with news,
// saying so. Which days have news comes from a small JSON file, fetched only when the reader
// uses the picker: { first, last, months }, where months[i] is a bitmask of the days with news in
// the i-th month from `first` (bit d-1 = day d). The build encodes it and this script decodes it
// with the same code, src/day-index.ts, bundled in when the site is built (src/eleventy/asset-manifest.ts).
import { nearestDayWithNews } from "../../src/day-index.ts";
import { formatCalendarDay } from "../../src/newsroom-day.ts";
import { pad2 } from "../../src/text/pad.ts";

const form = document.querySelector("[data-date-picker]");
const PARAM = "ngay";

const parts = (iso) => iso.split("-").map(Number);
// Dates as the page's language writes them (src/newsroom-day.ts, as the build does): 27/01/2024, or 27 January 2024 with month names.
const monthNames = form?.dataset.monthNames?.split("|") ?? [];
const display = (iso) => {
  const [year, month, day] = parts(iso);
  return formatCalendarDay(year, month, day, monthNames);
};
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

function dayUrl(iso) {
  const [year, month, day] = parts(iso);
  return fill(form.dataset.dayUrl, { yyyy: String(year), mm: pad2(month), dd: pad2(day) });
}

let dayIndex;
const loadDayIndex = () => (dayIndex ??= fetch(form.dataset.dayIndex).then((response) => {
  if (!response.ok) throw new Error(`${response.status}`);
  return response.json();
}));

function say(element, text, link) {
  element.textContent = text;
  if (link) {
    element.append(" ");
    const anchor = document.createElement("a");
    anchor.href = link.href;
    anchor.textContent = link.text;
    element.append(anchor);
  }
  element.hidden = false;
}

if (form) {
  const message = form.querySelector("[data-picker-message]");
  form.addEventListener("submit", async (event) => {
    const iso = form.elements[PARAM].value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return; // let the browser's own validation speak
    event.preventDefault();
    let index;
    try {
      index = await loadDayIndex();
    } catch {
      dayIndex = undefined;
      form.submit(); // the archive index still helps
      return;
    }
    // A site without news has an index without days: every date is then met with the message for a bad one.
    const found = index.first ? nearestDayWithNews(index, iso) : { kind: "invalid" };
    if (found.kind === "exact") {
      location.assign(dayUrl(found.day));
    } else if (found.kind === "earlier") {
      location.assign(`${dayUrl(found.day)}?${PARAM}=${iso}`);
    } else if (found.day) {
      const template = found.kind === "before-first" ? form.dataset.msgBeforeFirst : form.dataset.msgAfterLast;
      say(message, fill(template, { date: display(iso), nearest: display(found.day) }), { href: dayUrl(found.day), text: display(found.day) });
    } else {
      say(message, form.dataset.msgInvalid);
    }
  });

  // Arrived from the picker at an earlier day than the one asked for: say so.
  const requested = new URLSearchParams(location.search).get(PARAM);
  const current = document.querySelector("[data-current-day]")?.getAttribute("data-current-day");
  const notice = document.querySelector("[data-picker-notice]");
  if (requested && current && notice && /^\d{4}-\d{2}-\d{2}$/.test(requested) && requested !== current) {
    say(notice, fill(form.dataset.msgRedirected, { date: display(requested), nearest: display(current) }));
  }
}
