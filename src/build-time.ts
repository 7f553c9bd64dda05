/**
 * The build's notion of "now": `SOURCE_DATE_EPOCH` when set (reproducible builds,
 * https://reproducible-builds.org/specs/source-date-epoch/), else the clock. Read through
 * src/settings.ts, once, by the command line.
 */
import { DateTime } from "luxon";
import { inNewsroomZone } from "./dates.ts";

/**
 * @example buildTime({ SOURCE_DATE_EPOCH: "1706367660" }).toISO() // "2024-01-27T22:01:00.000+07:00"
 */
export function buildTime(env: { SOURCE_DATE_EPOCH?: string }, clock: () => number = Date.now): DateTime {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch}"`);
    }
    return inNewsroomZone(Number(epoch) * 1000);
  }
  return inNewsroomZone(clock());
}
