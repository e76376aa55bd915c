import type { Article } from "copydesk";
import type { Segment } from "../annotate.ts";
import { type Child, h } from "../dom.ts";
import { plainDescription, plural, reasonLabel } from "../format.ts";

/**
 * The annotated source stops after this many characters: the browser lays out
 * a megabyte of marked-up text slowly, and the counts above cover it all.
 */
export const MAX_SOURCE_CHARS = 400_000;

/**
 * Stretches no block claims (an HTML page's head, scripts and markup) longer
 * than this fold away behind a disclosure, so the marked text stays in view.
 */
export const FOLD_CHARS = 600;

function label(text: string, className: string): HTMLElement {
  return h("span", { class: `label ${className}`, "aria-hidden": "true" }, text);
}

function segmentView(text: string, s: Segment, reasons: Record<string, string>): Child {
  const slice = text.slice(s.start, s.end);
  const note = s.note;
  if (!note) {
    if (slice.length <= FOLD_CHARS) return slice;
    return h(
      "details",
      { class: "fold" },
      h(
        "summary",
        {},
        `${slice.length.toLocaleString("en")} characters outside any block (markup, scripts, whitespace)`,
      ),
      slice,
    );
  }
  switch (note.kind) {
    case "removed":
      return h(
        "mark",
        {
          class: `removed reason-${note.reason}`,
          "data-reason": note.reason,
          title: `Removed — ${reasonLabel(note.reason)}: ${plainDescription(reasons[note.reason] ?? "")}`,
        },
        s.first ? label(reasonLabel(note.reason), "removed-label") : null,
        h("span", { class: "visually-hidden" }, `[removed, ${reasonLabel(note.reason)}] `),
        slice,
      );
    case "related":
      return h("mark", { class: "related", title: "Related story, listed apart" }, slice);
    case "metadata":
      return h("span", { class: `kept meta meta-${note.field}`, title: `Kept as the ${note.field}` }, slice);
    case "kept":
      return h("span", { class: "kept", title: `Kept: ${note.blockType}` }, slice);
  }
}

/** The source text with every removal highlighted and labelled with its reason. */
export function sourceView(
  text: string,
  segments: readonly Segment[],
  reasons: Record<string, string>,
): Child[] {
  const shown = segments.filter((s) => s.start < MAX_SOURCE_CHARS);
  const nodes = shown.map((s) =>
    segmentView(text, s.end > MAX_SOURCE_CHARS ? { ...s, end: MAX_SOURCE_CHARS } : s, reasons),
  );
  if (text.length > MAX_SOURCE_CHARS) {
    nodes.push(
      h(
        "p",
        { class: "truncated" },
        `Showing the first ${MAX_SOURCE_CHARS.toLocaleString("en")} of ${text.length.toLocaleString("en")} characters.`,
      ),
    );
  }
  return nodes;
}

/** One entry per removal reason present, with its count and what it means. */
export function legendView(article: Article, reasons: Record<string, string>): Child[] {
  const counts = new Map<string, number>();
  for (const r of article.removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  const items = [...counts].sort((a, b) => b[1] - a[1]);
  const keys = [
    h("li", { class: "key-kept" }, h("span", { class: "swatch kept" }), "kept in the article"),
    article.related.length > 0
      ? h("li", { class: "key-related" }, h("span", { class: "swatch related" }), "related story")
      : null,
    h("li", { class: "key-removed" }, h("span", { class: "swatch removed" }), "removed, labelled with why"),
  ];
  return [
    h("ul", { class: "keys" }, ...keys),
    items.length > 0
      ? h(
          "dl",
          { class: "reasons" },
          ...items.flatMap(([reason, count]) => [
            h(
              "dt",
              { "data-reason": reason },
              h("span", { class: "label removed-label" }, reasonLabel(reason)),
              ` × ${count}`,
            ),
            h("dd", {}, plainDescription(reasons[reason] ?? "")),
          ]),
        )
      : h("p", { class: "none-removed" }, "Nothing was removed."),
    h("p", { class: "sr-summary visually-hidden" }, `${plural(article.removed.length, "piece")} removed.`),
  ];
}
