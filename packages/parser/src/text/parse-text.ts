import { CopydeskError, type Draft } from "@copydesk/schema";
import { type InputOptions, normalizeInput, type PreparedInput, readInput } from "../input.js";
import { type Lines, splitLines, splitPlainLines } from "./lines.js";
import { segmentText } from "./segment.js";

export type ParseTextOptions = InputOptions;

/**
 * Plain text (a string, or bytes to decode) → the `Draft` the boilerplate
 * filter reads: candidate blocks with spans, headline, byline, dateline,
 * agency credits set aside, and what was repaired on the way.
 *
 * @throws CopydeskError `INVALID_INPUT` (neither string nor Uint8Array), `INVALID_OPTIONS`,
 *   `INPUT_TOO_LARGE`, `BINARY_INPUT`, `EMPTY_INPUT`.
 */
export function parseText(input: string | Uint8Array, options?: ParseTextOptions): Draft {
  const { prepared, lines } = prepareLines(input, options);
  const { text, encoding, warnings } = prepared;
  const segmented = segmentText(text, lines);
  const source: Draft["source"] = { kind: "text", length: text.length, text };
  if (encoding !== undefined) source.encoding = encoding;
  return {
    source,
    metadata: segmented.metadata,
    blocks: segmented.blocks,
    removed: segmented.removed,
    warnings: [...warnings, ...segmented.warnings],
  };
}

/**
 * The normalised text and its lines. Most texts need no normalisation: the
 * scan that tells so splits them into lines as it goes, and only a text that
 * needs work is normalised and then split.
 */
function prepareLines(input: unknown, options?: ParseTextOptions): { prepared: PreparedInput; lines: Lines } {
  const raw = readInput(input, options);
  const plain = splitPlainLines(raw.text);
  if (typeof plain === "number") {
    const prepared = normalizeInput(raw, plain);
    return { prepared, lines: splitLines(prepared.text) };
  }
  // A text that needs nothing is blank when it has no line: then it is whitespace alone.
  if (plain.count === 0) throw new CopydeskError("EMPTY_INPUT");
  return { prepared: raw, lines: plain };
}
