/** Runs a command while sampling its process tree, and reports its figures stage by stage. */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { type TreeSample, sampleTree } from "./process-tree.ts";
import { type StageFigures, StageTimeline, type TimedSample } from "./stage-timeline.ts";

export interface MeasuredRun {
  exitCode: number | null;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  stages: StageFigures[];
  output: string;
}

const SAMPLE_EVERY_MS = 50;

export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const timeline = new StageTimeline();
    const samples: TimedSample[] = [];
    let output = "";
    let last: TreeSample | undefined;
    const sample = (): void => {
      if (child.pid === undefined) return;
      const now = sampleTree(child.pid);
      if (now) {
        last = now;
        samples.push({ ...now, at: performance.now() });
      }
    };
    const timer = setInterval(sample, SAMPLE_EVERY_MS);
    const read = (stream: NodeJS.ReadableStream): void => {
      createInterface({ input: stream }).on("line", (line) => {
        output += `${line}\n`;
        sample();
        timeline.line(line, performance.now());
        onLine?.(line);
      });
    };
    read(child.stdout!);
    read(child.stderr!);
    child.on("error", reject);
    child.on("close", (exitCode) => {
      clearInterval(timer);
      resolve({
        exitCode,
        wallSeconds: (performance.now() - started) / 1000,
        cpuSeconds: last?.cpuSeconds ?? 0,
        // Not Math.max(...samples): a long run (an hour of photos) has more samples than a call has room for arguments.
        peakRssBytes: samples.reduce((peak, entry) => Math.max(peak, entry.rssBytes), 0),
        stages: timeline.figures(samples),
        output,
      });
    });
  });
}
