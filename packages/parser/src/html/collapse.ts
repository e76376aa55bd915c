/**
 * Whitespace collapsing for text read from markup: every run of whitespace
 * (the characters `\s` matches: ASCII spaces and line breaks, no-break
 * space, the Unicode space separators, U+2028, U+2029 and U+FEFF) becomes
 * one space, and the ends are trimmed: `text.replace(/\s+/g, " ").trim()`.
 * A page's texts are mostly the whitespace between tags, or words one plain
 * space apart, which need no rebuilding: only the rare text with another
 * run (a line break, a tab, two spaces) goes through the replace.
 */

const SPACE = 0x20;

/** Whether a UTF-16 code unit is whitespace as `\s` and `String.prototype.trim` define it. */
export function isWhitespace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A whitespace run other than a lone plain space: the only runs collapsing changes. */
const IRREGULAR_SPACE = /[^\S ]| \s/;
const WHITESPACE_RUN = /\s+/g;

/**
 * `text[start, end)` (by default all of it) with each whitespace run made one
 * space and both ends trimmed. A range of whitespace is found out with no
 * copy of it, and a range that needs no change is the one slice of `text`.
 */
export function collapseWhitespace(text: string, start = 0, end = text.length): string {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  if (start === end) return "";
  while (isWhitespace(text.charCodeAt(end - 1))) end--;
  const trimmed = start === 0 && end === text.length ? text : text.slice(start, end);
  return IRREGULAR_SPACE.test(trimmed) ? trimmed.replace(WHITESPACE_RUN, " ") : trimmed;
}

/** Whether `text[start, end)` (by default all of it) holds a character other than whitespace. */
export function hasNonSpace(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isWhitespace(text.charCodeAt(i))) return true;
  return false;
}
