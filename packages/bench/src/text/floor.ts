/**
 * The least a word-level filter does: split a block's opening into words
 * (runs of letters, marks and digits) and hash each, as a stoplist lookup
 * needs, with no lookup, no case folding and no other feature. speed:text
 * times it over every block's opening next to C4's whole line rules, as a
 * floor under any filter that reads stopword density.
 */

/** The characters of a block that Copydesk's features read (its `FEATURE_SAMPLE_CHARS`). */
export const FLOOR_SAMPLE_CHARS = 320;

// Whether each UTF-16 code unit is a letter, mark or digit (astral letters by their surrogates).
const IN_WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  IN_WORD[c] = surrogate || /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
}

export interface SplitWords {
  words: number;
  /** The words' hashes, XOR-ed: what a lookup would have read, kept so that the hashing cannot be skipped. */
  digest: number;
}

/** Splits `text` up to `end` into words and hashes each (FNV-1a over its code units). */
export function splitWords(
  text: string,
  end: number = Math.min(text.length, FLOOR_SAMPLE_CHARS),
): SplitWords {
  let words = 0;
  let digest = 0;
  let i = 0;
  while (i < end) {
    if (IN_WORD[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let hash = 0x811c9dc5 | 0;
    do {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      i++;
    } while (i < end && IN_WORD[text.charCodeAt(i)] === 1);
    words++;
    digest ^= hash;
  }
  return { words, digest };
}
