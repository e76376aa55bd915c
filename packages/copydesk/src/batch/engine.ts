import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Format } from "@copydesk/render";
import type { InputKind } from "../extract.js";
import { errorLine } from "./errors.js";
import { FORMAT_EXTENSIONS, fileNameForId, outputPathFor } from "./formats.js";
import { type InputOptions, measureInputs, readSources, type Source } from "./inputs.js";
import { WorkerPool } from "./pool.js";
import { ProgressBar, type ProgressStream } from "./progress.js";
import type { Job, JobResult, RecordFields, WorkerConfig } from "./protocol.js";
import { InFlightWindow } from "./window.js";

/** Records in flight per worker: enough to keep every worker fed while a slow record holds up in-order output. */
const WINDOW_PER_WORKER = 4;
/** Input bytes in flight across all workers (one record is always admitted, whatever its size). */
const MAX_IN_FLIGHT_BYTES = 32 * 1024 * 1024;

export interface BatchOptions extends InputOptions {
  /** Write each article to its own file under this directory instead of NDJSON on stdout. */
  outDir: string | undefined;
  /** Rendering; undefined embeds the Article object in NDJSON lines (or writes it as JSON under `outDir`). */
  format: Format | undefined;
  fields: RecordFields;
  kind: InputKind;
  url: string | undefined;
  workers: number;
  /** A record running longer than this is stopped and reported as TIMEOUT. */
  timeoutMs: number;
  /** Show the progress bar (the CLI passes "stderr is a terminal and not --quiet"). */
  progress: boolean;
  /** A module whose default export replaces `extract` in the workers. */
  processor?: string;
  /** Where the worker entry lives and how to start it (defaults to the built or source worker). */
  worker?: { url: URL; execArgv?: string[] };
  /** Aborting stops the run after the last complete line (SIGINT, SIGTERM). */
  signal?: AbortSignal;
}

/** Where a batch reads and writes: the process's streams, or a test's. */
export interface BatchIo {
  stdin: AsyncIterable<Uint8Array>;
  /** The size of standard input when it is a regular file (for the ETA); undefined for a pipe. */
  stdinSize?: number | undefined;
  stdout: NodeJS.WritableStream;
  stderr: ProgressStream;
}

export interface BatchSummary {
  records: number;
  errors: number;
  elapsedMs: number;
  /** The run was stopped by its signal before the end of the input. */
  interrupted: boolean;
  /** Writing the output failed (for example EPIPE when the reader went away). */
  outputError: Error | undefined;
}

/**
 * Each worker's young generation. V8's default (tens of MB per isolate) mostly
 * holds a page's short-lived garbage; a smaller one costs no measurable time
 * here and keeps about 25 MB per worker off the process's peak memory.
 */
const WORKER_YOUNG_GENERATION_MB = 16;
/**
 * Each worker's old generation. Under V8's default limit (gigabytes) a busy
 * isolate lets its heap grow up to 4× what survives between collections; under
 * a limit below 2 GB V8 grows it by at most 2× (1.8× here), which keeps about
 * 20 MB per worker off the peak. Still room for the largest pages: a 49 MB
 * page of two million one-line paragraphs needs about 1.4 GB. A page that
 * needs more ends as a WORKER_FAILED error record, and the batch goes on.
 */
const WORKER_OLD_GENERATION_MB = 1536;

/** How long an interrupted run waits for stdout to take its last complete lines. */
const FLUSH_GRACE_MS = 5000;

const STOPPED = Symbol("stopped");

const delay = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/** Run from TypeScript source, workers need tsx and the source condition to load source too. */
const SOURCE_EXEC_ARGV = ["--conditions=@copydesk/source"];

function here(): string {
  // The CommonJS build has no import.meta; it knows its file name instead.
  return import.meta.url ?? pathToFileURL(__filename).href;
}

