/**
 * The forms' settings: `forms:` in `content/_data/site.yaml`, with the `FORM_ENDPOINT` environment
 * variable taking precedence over `forms.endpoint`.
 *
 * ```yaml
 * forms:
 *   endpoint: https://forms.tintuc.example.org   # receives posts; GET <endpoint>/polls/<id> may answer tallies
 *   captcha:                                     # optional
 *     provider: turnstile                        # or hcaptcha
 *     siteKey: 0x4AAAAAAA…
 * ```
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { LineCounter, type Node, isMap, isScalar, parseDocument } from "yaml";
import type { Problem } from "../problems.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { type WriterMessages, writerMessages } from "../writer-messages.ts";
import type { RunMode } from "../run-mode.ts";
import { closestWord } from "../text/closest-word.ts";

export const FORM_ENDPOINT_VARIABLE = "FORM_ENDPOINT";

/** What each captcha provider needs on the page, in the page's security policy and at the receiver. */
export const CAPTCHA_PROVIDERS = {
  // https://developers.cloudflare.com/turnstile/
  turnstile: {
    scriptUrl: "https://challenges.cloudflare.com/turnstile/v0/api.js",
    widgetClass: "cf-turnstile",
    tokenField: "cf-turnstile-response",
    verifyUrl: "https://challenges.cloudflare.com/turnstile/v0/siteverify",
    csp: { "script-src": ["https://challenges.cloudflare.com"], "frame-src": ["https://challenges.cloudflare.com"] },
  },
  // https://docs.hcaptcha.com/
  hcaptcha: {
    scriptUrl: "https://js.hcaptcha.com/1/api.js",
    widgetClass: "h-captcha",
    tokenField: "h-captcha-response",
    verifyUrl: "https://api.hcaptcha.com/siteverify",
    csp: {
      "script-src": ["https://hcaptcha.com", "https://*.hcaptcha.com"],
      "frame-src": ["https://hcaptcha.com", "https://*.hcaptcha.com"],
      "style-src": ["https://hcaptcha.com", "https://*.hcaptcha.com"],
      "connect-src": ["https://hcaptcha.com", "https://*.hcaptcha.com"],
    },
  },
} as const;

export type CaptchaProvider = keyof typeof CAPTCHA_PROVIDERS;

/** @example isCaptchaProvider("hcaptcha") // true */
export function isCaptchaProvider(value: unknown): value is CaptchaProvider {
  return typeof value === "string" && Object.hasOwn(CAPTCHA_PROVIDERS, value);
}

export interface FormsConfig {
  /** Absolute URL without trailing slash; absent when none is configured (the forms are replaced by a notice). */
  endpoint?: string;
  /** Read even without an endpoint: the receiver needs it, while pages without forms carry no widget. */
  captcha?: { provider: CaptchaProvider; siteKey: string };
}

const FORMS_FIELDS = ["endpoint", "captcha"];
const CAPTCHA_FIELDS = ["provider", "siteKey"];

