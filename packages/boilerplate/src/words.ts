/**
 * Script-aware word statistics of one block, in one pass over its UTF-16
 * code units. Space-separated scripts are split on letters, marks and
 * digits; Chinese, Japanese, Thai and the other scripts written without
 * spaces go through `Intl.Segmenter` where the runtime has it.
 */

export interface WordStats {
  /** Words, counted per script (a segmenter's words for unspaced scripts). */
  words: number;
  /** Words found in the language's stoplist. */
  stopwords: number;
  /** Words of a cased script (Latin, Cyrillic, Greek …). */
  casedWords: number;
  /** Cased words that begin with a capital letter. */
  capitalisedWords: number;
  /** Whether a word was found in `anchors` (false when none were given). */
  anchored: boolean;
  /**
   * Where a capital first follows three lower-case letters ("SteakhouseA",
   * "BlackMagic"), -1 where none does; 0 (not told) when `lower` is a copy.
   */
  camelAt: number;
  /**
   * Whether the block is written in Thai or Lao, which mark no sentence's end
   * (a space parts sentences): its sentences cannot be told by their marks.
   */
  unmarked: boolean;
  /** `{` `}` `=` `\` and JSON keys' closing quotes (`":`) outside words: signs of code, which prose seldom holds. */
  codeMarks: number;
  /** Semicolons outside words: code's statement ends, and now and then prose's. */
  semicolons: number;
  /**
   * The scanned text, to be read lower-cased through `foldUnit`: the text
   * itself where that lower-cases it as the runtime does (nearly always),
   * else the runtime's lower-cased copy of the scanned part.
   */
  lower: string;
}

/**
 * Without a segmenter, an unspaced-script word is this many characters long
 * on average (Chinese words average 1.5–2 characters; Thai about 4–5, which
 * this undercounts, erring towards "short").
 */
export const UNSPACED_CHARS_PER_WORD = 2;

/**
 * The segmenter stops after this many words of a block, and the counts are
 * scaled to the rest by the characters read: about the words the spaced
 * scan's sample holds (see `FEATURE_SAMPLE_CHARS`), in some 100 characters
 * of Chinese or Japanese. The runtime's segmenter costs some 600 ns a
 * character, a hundred times the spaced scan.
 */
export const UNSPACED_SAMPLE_WORDS = 50;

// What a code unit (lower-cased) is to the word scan, as bits.
const IN_WORD = 1; // a letter, mark or digit, or an apostrophe or hyphen: part of a word once one has begun
const STARTS_WORD = 2; // a letter, mark or digit
const UNSPACED = 4; // Han, kana, Thai, Lao, Myanmar, Khmer
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UNSPACED_CHAR =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const UNSPACED_GLOBAL = new RegExp(UNSPACED_CHAR.source, "gu");
/** Thai and Lao: scripts that mark no sentence's end. */
const UNMARKED_CHAR = /[\u0e00-\u0eff]/u;

function classOf(c: number): number {
  const ch = String.fromCharCode(c);
  if (c === 0x27 || c === 0x2019 || c === 0x2d) return IN_WORD;
  if (UNSPACED_CHAR.test(ch)) return UNSPACED;
  // Astral letters (surrogate halves) count as word characters.
  if ((c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(ch)) return IN_WORD | STARTS_WORD;
  return 0;
}

// Case flags of a code unit.
const UPPER = 8; // lower-cases to another code unit
const CASED_LOWER = 16; // has a capital form: a lower-case (or title-case) letter
/**
 * Lower-cased by the runtime otherwise than on its own: `Σ` (final `ς` at
 * the end of a word), `İ` (two code units), and the high surrogates of
 * astral scripts with capitals (Deseret, Adlam …).
 */
const CONTEXTUAL = 32;
/** The flags the scan acts on inside a word, which prose seldom has. */
const RARE = UPPER | CONTEXTUAL;
const LEARNT = 64; // on every entry: 0 is a unit not seen yet
/**
 * `{` `}` `=` `\` `;` and `"`: the signs of program code, style sheets and
 * data (JavaScript, CSS, JSON), counted outside words (see `WordStats.codeMarks`).
 */
const CODE_SIGN = 128;
const FOLD_SHIFT = 16;

/**
 * What the scans need of each code unit, learnt on first sight (the regexes
 * and case mappings run once per distinct unit): the class of the unit it
 * lower-cases to, its case flags, and that lower-case unit. One read of this
 * table lower-cases a code unit, so a block is scanned without a
 * lower-cased copy of it.
 */
const units = new Int32Array(0x10000);

/**
 * No-break spaces (U+00A0, U+2007, U+202F) fold to a plain space: "Share this"
 * and "All rights reserved" are the same phrases whichever space a site typed.
 */
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/gu;
const isNoBreakSpace = (c: number) => c === 0xa0 || c === 0x2007 || c === 0x202f;

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const space = isNoBreakSpace(c);
  const folded = space ? 0x20 : lower.length === 1 ? lower.charCodeAt(0) : c;
  let entry = classOf(folded) | LEARNT | (folded << FOLD_SHIFT);
  if (folded !== c && !space) entry |= UPPER;
  if (ch.toUpperCase() !== ch) entry |= CASED_LOWER;
  if (lower.length !== 1 || c === 0x3a3 || hasCasedLowHalf(c)) entry |= CONTEXTUAL;
  if ('{}=\\;"'.includes(ch)) entry |= CODE_SIGN;
  units[c] = entry;
  return entry;
}

