/**
 * Escaping for HTML and XML. Text escapes `&`, `<` and `>` (the last one so
 * that `]]>` can never appear); attribute values, always double-quoted, also
 * escape both quotes. Either way there is no way out of a text node or an
 * attribute.
 */

const TEXT_SPECIAL = /[&<>]/g;
const ATTRIBUTE_SPECIAL = /[&<>"']/g;
const MARKUP_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // `&apos;` is not an HTML 4 entity; the numeric reference reads the same everywhere.
  "'": "&#39;",
};

// Everything outside XML 1.0's `Char` production: C0 controls other than tab,
// LF and CR; lone surrogates (the `u` flag makes them single code points);
// U+FFFE and U+FFFF. HTML treats the same code points as parse errors.
const FORBIDDEN_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function stripForbiddenChars(text: string): string {
  return text.replace(FORBIDDEN_CHARS, "");
}

/** Escapes `& < >` and removes forbidden characters: safe as element text. */
export function escapeText(text: string): string {
  return stripForbiddenChars(text).replace(TEXT_SPECIAL, (c) => MARKUP_ENTITIES[c]!);
}

/** Escapes `& < > " '` and removes forbidden characters: safe as a double-quoted attribute value (and as text). */
export function escapeAttribute(text: string): string {
  return stripForbiddenChars(text).replace(ATTRIBUTE_SPECIAL, (c) => MARKUP_ENTITIES[c]!);
}

/** ` name="value"`, escaped; nothing when the value is undefined. */
export function attribute(name: string, value: string | number | undefined): string {
  return value === undefined ? "" : ` ${name}="${escapeAttribute(String(value))}"`;
}
