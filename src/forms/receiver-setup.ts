/**
 * The receiver's options as a deployment has them: the site's origin and captcha provider from
 * `content/_data/site.yaml`, the polls from `content/_data/polls.yaml`, the captcha secret from the
 * environment. Shared by `scripts/form-receiver.ts` and `npm start`.
 */
import path from "node:path";
import { readSiteConfig } from "../content/data-files.ts";
import { ContentError, hasErrors } from "../content/problems.ts";
import { PROJECT_DIR } from "../project-paths.ts";
import { readFormsConfig } from "./config.ts";
import type { FormStrings } from "./form-strings.ts";
import { readPolls } from "./polls.ts";
import type { FormReceiverOptions } from "./receiver.ts";
import { JsonLinesStore } from "./store.ts";

export const DEFAULT_RECEIVER_PORT = 8787;
export const DEFAULT_STORE_FILE = path.join(PROJECT_DIR, ".cache", "forms", "submissions.jsonl");
/** The captcha provider's secret key: never in site.yaml, which is public. */
export const CAPTCHA_SECRET_VARIABLE = "FORM_CAPTCHA_SECRET";
/** Overrides the provider's verification endpoint (a self-hosted or test verifier). */
export const CAPTCHA_VERIFY_URL_VARIABLE = "FORM_CAPTCHA_VERIFY_URL";

export interface ReceiverSetup {
  contentDir: string;
  storeFile?: string;
  /** Origins the site is served from besides its canonical `url` (e.g. the dev server's). */
  extraOrigins?: readonly string[];
  strings: FormStrings;
  env?: NodeJS.ProcessEnv;
  trustProxy?: boolean;
  log?: (line: string) => void;
}

/**
 * The receiver's options for a content folder.
 * @example createFormReceiver(await receiverOptionsFromContent({ contentDir: "content", strings: formStringsFrom(strings.vi) }))
 * @throws ContentError when site.yaml or polls.yaml has errors; Error when a captcha is configured without its secret
 */
export async function receiverOptionsFromContent(setup: ReceiverSetup): Promise<FormReceiverOptions> {
  const env = setup.env ?? process.env;
  const [{ site, problems: siteProblems }, { forms, problems: formsProblems }, { polls, problems: pollProblems }] = await Promise.all([
    readSiteConfig(setup.contentDir, env),
    // The endpoint is the pages' business; the receiver only reads the captcha settings.
    readFormsConfig(setup.contentDir, { env, mode: "preview" }),
    readPolls(setup.contentDir),
  ]);
  const problems = [...siteProblems, ...formsProblems, ...pollProblems];
  if (hasErrors(problems) || !site) throw new ContentError(problems);

  const origins = [...(setup.extraOrigins ?? []), site.url].map((url) => new URL(url).origin);
  const options: FormReceiverOptions = {
    store: new JsonLinesStore(path.resolve(setup.storeFile ?? DEFAULT_STORE_FILE)),
    siteOrigins: [...new Set(origins)],
    polls,
    strings: setup.strings,
    trustProxy: setup.trustProxy ?? false,
    ...(setup.log ? { log: setup.log } : {}),
  };
  if (forms.captcha) {
    const secret = env[CAPTCHA_SECRET_VARIABLE]?.trim();
    if (!secret) {
      throw new Error(`forms.captcha is set in site.yaml, but ${CAPTCHA_SECRET_VARIABLE} (the provider's secret key) is not in the environment`);
    }
    const verifyUrl = env[CAPTCHA_VERIFY_URL_VARIABLE]?.trim();
    options.captcha = { provider: forms.captcha.provider, siteKey: forms.captcha.siteKey, secret, ...(verifyUrl ? { verifyUrl } : {}) };
  }
  return options;
}
