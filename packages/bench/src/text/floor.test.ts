import { describe, expect, it } from "vitest";
import { FLOOR_SAMPLE_CHARS, splitWords } from "./floor.js";

describe("splitWords", () => {
  it("counts runs of letters, marks and digits", () => {
    expect(splitWords("MOSCOW: The leaders of Russia and Japan, 2019 — “substantial.”").words).toBe(9);
    expect(splitWords("  ").words).toBe(0);
    expect(splitWords("naïve café 𝐀𝐁").words).toBe(3);
  });
  it("hashes the words: the same words give the same digest, others another", () => {
    expect(splitWords("the cat sat").digest).toBe(splitWords("  the, cat  sat!").digest);
    expect(splitWords("the cat sat").digest).not.toBe(splitWords("the cat sit").digest);
  });
  it(`reads a block's first ${FLOOR_SAMPLE_CHARS} characters, as the filter does`, () => {
    expect(splitWords("word ".repeat(200)).words).toBe(FLOOR_SAMPLE_CHARS / 5);
    expect(splitWords("one two three", 7).words).toBe(2);
  });
});
