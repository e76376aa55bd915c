/**
 * Regressions for inputs that once made a regex backtrack quadratically:
 * each shape took seconds at 40 KB and would take minutes at 400 KB. Each
 * must now run in time proportional to its size.
 */
import { describe, expect, it } from "vitest";
import { extractWithSource } from "../../src/index.js";

/** 200,000 characters: about 30 s each before the fixes, a few milliseconds after. */
const RUN = 200_000;
/** Far above the linear cost on a slow CI machine, far below the quadratic one. */
const BUDGET_MS = 3_000;

function timed(input: string) {
  const started = performance.now();
  const result = extractWithSource(input);
  return { ...result, ms: performance.now() - started };
}

describe("no quadratic regex on long runs", () => {
  it("a <pre> holding a long run of spaces before more text (trailing-space trim in the HTML segmenter)", () => {
    const { article, text, ms } = timed(`<html><body><pre>start${" ".repeat(RUN)}end</pre></body></html>`);
    expect(ms).toBeLessThan(BUDGET_MS);
    const kept = [...article.body, ...article.removed].map((b) => ("text" in b ? b.text : "")).join(" ");
    expect(kept).toContain("start");
    expect(kept).toContain("end");
    expect(text.length).toBeGreaterThan(RUN);
  });

  it("a class name of a long run of digits that ends in a letter (hint words)", () => {
    const { article, ms } = timed(
      `<html><body><div class="x${"1".repeat(RUN)}a"><p>The minister said the talks went well.</p></div></body></html>`,
    );
    expect(ms).toBeLessThan(BUDGET_MS);
    const all = JSON.stringify(article);
    expect(all).toContain("The minister said the talks went well.");
  });

  it("a related-stories item with a long run of whitespace before its last word", () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `<li><a href="/s${i}">Story ${i}${"\t".repeat(RUN / 6)}x</a></li>`,
    );
    const { ms } = timed(
      `<html><body><p>Body text of the story.</p><ul>${items.join("")}</ul></body></html>`,
    );
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});
