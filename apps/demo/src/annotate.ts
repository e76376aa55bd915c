import type { Article, Span } from "copydesk";

/** What a stretch of the source became. */
export type Note =
  | { kind: "removed"; reason: string; index: number }
  | { kind: "related"; index: number }
  | { kind: "metadata"; field: "headline" | "byline" | "dateline" }
  | { kind: "kept"; blockType: string; index: number };

export interface Segment {
  start: number;
  end: number;
  note?: Note;
  /** True on the first segment of its note, where the view puts the note's label. */
  first: boolean;
}

/**
 * Where spans overlap, the stronger statement wins: a removal inside a kept
 * block is still a removal, and a related headline is also a removal.
 */
const PRIORITY: Record<Note["kind"], number> = { removed: 4, related: 3, metadata: 2, kept: 1 };

interface Claim {
  span: Span;
  note: Note;
}

function claims(article: Article): Claim[] {
  const out: Claim[] = [];
  article.body.forEach((block, index) => {
    if (block.span) out.push({ span: block.span, note: { kind: "kept", blockType: block.type, index } });
  });
  if (article.headlineSpan)
    out.push({ span: article.headlineSpan, note: { kind: "metadata", field: "headline" } });
  if (article.byline?.span)
    out.push({ span: article.byline.span, note: { kind: "metadata", field: "byline" } });
  if (article.dateline?.span)
    out.push({ span: article.dateline.span, note: { kind: "metadata", field: "dateline" } });
  article.related.forEach((link, index) => {
    if (link.span) out.push({ span: link.span, note: { kind: "related", index } });
  });
  article.removed.forEach((removal, index) => {
    out.push({ span: removal.span, note: { kind: "removed", reason: removal.reason, index } });
  });
  return out;
}

/**
 * Cuts the source text (of `length` UTF-16 units) into segments, each either
 * untouched or carrying what happened to it, so a view can highlight every
 * removal with its reason. Spans outside the text are clipped, never trusted.
 */
export function annotate(length: number, article: Article): Segment[] {
  const valid = claims(article)
    .map(({ span, note }) => ({ start: Math.max(0, span.start), end: Math.min(length, span.end), note }))
    .filter((c) => c.end > c.start);

  const cuts = new Set<number>([0, length]);
  for (const c of valid) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const at = new Map(bounds.map((b, i) => [b, i]));

  // owner[i] is the note of the elementary stretch [bounds[i], bounds[i + 1]).
  const owner: (Note | undefined)[] = new Array(Math.max(0, bounds.length - 1));
  for (const c of valid) {
    for (let i = at.get(c.start)!; i < at.get(c.end)!; i++) {
      const current = owner[i];
      if (!current || PRIORITY[c.note.kind] > PRIORITY[current.kind]) owner[i] = c.note;
    }
  }

  const segments: Segment[] = [];
  const seen = new Set<Note>();
  for (let i = 0; i < owner.length; i++) {
    const note = owner[i];
    const last = segments[segments.length - 1];
    if (last && last.note === note) {
      last.end = bounds[i + 1]!;
      continue;
    }
    const first = note !== undefined && !seen.has(note);
    if (note) seen.add(note);
    segments.push({ start: bounds[i]!, end: bounds[i + 1]!, ...(note ? { note } : {}), first });
  }
  return segments;
}

export interface Shares {
  kept: number;
  /** Headlines of other stories, listed apart. */
  related: number;
  removed: number;
  /** Characters no block claims: line breaks, and markup on an HTML page. */
  other: number;
}

/** How many source characters ended up where. */
export function shares(segments: readonly Segment[]): Shares {
  const out: Shares = { kept: 0, related: 0, removed: 0, other: 0 };
  for (const s of segments) {
    const size = s.end - s.start;
    const kind = s.note?.kind;
    if (kind === "kept" || kind === "metadata") out.kept += size;
    // Headlines of other stories count as related whether or not they are also recorded as removed.
    else if (kind === "related" || (kind === "removed" && s.note?.reason === "related-stories"))
      out.related += size;
    else if (kind === "removed") out.removed += size;
    else out.other += size;
  }
  return out;
}
