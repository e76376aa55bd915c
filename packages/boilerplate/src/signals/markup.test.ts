import { describe, expect, it } from "vitest";
import {
  FURNITURE_HINT_ADJUSTMENT,
  IN_ARTICLE_ADJUSTMENT,
  markupSignal,
  OUTSIDE_ARTICLE_ADJUSTMENT,
} from "./markup.js";

describe("markupSignal", () => {
  it("gives plain-text blocks no signal", () => {
    expect(markupSignal({ index: 0, linkDensity: 0 })).toBeUndefined();
  });
  it("names furniture from class and id hints", () => {
    expect(markupSignal({ index: 0, linkDensity: 0, hints: ["site", "footer"] })).toEqual({
      adjustment: FURNITURE_HINT_ADJUSTMENT,
      reason: "footer",
    });
    expect(markupSignal({ index: 0, linkDensity: 0, hints: ["share", "bar"] })?.reason).toBe("share-prompt");
  });
  it("raises blocks inside the article container and lowers those outside", () => {
    expect(markupSignal({ index: 0, linkDensity: 0, inArticle: true })).toEqual({
      adjustment: IN_ARTICLE_ADJUSTMENT,
      reason: undefined,
    });
    expect(markupSignal({ index: 0, linkDensity: 0, inArticle: false })).toEqual({
      adjustment: OUTSIDE_ARTICLE_ADJUSTMENT,
      reason: "outside-article",
    });
  });
});
