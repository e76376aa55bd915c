import type { Format } from "@copydesk/render";
import type { InputKind } from "../extract.js";
import type { RecordError } from "./errors.js";

/** Names of the NDJSON fields a record is read from (`--id-field` and friends). */
export interface RecordFields {
  id: string;
  url: string;
  html: string;
  text: string;
}

/** What every worker is told once, at start. */
export interface WorkerConfig {
  /** `stdout`: each result is a complete NDJSON line; `files`: the rendered article for its own file. */
  output: "stdout" | "files";
  /** The rendering; undefined puts the Article object itself in the NDJSON line. */
  format: Format | undefined;
  fields: RecordFields;
  /** How to read whole-file inputs (NDJSON records say html or text themselves). */
  kind: InputKind;
  /** The page address for whole-file inputs (`--url`). */
  url: string | undefined;
  maxInputBytes: number | undefined;
  /** A module whose default export replaces `extract` (tests, custom pipelines). */
  processor: string | undefined;
}

/** One NDJSON line to process. `fallbackId` names it when the record has no id. */
export interface LineJob {
  seq: number;
  type: "line";
  bytes: Uint8Array;
  fallbackId: string;
}

/** One whole file to read and process (the worker reads it: the main thread only routes). */
export interface FileJob {
  seq: number;
  type: "file";
  path: string;
  id: string;
}

/** Input already read from standard input as one document. */
export interface BytesJob {
  seq: number;
  type: "bytes";
  bytes: Uint8Array;
  id: string;
}

export type Job = LineJob | FileJob | BytesJob;

/** A worker's answer for one job. */
export interface JobResult {
  seq: number;
  /** The record's id as it will be printed (its own, or the fallback). */
  id: string | number;
  /** `stdout` output: the whole NDJSON line with its newline, success or failure alike. */
  line?: Uint8Array;
  /** `files` output: the rendered article. */
  content?: Uint8Array;
  error?: RecordError;
}
