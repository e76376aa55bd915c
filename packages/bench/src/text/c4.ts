/**
 * C4's line rules (Raffel et al. 2020, "Exploring the Limits of Transfer
 * Learning", §2.2), as published, applied to one page of plain text:
 * keep a line only when it ends in a terminal punctuation mark (here with
 * curly quotes, as the bench README states), has at least three words, does
 * not mention JavaScript and holds no cookie or policy boilerplate;
 * Wikipedia-style citation markers are removed. The page-level rules (drop
 * pages with "lorem ipsum", curly braces or fewer than five sentences) are
 * corpus filters, not line filters, and are left out: a page is never dropped whole.
 */

/** Terminal punctuation: C4's `. ? ! "` plus the curly closing quotes. */
export const C4_END_MARKS = [".", "?", "!", '"', "”", "’"] as const;
/** C4 keeps lines of at least this many words. */
export const C4_MIN_WORDS = 3;
/** C4 drops lines with a word longer than this many characters. */
export const C4_MAX_WORD_LENGTH = 1000;
/** C4 drops lines that hold any of these (lower-cased). */
export const C4_POLICY_SUBSTRINGS = [
  "terms of use",
  "privacy policy",
  "cookie policy",
  "uses cookies",
  "use of cookies",
  "use cookies",
] as const;

const CITATION = /\[\d*\]|\[edit\]|\[citation needed\]/giu;
const ELLIPSIS = "...";
const WHITESPACE = /\s+/u;

function keepLine(line: string): boolean {
  if (line.endsWith(ELLIPSIS)) return false;
  if (!C4_END_MARKS.some((mark) => line.endsWith(mark))) return false;
  const words = line.split(WHITESPACE);
  if (words.length < C4_MIN_WORDS) return false;
  if (words.some((w) => w.length > C4_MAX_WORD_LENGTH)) return false;
  const lower = line.toLowerCase();
  if (lower.includes("javascript")) return false;
  return !C4_POLICY_SUBSTRINGS.some((s) => lower.includes(s));
}

/** The lines of `text` that C4's rules keep, citation markers removed. */
export function c4Lines(text: string): string[] {
  const kept: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(CITATION, "").trim();
    if (line !== "" && keepLine(line)) kept.push(line);
  }
  return kept;
}
