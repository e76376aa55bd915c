/**
 * How a block is compared with the headline or the byline it may repeat:
 * spacing collapsed, ends trimmed, lower-cased.
 */
export const squash = (text: string) => text.replace(WHITESPACE, " ").trim().toLowerCase();
const WHITESPACE = /\s+/gu;

/**
 * Whether `squash(text)` may be `squashed`: a first or last code unit of
 * `text` in printable ASCII stays at its end of the squashed text, lower-cased
 * on its own, so most texts are told apart without squashing them.
 */
export function maySquashTo(text: string, squashed: string): boolean {
  // An empty text reads NaN at its ends, which tells nothing.
  return (
    mayBe(text.charCodeAt(0), squashed.charCodeAt(0)) &&
    mayBe(text.charCodeAt(text.length - 1), squashed.charCodeAt(squashed.length - 1))
  );
}

/** Whether a text's end `c` may squash to `end`: only printable ASCII is told. */
function mayBe(c: number, end: number): boolean {
  if (c > 0x20 && c < 0x80) return (c >= 0x41 && c <= 0x5a ? c + 0x20 : c) === end;
  return true;
}
