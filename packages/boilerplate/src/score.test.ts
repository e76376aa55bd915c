import { describe, expect, it } from "vitest";
import type { Features } from "./features.js";
import {
  BAD_MIN_PENALTY,
  GOOD_MIN_WORDS,
  HEADLINE_MAX_WORDS,
  HEADLINE_MIN_WORDS,
  HEADLINE_SHAPED_MIN_WORDS,
  INTERRUPTIONS,
  isHeadlineLike,
  isHeadlineShaped,
  MAX_LINK_DENSITY,
  MIN_SENTENCE_WORDS,
  NEAR_GOOD_WEIGHT,
  SHORT_MAX_WORDS,
  SHORT_PENALTY,
  SHORT_SENTENCE_WEIGHT,
  STOPWORDS_HIGH,
  STOPWORDS_LOW,
  scoreBlock,
  TITLE_CASE_SHARE,
} from "./score.js";

const base: Features = {
  chars: 200,
  words: 40,
  stopwordDensity: 0.5,
  terminal: true,
  sentences: 2,
  capitalisedShare: 0.1,
  trailingMark: false,
  separator: false,
  code: false,
  linkDensity: 0,
  cue: undefined,
  list: false,
  items: 1,
  gluedTitle: false,
};
const f = (over: Partial<Features>): Features => ({ ...base, ...over });

describe("scoreBlock", () => {
  it("lets a read-more pointer or an ad marker cost no more than a short label, and other cues their words", () => {
    for (const cue of INTERRUPTIONS) {
      expect(scoreBlock(f({ words: 9, cue }), undefined)).toMatchObject({
        cls: "bad",
        weight: -SHORT_PENALTY,
        reason: cue,
      });
    }
    expect(scoreBlock(f({ words: 9, cue: "share-prompt" }), undefined).weight).toBe(-9);
  });

  it(`calls prose of ${GOOD_MIN_WORDS}+ words with ${STOPWORDS_HIGH}+ stopwords good, weighing its words`, () => {
    expect(
      scoreBlock(f({ words: GOOD_MIN_WORDS, stopwordDensity: STOPWORDS_HIGH }), undefined),
    ).toMatchObject({
      cls: "good",
      weight: GOOD_MIN_WORDS,
    });
    expect(scoreBlock(f({ words: GOOD_MIN_WORDS - 1 }), undefined).cls).toBe("near-good");
    expect(scoreBlock(f({ stopwordDensity: STOPWORDS_HIGH - 0.01 }), undefined).cls).toBe("near-good");
  });
  it(`weighs near-good blocks at ${NEAR_GOOD_WEIGHT} of their words, and unterminated ones at nothing`, () => {
    expect(scoreBlock(f({ words: 16 }), undefined).weight).toBe(16 * NEAR_GOOD_WEIGHT);
    expect(scoreBlock(f({ words: 16, terminal: false, sentences: 0 }), undefined).weight).toBe(0);
  });
  it(`calls prose below ${STOPWORDS_LOW} stopwords bad unless it ends a sentence`, () => {
    const list = f({ stopwordDensity: STOPWORDS_LOW - 0.01, terminal: false, sentences: 0 });
    expect(scoreBlock(list, undefined)).toMatchObject({ cls: "bad", reason: "low-content", weight: -40 });
    expect(scoreBlock(f({ stopwordDensity: STOPWORDS_LOW - 0.01 }), undefined).cls).toBe("near-good");
  });
  it("charges a short list what its items would cost as separate labels", () => {
    const menu = f({ words: 4, list: true, items: 4, terminal: false, sentences: 0 });
    expect(scoreBlock(menu, undefined)).toMatchObject({ cls: "short", weight: -SHORT_PENALTY * 4 });
  });
  it("does not call a list of few stopwords prose because its last item ends a sentence", () => {
    const menu = f({ list: true, stopwordDensity: STOPWORDS_LOW - 0.01 });
    expect(scoreBlock(menu, undefined)).toMatchObject({ cls: "bad", reason: "low-content" });
    expect(scoreBlock(f({ list: true }), undefined).cls).toBe("good");
  });
  it(`calls blocks under ${SHORT_MAX_WORDS} words short: sentences add ${SHORT_SENTENCE_WEIGHT}, labels cost ${SHORT_PENALTY}`, () => {
    const sentence = scoreBlock(f({ words: MIN_SENTENCE_WORDS }), undefined);
    expect(sentence).toMatchObject({ cls: "short", sentence: true, weight: SHORT_SENTENCE_WEIGHT });
    const tooShort = scoreBlock(f({ words: MIN_SENTENCE_WORDS - 1 }), undefined);
    expect(tooShort).toMatchObject({ cls: "short", sentence: false, weight: -SHORT_PENALTY });
    expect(scoreBlock(f({ words: SHORT_MAX_WORDS }), undefined).cls).toBe("near-good");
  });
  it(`makes every bad block cost at least ${BAD_MIN_PENALTY}`, () => {
    expect(scoreBlock(f({ words: 1, separator: true }), undefined)).toMatchObject({
      reason: "separator",
      weight: -BAD_MIN_PENALTY,
    });
    expect(scoreBlock(f({ words: 2, cue: "advertisement" }), undefined).reason).toBe("advertisement");
  });
  it(`calls blocks over ${MAX_LINK_DENSITY} link density navigation`, () => {
    expect(scoreBlock(f({ linkDensity: MAX_LINK_DENSITY + 0.01 }), undefined).reason).toBe("navigation");
    expect(scoreBlock(f({ linkDensity: MAX_LINK_DENSITY }), undefined).cls).toBe("good");
  });
  it("calls a glued teaser another story", () => {
    expect(scoreBlock(f({ gluedTitle: true }), undefined)).toMatchObject({
      cls: "bad",
      reason: "related-stories",
    });
  });
  it("applies a markup signal to the weight and keeps its reason", () => {
    const s = scoreBlock(f({}), { adjustment: -1.5, reason: "comments" });
    expect(s.weight).toBe(40 - 60);
    expect(s.reason).toBe("comments");
  });
});

describe("headline shapes", () => {
  const title = f({ words: 8, terminal: false, sentences: 0, capitalisedShare: 1 });
  it(`takes unterminated title case of ${HEADLINE_MIN_WORDS}–${HEADLINE_MAX_WORDS} words at ${TITLE_CASE_SHARE}+ capitals`, () => {
    expect(isHeadlineLike(title)).toBe(true);
    expect(isHeadlineLike({ ...title, capitalisedShare: TITLE_CASE_SHARE - 0.01 })).toBe(false);
    expect(isHeadlineLike({ ...title, words: HEADLINE_MIN_WORDS - 1 })).toBe(false);
    expect(isHeadlineLike({ ...title, words: HEADLINE_MAX_WORDS + 1 })).toBe(false);
    expect(isHeadlineLike({ ...title, capitalisedShare: 0, trailingMark: true })).toBe(true);
  });
  it(`takes unterminated lines of ${HEADLINE_SHAPED_MIN_WORDS}+ words as headline-shaped, whatever their case`, () => {
    const line = f({ words: HEADLINE_SHAPED_MIN_WORDS, terminal: false, sentences: 0 });
    expect(isHeadlineShaped(line)).toBe(true);
    expect(isHeadlineShaped({ ...line, words: HEADLINE_SHAPED_MIN_WORDS - 1 })).toBe(false);
    expect(isHeadlineShaped({ ...line, terminal: true, sentences: 1 })).toBe(false);
  });
});
