/**
 * The receiver's options as a deployment has them: the site's origin and captcha provider from
 * `content/_data/site.yaml`, the polls from `content/_data/polls.yaml`, the captcha secret from the
 * environment. Shared by `scripts/form-receiver.ts` and `npm start`.
 */
import path from "node:path";
import { readSiteConfig } from "../content/data-files.ts";
import { ContentError, type Problem, hasErrors } from "../problems.ts";
import { strings as dictionaries } from "../i18n.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, isLanguage } from "../language.ts";
import { PROJECT_DIR, displayPath } from "../project-paths.ts";
import { readFormsConfig } from "./config.ts";
import { type FormStrings, formStringsByLanguage } from "./form-strings.ts";
import { cliMessages } from "../cli-messages.ts";
import { readPolls } from "./polls.ts";
import { type ConnectionLimits, DEFAULT_CONNECTION_LIMITS, type FormReceiverOptions } from "./receiver.ts";
import { JsonLinesStore } from "./store.ts";
import { httpOrigin } from "./submission.ts";

export const DEFAULT_RECEIVER_PORT = 8787;
export const DEFAULT_STORE_FILE = path.join(PROJECT_DIR, ".cache", "forms", "submissions.jsonl");
/** The captcha provider's secret key: never in site.yaml, which is public. */
export const CAPTCHA_SECRET_VARIABLE = "FORM_CAPTCHA_SECRET";
/** Overrides the provider's verification endpoint (a self-hosted or test verifier). */
export const CAPTCHA_VERIFY_URL_VARIABLE = "FORM_CAPTCHA_VERIFY_URL";

/** A setting the receiver cannot start with; the message says the fix, in the language asked for. */
export class ReceiverSetupError extends Error {
  override name = "ReceiverSetupError";
}

export interface ReceiverSetup {
  contentDir: string;
  storeFile?: string;
  /** Origins the site is served from besides its canonical `url` (e.g. the dev server's). */
  extraOrigins?: readonly string[];
  /** Each language's form entries; by default those of the dictionary (src/i18n.ts). */
  strings?: Readonly<Record<Language, FormStrings>>;
  env?: NodeJS.ProcessEnv;
  /** Proxies in front of the receiver (see `FormReceiverOptions.trustProxy`). */
  trustProxy?: number;
  connectionLimits?: Partial<ConnectionLimits>;
  /** The language of what the receiver tells whoever starts it. */
  messageLanguage?: Language;
  log?: (line: string) => void;
}

/**
 * The receiver's options for a content folder. The allowed origins are the site's own `url` (first:
 * the refusal page's home link and the way back) and `extraOrigins`, nothing else.
 * @example createFormReceiver(await receiverOptionsFromContent({ contentDir: "content" }))
 * @throws ContentError when site.yaml or polls.yaml has errors (a missing `url` says how to set it);
 *   ReceiverSetupError for an origin that is not one, or a captcha configured without its secret
 */
