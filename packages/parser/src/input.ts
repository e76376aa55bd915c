/**
 * From what the caller passes to normalised text: type and option checks, the
 * size limit, decoding, the binary check, normalisation and the empty check.
 * Every failure here is a `CopydeskError` with its code.
 */
import { CopydeskError, type Warning } from "@copydesk/schema";
import { decodeBytes } from "./decode.js";
import { normalizeFor, REPAIR, workNeeded } from "./normalize.js";

export interface InputOptions {
  /** Largest input accepted, in bytes (UTF-8 bytes for a string). Default 50 MiB. */
  maxInputBytes?: number;
  /** The encoding of a `Uint8Array` input (a WHATWG label such as `utf-8` or `latin1`), when known. A byte-order mark wins over it. */
  encoding?: string;
}

/** 50 MiB: far above any article, low enough that a stray upload of a video is refused before it is read. */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** The head examined for binary content: as much as `file` and git look at. */
export const BINARY_SNIFF_LENGTH = 8192;
/** Text has almost no control characters; more than this share of the head is binary data. */
export const MAX_CONTROL_SHARE = 0.1;

export interface PreparedInput {
  /** The text: as given from readInput; from normalizeInput, the normalised text every span indexes into. */
  text: string;
  /** The encoding the bytes were decoded from; undefined for a string input. */
  encoding: string | undefined;
  warnings: Warning[];
}

function checkOptions(options: unknown): { maxInputBytes: number; encoding: string | undefined } {
  if (options === undefined) return { maxInputBytes: DEFAULT_MAX_INPUT_BYTES, encoding: undefined };
  if (typeof options !== "object" || options === null) {
    throw new CopydeskError("INVALID_OPTIONS", "Options must be an object.");
  }
  const { maxInputBytes = DEFAULT_MAX_INPUT_BYTES, encoding } = options as InputOptions;
  if (typeof maxInputBytes !== "number" || Number.isNaN(maxInputBytes) || maxInputBytes <= 0) {
    throw new CopydeskError("INVALID_OPTIONS", "`maxInputBytes` must be a positive number.");
  }
  if (encoding !== undefined && typeof encoding !== "string") {
    throw new CopydeskError("INVALID_OPTIONS", "`encoding` must be a string (a WHATWG encoding label).");
  }
  return { maxInputBytes, encoding };
}

/** UTF-8 length of a string, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(size: number, max: number): CopydeskError {
  return new CopydeskError("INPUT_TOO_LARGE", `The input is ${size} bytes; \`maxInputBytes\` allows ${max}.`);
}

/** The control characters the binary check counts: C0 except tab, LF, VT, FF and CR (NUL among them). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const BINARY_CONTROL = /[\x00-\x08\x0e-\x1f]/;

/** NUL anywhere in the head, or control characters above MAX_CONTROL_SHARE of it. */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, BINARY_SNIFF_LENGTH);
  // Text almost never holds one: a native search of the head answers most inputs without the count.
  if (!BINARY_CONTROL.test(length < text.length ? text.slice(0, length) : text)) return false;
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    // Tab, LF, VT, FF and CR are text.
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) controls++;
  }
  return length > 0 && controls / length > MAX_CONTROL_SHARE;
}

/** The type and option checks, the size limit and decoding: the text as given, before the checks on its content. */
export function readInput(input: unknown, options?: InputOptions): PreparedInput {
  const { maxInputBytes, encoding: label } = checkOptions(options);
  if (typeof input === "string") {
    // A UTF-16 code unit is at least one UTF-8 byte and at most three: count exactly only in between.
    if (input.length > maxInputBytes) throw tooLarge(input.length, maxInputBytes);
    if (input.length * 3 > maxInputBytes) {
      const size = utf8Length(input);
      if (size > maxInputBytes) throw tooLarge(size, maxInputBytes);
    }
    return { text: input, encoding: undefined, warnings: [] };
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxInputBytes) throw tooLarge(input.byteLength, maxInputBytes);
    const { text, encoding, warnings } = decodeBytes(input, label);
    return { text, encoding, warnings };
  }
  throw new CopydeskError(
    "INVALID_INPUT",
    `The input must be a string or a Uint8Array, not ${input === null ? "null" : typeof input}.`,
  );
}

/**
 * The binary check, normalisation and the empty check of what readInput
 * read, for a caller that knows the text needs nothing before `from`.
 */
export function normalizeInput(raw: PreparedInput, from = 0): PreparedInput {
  const work = workNeeded(raw.text, from);
  // The scan for work found no control character unless the text needs repair: then it may be binary.
  if (work === REPAIR && looksBinary(raw.text)) throw new CopydeskError("BINARY_INPUT");
  const normalized = normalizeFor(raw.text, work);
  if (normalized.text.trim() === "") throw new CopydeskError("EMPTY_INPUT");
  return {
    text: normalized.text,
    encoding: raw.encoding,
    warnings: [...raw.warnings, ...normalized.warnings],
  };
}

export function prepareInput(input: unknown, options?: InputOptions): PreparedInput {
  return normalizeInput(readInput(input, options));
}
