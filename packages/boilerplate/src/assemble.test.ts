import type { CandidateBlock, Draft } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { assembleArticle } from "./assemble.js";

/** A draft holding one list block, as the HTML parser gives it: items, and the links inside them. */
function listDraft(items: string[], links: { text: string; href: string }[]): Draft {
  const text = items.join("\n");
  const span = { start: 0, end: text.length };
  const block: CandidateBlock = {
    block: { type: "list", ordered: false, items, span },
    text,
    span,
    features: { index: 0, linkDensity: 0.5, links },
  };
  return {
    source: { kind: "html", length: text.length, text },
    metadata: {},
    blocks: [block],
    removed: [],
    warnings: [],
  };
}

describe("assembleArticle's related links", () => {
  it("gives an item the link its text contains when only part of it is linked", () => {
    const draft = listDraft(
      ["Council approves the new bridge 3 hours ago", "Storm closes the harbour for a week Reuters"],
      [
        { text: "Council approves the new bridge", href: "https://example.com/bridge" },
        { text: "Storm closes the harbour for a week", href: "https://example.com/storm" },
      ],
    );
    const article = assembleArticle(draft, [{ kind: "related" }], "en");
    expect(article.related.map(({ title, url }) => ({ title, url }))).toEqual([
      { title: "Council approves the new bridge 3 hours ago", url: "https://example.com/bridge" },
      { title: "Storm closes the harbour for a week Reuters", url: "https://example.com/storm" },
    ]);
  });
  it("prefers the link whose text is the whole item, and ignores one-character links", () => {
    const draft = listDraft(
      ["Bridge » Council approves the new bridge", "Harbour news"],
      [
        { text: "»", href: "https://example.com/next" },
        { text: "Council approves the new bridge", href: "https://example.com/bridge" },
        { text: "Bridge", href: "https://example.com/section" },
        { text: "Harbour news", href: "https://example.com/harbour" },
      ],
    );
    const article = assembleArticle(draft, [{ kind: "related" }], "en");
    expect(article.related.map((l) => l.url)).toEqual([
      "https://example.com/bridge",
      "https://example.com/harbour",
    ]);
  });
  it("leaves an item without a link of its own without a URL", () => {
    const draft = listDraft(
      ["An unlinked headline of a story"],
      [{ text: "Other", href: "https://example.com/o" }],
    );
    const article = assembleArticle(draft, [{ kind: "related" }], "en");
    expect(article.related[0]!.url).toBeUndefined();
  });
});

describe("assembleArticle's removals", () => {
  /** A draft of paragraphs at the given starts, each three characters long, with the parser's removals. */
  function draftOf(starts: number[], parsers: number[]): Draft {
    const text = "x".repeat(100);
    const blocks: CandidateBlock[] = starts.map((start, index) => ({
      block: { type: "paragraph", text: "abc" },
      text: "abc",
      span: { start, end: start + 3 },
      features: { index, linkDensity: 0 },
    }));
    return {
      source: { kind: "html", length: text.length, text },
      metadata: {},
      blocks,
      removed: parsers.map((start) => ({ text: "p", reason: "hidden", span: { start, end: start + 1 } })),
      warnings: [],
    };
  }
  const gone = { kind: "removed", reason: "navigation" } as const;
  const order = (draft: Draft) =>
    assembleArticle(
      draft,
      draft.blocks.map(() => gone),
      "en",
    ).removed.map((r) => `${r.reason[0]}${r.span.start}`);

  it("come in source order, the classifier's first where two start together", () => {
    expect(order(draftOf([10, 20, 30], [5, 20, 25, 40]))).toEqual([
      "h5",
      "n10",
      "n20",
      "h20",
      "h25",
      "n30",
      "h40",
    ]);
  });
  it("are sorted when a list comes out of order", () => {
    expect(order(draftOf([30, 10], [20, 5]))).toEqual(["h5", "n10", "h20", "n30"]);
  });
});
