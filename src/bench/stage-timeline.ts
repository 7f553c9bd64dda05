/**
 * Turns a build's log lines ("▸ eleventy…", "✓ eleventy (8.69 s)") and memory/CPU samples taken
 * meanwhile into per-stage figures: wall time, CPU time, peak memory of the process tree.
 */
import type { TreeSample } from "./process-tree.ts";

export interface StageFigures {
  name: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
}

export interface TimedSample extends TreeSample {
  at: number;
}

export interface StageMark {
  name: string;
  start: number;
  end?: number;
}

const STAGE_START = /^▸ (.+?)…$/;
const STAGE_END = /^✓ (.+?) \([\d.,]+ (?:s|giây)\)$/;

/** Records stage starts and ends from log lines as they arrive. */
export class StageTimeline {
  readonly marks: StageMark[] = [];

  line(text: string, at: number): void {
    const start = STAGE_START.exec(text.trim());
    if (start) {
      this.marks.push({ name: start[1]!, start: at });
      return;
    }
    const end = STAGE_END.exec(text.trim());
    if (end) {
      const mark = [...this.marks].reverse().find((candidate) => candidate.name === end[1] && candidate.end === undefined);
      if (mark) mark.end = at;
    }
  }

  figures(samples: readonly TimedSample[]): StageFigures[] {
    return this.marks
      .filter((mark): mark is Required<StageMark> => mark.end !== undefined)
      .map((mark) => {
        const inside = samples.filter((sample) => sample.at >= mark.start && sample.at <= mark.end);
        const before = [...samples].reverse().find((sample) => sample.at <= mark.start);
        const after = samples.find((sample) => sample.at >= mark.end) ?? samples[samples.length - 1];
        return {
          name: mark.name,
          wallSeconds: (mark.end - mark.start) / 1000,
          cpuSeconds: Math.max(0, (after?.cpuSeconds ?? 0) - (before?.cpuSeconds ?? 0)),
          peakRssBytes: inside.reduce((peak, sample) => Math.max(peak, sample.rssBytes), 0),
        };
      });
  }
}