/** The worker entry: the bundled dist/batch-worker.js beside the built CLI, or the source bootstrap. */
export function defaultWorkerEntry(): { url: URL; execArgv?: string[] } {
  const self = here();
  if (self.endsWith(".ts")) return { url: new URL("./ts-worker.mjs", self), execArgv: SOURCE_EXEC_ARGV };
  return { url: new URL(self.endsWith(".cjs") ? "./batch-worker.cjs" : "./batch-worker.js", self) };
}

function toJob(
  source: Exclude<Source, { type: "error" }>,
  seq: number,
): { job: Job; transfer: ArrayBuffer[] } {
  if (source.type === "line") {
    const job: Job = { seq, type: "line", bytes: source.bytes, fallbackId: source.fallbackId };
    return { job, transfer: [source.bytes.buffer as ArrayBuffer] };
  }
  if (source.type === "bytes") {
    return {
      job: { seq, type: "bytes", bytes: source.bytes, id: source.id },
      transfer: [source.bytes.buffer as ArrayBuffer],
    };
  }
  return { job: { seq, type: "file", path: source.path, id: source.id }, transfer: [] };
}

function costOf(source: Source): number {
  return source.type === "line" || source.type === "bytes" ? source.bytes.byteLength : 0;
}

/**
 * Runs a batch: reads records in order, extracts them on worker threads and
 * writes one result per record, in input order, each NDJSON line with a
 * single write. Memory is bounded by the in-flight window; a slow stdout
 * pauses the reading. Bad records become error results; only a failure to
 * start the workers rejects.
 */
