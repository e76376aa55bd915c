import { plainLineEnd } from "../normalize.js";

/**
 * The non-blank lines of a text, trimmed, as parallel arrays of offsets (one
 * object per line would double the cost of a million-line text in garbage
 * collection). Recognisers read a line's characters from the text itself: a
 * flat string reads several times faster than slices of it, and a line is
 * sliced only where its string is needed.
 */
export interface Lines {
  count: number;
  /** Offset of each line's first non-whitespace character. */
  start: number[];
  /** Offset just past each line's last non-whitespace character. */
  end: number[];
  /**
   * Whether a line is one punctuation mark ("(", ")", ".") or opens with a
   * comma or closing bracket and then a word (see `opensMidSentence`): the
   * traces of a scraper that saved a page one text node to a line, cutting a
   * sentence at each link, which no other way of saving a page leaves.
   */
  cutAtLinks: boolean;
}

/** The whitespace of JavaScript's `\s` and `String.prototype.trim`, by code unit. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The non-blank lines of `text`, in one pass. */
export function splitLines(text: string): Lines {
  const lines: Lines = { count: 0, start: [], end: [], cutAtLinks: false };
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    addLine(lines, text, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return lines;
}

/**
 * The non-blank lines of `text` when it needs no normalisation (normalize.ts),
 * found by the same scan that tells so; else the offset of the first
 * character that needs work. Most texts need none: they are read once.
 */
export function splitPlainLines(text: string): Lines | number {
  const lines: Lines = { count: 0, start: [], end: [], cutAtLinks: false };
  for (let lineStart = 0; lineStart <= text.length; ) {
    const lineEnd = plainLineEnd(text, lineStart);
    if (lineEnd < text.length && text.charCodeAt(lineEnd) !== 0x0a) return lineEnd;
    addLine(lines, text, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** Adds the line from `lineStart` to `lineEnd`, trimmed, unless it is blank. */
function addLine(lines: Lines, text: string, lineStart: number, lineEnd: number): void {
  let start = lineStart;
  let end = lineEnd;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (start < end) {
    lines.start.push(start);
    lines.end.push(end);
    lines.count++;
    if (!lines.cutAtLinks && isGlue(text.charCodeAt(start)))
      lines.cutAtLinks = end - start === 1 || opensMidSentence(text, start, end);
  }
}

/** `(` `)` `[` `]` `,` `.` `;` `:` `!` `?`: what a line cut at a link may open with or consist of. */
function isGlue(c: number): boolean {
  return (
    c < 0x60 &&
    (c === 0x28 ||
      c === 0x29 ||
      c === 0x5b ||
      c === 0x5d ||
      c === 0x2c ||
      c === 0x2e ||
      c === 0x3b ||
      c === 0x3a ||
      c === 0x21 ||
      c === 0x3f)
  );
}

/** Read where `lastIndex` points: the opening of a line in the text. */
const WORD_START_AT = /[\p{L}\p{N}"'‘“(]/uy;

/** Whether the line at `start` opens with a letter, digit, quote or bracket: ASCII by hand, the rest by the regex. */
export function startsWord(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 0x80) {
    WORD_START_AT.lastIndex = start;
    return WORD_START_AT.test(text);
  }
  const letter = c | 0x20;
  return (
    (letter >= 0x61 && letter <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x22 || c === 0x27 || c === 0x28
  );
}

/**
 * Whether the line from `start` to `end` opens with a comma, semicolon,
 * colon, full stop or closing bracket and then a word: the rest of a
 * sentence that a scraper cut at a link or an emphasis ("…according to" /
 * "Reuters" / ", which reported …"). No block opens so.
 */
export function opensMidSentence(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x2e && c !== 0x29) return false;
  let i = start + 1;
  while (i < end && isWhitespace(text.charCodeAt(i))) i++;
  return i < end && startsWord(text, i);
}

/** Whether a blank line comes between lines `k - 1` and `k`: the whitespace between them holds two line breaks. */
export function blankLineBefore(text: string, lines: Lines, k: number): boolean {
  const to = lines.start[k]!;
  let breaks = 0;
  for (let i = lines.end[k - 1]!; i < to; i++) if (text.charCodeAt(i) === 0x0a && ++breaks === 2) return true;
  return false;
}
