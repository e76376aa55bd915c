import { describe, expect, it } from "vitest";
import { hintTokens } from "./hints.js";

const tokens = (value: string) => {
  const out: string[] = [];
  hintTokens(value, out);
  return out;
};

describe("hintTokens", () => {
  it("splits on separators, digits and case changes, keeping vocabulary words once", () => {
    expect(tokens("articleBody story-content")).toEqual(["article", "body", "story", "content"]);
    expect(tokens("RelatedStories related_links")).toEqual(["related"]);
    expect(tokens("nav2 sidebar-12 col12 ad300 ad300x250")).toEqual(["nav", "sidebar", "ad"]);
  });

  it("skips tokens no vocabulary word can be, however long", () => {
    expect(tokens("css-1q2w3e4r x y relatedstoriesandmorelinks")).toEqual([]);
    expect(tokens(`share${"9".repeat(100_000)}`)).toEqual(["share"]);
  });
});