export async function runBatch(options: BatchOptions, io: BatchIo): Promise<BatchSummary> {
  const started = performance.now();
  const toFiles = options.outDir !== undefined;
  let records = 0;
  let errors = 0;
  let bytesRead = 0;
  let outputError: Error | undefined;
  let fatal: unknown;

  const total = options.progress ? await measureInputs(options, io.stdinSize) : undefined;
  const fraction = () => {
    if (total === undefined || total === 0) return undefined;
    return (options.ndjson ? bytesRead : records) / total;
  };
  const bar = new ProgressBar(io.stderr, options.progress, () => ({
    records,
    errors,
    elapsedMs: performance.now() - started,
    fraction: fraction(),
  }));

  const config: WorkerConfig = {
    output: toFiles ? "files" : "stdout",
    format: options.format,
    fields: options.fields,
    kind: options.kind,
    url: options.url,
    maxInputBytes: options.maxInputBytes,
    processor: options.processor,
  };
  const entry = options.worker ?? defaultWorkerEntry();
  const pool = new WorkerPool(
    options.workers,
    () => {
      const worker = new Worker(entry.url, {
        workerData: config,
        execArgv: entry.execArgv,
        stdout: true,
        resourceLimits: {
          maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
          maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB,
        },
      });
      // Whatever a worker prints goes to stderr: nothing but records may reach the NDJSON output.
      worker.stdout.on("data", (chunk: Buffer) => bar.log(chunk.toString()));
      return worker;
    },
    options.timeoutMs,
  );
  const window = new InFlightWindow(options.workers * WINDOW_PER_WORKER, MAX_IN_FLIGHT_BYTES);

  const finished = new Map<number, { result: JobResult; cost: number; outPath: string | undefined }>();
  let nextToWrite = 0;
  let nextSeq = 0;
  let writing = false;
  let lastWrite: Promise<void> = Promise.resolve();
  let wakeMain: (() => void) | undefined;
  const wake = () => {
    const resolve = wakeMain;
    wakeMain = undefined;
    resolve?.();
  };
  const stopped = () => options.signal?.aborted === true || outputError !== undefined || fatal !== undefined;
  let signalStop!: () => void;
  const stopping = new Promise<typeof STOPPED>((resolve) => {
    signalStop = () => resolve(STOPPED);
  });
  const stop = () => {
    window.cancel();
    wake();
    signalStop();
  };
  options.signal?.addEventListener("abort", stop, { once: true });

  const writeLine = (line: Uint8Array): Promise<void> => {
    let flushed!: () => void;
    lastWrite = new Promise((resolve) => {
      flushed = resolve;
    });
    return new Promise((resolve) => {
      // One write call per complete line: a killed run never leaves half a line behind.
      const ok = io.stdout.write(line, (error?: Error | null) => {
        if (error && !outputError) {
          outputError = error;
          stop();
        }
        flushed();
        if (error) resolve();
      });
      if (ok) resolve();
      else io.stdout.once("drain", resolve);
    });
  };

  const createdDirs = new Set<string>();
  const writeArticle = async (path: string, content: Uint8Array) => {
    const dir = dirname(path);
    if (!createdDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      createdDirs.add(dir);
    }
    // Written beside, then renamed into place: a killed run leaves no half-written article.
    const temporary = `${path}.${process.pid}.partial`;
    await writeFile(temporary, content);
    await rename(temporary, path);
  };

  const emit = async (result: JobResult, outPath: string | undefined) => {
    if (!toFiles) {
      await writeLine(result.line ?? errorLine(result.id, result.error!));
      return;
    }
    if (result.error) {
      bar.log(`copydesk: ${result.id}: ${result.error.message} (${result.error.code})`);
      return;
    }
    const relative = outPath ?? fileNameForId(result.id) + FORMAT_EXTENSIONS[options.format ?? "json"];
    try {
      await writeArticle(join(options.outDir!, relative), result.content!);
    } catch (error) {
      outputError = error as Error;
      stop();
    }
  };

  const flush = async () => {
    if (writing) return;
    writing = true;
    try {
      for (let item = finished.get(nextToWrite); item && !stopped(); item = finished.get(nextToWrite)) {
        finished.delete(nextToWrite);
        nextToWrite += 1;
        await emit(item.result, item.outPath);
        records += 1;
        if (item.result.error) errors += 1;
        window.release(item.cost);
      }
    } finally {
      writing = false;
      wake();
    }
  };

  const complete = (seq: number, result: JobResult, cost: number, outPath: string | undefined) => {
    finished.set(seq, { result, cost, outPath });
    void flush();
  };

  bar.start();
  try {
    const sources = readSources(options, io.stdin, (bytes) => {
      bytesRead += bytes;
    });
    const iterator = sources[Symbol.asyncIterator]();
    for (;;) {
      // Raced with the stop signal: an interrupt must not wait for input that may never come.
      const next = await Promise.race([iterator.next(), stopping]);
      if (next === STOPPED || next.done || stopped()) break;
      const source = next.value;
      const cost = costOf(source);
      await window.acquire(cost);
      if (stopped()) break;
      const seq = nextSeq++;
      const outPath =
        source.type === "line" || source.outPath === undefined
          ? undefined
          : outputPathFor(source.outPath, options.format ?? "json");
      if (source.type === "error") {
        complete(seq, { seq, id: source.id, error: source.error }, cost, outPath);
        continue;
      }
      const { job, transfer } = toJob(source, seq);
      pool.run(job, transfer).then(
        (result) => complete(seq, result, cost, outPath),
        (error: unknown) => {
          fatal ??= error;
          stop();
        },
      );
    }
    while (nextToWrite < nextSeq && !stopped()) {
      await new Promise<void>((resolve) => {
        wakeMain = resolve;
      });
    }
  } finally {
    options.signal?.removeEventListener("abort", stop);
    bar.stop();
    await pool.close();
    // Lines already handed to stdout are complete: let them reach it before reporting,
    // unless the reader has stopped reading and the run is being interrupted.
    const interrupted = options.signal?.aborted === true || outputError !== undefined;
    await (interrupted ? Promise.race([lastWrite, delay(FLUSH_GRACE_MS)]) : lastWrite);
  }
  if (fatal !== undefined) throw fatal;
  return {
    records,
    errors,
    elapsedMs: performance.now() - started,
    interrupted: options.signal?.aborted === true,
    outputError,
  };
}