/** Reads the `forms:` settings of `<contentDir>/_data/site.yaml`. */
export async function readFormsConfig(
  contentDir: string,
  options: { env?: NodeJS.ProcessEnv; mode: RunMode; displayDir?: string; reportMissingEndpoint?: boolean; lang?: Language },
): Promise<{ forms: FormsConfig; problems: Problem[] }> {
  const displayPath = `${options.displayDir ?? "content"}/_data/site.yaml`;
  let text = "";
  try {
    text = await readFile(path.join(contentDir, "_data", "site.yaml"), "utf8");
  } catch (error) {
    // A missing site.yaml is reported by the site settings' reader; here it means "no forms".
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return parseFormsConfig(text, { env: options.env ?? process.env, mode: options.mode, displayPath, reportMissingEndpoint: options.reportMissingEndpoint, lang: options.lang });
}

/**
 * The `forms:` settings of a site.yaml text. A production build without an endpoint gets a
 * warning: its articles show a notice instead of the forms.
 */
export function parseFormsConfig(
  siteYaml: string,
  /** `reportMissingEndpoint`: warn when no endpoint is set (default: in production); `lang`: the problems' language (Vietnamese by default). */
  options: { env: NodeJS.ProcessEnv; mode: RunMode; displayPath: string; reportMissingEndpoint?: boolean; lang?: Language },
): { forms: FormsConfig; problems: Problem[] } {
  const { displayPath } = options;
  const say = writerMessages[options.lang ?? DEFAULT_LANGUAGE];
  const lineCounter = new LineCounter();
  const document = parseDocument(siteYaml, { version: "1.2", schema: "core", lineCounter, prettyErrors: false });
  const problems: Problem[] = [];
  const report = (severity: Problem["severity"], node: unknown, field: string, message: string): void => {
    const range = (node as Node | null | undefined)?.range;
    problems.push({ severity, file: displayPath, line: range ? lineCounter.linePos(range[0]).line : undefined, field, message });
  };
  // Syntax errors in site.yaml are the site settings' reader's to report.
  const root = document.errors.length > 0 ? undefined : document.contents;
  const formsPair = isMap(root) ? root.items.find((pair) => isScalar(pair.key) && pair.key.value === "forms") : undefined;
  const formsNode = formsPair?.value;
  const forms: FormsConfig = {};
  let endpointNode: unknown = formsPair?.key;

  if (formsPair && formsNode !== null && formsNode !== undefined && !(isScalar(formsNode) && formsNode.value === null)) {
    if (!isMap(formsNode)) {
      report("error", formsNode, "forms", say.formsNotMap);
    } else {
      for (const pair of formsNode.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        if (key === "endpoint") endpointNode = pair.value ?? pair.key;
        if (!FORMS_FIELDS.includes(key)) {
          const suggestion = closestWord(key, FORMS_FIELDS);
          report("warning", pair.key, `forms.${key}`, say.unknownSetting(suggestion, FORMS_FIELDS.map((field) => `${field}:`).join(", ")));
        }
      }
      const endpointValue: unknown = formsNode.get("endpoint", true);
      if (endpointValue !== undefined && !(isScalar(endpointValue) && endpointValue.value === null)) {
        const raw: unknown = isScalar(endpointValue) ? endpointValue.value : undefined;
        if (typeof raw === "string" && raw.trim() !== "") forms.endpoint = raw.trim();
        else report("error", endpointValue, "forms.endpoint", say.endpointNotText);
      }
      const captchaPair = formsNode.items.find((pair) => isScalar(pair.key) && pair.key.value === "captcha");
      const captchaNode: unknown = captchaPair?.value;
      if (captchaPair && captchaNode !== null && !(isScalar(captchaNode) && captchaNode.value === null)) {
        const captcha = readCaptcha(captchaNode, captchaPair.key, siteYaml, report, say);
        if (captcha) forms.captcha = captcha;
      }
    }
  }

  const fromEnv = options.env[FORM_ENDPOINT_VARIABLE]?.trim();
  if (fromEnv) forms.endpoint = fromEnv;
  if (forms.endpoint !== undefined) {
    const endpointProblem = checkEndpoint(forms.endpoint, options.mode, say);
    const field = fromEnv ? FORM_ENDPOINT_VARIABLE : "forms.endpoint";
    const where = fromEnv ? undefined : endpointNode;
    if (endpointProblem?.severity === "error") {
      report("error", where, field, endpointProblem.message);
      delete forms.endpoint;
    } else {
      if (endpointProblem) report("warning", where, field, endpointProblem.message);
      forms.endpoint = forms.endpoint.replace(/\/+$/, "");
    }
  } else if ((options.reportMissingEndpoint ?? options.mode === "production") && !problems.some((problem) => problem.field === "forms.endpoint")) {
    report(
      "warning",
      formsPair?.key,
      "forms.endpoint",
      say.noEndpoint(FORM_ENDPOINT_VARIABLE),
    );
  }
  return { forms, problems };
}

function readCaptcha(
  node: unknown,
  /** The `captcha:` key, where a missing setting is reported. */
  keyNode: unknown,
  source: string,
  report: (severity: Problem["severity"], node: unknown, field: string, message: string) => void,
  say: WriterMessages,
): FormsConfig["captcha"] {
  const providers = Object.keys(CAPTCHA_PROVIDERS);
  const either = providers.join(say.or);
  if (!isMap(node)) {
    report("error", node, "forms.captcha", say.captchaNotMap(either));
    return undefined;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!CAPTCHA_FIELDS.includes(key)) {
      const suggestion = closestWord(key, CAPTCHA_FIELDS);
      report("warning", pair.key, `forms.captcha.${key}`, say.unknownSetting(suggestion, CAPTCHA_FIELDS.map((field) => `${field}:`).join(", ")));
    }
  }
  const providerNode: unknown = node.get("provider", true);
  const siteKeyNode: unknown = node.get("siteKey", true);
  const provider: unknown = isScalar(providerNode) ? providerNode.value : undefined;
  // A key written plainly is taken as written: YAML reads an all-hex Turnstile key such as 0x4AAAAAAAB as a number.
  const siteKey: unknown =
    isScalar(siteKeyNode) && (typeof siteKeyNode.value === "number" || typeof siteKeyNode.value === "boolean") && siteKeyNode.range
      ? source.slice(siteKeyNode.range[0], siteKeyNode.range[1])
      : isScalar(siteKeyNode)
        ? siteKeyNode.value
        : undefined;
  let valid = true;
  if (!isCaptchaProvider(provider)) {
    const suggestion = typeof provider === "string" ? closestWord(provider, providers) : undefined;
    report(
      "error",
      providerNode ?? keyNode,
      "forms.captcha.provider",
      provider === undefined || provider === null
        ? say.captchaProviderRequired(either)
        : say.captchaUnknownProvider(JSON.stringify(provider), suggestion, either),
    );
    valid = false;
  }
  if (typeof siteKey !== "string" || siteKey.trim() === "" || /[\s"'<>]/.test(siteKey.trim())) {
    report("error", siteKeyNode ?? keyNode, "forms.captcha.siteKey", say.captchaSiteKey);
    valid = false;
  }
  return valid && isCaptchaProvider(provider) && typeof siteKey === "string" ? { provider, siteKey: siteKey.trim() } : undefined;
}

function checkEndpoint(endpoint: string, mode: RunMode, say: WriterMessages): { severity: Problem["severity"]; message: string } | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { severity: "error", message: say.endpointNotUrl(endpoint) };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { severity: "error", message: say.endpointNotHttp(endpoint) };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { severity: "error", message: say.endpointExtras(endpoint) };
  }
  const loopback = url.hostname === "localhost" || url.hostname === "[::1]" || url.hostname.startsWith("127.");
  if (mode === "production" && url.protocol === "http:" && !loopback) {
    return { severity: "warning", message: say.endpointNotHttps(endpoint) };
  }
  return undefined;
}

export type CspSources = Record<string, string[]>;

/**
 * Sources the page's Content-Security-Policy must allow for the forms: the endpoint for posts and
 * for tallies, and the captcha provider's script and frames. Merge them into the site's policy.
 * @example formsCspSources({ endpoint: "https://forms.example.org" }) // { "form-action": ["https://forms.example.org"], "connect-src": ["https://forms.example.org"] }
 */
export function formsCspSources(forms: FormsConfig): CspSources {
  const sources: CspSources = {};
  const add = (directive: string, values: readonly string[]): void => {
    const list = (sources[directive] ??= []);
    for (const value of values) if (!list.includes(value)) list.push(value);
  };
  if (forms.endpoint === undefined) return sources;
  const origin = new URL(forms.endpoint).origin;
  add("form-action", [origin]);
  add("connect-src", [origin]);
  if (forms.captcha) {
    for (const [directive, values] of Object.entries(CAPTCHA_PROVIDERS[forms.captcha.provider].csp)) add(directive, values);
  }
  return sources;
}
