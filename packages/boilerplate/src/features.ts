import type { CandidateBlock, RemovalReason } from "@copydesk/schema";
import { phraseCue } from "./phrases.js";
import { wordStats } from "./words.js";

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
  /** Sentence-final marks followed by a space or the end. */
  sentences: number;
  /** Share of cased words that start with a capital (title case is near 1). */
  capitalisedShare: number;
  /** Ends with a detached ` -`, ` |`, ` »` or ` –`: an item of a headline list. */
  trailingMark: boolean;
  /** Holds no letter and no digit: `-`, `***`, `• • •`. */
  separator: boolean;
  linkDensity: number;
  /** Furniture the wording names (see phrases.ts). */
  cue: RemovalReason | undefined;
  /** A list block. */
  list: boolean;
}

// Sentence-final marks of Latin, Greek, Cyrillic, CJK, Arabic, Urdu, Devanagari, Ethiopic and Armenian text.
const FINAL_MARKS = new Set([
  ".",
  "!",
  "?",
  "…",
  "‼",
  "⁇",
  "⁈",
  "⁉",
  "。",
  "！",
  "？",
  "．",
  "｡",
  "؟",
  "۔",
  "।",
  "॥",
  "።",
  "։",
]);
// Closing quotes and brackets: `“substantial.”` ends a sentence, and so does a quote closing a line on its own.
const CLOSERS = new Set(["”", "’", '"', "'", "»", "›", "」", "』", "）", ")", "]", "】", "〉", "》"]);
// Only curly and angle quotes end a sentence by themselves; a bracket or a straight quote may close a label.
const CLOSING_QUOTES = new Set(["”", "’", "»", "」", "』"]);
const TRAILING_MARKS = new Set(["-", "|", "»", "–", "—", "›", "/"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000
  );
}

function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i;
}

export function endsSentence(text: string): boolean {
  let i = lastNonSpace(text);
  if (i < 0) return false;
  if (CLOSING_QUOTES.has(text[i]!)) return true;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && FINAL_MARKS.has(text[i]!);
}

export function countSentences(text: string): number {
  let n = 0;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    if (!FINAL_MARKS.has(text[i]!)) continue;
    // CJK marks end a sentence wherever they sit; others need a space, a closer or the end after them.
    const c = text.charCodeAt(i);
    if (c >= 0x3000 || i === last) {
      n++;
      continue;
    }
    let j = i + 1;
    while (j <= last && (FINAL_MARKS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    if (j > last || isSpace(text.charCodeAt(j))) n++;
    i = j - 1;
  }
  return n;
}

function hasTrailingMark(text: string): boolean {
  const i = lastNonSpace(text);
  return i >= 2 && TRAILING_MARKS.has(text[i]!) && isSpace(text.charCodeAt(i - 1));
}

export function blockFeatures(
  candidate: CandidateBlock,
  stopwords: ReadonlySet<string> | undefined,
  language: string | undefined,
): Features {
  const text = candidate.text;
  const stats = wordStats(text, stopwords, language);
  const separator = !LETTER_OR_DIGIT.test(text);
  return {
    chars: text.length,
    words: stats.words,
    stopwordDensity: stopwords && stats.words > 0 ? stats.stopwords / stats.words : undefined,
    terminal: endsSentence(text),
    sentences: countSentences(text),
    capitalisedShare: stats.casedWords > 0 ? stats.capitalisedWords / stats.casedWords : 0,
    trailingMark: hasTrailingMark(text),
    separator,
    linkDensity: candidate.features.linkDensity,
    cue: separator ? undefined : phraseCue(text, stats.words),
    list: candidate.block.type === "list",
  };
}
