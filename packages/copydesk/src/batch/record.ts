import { readFileSync, statSync } from "node:fs";
import type { Format } from "@copydesk/render";
import { isCopydeskError } from "@copydesk/schema";
import type { InputKind } from "../extract.js";
import { type BatchErrorCode, errorLine, type RecordError } from "./errors.js";
import type { Job, JobResult, WorkerConfig } from "./protocol.js";

/** The extraction a worker runs: `extract`, or an injected stand-in with its signature. */
export type Extractor = (
  input: string | Uint8Array,
  options: { kind: InputKind; url: string | undefined; maxInputBytes: number | undefined },
) => unknown;

export type Renderer = (article: never, format: Format) => string;

/** Formats whose rendering is JSON: embedded in the NDJSON line as a value, not as a string. */
const JSON_FORMATS: ReadonlySet<string> = new Set(["json", "jsonld", "ninjs"]);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

class RecordFailure extends Error {
  constructor(
    readonly code: BatchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function describe(error: unknown): RecordError {
  if (error instanceof RecordFailure) return { code: error.code, message: error.message };
  if (isCopydeskError(error)) return { code: error.code, message: error.message };
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno === "string" && errno.startsWith("E")) {
    return { code: "READ_ERROR", message: error instanceof Error ? error.message : String(error) };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: "INTERNAL_ERROR", message };
}

interface Page {
  id: string | number;
  url: string | undefined;
  input: string | Uint8Array;
  kind: InputKind;
}

function readRecord(bytes: Uint8Array, fallbackId: string, config: WorkerConfig): Page {
  const line = decoder.decode(bytes);
  if (line.trim() === "") throw new RecordFailure("INVALID_JSON", "the line is empty");
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new RecordFailure("INVALID_JSON", error instanceof Error ? error.message : String(error));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RecordFailure("INVALID_RECORD", "the line is JSON but not an object");
  }
  const record = value as Record<string, unknown>;
  const { fields } = config;
  const rawId = record[fields.id];
  const id = rawId === undefined || rawId === null ? fallbackId : rawId;
  if (typeof id !== "string" && typeof id !== "number") {
    throw new RecordFailure("INVALID_RECORD", `"${fields.id}" must be a string or a number`);
  }
  const page = (kind: InputKind, input: unknown): Page => {
    const url = record[fields.url];
    if (url !== undefined && url !== null && typeof url !== "string") {
      throw Object.assign(new RecordFailure("INVALID_RECORD", `"${fields.url}" must be a string`), { id });
    }
    if (typeof input !== "string") {
      const field = kind === "html" ? fields.html : fields.text;
      throw Object.assign(new RecordFailure("INVALID_RECORD", `"${field}" must be a string`), { id });
    }
    return { id, url: url ?? undefined, input, kind };
  };
  // A null field counts as absent: crawls often carry `"html": null` beside the text they did get.
  const html = record[fields.html];
  const text = record[fields.text];
  if (html !== undefined && html !== null) return page("html", html);
  if (text !== undefined && text !== null) return page("text", text);
  throw Object.assign(
    new RecordFailure("INVALID_RECORD", `the record has neither "${fields.html}" nor "${fields.text}"`),
    { id },
  );
}

function readWholeFile(path: string, maxInputBytes: number | undefined): Uint8Array {
  // Check the size before reading: an enormous file is refused without being loaded.
  if (maxInputBytes !== undefined) {
    const { size } = statSync(path);
    if (size > maxInputBytes) {
      throw new RecordFailure(
        "INPUT_TOO_LARGE",
        `the file is ${size} bytes, over the ${maxInputBytes}-byte limit`,
      );
    }
  }
  return readFileSync(path);
}

function embed(article: unknown, config: WorkerConfig, render: Renderer | undefined): unknown {
  if (config.format === undefined) return article;
  const rendered = render!(article as never, config.format);
  return JSON_FORMATS.has(config.format) ? JSON.parse(rendered) : rendered;
}

/**
 * Runs one job to its result: parses the record, extracts, renders and
 * serializes. Never throws: any failure becomes the record's error.
 */
export function processJob(
  job: Job,
  config: WorkerConfig,
  extract: Extractor,
  render: Renderer | undefined,
): JobResult {
  let id: string | number = job.type === "line" ? job.fallbackId : job.id;
  try {
    let page: Page;
    if (job.type === "line") {
      page = readRecord(job.bytes, job.fallbackId, config);
      id = page.id;
    } else {
      const input = job.type === "file" ? readWholeFile(job.path, config.maxInputBytes) : job.bytes;
      page = { id, url: config.url, input, kind: config.kind };
    }
    const article = extract(page.input, {
      kind: page.kind,
      url: page.url,
      maxInputBytes: config.maxInputBytes,
    });
    if (config.output === "files") {
      const rendered =
        config.format === undefined
          ? JSON.stringify(article, null, 2)
          : render!(article as never, config.format);
      return {
        seq: job.seq,
        id,
        content: encoder.encode(rendered.endsWith("\n") ? rendered : `${rendered}\n`),
      };
    }
    const line = JSON.stringify({ id, url: page.url ?? null, article: embed(article, config, render) });
    return { seq: job.seq, id, line: encoder.encode(`${line}\n`) };
  } catch (caught) {
    const recordId = (caught as { id?: string | number } | undefined)?.id;
    if (recordId !== undefined) id = recordId;
    const error = describe(caught);
    return config.output === "files"
      ? { seq: job.seq, id, error }
      : { seq: job.seq, id, error, line: errorLine(id, error) };
  }
}
