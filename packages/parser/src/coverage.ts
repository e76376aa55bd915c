/**
 * The parser's losslessness check: every non-whitespace character of
 * `draft.source.text` lies in exactly one of the headline, dateline or byline
 * span, a block's span, or a removal's span.
 */
import type { Draft, Span } from "@copydesk/schema";
import { isWhitespace } from "./text/lines.js";

export interface CoverageReport {
  /** Whether every non-whitespace character is covered exactly once. */
  ok: boolean;
  /** Offsets of non-whitespace characters no span covers (the first 20). */
  uncovered: number[];
  /** Offsets of non-whitespace characters more than one span covers (the first 20). */
  overlapping: number[];
  /** Spans that fall outside the text or end before they start. */
  invalid: Span[];
}

/** How many offsets of each kind a report lists: enough to debug, small on a 10 MB text. */
const MAX_REPORTED = 20;

export function coverage(draft: Draft): CoverageReport {
  const { text } = draft.source;
  const spans: Span[] = [];
  const { headline, dateline, byline } = draft.metadata;
  for (const span of [headline?.span, dateline?.span, byline?.span]) if (span) spans.push(span);
  for (const block of draft.blocks) spans.push(block.span);
  for (const removal of draft.removed) spans.push(removal.span);

  // Count coverage with a difference array: linear in text length plus spans.
  const delta = new Int32Array(text.length + 1);
  const invalid: Span[] = [];
  for (const span of spans) {
    if (span.start < 0 || span.end > text.length || span.end < span.start) {
      invalid.push(span);
      continue;
    }
    delta[span.start]!++;
    delta[span.end]!--;
  }
  const uncovered: number[] = [];
  const overlapping: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += delta[i]!;
    if (depth === 1 || isWhitespace(text.charCodeAt(i))) continue;
    if (depth === 0 && uncovered.length < MAX_REPORTED) uncovered.push(i);
    if (depth > 1 && overlapping.length < MAX_REPORTED) overlapping.push(i);
    if (uncovered.length >= MAX_REPORTED && overlapping.length >= MAX_REPORTED) break;
  }
  return {
    ok: uncovered.length === 0 && overlapping.length === 0 && invalid.length === 0,
    uncovered,
    overlapping,
    invalid,
  };
}
