// The comment form and the poll with JavaScript on: inline messages, background sending, the
// reader's text kept whatever happens, the vote remembered and its tallies shown. Without this
// script both forms still work as plain posts. Every sentence comes from the page (data-msg-*),
// which has it from the dictionary, and is read through scriptMessage by a name of SCRIPT_MESSAGES
// (src/forms/form-strings.ts), the table the partials print; this file holds no words of its own. Pages load it through
// forms-loader.js, on the reader's first use of a form, so it runs after the document has loaded.
//
// The rules of a submission are src/forms/submission.ts's, the receiver's own, bundled in when the
// site is built (src/eleventy/asset-manifest.ts); the browser checks them without the receiver's
// context (site origins, the polls' list and dates).
import { draftKey as draftKeyOf, votedKey as votedKeyOf } from "../../src/forms/browser-keys.ts";
import { issueMessage, scriptMessage } from "../../src/forms/form-strings.ts";
import { IDEMPOTENCY_KEY_FIELD, validateSubmission } from "../../src/forms/submission.ts";

const DRAFT_FIELDS = ["name", "email", "subject", "message"];
const WARN_AFTER_CHARACTERS = 20;

/**
 * The sentence for an issue: issueMessage (src/forms/form-strings.ts), the receiver's own choice of
 * entry, over the form's data-msg-* attributes, which the partials fill from the dictionary. A poll's
 * "required" is its "choose an answer"; a form without a "closed" sentence says "invalid".
 */
function issueText(form, issue) {
  const message = (name) => scriptMessage(form.dataset, name);
  return issueMessage(issue, {
    formErrorRequired: message("required"),
    pollChoose: message("required"),
    formErrorTooLong: message("tooLong") || "",
    formErrorEmail: message("email"),
    pollClosed: message("closed") || message("invalid"),
    formWarningNoDiacritics: message("noDiacritics"),
    formErrorInvalid: message("invalid"),
  });
}

/**
 * A random key for one submission, kept for its retries (see IDEMPOTENCY_KEY_FIELD): the receiver
 * stores a submission once however often it is sent. getRandomValues, unlike randomUUID, also
 * works on a page served over plain http.
 */
function newSubmissionKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The form's fields as the receiver gets them (FormData leaves out an unchosen radio, as a post does). */
function formFields(form) {
  const fields = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") fields[name] = value;
  return fields;
}

function setStatus(form, text, state) {
  const status = form.querySelector("[data-form-status]");
  if (!status) return;
  status.textContent = text || "";
  if (state) status.dataset.state = state;
  else delete status.dataset.state;
}

/**
 * Shows each error under its field and each warning under its own, for `only` fields or all.
 * @returns whether every error has a place on the page (an error in a hidden field has none)
 */
function showIssues(form, errors, warnings, only) {
  let placed = 0;
  for (const slot of form.querySelectorAll("[data-error-for], [data-warning-for]")) {
    const isError = slot.hasAttribute("data-error-for");
    const field = isError ? slot.dataset.errorFor : slot.dataset.warningFor;
    if (only && !only.includes(field)) continue;
    const issue = (isError ? errors : warnings).find((candidate) => candidate.field === field);
    slot.textContent = issue ? issueText(form, issue) : "";
    slot.hidden = !issue;
    if (isError) {
      if (issue) placed++;
      for (const control of form.querySelectorAll(`[name="${field}"]`)) {
        if (issue) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    }
  }
  const relevant = only ? errors.filter((error) => only.includes(error.field)) : errors;
  return placed === new Set(relevant.map((error) => error.field)).size;
}

function focusFirstInvalid(form) {
  const control = form.querySelector('[aria-invalid="true"]');
  if (control) control.focus();
}

/**
 * Sends the form in the background, as JSON: Vietnamese text is half the size it is form-encoded,
 * so the longest valid comment fits the receiver's 16 KB.
 * @returns the answer as { ok, status, body }; status 0 when the network failed
 */
async function send(form, fields) {
  try {
    const response = await fetch(form.action, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(fields),
      credentials: "omit",
    });
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    return { ok: response.ok && Boolean(body && body.ok), status: response.status, body };
  } catch {
    return { ok: false, status: 0, body: null };
  }
}

/** The status line for a refused or failed sending; field errors go under their fields. */
function failureText(form, answer) {
  const message = (name) => scriptMessage(form.dataset, name);
  if (answer.status === 429) return message("rateLimited");
  if (answer.status === 413) return message("tooLarge") || message("failed");
  if (answer.body && answer.body.error === "captcha") return message("captcha");
  if (answer.body && answer.body.error === "invalid" && Array.isArray(answer.body.issues)) {
    const placed = showIssues(form, answer.body.issues, []);
    focusFirstInvalid(form);
    if (placed) return message("fix") || message("failed");
  }
  return message("failed");
}

