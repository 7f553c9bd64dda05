/**
 * Progress of a long stage as plain lines at every tenth of the way ("trang: 4.000/9.951", or
 * "pages: 4,000/9,951" with --lang en), readable in a CI log: no carriage-return animation.
 */
export function progressReporter(total: number, line: (done: number, total: number) => string, log: (line: string) => void): () => void {
  let done = 0;
  let nextReport = Math.ceil(total / 10);
  return () => {
    done++;
    if (done >= nextReport && done < total) {
      log(line(done, total));
      nextReport += Math.ceil(total / 10);
    }
  };
}
