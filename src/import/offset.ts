/**
 * Zone offsets as imported pages and exports write them.
 */
import { pad2 } from "../text/pad.ts";

/**
 * `+07:00` for 420 minutes east of UTC.
 * @example formatOffset(-150) // "-02:30"
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(absolute / 60))}:${pad2(absolute % 60)}`;
}
