import { describe, expect, it } from "vitest";
import { letterIndex, letterTrie, nextState } from "./letter-trie.js";

/** Whether `word` walks the trie to the end of a whole word. */
function holds(trie: ReturnType<typeof letterTrie>, word: string): boolean {
  let state = 0;
  for (const ch of word) {
    const letter = letterIndex(ch.charCodeAt(0));
    if (letter === -1) return false;
    state = nextState(trie, state, letter);
    if (state === 0) return false;
  }
  return trie.isWord[state]!;
}

describe("letterIndex", () => {
  it("numbers ASCII letters of either case and nothing else", () => {
    expect([..."aZz"].map((ch) => letterIndex(ch.charCodeAt(0)))).toEqual([0, 25, 25]);
    expect([..."@[`{é ſ1"].map((ch) => letterIndex(ch.charCodeAt(0)))).toEqual([
      -1, -1, -1, -1, -1, -1, -1, -1,
    ]);
  });
});

describe("letterTrie", () => {
  it("holds its words, either case, and no prefix or longer word", () => {
    const trie = letterTrie(["by", "door", "di"], false);
    expect(["by", "BY", "Door", "di"].every((word) => holds(trie, word))).toBe(true);
    expect(["b", "do", "doors", "dix", "ab"].some((word) => holds(trie, word))).toBe(false);
  });

  it("reads words from their last letter with `backwards`", () => {
    const trie = letterTrie(["press", "AFP"], true);
    expect(holds(trie, "sserp")).toBe(true);
    expect(holds(trie, "pfa")).toBe(true);
    expect(holds(trie, "press")).toBe(false);
  });
});
