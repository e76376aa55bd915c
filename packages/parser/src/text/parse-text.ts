import type { Draft } from "@copydesk/schema";
import { type InputOptions, prepareInput } from "../input.js";
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
  const { text, encoding, warnings } = prepareInput(input, options);
  const segmented = segmentText(text);
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
