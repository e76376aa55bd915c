import type { CopydeskErrorCode } from "@copydesk/schema";

/**
 * Why a batch record failed when the cause is the record or the run rather
 * than the page: these sit beside the `CopydeskError` codes of `extract`.
 */
export const BATCH_ERROR_CODES = {
  INVALID_JSON: "The NDJSON line is not valid JSON (or is empty).",
  INVALID_RECORD:
    "The record is not a JSON object, has neither the html nor the text field, or a field has the wrong type.",
  READ_ERROR: "The input file could not be read.",
  WORKER_FAILED: "The worker thread handling the record died (for example, it ran out of memory).",
  TIMEOUT: "The record took longer than --timeout seconds; its worker was stopped and replaced.",
  INTERNAL_ERROR: "An unexpected error while extracting the record.",
} as const satisfies Record<string, string>;

export type BatchErrorCode = keyof typeof BATCH_ERROR_CODES | CopydeskErrorCode;

/** The `error` of a failed record in the output: `{ id, error: { code, message } }`. */
export interface RecordError {
  code: BatchErrorCode;
  message: string;
}

const encoder = new TextEncoder();

/** Serializes an error result as its output line: `{ id, error: { code, message } }` and a newline. */
export function errorLine(id: string | number, error: RecordError): Uint8Array {
  return encoder.encode(`${JSON.stringify({ id, error })}\n`);
}
