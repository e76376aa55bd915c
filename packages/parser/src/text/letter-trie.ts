/**
 * Words of ASCII letters as a trie that a recogniser walks one code unit at a
 * time, straight from the text: most lines leave it at their first letter or
 * two, without a string being made.
 */

/** A letter's place in the alphabet (0–25), either case; -1 for any other code unit. */
export function letterIndex(c: number): number {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower - 0x61 : -1;
}

const ALPHABET = 26;

export interface LetterTrie {
  /** `next[state * 26 + letter]` is the state after `letter`, 0 for none; state 0 is the root. */
  next: number[];
  /** Whether a state ends a whole word. */
  isWord: boolean[];
}

/** The trie of `words` (ASCII letters only), each read from its first letter, or from its last with `backwards`. */
export function letterTrie(words: readonly string[], backwards: boolean): LetterTrie {
  const trie: LetterTrie = { next: [], isWord: [] };
  addState(trie);
  for (const word of words) {
    let state = 0;
    for (let n = 0; n < word.length; n++) {
      const at = state * ALPHABET + letterIndex(word.charCodeAt(backwards ? word.length - 1 - n : n));
      if (trie.next[at] === 0) trie.next[at] = addState(trie);
      state = trie.next[at]!;
    }
    trie.isWord[state] = true;
  }
  return trie;
}

function addState(trie: LetterTrie): number {
  for (let letter = 0; letter < ALPHABET; letter++) trie.next.push(0);
  trie.isWord.push(false);
  return trie.isWord.length - 1;
}

/** The state after `letter` (a letterIndex) from `state`; 0 when no word goes on that way. */
export function nextState(trie: LetterTrie, state: number, letter: number): number {
  return trie.next[state * ALPHABET + letter]!;
}
