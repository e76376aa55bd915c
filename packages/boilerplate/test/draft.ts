import type { CandidateBlock, Draft } from "@copydesk/schema";

/**
 * A Draft built the way the text parser builds one, for tests that must not
 * depend on the parser: every non-empty line a paragraph block with its span.
 * `headline: true` takes the first line as the headline.
 */
export function draftFromText(text: string, options: { headline?: boolean } = {}): Draft {
  const blocks: CandidateBlock[] = [];
  let headline: Draft["metadata"]["headline"];
  let offset = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    const start = offset + lead;
    const span = { start, end: start + trimmed.length };
    offset += line.length + 1;
    if (trimmed === "") continue;
    if (options.headline && headline === undefined && blocks.length === 0) {
      headline = { text: trimmed, span };
      continue;
    }
    blocks.push({
      block: { type: "paragraph", text: trimmed, span },
      text: trimmed,
      span,
      features: { index: blocks.length, linkDensity: 0 },
    });
  }
  return {
    source: { kind: "text", length: text.length, text },
    metadata: headline ? { headline } : {},
    blocks,
    removed: [],
    warnings: [],
  };
}
