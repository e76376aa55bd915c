import { describe, expect, it } from "vitest";
import { aggregate, scorePage, tokens } from "./metric.js";

describe("the benchmark metric", () => {
  it("tokenises on letters, digits and underscore in any script", () => {
    expect(tokens("Putin’s 25th talk — “useful” 東京 snake_case")).toEqual([
      "Putin",
      "s",
      "25th",
      "talk",
      "useful",
      "東京",
      "snake_case",
    ]);
  });

  it("scores identical texts 1 and disjoint texts 0", () => {
    const same = scorePage("one two three four five", "one two three four five");
    expect(same).toMatchObject({ precision: 1, recall: 1, exact: true });
    const none = scorePage("a b c d", "w x y z");
    expect(none).toMatchObject({ precision: 0, recall: 0, exact: false });
  });

  it("counts shingles as a multiset", () => {
    // prediction: 2 shingles "a b c d", "b c d e"; truth: 1 shingle "a b c d"
    const s = scorePage("a b c d e", "a b c d");
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
    expect(s.fp).toBe(1);
  });

  it("treats a text of under four tokens as one shingle", () => {
    expect(scorePage("a b", "a b").precision).toBe(1);
    expect(scorePage("a b", "a c").precision).toBe(0);
  });

  it("leaves empty predictions out of precision and empty truths out of recall", () => {
    const pages = [scorePage("", "a b c d"), scorePage("a b c d", "a b c d")];
    expect(aggregate(pages)).toMatchObject({ precision: 1, recall: 0.5 });
  });
});
