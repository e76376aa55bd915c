import type { CandidateBlock, RemovalReason } from "@copydesk/schema";
import { CUE_ANCHORS, phraseCue } from "./phrases.js";
import { GOOD_MIN_WORDS, MIN_SENTENCE_WORDS } from "./score.js";
import { END_CUES } from "./smooth.js";
import { foldUnit, isCapital, isCasedLower, wordStats } from "./words.js";

/**
 * Stage 1: what each block looks like on its own. Only the block's text and
 * the parser's features are read here; neighbours come in at `smooth.ts`.
 */

export interface Features {
  /** Length of the text in UTF-16 code units. */
  chars: number;
  words: number;
  /** Share of words in the language's stoplist; `undefined` when the language has no stoplist here. */
  stopwordDensity: number | undefined;
  /** Ends with a sentence-final mark: `.` `!` `?` `…`, a closing quote, `。` `！` `？` `؟` `۔` `।` `॥` `።`. */
  terminal: boolean;
  /**
   * Sentence-final marks followed by a space or the end, counted up to `SENTENCE_COUNT_LIMIT` in the
   * block's opening (see `FEATURE_SAMPLE_CHARS`); 0 under `MIN_SENTENCE_WORDS` words.
   */
  sentences: number;
  /** Share of cased words that start with a capital (title case is near 1). */
  capitalisedShare: number;
  /** Ends with a detached ` -`, ` |`, ` »` or ` –`: an item of a headline list. */
  trailingMark: boolean;
  /** Holds no letter and no digit: `-`, `***`, `• • •`. */
  separator: boolean;
  /**
   * Reads as program code, a style sheet or data (JavaScript, CSS, JSON), as
   * a scraper that keeps `<script>` and `<style>` saves them with the text:
   * see `CODE_MIN_MARKS`.
   */
  code: boolean;
  linkDensity: number;
  /** Furniture the wording names (see phrases.ts). */
  cue: RemovalReason | undefined;
  /** A list block. */
  list: boolean;
  /** The lines a reader sees: a list's items, 1 for any other block. */
  items: number;
  /**
   * A title glued to the text after it ("… Student-AthleteA 24-year-old woman …"): a
   * teaser of another story whose link text and summary a scraper ran together.
   */
  gluedTitle?: boolean;
}

// Sentence-final marks of Latin, Greek, Cyrillic, CJK, Arabic, Urdu, Devanagari, Ethiopic, Armenian, Khmer and Myanmar text.
const FINAL_MARKS = ".!?…‼⁇⁈⁉。！？．｡؟۔।॥።։។៕။";
// Closing quotes and brackets: `“substantial.”` ends a sentence, and so does a quote closing a line on its own.
const CLOSERS = "”’\"'»›」』）)]】〉》";
// Only curly and angle quotes end a sentence by themselves; a bracket or a straight quote may close a label.
const CLOSING_QUOTES = "”’»」』";
const TRAILING_MARKS = "-|»–—›/";

// One table of flags per code unit, so the scans below read one byte per character.
const FINAL = 1;
const CLOSER = 2;
const CLOSING_QUOTE = 4;
const TRAILING = 8;
const SPACE = 16;
const flags = new Uint8Array(0x10000);
const mark = (chars: string, flag: number) => {
  for (let i = 0; i < chars.length; i++) flags[chars.charCodeAt(i)]! |= flag;
};
mark(FINAL_MARKS, FINAL);
mark(CLOSERS, CLOSER);
mark(CLOSING_QUOTES, CLOSING_QUOTE);
mark(TRAILING_MARKS, TRAILING);
mark(" \t\n\r\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u3000", SPACE);

const has = (c: number, flag: number) => (flags[c]! & flag) !== 0;

function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && has(text.charCodeAt(i), SPACE)) i--;
  return i;
}

export function endsSentence(text: string): boolean {
  return endsSentenceAt(text, lastNonSpace(text));
}

/** `endsSentence`, given the index of the text's last non-space code unit. */
function endsSentenceAt(text: string, last: number): boolean {
  return (last >= 0 && has(text.charCodeAt(last), CLOSING_QUOTE)) || endsWithFinalMark(text, last);
}

