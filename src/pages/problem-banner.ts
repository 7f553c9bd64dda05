/**
 * What the preview (npm start) shows in the browser while the content has errors (issue 17): a banner
 * at the top of every page, listing each problem as `path:line: field: message`, and a page of its
 * own for a URL that cannot be shown. Every value from content is escaped (src/text/escape.ts). The
 * banner brings no inline style or script: its look is a stylesheet the preview serves from its own
 * origin (PROBLEMS_STYLESHEET_URL), which the site's policy (`style-src 'self'`) allows.
 */
import type { Problem } from "../problems.ts";
import { cliMessages } from "../cli-messages.ts";
import type { Language } from "../language.ts";
import { escapeHtml } from "../text/escape.ts";

/** Where the preview serves layouts/preview/problems.css; outside the site's own URLs. */
export const PROBLEMS_STYLESHEET_URL = "/.tintuc/problems.css";

/** The policy of the preview's own problem page: the site's, without what only the site's pages need. */
const PROBLEM_PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";

/**
 * The list of problems, each in the `path:line: field: message` form the command line prints.
 * @example problemBanner([{ severity: "error", file: "a.md", line: 3, field: "category", message: "…" }], "vi", "kept")
 */
export function problemBanner(problems: readonly Problem[], lang: Language, shown: "kept" | "none"): string {
  const messages = cliMessages[lang];
  const errors = problems.filter((problem) => problem.severity === "error");
  const items = errors.map((problem) => {
    const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
    const field = problem.field ? ` <span class="tintuc-problem-field">${escapeHtml(problem.field)}</span>:` : "";
    return `<li><code class="tintuc-problem-file">${escapeHtml(where)}</code>:${field} <span class="tintuc-problem-message">${escapeHtml(problem.message)}</span></li>`;
  });
  return (
    `<aside class="tintuc-problems" role="alert" lang="${lang}">` +
    `<h2>${escapeHtml(messages.previewProblemsTitle(errors.length))}</h2>` +
    `<p>${escapeHtml(shown === "kept" ? messages.previewShowsLastGood() : messages.previewCannotShow())}</p>` +
    `<ul>${items.join("")}</ul></aside>`
  );
}

/** A page of the site with the banner at the top of its body and the banner's stylesheet in its head. */
export function withProblemBanner(html: string, problems: readonly Problem[], lang: Language): string {
  const stylesheet = `<link rel="stylesheet" href="${PROBLEMS_STYLESHEET_URL}">`;
  const withStyle = html.includes("</head>") ? html.replace("</head>", () => `${stylesheet}</head>`) : `${stylesheet}${html}`;
  const banner = problemBanner(problems, lang, "kept");
  const body = /<body[^>]*>/.exec(withStyle);
  if (!body) return `${banner}${withStyle}`;
  const at = body.index + body[0].length;
  return `${withStyle.slice(0, at)}${banner}${withStyle.slice(at)}`;
}

/** The page the preview shows at a URL it has no page for while the content has errors. */
export function problemPage(problems: readonly Problem[], lang: Language): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${PROBLEM_PAGE_POLICY}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(cliMessages[lang].previewProblemsTitle(problems.filter((problem) => problem.severity === "error").length))}</title>` +
    `<link rel="stylesheet" href="${PROBLEMS_STYLESHEET_URL}"></head>` +
    `<body>${problemBanner(problems, lang, "none")}</body></html>`
  );
}
