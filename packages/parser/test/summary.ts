import { blockText, type Draft } from "@copydesk/schema";

/** What a fixture pins about a draft: its metadata, its blocks by kind and text, removals and warnings. */
export function summarize(draft: Draft) {
  const { headline, dateline, byline } = draft.metadata;
  return {
    encoding: draft.source.encoding ?? null,
    headline: headline?.text ?? null,
    dateline: dateline
      ? { place: dateline.place, date: dateline.date, agency: dateline.agency, text: dateline.text }
      : null,
    byline: byline ? { authors: byline.authors, agency: byline.agency, text: byline.text } : null,
    blocks: draft.blocks.map(({ block }) =>
      block.type === "list"
        ? { type: block.type, ordered: block.ordered, items: block.items }
        : block.type === "heading"
          ? { type: block.type, level: block.level, text: block.text }
          : { type: block.type, text: blockText(block) },
    ),
    removed: draft.removed.map(({ reason, text }) => ({ reason, text })),
    warnings: draft.warnings.map(({ code }) => code),
  };
}
