/**
 * What tintuc takes from the environment, read once by the command line that starts (scripts/) and
 * passed down from there as arguments: nothing below scripts/ reads `process.env` for these, and
 * nothing writes it.
 */
import type { DateTime } from "luxon";
import { buildTime } from "./build-time.ts";

/** Settings of content/_data/site.yaml that the environment overrides, by variable name (a type, so that it is an environment too). */
export type SiteOverrides = {
  /** The site's URL, e.g. a staging host's (`SITE_URL=https://staging.example.org`). */
  SITE_URL?: string;
  /** Where the forms post (`FORM_ENDPOINT`, src/forms/config.ts). */
  FORM_ENDPOINT?: string;
};

export interface Settings {
  /** The build's "now" at each call: always `SOURCE_DATE_EPOCH`'s when it is set, else the clock's. */
  now(): DateTime;
  siteOverrides: SiteOverrides;
  /** `PORT`: the preview server's port (npm start). */
  previewPort?: string;
  /** `FORMS_PORT`: the preview's form receiver's port. */
  formsPort?: string;
}

/**
 * Reads the settings once; a malformed value is an error here, before any work.
 * @example readSettings({ SOURCE_DATE_EPOCH: "1706367660" }).now().toISO() // "2024-01-27T22:01:00.000+07:00"
 */
export function readSettings(env: NodeJS.ProcessEnv, clock: () => number = Date.now): Settings {
  const epoch = env.SOURCE_DATE_EPOCH;
  buildTime({ SOURCE_DATE_EPOCH: epoch }, clock);
  const defined = (value: string | undefined): string | undefined => (value === undefined || value === "" ? undefined : value);
  const siteOverrides: SiteOverrides = {};
  if (env.SITE_URL !== undefined) siteOverrides.SITE_URL = env.SITE_URL;
  if (env.FORM_ENDPOINT !== undefined) siteOverrides.FORM_ENDPOINT = env.FORM_ENDPOINT;
  return {
    now: () => buildTime({ SOURCE_DATE_EPOCH: epoch }, clock),
    siteOverrides,
    previewPort: defined(env.PORT),
    formsPort: defined(env.FORMS_PORT),
  };
}
