import { parentPort, workerData } from "node:worker_threads";
import type { Job, JobResult, WorkerConfig } from "./protocol.js";
import { type Extractor, processJob, type Renderer } from "./record.js";

/**
 * The batch worker thread: loads the extraction once, then answers one job
 * per message. Built as dist/batch-worker.js; from source it is started by
 * ts-worker.mjs. Messages: `{ type: "ready" }` once, then one JobResult per Job.
 */
const port = parentPort;
if (port === null) throw new Error("the batch worker must run in a worker thread");
const config = workerData as WorkerConfig;

async function loadExtractor(): Promise<Extractor> {
  if (config.processor !== undefined) {
    const module = (await import(config.processor)) as { default?: Extractor };
    if (typeof module.default !== "function") {
      throw new Error(`processor ${config.processor} has no default export function`);
    }
    return module.default;
  }
  // Loaded lazily so that a processor module replaces the whole pipeline.
  return (await import("../extract.js")).extract;
}

async function loadRenderer(): Promise<Renderer | undefined> {
  if (config.format === undefined) return undefined;
  return (await import("@copydesk/render")).render as Renderer;
}

function serve([extract, render]: [Extractor, Renderer | undefined]): void {
  port!.on("message", (job: Job) => {
    const result: JobResult = processJob(job, config, extract, render);
    const payload = result.line ?? result.content;
    // Transfer the output bytes instead of copying them back to the main thread.
    port!.postMessage(result, payload ? [payload.buffer as ArrayBuffer] : []);
  });
  port!.postMessage({ type: "ready" });
}

// No top-level await: the worker also builds as CommonJS. A failure to load is thrown
// uncaught, which the pool sees as the worker's "error" before "ready".
Promise.all([loadExtractor(), loadRenderer()]).then(serve, (error: unknown) => {
  queueMicrotask(() => {
    throw error;
  });
});
