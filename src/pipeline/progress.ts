/**
 * Progress of a long stage as plain lines at every tenth of the way ("eleventy: 4000/9951 pages"),
 * readable in a CI log: no carriage-return animation.
 */
export function progressReporter(total: number, label: string, log: (line: string) => void): () => void {
  let done = 0;
  let nextReport = Math.ceil(total / 10);
  return () => {
    done++;
    if (done >= nextReport && done < total) {
      log(`  ${label}: ${done}/${total}`);
      nextReport += Math.ceil(total / 10);
    }
  };
}
