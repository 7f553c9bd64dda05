/**
 * Two digits for a day, month, hour or minute: the one padding helper, for the build and the
 * browser's bundled scripts alike (a comparison, not padStart: it runs for every date printed).
 * @example pad2(7) // "07"
 */
export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
