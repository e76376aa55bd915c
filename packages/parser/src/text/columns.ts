/**
 * How wide text is on a terminal, and how its wrapped lines join. A text
 * dump made by a terminal browser (w3m, lynx) is wrapped at a width in
 * columns, where a Chinese, Japanese or Korean character takes two; one made
 * by a script (Python's textwrap) at a width in characters.
 */

/** Whether a code unit is East Asian wide or fullwidth: two columns on a terminal. */
export function isWide(c: number): boolean {
  if (c < 0x1100) return false;
  return (
    c <= 0x115f ||
    (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

/**
 * Whether a code unit is Han, kana, or the punctuation and fullwidth forms
 * written with them: text without spaces, which a wrapper breaks between any
 * two characters. (Korean is written with spaces and wrapped at them.)
 */
export function isUnspacedWide(c: number): boolean {
  return isWide(c) && !(c <= 0x115f || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3130 && c <= 0x318f));
}

/** The columns the text from `start` to `end` takes on a terminal. */
export function columns(text: string, start: number, end: number): number {
  let n = end - start;
  for (let i = start; i < end; i++) if (isWide(text.charCodeAt(i))) n++;
  return n;
}

/**
 * A wrapped paragraph's lines joined into one: with no space where the break
 * fell between two characters of a script written without spaces, before
 * closing punctuation or after an opening bracket (a sentence a scraper cut
 * at its links: "Kospi Index" / "(" / "KOSPI" / ")"), else with one.
 */
export function joinWrapped(parts: readonly string[]): string {
  let glued = false;
  for (let i = 1; i < parts.length && !glued; i++) glued = gluedAt(parts, i);
  // Most paragraphs are in spaced scripts: one join, one flat string, as the filter reads it.
  if (!glued) return parts.join(" ");
  const pieces: string[] = [parts[0]!];
  for (let i = 1; i < parts.length; i++) {
    if (!gluedAt(parts, i)) pieces.push(" ");
    pieces.push(parts[i]!);
  }
  return pieces.join("");
}

/** Whether parts `i - 1` and `i` meet with no space between them (see `joinWrapped`). */
function gluedAt(parts: readonly string[], i: number): boolean {
  const last = parts[i - 1]!.charCodeAt(parts[i - 1]!.length - 1);
  const first = parts[i]!.charCodeAt(0);
  return (
    (isUnspacedWide(last) && isUnspacedWide(first)) ||
    last === 0x28 ||
    last === 0x5b ||
    (first < 0x80 && CLOSING.includes(String.fromCharCode(first)))
  );
}

/** What closes up to the word before it: `, ; : . ! ? ) ]`. */
const CLOSING = ",;:.!?)]";
