import { describe, expect, it } from "vitest";
import { parseHtml } from "./index.js";

const blocks = (html: string) => parseHtml(html).blocks;

describe("parseHtml reads each element's own attributes", () => {
  it("skips hidden elements: hidden, aria-hidden=true, display:none", () => {
    const draft = parseHtml(
      '<p hidden>A.</p><p aria-hidden="true">B.</p><p style="display: none">C.</p><p>D.</p>',
    );
    expect(draft.blocks.map((b) => b.text)).toEqual(["D."]);
    expect(draft.removed.map((r) => [r.text, r.reason])).toEqual([
      ["A.", "hidden"],
      ["B.", "hidden"],
      ["C.", "hidden"],
    ]);
  });

  it("takes the first of a repeated attribute, as browsers do", () => {
    expect(blocks('<p aria-hidden="false" aria-hidden="true">Shown.</p>').map((b) => b.text)).toEqual([
      "Shown.",
    ]);
    const [block] = blocks('<div class="comment" class="story"><p>Text.</p></div>');
    expect(block!.features.hints).toContain("comment");
    expect(block!.features.hints).not.toContain("story");
  });

  it("gives an element none of the attributes of the element before it", () => {
    const [, second] = blocks(
      '<div class="comment" id="sidebar" role="navigation" style="display:block">One.</div><p>Two.</p>',
    );
    expect(second!.text).toBe("Two.");
    expect(second!.features.hints).toEqual([]);
    expect(second!.features.tagPath).toBe("p");
  });

  it("reads rel=author as a byline and itemprop=articleBody as the article", () => {
    const draft = parseHtml(
      '<html><body><h1>Title here</h1><a rel="author" href="/a">Ann Lee</a><div itemprop="articleBody"><p>Story.</p></div></body></html>',
    );
    expect(draft.metadata.byline?.authors).toEqual(["Ann Lee"]);
    expect(draft.blocks.find((b) => b.text === "Story.")!.features.inArticle).toBe(true);
  });
});
