import type { Article } from "copydesk";
import { describe, expect, it } from "vitest";
import { annotate, shares } from "./annotate.ts";

const TEXT = "Headline\nMOSCOW: Story.\n-\nOther story -\nAnother story";

function article(overrides: Partial<Article>): Article {
  return {
    schemaVersion: "1.0",
    headline: "Headline",
    source: { kind: "text", length: TEXT.length },
    body: [],
    related: [],
    removed: [],
    warnings: [],
    ...overrides,
  };
}

const span = (text: string) => {
  const start = TEXT.indexOf(text);
  if (start < 0) throw new Error(`${text} is not in the test text`);
  return { start, end: start + text.length };
};

describe("annotate", () => {
  it("covers the whole text, in order, without gaps", () => {
    const segments = annotate(
      TEXT.length,
      article({
        headlineSpan: span("Headline"),
        body: [{ type: "paragraph", text: "MOSCOW: Story.", span: span("MOSCOW: Story.") }],
        removed: [{ text: "-", reason: "separator", span: span("-\n") }],
      }),
    );
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(TEXT.length);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    expect(segments.map((s) => s.note?.kind ?? "none")).toEqual([
      "metadata",
      "none",
      "kept",
      "none",
      "removed",
      "none",
    ]);
  });

  it("lets a removal win over the kept block it sits in, and labels the block once", () => {
    const segments = annotate(
      TEXT.length,
      article({
        body: [{ type: "paragraph", text: "MOSCOW: Story.", span: span("MOSCOW: Story.") }],
        removed: [{ text: "MOSCOW:", reason: "metadata", span: span("MOSCOW:") }],
      }),
    );
    const inside = segments.filter(
      (s) => s.start >= span("MOSCOW: Story.").start && s.end <= span("MOSCOW: Story.").end,
    );
    expect(inside.map((s) => [TEXT.slice(s.start, s.end), s.note?.kind, s.first])).toEqual([
      ["MOSCOW:", "removed", true],
      [" Story.", "kept", true],
    ]);
  });

  it("shows a related headline that is also a removal as the removal, with its reason", () => {
    const segments = annotate(
      TEXT.length,
      article({
        related: [{ title: "Other story", span: span("Other story -") }],
        removed: [{ text: "Other story -", reason: "related-stories", span: span("Other story -") }],
      }),
    );
    const marked = segments.find((s) => s.note);
    expect(marked?.note).toEqual({ kind: "removed", reason: "related-stories", index: 0 });
  });

  it("keeps two adjacent removals apart, each with its own label", () => {
    const segments = annotate(
      TEXT.length,
      article({
        removed: [
          { text: "Other story -", reason: "related-stories", span: span("Other story -") },
          { text: "\nAnother story", reason: "related-stories", span: span("\nAnother story") },
        ],
      }),
    );
    const removed = segments.filter((s) => s.note?.kind === "removed");
    expect(removed).toHaveLength(2);
    expect(removed.every((s) => s.first)).toBe(true);
  });

  it("clips spans that reach past the text and ignores empty ones", () => {
    const segments = annotate(
      10,
      article({
        removed: [
          { text: "x", reason: "footer", span: { start: 8, end: 400 } },
          { text: "", reason: "footer", span: { start: 3, end: 3 } },
        ],
      }),
    );
    expect(segments).toEqual([
      { start: 0, end: 8, first: false },
      { start: 8, end: 10, note: { kind: "removed", reason: "footer", index: 0 }, first: true },
    ]);
  });

  it("returns no segments for empty text", () => {
    expect(annotate(0, article({}))).toEqual([]);
  });
});

describe("shares", () => {
  it("counts kept, related, removed and unclaimed characters, related-story removals as related", () => {
    const result = shares(
      annotate(
        TEXT.length,
        article({
          headlineSpan: span("Headline"),
          body: [{ type: "paragraph", text: "MOSCOW: Story.", span: span("MOSCOW: Story.") }],
          removed: [
            { text: "-", reason: "separator", span: span("-\n") },
            { text: "Other story -", reason: "related-stories", span: span("Other story -") },
          ],
          related: [{ title: "Another story", span: span("Another story") }],
        }),
      ),
    );
    expect(result).toEqual({
      kept: "Headline".length + "MOSCOW: Story.".length,
      removed: 2,
      related: "Other story -".length + "Another story".length,
      other: 3,
    });
    expect(result.kept + result.removed + result.related + result.other).toBe(TEXT.length);
  });
});