/** Whether `c` is a high surrogate with a capital letter among the code points it starts. */
function hasCasedLowHalf(c: number): boolean {
  if (c < 0xd800 || c > 0xdbff) return false;
  for (let low = 0xdc00; low <= 0xdfff; low++) {
    const pair = String.fromCharCode(c, low);
    if (pair.toLowerCase() !== pair) return true;
  }
  return false;
}

const unitOf = (c: number): number => units[c] || learn(c);

/** A word's units go the slow way when unlearnt, rare, or not part of a word; the rest are `PLAIN`. */
const PLAIN_MASK = LEARNT | IN_WORD | RARE;
const PLAIN = LEARNT | IN_WORD;

/** The code unit `c` lower-cases to on its own (itself when it has no single-unit lower case; a space for a no-break space). */
export function foldUnit(c: number): number {
  return unitOf(c) >>> FOLD_SHIFT;
}

/** Whether a code unit is a capital letter: one that lower-cases to another unit on its own. */
export function isCapital(c: number): boolean {
  return (unitOf(c) & UPPER) !== 0;
}

/** Whether a code unit is a lower-case letter with a capital form. */
export function isCasedLower(c: number): boolean {
  return (unitOf(c) & CASED_LOWER) !== 0;
}

// Words are looked up by a 30-bit FNV-1a hash of their code units, computed during the scan: small
// integers, so a lookup allocates nothing. With a few thousand words in a list, a false hit is a one in
// hundreds of thousands event, and stopword density is a statistic.
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
export const HASH_MASK = 0x3fffffff;

/** The lookup hash of a lower-case word, as the word scan computes it. */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash & HASH_MASK;
}

/** What a word's hash is found in: the stoplist, the cue anchors, or both. */
const STOP = 1;
const ANCHOR = 2;
/** Slots per entry in a lookup table: at most a quarter full, so a probe rarely takes a second read. */
const TABLE_LOAD = 4;

/**
 * The hashes of a stoplist and an anchor list in one open-addressing table
 * (hash + 1 per slot, 0 for empty, with a parallel array of STOP/ANCHOR
 * flags): one lookup per word answers both lists, and reads two typed arrays
 * instead of hashing into a Set twice.
 */
interface HashTable {
  slots: Int32Array;
  flags: Uint8Array;
  mask: number;
}

function buildTable(stopwords: ReadonlySet<string> | undefined, anchors: ReadonlySet<string> | undefined) {
  const entries = (stopwords?.size ?? 0) + (anchors?.size ?? 0);
  let size = 16;
  while (size < entries * TABLE_LOAD) size *= 2;
  const table: HashTable = { slots: new Int32Array(size), flags: new Uint8Array(size), mask: size - 1 };
  const add = (words: ReadonlySet<string> | undefined, flag: number) => {
    for (const word of words ?? []) {
      const key = wordHash(word) + 1;
      let i = key & table.mask;
      while (table.slots[i] !== 0 && table.slots[i] !== key) i = (i + 1) & table.mask;
      table.slots[i] = key;
      table.flags[i]! |= flag;
    }
  };
  add(stopwords, STOP);
  add(anchors, ANCHOR);
  return table;
}

