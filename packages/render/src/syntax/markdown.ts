/**
 * Escaping for CommonMark (with GFM tables). Text is written on one line and
 * every character that could open inline syntax is backslash-escaped, plus
 * the few that only matter at the start of a line.
 */
import { stripForbiddenChars } from "./markup.js";

// Open inline syntax anywhere: escapes, code spans, emphasis, links/images, raw HTML and autolinks, GFM strikethrough.
const INLINE_SPECIAL = /[\\`*_[\]<~]/g;
// An `&` that would be read as a character reference. Entity names are short; the bound keeps the scan linear.
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]{1,32};)/g;
// Line breaks inside inline text would start new lines, where block syntax applies.
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
// At the start of a line: ATX heading, block quote, bullet list or thematic break, setext underline.
const BLOCK_START = /^[#>+=-]/;
// At the start of a line: an ordered list marker (one to nine digits, then `.` or `)`).
const ORDERED_START = /^(\d{1,9})([.)])/;
// Inside `<…>` link destinations these three would end or escape the destination.
const DESTINATION_SPECIAL = /[<>\\]/g;
const CRLF = /\r\n?/g;

/** Inline text on one line: line breaks become spaces, the ends are trimmed, syntax is escaped. */
export function escapeInline(text: string): string {
  return stripForbiddenChars(text)
    .replace(LINE_BREAKS, " ")
    .trim()
    .replace(INLINE_SPECIAL, "\\$&")
    .replace(ENTITY_LIKE, "\\&");
}

/** Inline text that starts a line (a paragraph, a list item, a heading): also escapes block syntax. */
export function escapeLine(text: string): string {
  return escapeInline(text).replace(BLOCK_START, "\\$&").replace(ORDERED_START, "$1\\$2");
}

/**
 * Inline text in an ATX heading: a trailing `#` run would be read as the
 * closing sequence, so every `#` is escaped. Block syntax does not apply
 * after the heading's own `#` marker.
 */
export function escapeHeading(text: string): string {
  return escapeInline(text).replaceAll("#", "\\#");
}

/** Inline text in a GFM table cell: `|` would end the cell. */
export function escapeCell(text: string): string {
  return escapeInline(text).replaceAll("|", "\\|");
}

/** `*text*`, or the empty string for empty text (an empty emphasis is not emphasis). */
export function emphasis(escaped: string): string {
  return escaped === "" ? "" : `*${escaped}*`;
}

/** `**text**`, or the empty string for empty text. */
export function strong(escaped: string): string {
  return escaped === "" ? "" : `**${escaped}**`;
}

/** A link destination in angle brackets, which allow spaces and parentheses; `<`, `>` and `\` are escaped. */
export function destination(url: string): string {
  return `<${url.replace(DESTINATION_SPECIAL, "\\$&")}>`;
}

/** A fenced code block whose fence is longer than any backtick run in the text. */
export function codeBlock(text: string): string {
  const body = stripForbiddenChars(text).replace(CRLF, "\n");
  let longest = 0;
  let run = 0;
  for (const char of body) {
    run = char === "`" ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  // CommonMark: a fence is at least three backticks.
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}\n${body}${body === "" ? "" : "\n"}${fence}`;
}
