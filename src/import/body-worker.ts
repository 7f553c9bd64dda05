/**
 * A worker thread of src/import/body-converter.ts: converts the bodies it is sent and sends back
 * the results, tagged with the job's number.
 */
import { parentPort } from "node:worker_threads";
import { convertBody, type ConvertJob } from "./converted-body.ts";

parentPort!.on("message", ({ id, job }: { id: number; job: ConvertJob }) => {
  try {
    parentPort!.postMessage({ id, body: convertBody(job) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
