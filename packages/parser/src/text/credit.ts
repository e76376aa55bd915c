/**
 * Agency credit lines: a line that only names the agency a story came from.
 *
 *   — AFP   -- Reuters   (AFP)   (With inputs from PTI)   — AFP/APP     decorated: a credit anywhere
 *   APP   PTI   Reuters                                                  bare: a credit only when it
 *                                                                        closes a paragraph (see segment.ts)
 *
 * and a credit at the end of a paragraph: `… he said. — AFP`. Only known
 * agencies (agencies.ts) count, so `— Jane` or a lone `Home` never does.
 */
import { isAgency, mayEndWithAgency } from "./agencies.js";
import { isWhitespace } from "./lines.js";

export interface Credit {
  /** The agency as written, several joined by `/` as written (`AFP/APP`). */
  agency: string;
  /** Whether the line is the agency name alone, with no dash or parentheses. */
  bare: boolean;
}

/** A credit line is short; examining only short lines keeps the per-line cost constant. */
const MAX_CREDIT_LENGTH = 60;
const WITH_INPUTS = /^with\s+(?:(?:inputs?|reporting)\s+from\s+)?/iu;
const AGENCY_SEPARATOR = /[/,&]|\band\b/u;
/** Sentence punctuation a trailing credit follows: `.`, `!`, `?` and closing quotes. */
const SENTENCE_END = new Set([".", "!", "?", '"', "”", "’", "»"]);
/** The tail examined for a trailing credit: longer than any credit, so long lines cost nothing more. */
const TRAILING_WINDOW = 64;

/** `-`, `–` or `—`. */
function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014;
}

function withoutFinalPeriod(text: string): string {
  return text.endsWith(".") ? text.slice(0, -1) : text;
}

function agenciesIn(text: string): string | undefined {
  const body = text.trim().replace(WITH_INPUTS, "");
  if (body === "") return undefined;
  return body.split(AGENCY_SEPARATOR).every((part) => isAgency(part.trim())) ? body : undefined;
}

/**
 * Whether `text` from `start` to `end` may end the way every credit ends: an
 * agency's name, then perhaps whitespace, `)` and a final period. Asked
 * first, it answers almost every line without a string being made.
 */
export function mayEndWithCredit(text: string, start: number, end: number): boolean {
  // Each character is read once: this runs on every line.
  let at = end;
  let c = codeBefore(text, start, at);
  while (isWhitespace(c)) c = codeBefore(text, start, --at);
  if (c === 0x2e) c = codeBefore(text, start, --at);
  if (c === 0x29) c = codeBefore(text, start, --at);
  while (isWhitespace(c)) c = codeBefore(text, start, --at);
  return mayEndWithAgency(text, start, at);
}

/** The code unit before `at`; -1 at `start`, which is no whitespace, period or bracket. */
function codeBefore(text: string, start: number, at: number): number {
  return at > start ? text.charCodeAt(at - 1) : -1;
}

/** Whether `text` from `start` to `end` may be a credit line: short, and ending like one. */
export function mayBeCredit(text: string, start: number, end: number): boolean {
  return end - start <= MAX_CREDIT_LENGTH && mayEndWithCredit(text, start, end);
}

/** The credit `line` (trimmed) is, or undefined. Parsed by hand: no regex runs on what could be any line. */
export function parseCredit(line: string): Credit | undefined {
  if (!mayBeCredit(line, 0, line.length)) return undefined;
  const first = line.charCodeAt(0);
  if (isDash(first)) {
    const body = line.slice(isDash(line.charCodeAt(1)) ? 2 : 1);
    const agency = agenciesIn(withoutFinalPeriod(body));
    return agency === undefined ? undefined : { agency, bare: false };
  }
  if (first === 0x28) {
    const body = withoutFinalPeriod(line);
    const agency = body.endsWith(")") ? agenciesIn(body.slice(1, -1)) : undefined;
    return agency === undefined ? undefined : { agency, bare: false };
  }
  const bare = withoutFinalPeriod(line);
  return isAgency(bare) ? { agency: bare, bare: true } : undefined;
}

/**
 * ASCII characters a credit can hold (`— AFP/APP`, `(With inputs from PTI and ANI).`):
 * letters, whitespace, dashes, brackets and the separators between agencies.
 * Scanning back from the end of a line, one ASCII character outside these
 * (a digit, a quote, `:`) means no credit can start before it.
 */
const IN_CREDIT = new Uint8Array(0x80);
for (let c = 0x41; c <= 0x5a; c++) {
  IN_CREDIT[c] = 1;
  IN_CREDIT[c + 0x20] = 1;
}
for (const c of " \t\n\v\f\r-().,/&") IN_CREDIT[c.charCodeAt(0)] = 1;

/**
 * A credit at the end of a paragraph line (`… he said. — AFP`, `… he said. (AFP)`):
 * the offset in `line` where it starts, and the credit; undefined when the line
 * does not end with one.
 */
export function trailingCredit(line: string): { offset: number; credit: Credit } | undefined {
  if (!mayEndWithCredit(line, 0, line.length)) return undefined;
  const tailStart = Math.max(0, line.length - TRAILING_WINDOW);
  // The credit starts at the last `(` or dash in the tail that follows whitespace.
  let start = -1;
  for (let i = line.length - 1; i >= tailStart && start === -1; i--) {
    const code = line.charCodeAt(i);
    if (code !== 0x28 && !isDash(code)) {
      if (code < 0x80 && IN_CREDIT[code] === 0) return undefined;
      continue;
    }
    const from = isDash(code) && i > tailStart && isDash(line.charCodeAt(i - 1)) ? i - 1 : i;
    if (from > 0 && isWhitespace(line.charCodeAt(from - 1))) start = from;
  }
  if (start === -1) return undefined;
  let before = start - 1;
  while (before >= 0 && isWhitespace(line.charCodeAt(before))) before--;
  if (before < 0 || !SENTENCE_END.has(line[before]!)) return undefined;
  const credit = parseCredit(line.slice(start));
  return credit === undefined || credit.bare ? undefined : { offset: start, credit };
}
