/**
 * Whitespace collapsing for text read from markup: every run of whitespace
 * (the characters `\s` matches: ASCII spaces and line breaks, no-break
 * space, the Unicode space separators, U+2028, U+2029 and U+FEFF) becomes
 * one space, and the ends are trimmed. The same result as
 * `text.replace(/\s+/g, " ").trim()`, in one scan that copies only around
 * runs other than a lone space: a page's text has hundreds of thousands of
 * such runs, and a regex replace pays for each one.
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

/**
 * `text[start, end)` (by default all of it) with each whitespace run made one
 * space and both ends trimmed. A range of a page costs no copy of it: only
 * the collapsed text is built.
 */
export function collapseWhitespace(text: string, start = 0, end = text.length): string {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) continue;
    let j = i + 1;
    while (j < end && isWhitespace(text.charCodeAt(j))) j++;
    // A lone plain space stays where it is; any other run is replaced.
    if (c !== SPACE || j > i + 1) {
      out += `${text.slice(from, i)} `;
      from = j;
    }
    i = j - 1;
  }
  if (from === start) return start === 0 && end === text.length ? text : text.slice(start, end);
  return out + text.slice(from, end);
}

/** Whether `text[start, end)` (by default all of it) holds a character other than whitespace. */
export function hasNonSpace(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isWhitespace(text.charCodeAt(i))) return true;
  return false;
}