/** The table of no list: every probe finds an empty slot. */
const EMPTY_TABLE: HashTable = { slots: new Int32Array(1), flags: new Uint8Array(1), mask: 0 };

/** Tables by stoplist, then by anchor list; `NONE` stands for an absent list. */
const NONE: ReadonlySet<string> = new Set();
const tables = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, HashTable>>();
// The last table asked for: a page's long lines all ask for the same one, and skip the two map lookups.
let lastStopwords: ReadonlySet<string> | undefined;
let lastAnchors: ReadonlySet<string> | undefined;
let lastTable: HashTable | undefined;

function tableFor(
  stopwords: ReadonlySet<string> | undefined,
  anchors: ReadonlySet<string> | undefined,
): HashTable | undefined {
  if (stopwords === undefined && anchors === undefined) return undefined;
  if (lastTable !== undefined && stopwords === lastStopwords && anchors === lastAnchors) return lastTable;
  const s = stopwords ?? NONE;
  const a = anchors ?? NONE;
  let byAnchors = tables.get(s);
  if (byAnchors === undefined) {
    byAnchors = new WeakMap();
    tables.set(s, byAnchors);
  }
  let table = byAnchors.get(a);
  if (table === undefined) {
    table = buildTable(stopwords, anchors);
    byAnchors.set(a, table);
  }
  lastStopwords = stopwords;
  lastAnchors = anchors;
  lastTable = table;
  return table;
}

/** Whether `key` (a word's hash + 1) is in `table`'s stoplist. */
function isStopKey(table: HashTable, key: number): boolean {
  const { slots, mask } = table;
  for (let at = key & mask, slot = slots[at]!; slot !== 0; at = (at + 1) & mask, slot = slots[at]!) {
    if (slot === key) return (table.flags[at]! & STOP) !== 0;
  }
  return false;
}

/** Words shorter than this, in a spaced script, name nothing: "a", "of", "is". */
export const NAMING_MIN_LENGTH = 3;

const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7af;

/**
 * Adds to `into` the words of `text` that name something, up to `limit`
 * words, as keys: lower-cased, not in `stopwords`, of `NAMING_MIN_LENGTH`
 * units or more, each by its hash; a run of a script written without spaces,
 * or of Hangul (whose words take their endings), by its pairs of characters.
 * Returns the words read. One pass, no copy: for telling which lines name
 * what a story names.
 */
export function addNamingWords(
  text: string,
  stopwords: ReadonlySet<string> | undefined,
  limit: number,
  into: Set<number>,
): number {
  const table = tableFor(stopwords, undefined) ?? EMPTY_TABLE;
  const n = text.length;
  let words = 0;
  let i = 0;
  while (i < n && words < limit) {
    const c = text.charCodeAt(i);
    const unit = unitOf(c);
    if ((unit & UNSPACED) !== 0 || isHangul(c)) {
      // Pairs are keyed below zero, apart from the words' hashes.
      let previous = unit >>> FOLD_SHIFT;
      words++;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        const next = unitOf(d);
        if ((next & UNSPACED) === 0 && !isHangul(d)) break;
        into.add(-(previous * 0x10000 + (next >>> FOLD_SHIFT)) - 1);
        previous = next >>> FOLD_SHIFT;
      }
      continue;
    }
    if ((unit & STARTS_WORD) === 0) {
      i++;
      continue;
    }
    let hash = Math.imul(FNV_OFFSET ^ (unit >>> FOLD_SHIFT), FNV_PRIME);
    const start = i;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      const next = unitOf(d);
      if ((next & IN_WORD) === 0 || isHangul(d)) break;
      hash = Math.imul(hash ^ (next >>> FOLD_SHIFT), FNV_PRIME);
    }
    words++;
    const key = (hash & HASH_MASK) + 1;
    if (i - start >= NAMING_MIN_LENGTH && !isStopKey(table, key)) into.add(key);
  }
  return words;
}

interface Segment {
  segment: string;
  index: number;
  isWordLike?: boolean;
}
type Segmenter = { segment(text: string): { containing(index: number): Segment | undefined } };
const segmenters = new Map<string, Segmenter | undefined>();

