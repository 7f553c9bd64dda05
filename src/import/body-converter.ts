/**
 * Converts bodies on worker threads, so that an import uses the machine's other cores: the main
 * thread reads the export, copies photos and writes files while the workers turn HTML into Markdown
 * (the larger part of the work). Results come back in any order; `convert` resolves each job's own.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import { convertBody, type ConvertedBody, type ConvertJob } from "./converted-body.ts";

export interface BodyConverter {
  convert(job: ConvertJob): Promise<ConvertedBody>;
  close(): Promise<void>;
}

/** Converts on the calling thread: for small imports and tests of the conversion itself. */
export function inlineConverter(): BodyConverter {
  return { convert: async (job) => convertBody(job), close: async () => {} };
}

/**
 * A pool of `count` workers (one fewer than the cores, at least one, at most four).
 * @example const converter = workerConverter(); await converter.convert({ html, options: {} }); await converter.close();
 */
export function workerConverter(count = Math.max(1, Math.min(4, os.availableParallelism() - 1))): BodyConverter {
  const waiting = new Map<number, { resolve: (body: ConvertedBody) => void; reject: (error: Error) => void }>();
  let next = 0;
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL("./body-worker-boot.mjs", import.meta.url), { execArgv: [] });
    worker.on("message", (message: { id: number; body?: ConvertedBody; error?: string }) => {
      const job = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.body) job?.resolve(message.body);
      else job?.reject(new Error(message.error));
    });
    worker.on("error", (error) => {
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
    });
    return worker;
  });
  return {
    convert(job) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