/**
 * Whether a sentence-final mark, perhaps closed by quotes or brackets, ends
 * the text (`last` is its last non-space code unit): `countSentences` finds
 * that one sentence at least, so the scan is not needed.
 */
function endsWithFinalMark(text: string, last: number): boolean {
  let i = last;
  while (i >= 0 && has(text.charCodeAt(i), CLOSER)) i--;
  return i >= 0 && has(text.charCodeAt(i), FINAL);
}

/**
 * Sentence-final marks followed by a space, a closer or the end, among the
 * first `end` code units; counting stops at `limit`.
 */
export function countSentences(text: string, limit = Number.POSITIVE_INFINITY, end = text.length): number {
  let n = 0;
  const last = text.length - 1;
  for (let i = 0; i < end && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (!has(c, FINAL)) continue;
    // CJK marks end a sentence wherever they sit; others need a space, a closer or the end after them.
    if (c >= 0x3000 || i === last) {
      n++;
      continue;
    }
    let j = i + 1;
    while (j <= last && has(text.charCodeAt(j), FINAL | CLOSER)) j++;
    if (j > last || has(text.charCodeAt(j), SPACE)) n++;
    i = j - 1;
  }
  return n;
}

/** Whether the text ends with a detached trailing mark, given the index of its last non-space code unit. */
function hasTrailingMark(text: string, i: number): boolean {
  return i >= 2 && has(text.charCodeAt(i), TRAILING) && has(text.charCodeAt(i - 1), SPACE);
}

/**
 * A block's opening reads as code when it holds at least `CODE_MIN_MARKS` of
 * `{` `}` `=` `\` and JSON keys' `":`, which prose all but never holds, and
 * with its semicolons at least `CODE_MIN_SIGNS` such signs, one in
 * `1 / CODE_MIN_SHARE` characters or more. Minified scripts, style sheets and
 * JSON-LD hold several in their first words; a paragraph's semicolons alone
 * never make it code. On the benchmark's pages saved with their scripts and
 * styles, 95% of the code blocks over 200 characters, and no block of the
 * same pages saved as text.
 */
export const CODE_MIN_MARKS = 2;
export const CODE_MIN_SIGNS = 4;
export const CODE_MIN_SHARE = 0.012;

/** Teasers are a title and a sentence or more: shorter blocks are not read for a glued title. */
export const GLUED_MIN_WORDS = 8;
/** The words before the glue are a title: at least this many, and at least `TITLE_PREFIX_CAPITALS` capitalised. */
export const TITLE_PREFIX_MIN_WORDS = 3;
export const TITLE_PREFIX_CAPITALS = 0.6;
/** A teaser's title sits at its start: the glue is looked for in this many first characters. */
export const GLUE_WINDOW = 160;
/**
 * Whether the block opens with a Title Case title run into the next sentence
 * (brand names inside prose do not count): a run of at least three lower-case
 * letters, then a capital with a lower-case letter or a space after it, and
 * the words before it a title. `lower` is `text` lower-cased, or `text`
 * itself where its code units lower-case on their own (see `wordStats`).
 */
export function hasGluedTitle(text: string, lower: string = text): boolean {
  if (lower.length !== text.length) return false;
  const end = Math.min(text.length - 1, GLUE_WINDOW);
  let run = 0;
  let words = 0;
  let capitals = 0;
  let wordStart = true;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const l = foldUnit(lower.charCodeAt(i));
    const upper = lower === text ? isCapital(c) : c !== l && l !== 0x20;
    if (upper && run >= 3) {
      const next = text.charCodeAt(i + 1);
      const nextLower = next === foldUnit(lower.charCodeAt(i + 1)) && isCasedLower(next);
      if (nextLower || next === 32) {
        return words >= TITLE_PREFIX_MIN_WORDS && capitals >= words * TITLE_PREFIX_CAPITALS;
      }
    }
    if (upper || isCasedLower(l)) {
      if (wordStart) {
        words++;
        if (upper) capitals++;
      }
      wordStart = false;
      run = upper ? 0 : run + 1;
    } else {
      run = 0;
      if (c === 32) wordStart = true;
    }
  }
  return false;
}

