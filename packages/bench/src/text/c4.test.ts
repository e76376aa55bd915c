import { describe, expect, it } from "vitest";
import { c4Lines } from "./c4.js";

describe("C4 line rules", () => {
  it("keeps sentences of three or more words ending in terminal punctuation", () => {
    const text = [
      "Home",
      "The talks ended on Tuesday.",
      "He called it “useful.”",
      "Too short.",
      "Read more...",
      "Please enable JavaScript to view comments.",
      "This site uses cookies to improve your experience.",
      "A cited claim.[1] Another one[citation needed].",
    ].join("\n");
    expect(c4Lines(text)).toEqual([
      "The talks ended on Tuesday.",
      "He called it “useful.”",
      "A cited claim. Another one.",
    ]);
  });
});
