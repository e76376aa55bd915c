import type { CandidateBlock } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { blockFeatures, countSentences, endsSentence } from "./features.js";
import { stopwordsFor } from "./language.js";

const candidate = (text: string): CandidateBlock => ({
  block: { type: "paragraph", text },
  text,
  span: { start: 0, end: text.length },
  features: { index: 0, linkDensity: 0 },
});

describe("endsSentence", () => {
  it.each([
    "He left.",
    "Really?",
    "Stop!",
    "and so on…",
    "hailed the summit as “useful and substantial.”",
    "he called it “a disaster”",
    "he said 'no.'",
    "(Reporting by Jane Doe.)",
    "会談は火曜日に行われた。",
    "你好吗？",
    "هل انتهى الاجتماع؟",
    "انتهى الاجتماع۔",
    "बैठक मंगलवार को हुई।",
    "« Nous verrons. »",
  ])("counts %s as ending a sentence", (text) => {
    expect(endsSentence(text)).toBe(true);
  });

  it.each(["Home", "Read more", "Breaking News -", "Photo: Reuters", "(AP)", "Sports |"])(
    "does not count %s",
    (text) => {
      expect(endsSentence(text)).toBe(false);
    },
  );
});

describe("countSentences", () => {
  it("counts marks followed by a space or the end, not decimals or abbreviations glued to text", () => {
    expect(countSentences("It rose 2.5 percent. Then it fell! Why?")).toBe(3);
    expect(countSentences("www.example.com")).toBe(0);
  });
  it("counts CJK marks wherever they sit", () => {
    expect(countSentences("一。二。三")).toBe(2);
  });
});

describe("blockFeatures", () => {
  const en = stopwordsFor("en");
  it("reads a paragraph of prose", () => {
    const f = blockFeatures(
      candidate(
        "The leaders of Russia and Japan fell short of agreement on Tuesday over a disputed island chain.",
      ),
      en,
      "en",
    );
    expect(f.words).toBe(17);
    expect(f.terminal).toBe(true);
    expect(f.sentences).toBe(1);
    expect(f.stopwordDensity).toBeGreaterThan(0.35);
    expect(f.cue).toBeUndefined();
    expect(f.separator).toBe(false);
  });
  it("reads a headline list item", () => {
    const f = blockFeatures(
      candidate("Royal Family's Approach To Deal With Andrew Finally Revealed -"),
      en,
      "en",
    );
    expect(f.trailingMark).toBe(true);
    expect(f.terminal).toBe(false);
    expect(f.capitalisedShare).toBe(1);
  });
  it("reads separators and cues", () => {
    expect(blockFeatures(candidate("-"), en, "en").separator).toBe(true);
    expect(blockFeatures(candidate("* * *"), en, "en").separator).toBe(true);
    expect(blockFeatures(candidate("Advertisement"), en, "en").cue).toBe("advertisement");
  });
  it("has no stopword density without a stoplist", () => {
    expect(
      blockFeatures(candidate("Some words here."), undefined, undefined).stopwordDensity,
    ).toBeUndefined();
  });
});