function segmenterFor(language: string | undefined): Segmenter | undefined {
  const key = language ?? "";
  if (segmenters.has(key)) return segmenters.get(key);
  const Ctor = (globalThis.Intl as { Segmenter?: new (l?: string, o?: object) => Segmenter }).Segmenter;
  let segmenter: Segmenter | undefined;
  try {
    segmenter = Ctor ? new Ctor(language, { granularity: "word" }) : undefined;
  } catch {
    segmenter = undefined;
  }
  segmenters.set(key, segmenter);
  return segmenter;
}

/**
 * Counts the words of `text` up to `end`; `stopwords` holds lower-case
 * words. The code units are lower-cased one by one as they are read; text
 * that the runtime lower-cases otherwise (see `CONTEXTUAL`) is scanned again
 * from a lower-cased copy.
 */
export function wordStats(
  text: string,
  stopwords: ReadonlySet<string> | undefined,
  language: string | undefined,
  anchors?: ReadonlySet<string>,
  end: number = text.length,
): WordStats {
  return (
    scanWords(text, undefined, end, stopwords, language, anchors) ??
    scanWords(text, lowerCopy(text, end), end, stopwords, language, anchors)!
  );
}

/** The runtime's lower-casing of the first `end` code units of `text`, no-break spaces made plain (as `foldUnit` does). */
export function lowerCopy(text: string, end: number): string {
  const lower = (end < text.length ? text.slice(0, end) : text).toLowerCase();
  NO_BREAK_SPACE.lastIndex = 0;
  return NO_BREAK_SPACE.test(lower) ? lower.replace(NO_BREAK_SPACE, " ") : lower;
}

/**
 * The word scan: reads `text`, lower-cased unit by unit as it is read (then
 * `undefined` when a unit cannot be), or `copy`, `text`'s first `end` units
 * lower-cased by the runtime.
 */
function scanWords(
  text: string,
  copy: string | undefined,
  end: number,
  stopwords: ReadonlySet<string> | undefined,
  language: string | undefined,
  anchors: ReadonlySet<string> | undefined,
): WordStats | undefined {
  const folding = copy === undefined;
  const lower = copy ?? text;
  // Lower-casing keeps every index in place for all but a few letters (İ): then capitals go uncounted.
  const sameIndexes = folding || lower.length === end;
  const n = folding ? end : lower.length;
  let words = 0;
  let stop = 0;
  let cased = 0;
  let capitalised = 0;
  let anchored = false;
  let camelAt = -1;
  let contextual = false;
  let codeMarks = 0;
  let semicolons = 0;
  // The table's arrays, read directly: a word's lookup is a probe of two typed arrays, with no call.
  const table = tableFor(stopwords, anchors) ?? EMPTY_TABLE;
  const { slots, mask } = table;
  let i = 0;
  while (i < n) {
    let unit = unitOf(lower.charCodeAt(i));
    if ((unit & STARTS_WORD) === 0) {
      if ((unit & (UNSPACED | CODE_SIGN | UPPER)) !== 0) {
        if ((unit & UNSPACED) !== 0) {
          const sample = end < text.length ? text.slice(0, end) : text;
          return unspacedStats(sample, stopwords, language, anchors);
        }
        if ((unit & CODE_SIGN) !== 0) {
          const c = unit >>> FOLD_SHIFT;
          // A straight quote counts only as a JSON key's end (`"type":`).
          if (c === 0x3b) semicolons++;
          else if (c !== 0x22 || lower.charCodeAt(i + 1) === 0x3a) codeMarks++;
        }
        // A capital outside a word (Ⓐ) may follow lower-case letters too.
        if ((unit & UPPER) !== 0) camelAt = noteCapital(lower, i, camelAt);
      }
      i++;
      continue;
    }
    // A word: letters, marks and digits, with the apostrophes and hyphens inside or after them.
    const start = i;
    const first = unit;
    let hash = FNV_OFFSET;
    for (;;) {
      if ((unit & RARE) !== 0) {
        contextual ||= (unit & CONTEXTUAL) !== 0;
        if ((unit & UPPER) !== 0) camelAt = noteCapital(lower, i, camelAt);
      }
      hash = Math.imul(hash ^ (unit >>> FOLD_SHIFT), FNV_PRIME);
      // Most units of a word are plain: one test keeps them in this loop.
      for (;;) {
        if (++i === n) break;
        unit = units[lower.charCodeAt(i)]!;
        if ((unit & PLAIN_MASK) !== PLAIN) break;
        hash = Math.imul(hash ^ (unit >>> FOLD_SHIFT), FNV_PRIME);
      }
      if (i === n) break;
      if (unit === 0) unit = learn(lower.charCodeAt(i));
      if ((unit & IN_WORD) === 0) break;
    }
    words++;
    // Open addressing: probe from the hash's slot until the key or an empty slot.
    const key = (hash & HASH_MASK) + 1;
    for (let at = key & mask, slot = slots[at]!; slot !== 0; at = (at + 1) & mask, slot = slots[at]!) {
      if (slot !== key) continue;
      const found = table.flags[at]!;
      if ((found & STOP) !== 0) stop++;
      if ((found & ANCHOR) !== 0) anchored = true;
      break;
    }
    if (sameIndexes) {
      // Read as it is, a word's first unit is a capital where it lower-cases to another unit.
      const capital = folding ? (first & UPPER) !== 0 : text.charCodeAt(start) !== first >>> FOLD_SHIFT;
      if (capital) {
        cased++;
        capitalised++;
      } else if ((first & CASED_LOWER) !== 0) {
        cased++;
      }
    }
  }
  if (folding && contextual) return undefined;
  // A lower-cased copy shows no capitals: where one follows lower-case letters is not told.
  if (!folding) camelAt = 0;
  return {
    words,
    stopwords: stop,
    casedWords: cased,
    capitalisedWords: capitalised,
    anchored,
    camelAt,
    unmarked: false,
    codeMarks,
    semicolons,
    lower,
  };
}

