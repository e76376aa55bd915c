import { describe, expect, it } from "vitest";
import type { Scored } from "./score.js";
import {
  AFTER_END_WEIGHT,
  RELATED_MAX_GAP,
  RELATED_MIN_RUN,
  RUN_GROWTH,
  relatedRuns,
  runWeights,
  SHAPED_MIN_RUN,
  STORY_BEFORE_END_PARAGRAPHS,
  STORY_BEFORE_END_WORDS,
  storyRegion,
} from "./smooth.js";

const s = (weight: number, over: Partial<Scored> = {}): Scored => ({
  cls: weight > 0 ? "good" : "short",
  weight,
  reason: undefined,
  sentence: false,
  headlineLike: false,
  headlineShaped: false,
  ...over,
});
const headline = () => s(-3, { headlineLike: true, headlineShaped: true });

describe("storyRegion", () => {
  it("finds the stretch with the largest total weight", () => {
    expect(storyRegion([-3, -3, 40, -3, 30, -50, 20])).toEqual({ start: 2, end: 4 });
  });
  it("is empty when no block weighs anything", () => {
    expect(storyRegion([-3, -8])).toEqual({ start: -1, end: -2 });
    expect(storyRegion([])).toEqual({ start: -1, end: -2 });
  });
});

describe("runWeights", () => {
  it(`makes each further furniture block in a run cost ${RUN_GROWTH} more`, () => {
    expect(runWeights([s(-2), s(-2), s(-2), s(10), s(-2)])).toEqual([
      -2,
      -2 * (1 + RUN_GROWTH),
      -2 * (1 + 2 * RUN_GROWTH),
      10,
      -2,
    ]);
  });
  it("counts each line of a list in a run, as the same labels one to a line would count", () => {
    const oneToALine = runWeights([s(-3), s(-3), s(-3), s(-3)]);
    // The first three labels saved as one list (its weight theirs added up), then a fourth label.
    const asList = runWeights([s(-9), s(-3)], undefined, (i) => (i === 0 ? 3 : 1));
    expect(asList[0]).toBeCloseTo(oneToALine[0]! + oneToALine[1]! + oneToALine[2]!);
    expect(asList[1]).toBeCloseTo(oneToALine[3]!);
  });
  // The story's paragraphs: `words` in all, over STORY_BEFORE_END_PARAGRAPHS blocks.
  const story = (words: number) => {
    const each = words / STORY_BEFORE_END_PARAGRAPHS;
    return Array.from({ length: STORY_BEFORE_END_PARAGRAPHS }, () => s(each));
  };
  it(`discounts prose after an end cue that follows ${STORY_BEFORE_END_WORDS} words of story`, () => {
    for (const reason of [
      "comments",
      "share-prompt",
      "newsletter-prompt",
      "subscription-prompt",
      "copyright",
    ] as const) {
      const cue = s(-8, { cls: "bad", reason });
      expect(runWeights([...story(STORY_BEFORE_END_WORDS), cue, s(100)]).at(-1)).toBe(100 * AFTER_END_WEIGHT);
      expect(runWeights([...story(STORY_BEFORE_END_WORDS - 1), cue, s(100)]).at(-1)).toBe(100);
    }
    const ad = s(-8, { cls: "bad", reason: "advertisement" });
    expect(runWeights([...story(STORY_BEFORE_END_WORDS), ad, s(100)]).at(-1)).toBe(100);
  });
  it("ends the story at a block the caller names, whatever its reason", () => {
    const blocks = [...story(STORY_BEFORE_END_WORDS), s(-3), s(100)];
    const menu = STORY_BEFORE_END_PARAGRAPHS;
    expect(runWeights(blocks, (i) => i === menu).at(-1)).toBe(100 * AFTER_END_WEIGHT);
    expect(runWeights(blocks, () => false).at(-1)).toBe(100);
  });
  it(`does not end a story on fewer than ${STORY_BEFORE_END_PARAGRAPHS} paragraphs: a notice over the page, however long`, () => {
    const cue = s(-8, { cls: "bad", reason: "subscription-prompt" });
    const notice = s(120);
    const menu = [s(-3), s(-3), s(-3)];
    expect(runWeights([notice, ...menu, cue, s(100)]).at(-1)).toBe(100);
    expect(runWeights([notice, cue, s(100)]).at(-1)).toBe(100);
    // The story after the notice still ends at its own share bar.
    const share = s(-8, { cls: "bad", reason: "share-prompt" });
    expect(runWeights([notice, ...menu, cue, ...story(300), share, s(100)]).at(-1)).toBe(
      100 * AFTER_END_WEIGHT,
    );
  });
});

describe("relatedRuns", () => {
  const region = { start: 0, end: 0 };
  it(`marks runs of ${RELATED_MIN_RUN}+ headline-like lines outside the story`, () => {
    expect(relatedRuns([s(50), headline(), headline()], region)).toEqual([false, true, true]);
    expect(relatedRuns([s(50), headline(), s(-3)], region)).toEqual([false, false, false]);
  });
  it(`crosses gaps of ${RELATED_MAX_GAP} block`, () => {
    expect(relatedRuns([s(50), headline(), s(-8), headline()], region)).toEqual([false, true, false, true]);
    expect(relatedRuns([s(50), headline(), s(-8), s(-8), headline()], region)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it(`marks runs of ${SHAPED_MIN_RUN}+ headline-shaped lines even inside the story`, () => {
    const shaped = () => s(0, { cls: "near-good", headlineShaped: true });
    const inside = { start: 0, end: 4 };
    expect(relatedRuns([s(50), shaped(), shaped(), shaped(), s(50)], inside)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(relatedRuns([s(50), shaped(), shaped(), s(50), s(50)], inside)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