/**
 * Blocks longer than this are read from their first this-many characters
 * (words, stopwords, capitals, cues; the word count is scaled to the whole):
 * fifty-odd words settle every share the classifier reads, and a page's long
 * paragraphs are most of its text.
 */
export const FEATURE_SAMPLE_CHARS = 320;
/** The classifier asks only whether a block holds a sentence: counting stops here. */
export const SENTENCE_COUNT_LIMIT = 1;

/**
 * Stopword density is read from lines of at least this many characters: over
 * two or three words it says nothing, and menus are mostly such lines.
 */
export const DENSITY_MIN_CHARS = 24;

/**
 * Whether one of a list's items is a prompt that ends a story ("Share",
 * "Sign up for our newsletter"): a menu run together into one list still
 * holds it. Read only where the story's end is looked for (`runWeights`).
 */
export function holdsEndPrompt(items: readonly string[], language: string | undefined): boolean {
  for (const item of items) {
    const cue = phraseCue(item.toLowerCase(), wordStats(item, undefined, language).words, endsSentence(item));
    if (cue !== undefined && END_CUES.has(cue)) return true;
  }
  return false;
}

export function blockFeatures(
  candidate: CandidateBlock,
  stopwords: ReadonlySet<string> | undefined,
  language: string | undefined,
): Features {
  const text = candidate.text;
  // A long paragraph is read from its opening: the sample's shares stand for the whole.
  const sampled = text.length > FEATURE_SAMPLE_CHARS;
  const end = sampled ? FEATURE_SAMPLE_CHARS : text.length;
  // Long lines look their words up (stopwords, cue anchors); short ones are cheaper to search whole.
  const long = text.length >= DENSITY_MIN_CHARS;
  const stats = wordStats(text, long ? stopwords : undefined, language, long ? CUE_ANCHORS : undefined, end);
  // The opening lower-cased: `text` itself, read through `foldUnit`, or a lower-cased copy of it.
  const lower = stats.lower;
  const lowerEnd = lower === text ? end : lower.length;
  const words = sampled ? Math.round((stats.words * text.length) / end) : stats.words;
  // No word at all: no letter, mark or digit, only punctuation and symbols.
  const separator = stats.words === 0 && !sampled;
  const signs = stats.codeMarks + stats.semicolons;
  const code = stats.codeMarks >= CODE_MIN_MARKS && signs >= CODE_MIN_SIGNS && signs >= CODE_MIN_SHARE * end;
  const tail = lastNonSpace(text);
  // Thai and Lao mark no sentence's end: a paragraph's length says what a full stop would.
  const finalMark = endsWithFinalMark(text, tail) || (stats.unmarked && words >= GOOD_MIN_WORDS);
  const terminal = finalMark || (tail >= 0 && has(text.charCodeAt(tail), CLOSING_QUOTE));
  return {
    chars: text.length,
    words,
    stopwordDensity: stopwords && stats.words > 0 && long ? stats.stopwords / stats.words : undefined,
    terminal,
    // Under `MIN_SENTENCE_WORDS` words a block holds no sentence, whatever its marks ("Next »", "Wow!").
    sentences:
      words < MIN_SENTENCE_WORDS ? 0 : finalMark ? 1 : countSentences(text, SENTENCE_COUNT_LIMIT, end),
    capitalisedShare: stats.casedWords > 0 ? stats.capitalisedWords / stats.casedWords : 0,
    trailingMark: hasTrailingMark(text, tail),
    separator,
    code,
    linkDensity: candidate.features.linkDensity,
    cue: separator
      ? undefined
      : phraseCue(lower, words, terminal, long ? stats.anchored : undefined, lowerEnd),
    list: candidate.block.type === "list",
    items: candidate.block.type === "list" ? candidate.block.items.length : 1,
    // A long block's opening is a paragraph's, not a teaser's; the glue is a capital after lower-case letters.
    gluedTitle:
      stats.words >= GLUED_MIN_WORDS &&
      !sampled &&
      stats.camelAt >= 0 &&
      stats.camelAt < GLUE_WINDOW &&
      hasGluedTitle(text, lower),
  };
}
