/**
 * Orders strings by their UTF-16 code units, as `<` does: the same on every machine. `localeCompare`
 * follows the ICU data Node was built with, so an order that decides output bytes must not use it.
 * @example ["b", "B", "a"].sort(compareCodeUnits) // ["B", "a", "b"]
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
