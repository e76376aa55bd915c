/**
 * Word wrapping for plain text. Lines break only at whitespace, so no word
 * and no URL is ever split; a word longer than the width gets a line of its
 * own. Width is counted in Unicode code points.
 */

const WHITESPACE = /\s+/;

function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Re-flows `text` into lines of at most `width` code points (prefixes
 * included), the first line starting with `first` and the others with `rest`.
 * Without a width the text is kept as it is, each of its lines prefixed.
 */
export function wrap(text: string, width: number | undefined, first = "", rest = first): string {
  if (width === undefined) {
    return text
      .split("\n")
      .map((line, i) => `${i === 0 ? first : rest}${line}`.trimEnd())
      .join("\n");
  }
  const words = text.split(WHITESPACE).filter((word) => word !== "");
  const lines: string[] = [];
  let line = first;
  let lineLength = length(first);
  let empty = true;
  for (const word of words) {
    const wordLength = length(word);
    if (!empty && lineLength + 1 + wordLength > width) {
      lines.push(line);
      line = rest;
      lineLength = length(rest);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    lineLength += empty ? wordLength : 1 + wordLength;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines.join("\n");
}

/** The width of `text` in code points. */
export { length as textLength };
