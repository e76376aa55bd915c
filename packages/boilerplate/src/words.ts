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
}

/**
 * Without a segmenter, an unspaced-script word is this many characters long
 * on average (Chinese words average 1.5–2 characters; Thai about 4–5, which
 * this undercounts, erring towards "short").
 */
export const UNSPACED_CHARS_PER_WORD = 2;

// Code-unit classes, computed once per code unit on first sight (the regexes run once per distinct character).
const UNKNOWN = 0;
const WORD = 1; // a letter, mark or digit
const JOINER = 2; // an apostrophe or hyphen: part of a word when inside one
const OTHER = 3;
const UNSPACED = 4; // Han, kana, Thai, Lao, Myanmar, Khmer
const classes = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UNSPACED_CHAR =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const UNSPACED_GLOBAL = new RegExp(UNSPACED_CHAR.source, "gu");

function classOf(c: number): number {
  let k = classes[c]!;
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(c);
  if (c === 0x27 || c === 0x2019 || c === 0x2d) k = JOINER;
  else if (UNSPACED_CHAR.test(ch)) k = UNSPACED;
  else if (c >= 0xd800 && c <= 0xdfff)
    k = WORD; // astral letters (surrogate halves) count as word characters
  else k = WORD_CHAR.test(ch) ? WORD : OTHER;
  classes[c] = k;
  return k;
}

// 1: a lower-case letter that has a capital form (so its word is "cased"); 2: not.
const lowerCased = new Uint8Array(0x10000);
/** Whether a code unit is a lower-case letter with a capital form. */
export function isCasedLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  let k = lowerCased[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch.toUpperCase() !== ch ? 1 : 2;
    lowerCased[c] = k;
  }
  return k === 1;
}

// Words are looked up by a 30-bit FNV-1a hash of their code units, computed during the scan: small
// integers, so a lookup allocates nothing. With a few thousand words in a list, a false hit is a one in
// hundreds of thousands event, and stopword density is a statistic.
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
const HASH_MASK = 0x3fffffff;

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

/** STOP and ANCHOR flags of a word's hash (0 when in neither list). */
function lookup(table: HashTable, hash: number): number {
  const key = hash + 1;
  const { slots, mask } = table;
  let i = key & mask;
  for (let slot = slots[i]!; slot !== 0; slot = slots[i]!) {
    if (slot === key) return table.flags[i]!;
    i = (i + 1) & mask;
  }
  return 0;
}

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

type Segmenter = { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> };
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

/** Counts the words of `text`; `stopwords` holds lower-case words; `lower` is `text` lower-cased, when the caller has it. */
export function wordStats(
  text: string,
  stopwords: ReadonlySet<string> | undefined,
  language: string | undefined,
  lower: string = text.toLowerCase(),
  anchors?: ReadonlySet<string>,
): WordStats {
  // Lower-casing keeps every index in place for all but a few letters (İ): then capitals go uncounted.
  const sameIndexes = lower.length === text.length;
  let words = 0;
  let stop = 0;
  let cased = 0;
  let capitalised = 0;
  let anchored = false;
  const table = tableFor(stopwords, anchors);
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    let k = classOf(c);
    if (k === UNSPACED) return unspacedStats(text, stopwords, language, anchors);
    if (k !== WORD) {
      i++;
      continue;
    }
    // A word: letters, marks and digits, with the apostrophes and hyphens inside or after them.
    const start = i;
    let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    for (i++; i < n; i++) {
      c = lower.charCodeAt(i);
      k = classOf(c);
      if (k !== WORD && k !== JOINER) break;
      hash = Math.imul(hash ^ c, FNV_PRIME);
    }
    words++;
    if (table !== undefined) {
      const found = lookup(table, hash & HASH_MASK);
      if ((found & STOP) !== 0) stop++;
      if ((found & ANCHOR) !== 0) anchored = true;
    }
    if (sameIndexes) {
      const first = lower.charCodeAt(start);
      if (text.charCodeAt(start) !== first) {
        cased++;
        capitalised++;
      } else if (isCasedLower(first)) {
        cased++;
      }
    }
  }
  return { words, stopwords: stop, casedWords: cased, capitalisedWords: capitalised, anchored };
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
    for (const s of segmenter.segment(text)) {
      if (!s.isWordLike) continue;
      words++;
      if (stopwords?.has(s.segment.toLowerCase())) stop++;
    }
    // Phrases of unspaced scripts have no words to anchor on: such a block is always searched.
    return { words, stopwords: stop, casedWords: 0, capitalisedWords: 0, anchored: anchors !== undefined };
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
  };
}
