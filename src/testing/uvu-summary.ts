/** Reads the closing summary uvu prints (`Total: 5`, `Passed: 5`, `Skipped: 0`). */
export interface UvuSummary {
  total: number;
  passed: number;
  skipped: number;
}

/**
 * @example parseUvuSummary("  Total:     3\n  Passed:    2\n  Skipped:   0\n") // { total: 3, passed: 2, skipped: 0 }
 * @returns undefined when the output has no summary (the file crashed before uvu reported).
 */
export function parseUvuSummary(output: string): UvuSummary | undefined {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, "");
  const number = (label: string): number | undefined => {
    const match = new RegExp(`^\\s*${label}:\\s+(\\d+)\\s*$`, "m").exec(plain);
    return match ? Number(match[1]) : undefined;
  };
  const total = number("Total");
  const passed = number("Passed");
  if (total === undefined || passed === undefined) return undefined;
  return { total, passed, skipped: number("Skipped") ?? 0 };
}