/** `camelAt` once the capital at `i` is read: `i` if it is the first to follow three lower-case letters. */
function noteCapital(lower: string, i: number, camelAt: number): number {
  return camelAt < 0 && followsLowerRun(lower, i) ? i : camelAt;
}

/** Whether the three code units before `i` are lower-case letters with capital forms. */
function followsLowerRun(text: string, i: number): boolean {
  if (i < 3) return false;
  for (let j = i - 3; j < i; j++)
    if ((unitOf(text.charCodeAt(j)) & (UPPER | CASED_LOWER)) !== CASED_LOWER) return false;
  return true;
}

function unspacedStats(
  text: string,
  stopwords: ReadonlySet<string> | undefined,
  language: string | undefined,
  anchors: ReadonlySet<string> | undefined,
): WordStats {
  const segmenter = segmenterFor(language);
  if (segmenter) {
    let words = 0;
    let stop = 0;
    // Walked with `containing`: the runtime's iterator costs half as much again a segment.
    const segments = segmenter.segment(text);
    let at = 0;
    while (at < text.length && words < UNSPACED_SAMPLE_WORDS) {
      const s = segments.containing(at)!;
      at = s.index + s.segment.length;
      if (!s.isWordLike) continue;
      words++;
      if (stopwords?.has(s.segment.toLowerCase())) stop++;
    }
    if (at < text.length) {
      const scale = text.length / at;
      words = Math.round(words * scale);
      stop = Math.round(stop * scale);
    }
    // Phrases of unspaced scripts have no words to anchor on: such a block is always searched.
    const anchored = anchors !== undefined;
    const lower = text.toLowerCase();
    return {
      words,
      stopwords: stop,
      casedWords: 0,
      capitalisedWords: 0,
      anchored,
      camelAt: 0,
      unmarked: UNMARKED_CHAR.test(text),
      codeMarks: 0,
      semicolons: 0,
      lower,
    };
  }
  // No segmenter: unspaced characters by their average word length, plus the spaced words among them.
  UNSPACED_GLOBAL.lastIndex = 0;
  let unspacedChars = 0;
  while (UNSPACED_GLOBAL.exec(text) !== null) unspacedChars++;
  const rest = wordStats(text.replace(UNSPACED_GLOBAL, " "), stopwords, language);
  return {
    ...rest,
    words: rest.words + Math.ceil(unspacedChars / UNSPACED_CHARS_PER_WORD),
    anchored: anchors !== undefined,
    camelAt: 0,
    unmarked: UNMARKED_CHAR.test(text),
    codeMarks: 0,
    semicolons: 0,
    lower: text.toLowerCase(),
  };
}