function storage(kind) {
  try {
    return kind === "session" ? window.sessionStorage : window.localStorage;
  } catch {
    return undefined;
  }
}

function resetCaptcha(form) {
  const widget = form.querySelector("[data-captcha-script]");
  if (!widget) return;
  try {
    if (widget.classList.contains("cf-turnstile") && window.turnstile) window.turnstile.reset(widget);
    const frame = widget.querySelector("iframe[data-hcaptcha-widget-id]");
    if (frame && window.hcaptcha) window.hcaptcha.reset(frame.getAttribute("data-hcaptcha-widget-id"));
  } catch {
    // A widget that cannot be reset asks for a new challenge by itself when its token is refused.
  }
}

/** The provider's script, once per page however many forms carry a widget. */
function loadCaptchaScript() {
  const widget = document.querySelector("[data-captcha-script]");
  if (!widget) return;
  const src = widget.getAttribute("data-captcha-script");
  if ([...document.scripts].some((script) => script.src === src)) return;
  const script = document.createElement("script");
  script.src = src;
  script.async = true;
  document.head.append(script);
}

function initCommentForm(form) {
  form.noValidate = true;
  const submit = form.querySelector('[type="submit"]');
  const draftKey = draftKeyOf(form.elements.namedItem("article")?.value, location.pathname);
  const drafts = storage("session");
  const touched = new Set();

  // A draft kept in this tab survives a reload; it is dropped once the comment is sent.
  try {
    const draft = JSON.parse(drafts?.getItem(draftKey) || "null");
    if (draft) {
      for (const name of DRAFT_FIELDS) {
        const control = form.elements.namedItem(name);
        if (control && !control.value && typeof draft[name] === "string") control.value = draft[name];
      }
    }
  } catch {
    // An unreadable draft is no draft.
  }
  const saveDraft = () => {
    const draft = Object.fromEntries(DRAFT_FIELDS.map((name) => [name, form.elements.namedItem(name)?.value || ""]));
    try {
      drafts?.setItem(draftKey, JSON.stringify(draft));
    } catch {
      // Storage full or refused: the text is still in the form.
    }
  };

  // forms.js arrives on the reader's first use of the form: what was typed (or autofilled) before it
  // came fired no input event it could hear. Kept now, or a reload before the next keystroke loses it.
  if (DRAFT_FIELDS.some((name) => form.elements.namedItem(name)?.value)) saveDraft();

  const check = (names) => {
    const fields = formFields(form);
    const result = validateSubmission(fields);
    showIssues(form, result.ok ? [] : result.errors, result.warnings, names);
  };
  form.addEventListener("input", (event) => {
    saveDraft();
    const name = event.target.name;
    // The gentle warning about diacritics shows while the reader writes, once there are a few words.
    if (name === "message" && event.target.value.trim().length >= WARN_AFTER_CHARACTERS) touched.add(name);
    if (touched.has(name)) check([name]);
  });
  form.addEventListener("focusout", (event) => {
    const name = event.target.name;
    if (!DRAFT_FIELDS.includes(name)) return;
    if (event.target.value !== "") touched.add(name);
    // Only when moving on to another field: a message appearing as the reader presses the button
    // would push the button away from under the pointer, and the click would be lost.
    const next = event.relatedTarget;
    if (touched.has(name) && next && form.contains(next) && DRAFT_FIELDS.includes(next.name)) check([name]);
  });

  let sending = false;
  // The same key until the comment is through: a retry after a lost answer is not stored twice.
  let submissionKey = "";
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (sending) return;
    const fields = formFields(form);
    const result = validateSubmission(fields);
    for (const name of DRAFT_FIELDS) touched.add(name);
    const placed = showIssues(form, result.ok ? [] : result.errors, result.warnings);
    if (!result.ok) {
      setStatus(form, placed ? scriptMessage(form.dataset, "fix") : scriptMessage(form.dataset, "failed"), "error");
      focusFirstInvalid(form);
      return;
    }
    sending = true;
    submit.disabled = true;
    setStatus(form, scriptMessage(form.dataset, "sending"), "pending");
    submissionKey ||= newSubmissionKey();
    const answer = await send(form, { ...fields, [IDEMPOTENCY_KEY_FIELD]: submissionKey });
    if (answer.ok) {
      submissionKey = "";
      setStatus(form, scriptMessage(form.dataset, "sent"), "success");
      for (const name of ["subject", "message"]) form.elements.namedItem(name).value = "";
      touched.clear();
      showIssues(form, [], []);
      try {
        drafts?.removeItem(draftKey);
      } catch {
        // Nothing to remove.
      }
    } else {
      // Nothing the reader typed is touched: only the status line changes.
      setStatus(form, failureText(form, answer), "error");
    }
    resetCaptcha(form);
    sending = false;
    submit.disabled = false;
  });
}

