/**
 * Zone offsets as imported pages and exports write them.
 */

/**
 * `+07:00` for 420 minutes east of UTC.
 * @example formatOffset(-150) // "-02:30"
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
}
