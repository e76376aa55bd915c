import { EMBED_HINT, FURNITURE_HINTS, STORY_HINTS } from "@copydesk/schema";
import { NameTable } from "./names.js";

/**
 * Class and id tokens that tell a classifier what a part of a page is for.
 * Only words in this vocabulary are kept: utility-class pages carry dozens of
 * tokens per element, and a classifier can only use words it knows. The words
 * the filter reads (the story's, the embed's and furniture's, in
 * @copydesk/schema) and those that describe a page's parts besides.
 */
export const HINT_WORDS: ReadonlySet<string> = new Set([
  ...STORY_HINTS,
  EMBED_HINT,
  ...FURNITURE_HINTS.flatMap(([, words]) => words),
  // The story's own parts, the page's parts around it, and how they are shown.
  "main",
  "prose",
  "copy",
  "paragraph",
  "headline",
  "title",
  "lede",
  "lead",
  "summary",
  "standfirst",
  "intro",
  "caption",
  "figcaption",
  "credit",
  "figure",
  "photo",
  "image",
  "media",
  "quote",
  "blockquote",
  "live",
  "liveblog",
  "update",
  "more",
  "most",
  "read",
  "latest",
  "next",
  "also",
  "teasers",
  "card",
  "cards",
  "feed",
  "header",
  "privacy",
  "modal",
  "popup",
  "overlay",
  "dialog",
  "toolbar",
  "tools",
  "print",
  "hidden",
  "sr",
  "visually",
  "offscreen",
  "contributor",
  "tag",
  "category",
  "disclaimer",
  "correction",
  "form",
  "search",
  "video",
  "player",
  "gallery",
  "slideshow",
  "carousel",
  "slider",
  "hero",
  "table",
  "infobox",
  "toc",
]);

const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Splits a class or id value into lower-cased words on `-`, `_`, spaces,
 * digits and lower-to-upper case changes (`articleBody` → `article`, `body`),
 * keeping those in the vocabulary. One linear scan, no regex.
 */
export function hintTokens(value: string, out: string[]): void {
  let start = -1;
  let prevLower = false;
  const n = value.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? value.charCodeAt(i) : 32;
    const isUpper = c >= UPPER_A && c <= UPPER_Z;
    const isLower = c >= LOWER_A && c <= LOWER_Z;
    if (isUpper || isLower) {
      if (start === -1) start = i;
      else if (isUpper && prevLower) {
        pushWord(value, start, i, out);
        start = i;
      }
      prevLower = isLower;
      continue;
    }
    if (c >= DIGIT_0 && c <= DIGIT_9 && start !== -1) continue;
    if (start !== -1) pushWord(value, start, i, out);
    start = -1;
    prevLower = false;
  }
}

/** The shortest and longest words of the vocabulary: a token of another length is not looked up. */
let shortest = Number.POSITIVE_INFINITY;
let longest = 0;
for (const word of HINT_WORDS) {
  shortest = Math.min(shortest, word.length);
  longest = Math.max(longest, word.length);
}

/** The vocabulary, looked up without copying or lower-casing the token. */
const VOCABULARY = new NameTable([...HINT_WORDS]);

/**
 * Per word length, the letters vocabulary words of that length start and end
 * with (bit 0 is `a`). Most tokens of utility-class and hashed-class pages
 * fail this test, and it needs no copy of the token.
 */
const FIRST_LETTERS = new Uint32Array(longest + 1);
const LAST_LETTERS = new Uint32Array(longest + 1);
for (const word of HINT_WORDS) {
  FIRST_LETTERS[word.length]! |= letterBit(word.charCodeAt(0));
  LAST_LETTERS[word.length]! |= letterBit(word.charCodeAt(word.length - 1));
}

/** The bit of an ASCII letter of either case (setting 0x20 lower-cases it). */
function letterBit(c: number): number {
  return 1 << ((c | 0x20) - LOWER_A);
}

/**
 * Keeps `value[start, end)`, lower-cased and without its trailing digits
 * (`col12` → `col`), when it is a vocabulary word. The digits are trimmed by
 * a scan (linear on any run) before the word is looked up.
 */
function pushWord(value: string, start: number, end: number, out: string[]): void {
  let stop = end;
  while (stop > start && isDigit(value.charCodeAt(stop - 1))) stop--;
  const length = stop - start;
  if (length < shortest || length > longest) return;
  // A token starts with a letter, and ends with one once its digits are trimmed.
  if ((FIRST_LETTERS[length]! & letterBit(value.charCodeAt(start))) === 0) return;
  if ((LAST_LETTERS[length]! & letterBit(value.charCodeAt(stop - 1))) === 0) return;
  const word = VOCABULARY.find(value, start, stop);
  if (word !== undefined && !out.includes(word)) out.push(word);
}

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}
