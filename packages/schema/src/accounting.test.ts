import { describe, expect, it } from "vitest";
import type { Article } from "./index.js";
import { findUnaccounted } from "./index.js";

const base: Article = {
  schemaVersion: "1.0",
  headline: "Title",
  headlineSpan: { start: 0, end: 5 },
  source: { kind: "text", length: 20 },
  body: [{ type: "paragraph", text: "Body", span: { start: 6, end: 10 } }],
  related: [],
  removed: [{ text: "-", reason: "separator", span: { start: 11, end: 12 } }],
  warnings: [],
};

describe("findUnaccounted", () => {
  it("is empty when every non-space character is covered", () => {
    expect(findUnaccounted(base, "Title\nBody\n-\n")).toEqual([]);
  });

  it("reports the text no span covers", () => {
    expect(findUnaccounted(base, "Title\nBody\n-\nlost")).toEqual([{ start: 13, end: 17 }]);
  });
});