export async function receiverOptionsFromContent(setup: ReceiverSetup): Promise<FormReceiverOptions> {
  const env = setup.env ?? process.env;
  const lang = setup.messageLanguage ?? DEFAULT_LANGUAGE;
  // Files are named as the build names them (src/project-paths.ts displayPath): `content/_data/site.yaml`.
  const displayDir = displayPath(setup.contentDir);
  const [{ site, problems: siteProblems }, { forms, problems: formsProblems }, { polls, problems: pollProblems }] = await Promise.all([
    readSiteConfig(setup.contentDir, env, displayDir, lang),
    // The endpoint is the pages' business; the receiver only reads the captcha settings.
    readFormsConfig(setup.contentDir, { env, mode: "preview", displayDir, lang }),
    readPolls(setup.contentDir, displayDir, lang),
  ]);
  // Without the site's url the receiver has no origin to accept posts from, and guesses none: say how to give it one.
  const urlProblem = siteProblems.find((problem) => problem.severity === "error" && problem.field === "url");
  const noOrigin: Problem[] = urlProblem ? [{ ...urlProblem, message: cliMessages[lang].receiverNoOrigin(urlProblem.file) }] : [];
  const problems = [...siteProblems, ...noOrigin, ...formsProblems, ...pollProblems];
  if (hasErrors(problems) || !site) throw new ContentError(problems);

  const extraOrigins = (setup.extraOrigins ?? []).map((value) => {
    const origin = httpOrigin(value.trim());
    if (origin === undefined) throw new ReceiverSetupError(cliMessages[lang].receiverBadOrigin(value));
    return origin;
  });
  const options: FormReceiverOptions = {
    store: new JsonLinesStore(path.resolve(setup.storeFile ?? DEFAULT_STORE_FILE)),
    siteOrigins: [...new Set([new URL(site.url).origin, ...extraOrigins])],
    siteUrl: site.url,
    defaultLanguage: isLanguage(site.language) ? site.language : DEFAULT_LANGUAGE,
    polls,
    strings: setup.strings ?? formStringsByLanguage(dictionaries),
    trustProxy: setup.trustProxy ?? 0,
    ...(setup.connectionLimits ? { connectionLimits: setup.connectionLimits } : {}),
    ...(setup.log ? { log: setup.log } : {}),
    logLanguage: lang,
  };
  if (forms.captcha) {
    const secret = env[CAPTCHA_SECRET_VARIABLE]?.trim();
    if (!secret) throw new ReceiverSetupError(cliMessages[lang].receiverCaptchaSecret(CAPTCHA_SECRET_VARIABLE));
    const verifyUrl = env[CAPTCHA_VERIFY_URL_VARIABLE]?.trim();
    options.captcha = { provider: forms.captcha.provider, siteKey: forms.captcha.siteKey, secret, ...(verifyUrl ? { verifyUrl } : {}) };
  }
  return options;
}

/** The command line's receiver settings, as `parseArgs` gives them (every value a string). */
export interface ReceiverFlagValues {
  lang?: string;
  "trust-proxy"?: string;
  "header-timeout"?: string;
  "request-timeout"?: string;
  "max-connections"?: string;
}

export interface ReceiverFlags {
  messageLanguage: Language;
  trustProxy: number;
  connectionLimits: ConnectionLimits;
}

/**
 * Reads and checks the receiver's flags; timeouts are given in seconds.
 * @example receiverFlags({ "trust-proxy": "1" }).trustProxy // 1
 * @throws ReceiverSetupError naming the flag, the value and what it accepts
 */
export function receiverFlags(values: ReceiverFlagValues): ReceiverFlags {
  const langValue = values.lang?.trim() ?? DEFAULT_LANGUAGE;
  if (!isLanguage(langValue)) throw new ReceiverSetupError(cliMessages[DEFAULT_LANGUAGE].badLanguage(langValue, LANGUAGES));
  const lang: Language = langValue;
  const number = (flag: keyof ReceiverFlagValues, fallback: number, min: number, max: number, options: { whole?: boolean; seconds?: boolean } = {}): number => {
    const text = values[flag];
    if (text === undefined) return fallback;
    const value = Number(text.trim());
    if (text.trim() === "" || !Number.isFinite(value) || value < min || value > max || (options.whole && !Number.isInteger(value))) {
      throw new ReceiverSetupError(cliMessages[lang].receiverBadNumber(flag, text, min, max, options.seconds ?? false));
    }
    return value;
  };
  const headersSeconds = number("header-timeout", DEFAULT_CONNECTION_LIMITS.headersTimeoutMs / 1000, 1, 600, { seconds: true });
  const requestSeconds = number("request-timeout", DEFAULT_CONNECTION_LIMITS.requestTimeoutMs / 1000, 1, 3600, { seconds: true });
  if (headersSeconds > requestSeconds) throw new ReceiverSetupError(cliMessages[lang].receiverTimeoutOrder(headersSeconds, requestSeconds));
  return {
    messageLanguage: lang,
    trustProxy: number("trust-proxy", 0, 0, 10, { whole: true }),
    connectionLimits: {
      headersTimeoutMs: Math.round(headersSeconds * 1000),
      requestTimeoutMs: Math.round(requestSeconds * 1000),
      maxConnections: number("max-connections", DEFAULT_CONNECTION_LIMITS.maxConnections, 1, 100_000, { whole: true }),
    },
  };
}
