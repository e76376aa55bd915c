import { createReadStream, fstatSync } from "node:fs";
import { stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CliOptions } from "../cli/args.js";
import { type BatchIo, type BatchOptions, runBatch } from "./engine.js";
import { WorkerStartError } from "./pool.js";
import { summaryLine } from "./progress.js";

/** The page size `extract` accepts by default (its `maxInputBytes`): 50 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;
/**
 * Room for JSON around a page: escaping (`\"`, `\n`, `\\`) can double a
 * page's bytes, plus the other fields. A longer line cannot hold a page within
 * the limit worth reading; it is skipped without being held in memory.
 */
export const LINE_OVERHEAD_BYTES = 64 * 1024;
export const maxLineBytesFor = (maxInputBytes: number) => 2 * maxInputBytes + LINE_OVERHEAD_BYTES;

/** Read size for standard input redirected from a file: fewer chunks, less work per record on the main thread. */
const STDIN_CHUNK_BYTES = 1 << 20;

/** Exit statuses beyond 0/1/2: 128 + the signal's number, as shells report them; 70 when workers cannot start. */
const EXIT_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;
const EXIT_SOFTWARE = 70;

/**
 * A module whose default export replaces `extract` in the workers, named by
 * this environment variable (a path or a file: URL): for custom pipelines and
 * for testing the batch machinery on its own.
 */
export const PROCESSOR_ENV = "COPYDESK_BATCH_PROCESSOR";

function processorFromEnv(): string | undefined {
  const value = process.env[PROCESSOR_ENV];
  if (value === undefined || value === "") return undefined;
  if (value.startsWith("file:")) return value;
  return pathToFileURL(isAbsolute(value) ? value : resolve(value)).href;
}

/** Batch mode: a batch flag, or a directory among the inputs. */
export async function wantsBatch(options: CliOptions): Promise<boolean> {
  if (options.batch.requested) return true;
  for (const file of options.files) {
    if (file !== "-" && (await stat(file).catch(() => undefined))?.isDirectory()) return true;
  }
  return false;
}

/** The process's streams, with the size of standard input when it is a redirected file. */
export function nodeBatchIo(): BatchIo {
  let stdinSize: number | undefined;
  try {
    const info = fstatSync(0);
    if (info.isFile()) stdinSize = info.size;
  } catch {
    stdinSize = undefined;
  }
  // Write errors (EPIPE when the reader goes away) reach each write's callback; this keeps them from crashing.
  process.stdout.on("error", () => {});
  // A redirected file is read in big chunks, like a named file; a pipe or terminal as Node gives it.
  const stdin =
    stdinSize === undefined
      ? process.stdin
      : createReadStream("", { fd: 0, highWaterMark: STDIN_CHUNK_BYTES });
  return { stdin, stdinSize, stdout: process.stdout, stderr: process.stderr };
}

export function batchOptionsFrom(options: CliOptions, progress: boolean): BatchOptions {
  const { batch } = options;
  const maxInputBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  return {
    inputs: options.files,
    ndjson: batch.ndjson,
    include: batch.include,
    exclude: batch.exclude,
    maxInputBytes,
    maxLineBytes: maxLineBytesFor(maxInputBytes),
    outDir: batch.outDir,
    // Files under --out take the CLI's default rendering; NDJSON lines embed the Article unless told.
    format: batch.outDir !== undefined || batch.formatGiven ? options.format : undefined,
    fields: batch.fields,
    kind: options.kind,
    url: options.url,
    workers: batch.workers,
    timeoutMs: batch.timeoutMs,
    progress,
    processor: processorFromEnv(),
  };
}

/**
 * Runs the CLI in batch mode and returns its exit status: 0 when every record
 * succeeded, 1 when some failed (or the output failed), 130/143 when
 * interrupted, 70 when the workers cannot start.
 */
export async function runBatchCli(options: CliOptions, io: BatchIo = nodeBatchIo()): Promise<number> {
  const stderrIsTerminal = io.stderr.isTTY === true;
  const batchOptions = batchOptionsFrom(options, stderrIsTerminal && !options.batch.quiet);
  const controller = new AbortController();
  let signal: keyof typeof EXIT_SIGNAL | undefined;
  const onSignal = (name: keyof typeof EXIT_SIGNAL) => () => {
    signal = name;
    controller.abort();
  };
  const handlers = { SIGINT: onSignal("SIGINT"), SIGTERM: onSignal("SIGTERM") };
  for (const name of ["SIGINT", "SIGTERM"] as const) process.once(name, handlers[name]);
  try {
    const summary = await runBatch({ ...batchOptions, signal: controller.signal }, io);
    if (!options.batch.quiet) io.stderr.write(`${summaryLine(summary, summary.interrupted)}\n`);
    if (signal) return EXIT_SIGNAL[signal];
    if (summary.outputError) {
      const code = (summary.outputError as NodeJS.ErrnoException).code;
      if (code !== "EPIPE")
        io.stderr.write(`copydesk: cannot write the output: ${summary.outputError.message}\n`);
      return 1;
    }
    return summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof WorkerStartError)) throw error;
    io.stderr.write(`copydesk: ${error.message}\n`);
    return EXIT_SOFTWARE;
  } finally {
    for (const name of ["SIGINT", "SIGTERM"] as const) process.off(name, handlers[name]);
  }
}
