import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { RecordError } from "./errors.js";
import { splitLines } from "./lines.js";
import { type WalkFilter, walkFiles } from "./walk.js";

/** One unit of work in input order, before it is numbered and sent to a worker. */
export type Source =
  | { type: "line"; bytes: Uint8Array; fallbackId: string }
  | { type: "file"; path: string; id: string; outPath: string }
  | { type: "bytes"; bytes: Uint8Array; id: string; outPath: string }
  | { type: "error"; id: string; error: RecordError; outPath?: string };

export interface InputOptions extends WalkFilter {
  /** Files and directories; "-" or none for standard input. */
  inputs: string[];
  ndjson: boolean;
  maxLineBytes: number;
  maxInputBytes: number;
}

/** Big reads from files: fewer, larger chunks cost the main thread less per record. */
const READ_CHUNK_BYTES = 1 << 20;

/** Compressed NDJSON (`crawl.ndjson.gz`) is read through gunzip. */
const GZIP_SUFFIX = ".gz";

export const STDIN_ID = "stdin";

function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

async function* counted(
  chunks: AsyncIterable<Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes(chunk.byteLength);
    yield chunk;
  }
}

async function* ndjsonLines(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  options: InputOptions,
): AsyncGenerator<Source> {
  try {
    for await (const { line, bytes, size } of splitLines(chunks, options.maxLineBytes)) {
      const fallbackId = `${name}:${line}`;
      if (bytes) yield { type: "line", bytes, fallbackId };
      else {
        yield {
          type: "error",
          id: fallbackId,
          error: {
            code: "INPUT_TOO_LARGE",
            message: `the line is over ${options.maxLineBytes} bytes (${size}); it was skipped without being held`,
          },
        };
      }
    }
  } catch (error) {
    // A read failure part-way (a truncated gzip, an I/O error) ends this input with one error record.
    yield { type: "error", id: name, error: { code: "READ_ERROR", message: describeErrno(error) } };
  }
}

function openNdjson(path: string, onBytes: (bytes: number) => void): AsyncIterable<Uint8Array> {
  const file = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  const raw = counted(file, onBytes);
  if (!path.endsWith(GZIP_SUFFIX)) return raw;
  const gunzip = createGunzip();
  const source = Readable.from(raw);
  source.on("error", (error) => gunzip.destroy(error));
  return source.pipe(gunzip);
}

async function readAllStdin(stdin: AsyncIterable<Uint8Array>, maxInputBytes: number): Promise<Source> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    size += chunk.byteLength;
    // Past the limit the rest is only counted, never kept.
    if (size <= maxInputBytes) chunks.push(chunk);
  }
  if (size > maxInputBytes) {
    const message = `standard input is ${size} bytes, over the ${maxInputBytes}-byte limit`;
    return { type: "error", id: STDIN_ID, error: { code: "INPUT_TOO_LARGE", message }, outPath: STDIN_ID };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { type: "bytes", bytes, id: STDIN_ID, outPath: STDIN_ID };
}

/**
 * Yields every record of every input, in order: NDJSON lines (with --ndjson)
 * or whole files, walking directories. Nothing is read ahead of the consumer,
 * so a slow consumer pauses the reading. Unreadable inputs become error sources.
 */
export async function* readSources(
  options: InputOptions,
  stdin: AsyncIterable<Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Source> {
  const inputs = options.inputs.length === 0 ? ["-"] : options.inputs;
  for (const input of inputs) {
    if (input === "-") {
      if (options.ndjson) yield* ndjsonLines(counted(stdin, onBytes), STDIN_ID, options);
      else yield await readAllStdin(counted(stdin, onBytes), options.maxInputBytes);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield {
        type: "error",
        id: input,
        error: { code: "READ_ERROR", message: describeErrno(error) },
        outPath: basename(input),
      };
      continue;
    }
    if (!isDirectory) {
      if (options.ndjson) yield* ndjsonLines(openNdjson(input, onBytes), input, options);
      else yield { type: "file", path: input, id: input, outPath: basename(input) };
      continue;
    }
    for await (const found of walkFiles(input, options)) {
      if (found.error) {
        const message = describeErrno(found.error);
        yield { type: "error", id: found.relative || input, error: { code: "READ_ERROR", message } };
      } else if (options.ndjson) {
        yield* ndjsonLines(openNdjson(found.path, onBytes), join(input, found.relative), options);
      } else {
        yield { type: "file", path: found.path, id: found.relative, outPath: found.relative };
      }
    }
  }
}

/**
 * How much work there is, for the progress bar's percentage and ETA: bytes of
 * NDJSON or a count of files. Undefined when it cannot be known up front (a pipe).
 */
export async function measureInputs(
  options: InputOptions,
  stdinSize: number | undefined,
): Promise<number | undefined> {
  const inputs = options.inputs.length === 0 ? ["-"] : options.inputs;
  let total = 0;
  for (const input of inputs) {
    if (input === "-") {
      if (!options.ndjson) total += 1;
      else if (stdinSize === undefined) return undefined;
      else total += stdinSize;
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (!info) continue;
    if (!info.isDirectory()) {
      total += options.ndjson ? info.size : 1;
      continue;
    }
    for await (const found of walkFiles(input, options)) {
      if (found.error) continue;
      total += options.ndjson ? ((await stat(found.path).catch(() => undefined))?.size ?? 0) : 1;
    }
  }
  return total;
}
