/** One non-blank line of the normalised text, trimmed. */
export interface Line {
  /** Offset of its first non-whitespace character. */
  start: number;
  /** Offset just past its last non-whitespace character. */
  end: number;
  text: string;
  /** Whether a blank line (or the start of the text) comes before it: it opens a group. */
  opensGroup: boolean;
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
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let opensGroup = true;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (start === end) {
      opensGroup = true;
    } else {
      lines.push({ start, end, text: text.slice(start, end), opensGroup });
      opensGroup = false;
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}
