/**
 * Samples a process and all its descendants from /proc (Linux): resident memory summed over the
 * tree, and CPU time (user + system, including children already reaped). Used by `npm run bench`
 * to report what a whole build costs, Eleventy and Pagefind's own processes included.
 */
import { readFileSync, readdirSync } from "node:fs";

export interface TreeSample {
  /** Resident set size of the whole tree, bytes. */
  rssBytes: number;
  /** CPU seconds used so far by the root and its descendants. */
  cpuSeconds: number;
}

const PAGE_SIZE = 4096;
const CLOCK_TICKS = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  cpuTicks: number;
  rssPages: number;
}

/** Fields of /proc/<pid>/stat after the command name, which may itself hold spaces and parentheses. */
export function parseProcStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(")");
  if (close < 0) return undefined;
  const pid = Number(text.slice(0, text.indexOf(" ")));
  const fields = text.slice(close + 2).split(" ");
  // fields[0] is state (field 3 of stat); utime is field 14, stime 15, cutime 16, cstime 17, rss 24.
  const field = (n: number): number => Number(fields[n - 3]);
  return { pid, ppid: field(4), cpuTicks: field(14) + field(15) + field(16) + field(17), rssPages: field(24) };
}

function readAllStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, "utf8"));
      if (stat) stats.push(stat);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return stats;
}

/** One sample of the tree rooted at `rootPid`; undefined when the root has gone. */
export function sampleTree(rootPid: number): TreeSample | undefined {
  const stats = readAllStats();
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const list = children.get(stat.ppid);
    if (list) list.push(stat);
    else children.set(stat.ppid, [stat]);
  }
  const root = stats.find((stat) => stat.pid === rootPid);
  if (!root) return undefined;
  let rssPages = 0;
  let cpuTicks = 0;
  const pending = [root];
  while (pending.length > 0) {
    const stat = pending.pop()!;
    rssPages += stat.rssPages;
    cpuTicks += stat.cpuTicks;
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return { rssBytes: rssPages * PAGE_SIZE, cpuSeconds: cpuTicks / CLOCK_TICKS };
}
