// Loads forms.js (the forms' inline messages and background sending, about 17 KB) only when a reader
// starts using the comment form or the poll, or at once when it has something to show at load.
// Every page has the poll, few readers use it: the page's own script budget (tests/build/budgets.test.ts)
// keeps forms.js out of the load. Its hashed URL comes from this script's data-forms-script
// (layouts/base.njk), so that neither file's name depends on the other's content.
// Without JavaScript, or when forms.js fails to load, both forms post plainly.
// A kept draft or vote is looked for under forms.js's own keys (src/forms/browser-keys.ts, bundled in).
import { draftKey, votedKey } from "../../src/forms/browser-keys.ts";

const FORMS = 'form[data-form="comment"], form[data-form="poll"]';

const script = document.querySelector("script[data-forms-script]");
const forms = [...document.querySelectorAll(FORMS)];

let loading;
let settled = false;
function load() {
  loading ??= import(script.dataset.formsScript)
    .catch(() => {
      // Plain posts from now on, checked by the browser as without JavaScript.
      for (const form of forms) form.noValidate = false;
    })
    .finally(() => (settled = true));
  return loading;
}

function stored(kind, key) {
  try {
    return Boolean((kind === "session" ? sessionStorage : localStorage).getItem(key));
  } catch {
    return false;
  }
}

/** What forms.js shows as soon as it runs: a kept draft, a remembered vote, a thank-you notice, a captcha widget. */
function somethingToShow() {
  for (const form of forms) {
    if (form.dataset.form === "comment" && stored("session", draftKey(form.elements.namedItem("article")?.value, location.pathname))) return true;
    if (form.dataset.form === "poll" && stored("local", votedKey(form.dataset.poll))) return true;
  }
  let id = "";
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    id = "";
  }
  if (id && document.getElementById(id)?.hasAttribute("data-form-thanks")) return true;
  return document.querySelector("[data-captcha-script]") !== null;
}

if (script && forms.length > 0) {
  // forms.js checks the fields itself, with messages in Vietnamese under each one.
  for (const form of forms) form.noValidate = true;
  for (const type of ["focusin", "pointerdown", "keydown"]) {
    document.addEventListener(type, (event) => event.target.closest?.(FORMS) && load(), { capture: true, passive: true });
  }
  // A form sent before forms.js is there waits for it, then is sent again for forms.js to handle.
  const waiting = new Set();
  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (settled || !forms.includes(form)) return;
      event.preventDefault();
      if (waiting.has(form)) return;
      waiting.add(form);
      const submitter = event.submitter;
      load().then(() => {
        waiting.delete(form);
        form.requestSubmit(submitter && submitter.form === form ? submitter : null);
      });
    },
    true,
  );
  if (somethingToShow()) load();
}
