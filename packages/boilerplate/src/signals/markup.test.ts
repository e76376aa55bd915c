import { describe, expect, it } from "vitest";
import {
  FURNITURE_HINT_ADJUSTMENT,
  IN_ARTICLE_ADJUSTMENT,
  markupContext,
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

describe("markupContext", () => {
  const prose = "word ".repeat(40);
  const block = (text: string, hints: string[], inArticle?: boolean) => ({
    block: { type: "paragraph" as const, text },
    text,
    span: { start: 0, end: text.length },
    features: { index: 0, linkDensity: 0, hints, ...(inArticle === undefined ? {} : { inArticle }) },
  });

  it("ignores hints that the page's prose carries, and keeps those that set a block apart", () => {
    const page = markupContext([
      block(prose, ["has", "sidebar", "article"], true),
      block(prose, ["sidebar", "article"], true),
      block(prose, ["article", "sidebar"], true),
      block("Share this", ["sidebar", "article", "share"], true),
    ]);
    expect([...page.ambient].sort()).toEqual(["article", "sidebar"]);
    expect(
      markupSignal({ index: 0, linkDensity: 0, hints: ["sidebar", "article"], inArticle: true }, page),
    ).toEqual({
      adjustment: IN_ARTICLE_ADJUSTMENT,
      reason: undefined,
    });
    expect(
      markupSignal({ index: 0, linkDensity: 0, hints: ["sidebar", "share"], inArticle: true }, page)?.reason,
    ).toBe("share-prompt");
  });

  it("trusts the article container only when it holds most of the prose", () => {
    const teasers = markupContext([block(prose, [], false), block(prose, [], false), block(prose, [], true)]);
    expect(teasers.articleHoldsStory).toBe(false);
    expect(markupSignal({ index: 0, linkDensity: 0, inArticle: false }, teasers)).toEqual({
      adjustment: 0,
      reason: undefined,
    });
  });
});