function formatCount(template, count) {
  return (template || "{count}").replace("{count}", String(count));
}

function showVoted(form) {
  for (const element of form.querySelectorAll("[data-poll-choices]")) element.hidden = true;
  const voted = form.querySelector("[data-poll-voted]");
  if (voted) voted.hidden = false;
}

/** Shows the tallies when the endpoint answers them; otherwise shows no results box at all. */
async function showResults(form) {
  const url = form.dataset.results;
  if (!url) return;
  let tallies;
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "omit", cache: "no-store" });
    if (!response.ok) return;
    tallies = await response.json();
  } catch {
    return;
  }
  const counts = tallies && typeof tallies.counts === "object" && tallies.counts !== null ? tallies.counts : undefined;
  if (!counts) return;
  const options = [...form.querySelectorAll('input[name="choice"]')].map((input) => ({
    id: input.value,
    label: form.querySelector(`label[for="${input.id}"]`)?.textContent.trim() || input.value,
    count: Number.isFinite(counts[input.value]) && counts[input.value] >= 0 ? Math.floor(counts[input.value]) : 0,
  }));
  if (!options.some((option) => Object.hasOwn(counts, option.id))) return;
  const total = options.reduce((sum, option) => sum + option.count, 0);
  const list = form.querySelector("[data-poll-results-list]");
  const box = form.querySelector("[data-poll-results]");
  if (!list || !box) return;
  list.replaceChildren(
    ...options.map((option) => {
      const item = document.createElement("li");
      item.className = "poll__result";
      item.dataset.option = option.id;
      const label = document.createElement("span");
      label.className = "poll__result-label";
      label.textContent = option.label;
      const bar = document.createElement("meter");
      bar.className = "poll__result-bar";
      bar.min = 0;
      bar.max = Math.max(total, 1);
      bar.value = option.count;
      const percent = total > 0 ? Math.round((option.count * 100) / total) : 0;
      const count = document.createElement("span");
      count.className = "poll__result-count";
      count.textContent = `${formatCount(scriptMessage(form.dataset, "votes"), option.count)} (${percent}%)`;
      bar.textContent = count.textContent;
      item.append(label, bar, count);
      return item;
    }),
  );
  box.hidden = false;
}

function initPoll(form) {
  form.noValidate = true;
  const votedKey = votedKeyOf(form.dataset.poll);
  const votes = storage("local");
  let voted = false;
  try {
    voted = Boolean(votes?.getItem(votedKey));
  } catch {
    voted = false;
  }
  if (voted) {
    showVoted(form);
    showResults(form);
  }
  form.addEventListener("change", () => showIssues(form, [], [], ["choice"]));

  let sending = false;
  let submissionKey = "";
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (sending) return;
    const fields = formFields(form);
    const result = validateSubmission(fields);
    const placed = showIssues(form, result.ok ? [] : result.errors, []);
    if (!result.ok) {
      setStatus(form, placed ? "" : scriptMessage(form.dataset, "failed"), placed ? undefined : "error");
      return;
    }
    sending = true;
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    setStatus(form, scriptMessage(form.dataset, "sending"), "pending");
    submissionKey ||= newSubmissionKey();
    const answer = await send(form, { ...fields, [IDEMPOTENCY_KEY_FIELD]: submissionKey });
    if (answer.ok) {
      submissionKey = "";
      try {
        votes?.setItem(votedKey, fields.choice);
      } catch {
        // Not remembered: the reader may see the buttons again on the next page.
      }
      setStatus(form, "", undefined);
      showVoted(form);
      await showResults(form);
    } else {
      const closed = answer.body && Array.isArray(answer.body.issues) && answer.body.issues.some((issue) => issue.code === "pollClosed");
      setStatus(form, closed ? scriptMessage(form.dataset, "closed") : failureText(form, answer), "error");
    }
    resetCaptcha(form);
    sending = false;
    submit.disabled = false;
  });
}

/** The notice a plain post comes back to (`…#da-gui-y-kien`): CSS shows it with :target, this without. */
function showThanks() {
  let id = "";
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const notice = id ? document.getElementById(id) : null;
  if (notice && notice.hasAttribute("data-form-thanks")) notice.hidden = false;
}

if (typeof document !== "undefined") {
  for (const form of document.querySelectorAll('form[data-form="comment"]')) initCommentForm(form);
  for (const form of document.querySelectorAll('form[data-form="poll"]')) initPoll(form);
  showThanks();
  loadCaptchaScript();
}
