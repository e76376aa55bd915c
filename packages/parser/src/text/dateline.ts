/**
 * Datelines: where (and when, and through which agency) a story was filed,
 * at the start of its first paragraph.
 *
 *   MOSCOW:                          place, colon
 *   ISLAMABAD - / MOSCOW —           place, dash
 *   WASHINGTON (Reuters) -           place, agency, dash
 *   LONDON, Sept 28 (Reuters) –      place, date, agency, dash
 *   GROSSETO, Italy (AP) --          place, region, agency, dash
 *   NEW DELHI, Jan 22 (PTI)          place, date, agency, no separator
 *   Paris (AFP) -                    a title-case place is accepted with an agency only
 *   BERLIN (dpa) -                   in parentheses, a known agency or an acronym (`CNN`)
 *   MADRID, 12 mar (EFE) -           day before a month written in lower case
 *
 * The place must be in capitals unless an agency follows, and a capitalised
 * label that is not a place (`BREAKING:`, `NATO:`, `UPDATE -`) is refused.
 */
import type { Dateline } from "@copydesk/schema";
import { isAgency } from "./agencies.js";

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
// Romance languages write the month in lower case after the day: `MADRID, 12 mar (EFE) -`.
const LOWERCASE_MONTH = String.raw`\p{Ll}{3,10}\.?`;
const DATE = String.raw`${MONTH} \d{1,2}(?:, \d{4})?|\d{1,2} (?:${MONTH}|${LOWERCASE_MONTH})(?: \d{4})?`;
// Every part is a bounded run of words separated by single spaces, anchored at the start: never
// exponential, and it only ever sees the first MAX_DATELINE_LENGTH characters of a line, so even
// its worst case (a place word and a dash separator both taking `-`) stays small.
const DATELINE = new RegExp(
  `^(?<place>${WORD}(?: ${WORD}){0,3})` +
    String.raw`(?:, (?<region>(?!${MONTH} \d)${WORD}(?: ${WORD}){0,2}))?` +
    `(?:, (?<date>${DATE}))?` +
    String.raw`(?: ?\((?<agency>\p{L}[\p{L}\-]*(?: [\p{L}\-]+){0,3})\))?` +
    String.raw`(?<sep> ?(?::|--|[–—]|-(?=\s|$)))?` +
    // Whitespace or the end follows, except after an en or em dash: `WASHINGTON—The Senate`.
    String.raw`(?=\s|$|(?<=[–—]))`,
  "u",
);

/**
 * Capitalised labels that open a line the way a place does but are not places:
 * story labels (`BREAKING:`) and organisations often named first in a sentence (`NATO:`).
 */
const NOT_PLACES = new Set([
  "ALERT",
  "ANALYSIS",
  "ASEAN",
  "AUDIO",
  "BREAKING",
  "BREAKING NEWS",
  "BRICS",
  "CDC",
  "CIA",
  "CLARIFICATION",
  "COMMENT",
  "CORRECTION",
  "DEAR ABBY",
  "DEVELOPING",
  "ECB",
  "EDITORIAL",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "EU",
  "EXCLUSIVE",
  "EXPLAINER",
  "FACT CHECK",
  "FACTBOX",
  "FBI",
  "FDA",
  "FIFA",
  "FLASH",
  "GOP",
  "IAEA",
  "IMF",
  "INSIGHT",
  "IOC",
  "LAST UPDATED",
  "LIVE",
  "NASA",
  "NATO",
  "NBA",
  "NFL",
  "NOTE",
  "OECD",
  "OPEC",
  "OPINION",
  "PHOTO",
  "PHOTOS",
  "POLL",
  "POSTED",
  "PUBLISHED",
  "QUIZ",
  "READ MORE",
  "RELATED",
  "REVIEW",
  "SEC",
  "SOURCE",
  "SOURCES",
  "SPONSORED",
  "UEFA",
  "UK",
  "UN",
  "UNESCO",
  "UNICEF",
  "UPDATE",
  "UPDATED",
  "URGENT",
  "US",
  "USA",
  "VIDEO",
  "WARNING",
  "WATCH",
  "WHO",
  "WTO",
]);

/** News organisations' acronyms in a dateline: `(CNN)`, `(KUNA)`. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A place of fewer letters than this is an abbreviation or a pronoun (`I -`), not a city. */
const MIN_PLACE_LENGTH = 3;
/** Datelines are short: only the head of a line is examined, so a 10 MB line costs nothing. */
const MAX_DATELINE_LENGTH = 120;

/** Per UTF-16 code unit: 0 not yet looked at; otherwise KNOWN, and CAPITAL and WORD_PART when they apply. */
const charClasses = new Uint8Array(0x10000);
const KNOWN = 1;
const CAPITAL = 2;
const WORD_PART = 4;
/** What a place word opens with, and what it goes on with: WORD's two classes. */
const CAPITAL_CHAR = /^\p{Lu}$/u;
const WORD_PART_CHAR = /^[\p{L}\p{M}'’.-]$/u;
function charClass(c: number): number {
  let k = charClasses[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (CAPITAL_CHAR.test(ch) ? CAPITAL : 0) | (WORD_PART_CHAR.test(ch) ? WORD_PART : 0);
    charClasses[c] = k;
  }
  return k;
}
/** Half of a character outside the BMP (a mathematical capital): left to the regex. */
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
const isCapital = (c: number) => c !== -1 && (charClass(c) & CAPITAL) !== 0;
/** `:` and the dashes: a separator opens with one. */
const opensSeparator = (c: number) => c === 0x3a || c === 0x2d || c === 0x2013 || c === 0x2014;
/** `(` opens an agency; half of a character outside the BMP is left to the regex. */
const opensAgency = (c: number) => c === 0x28 || isSurrogate(c);

/** Past the line's end, a code unit reads as -1, which no test in mayOpenDateline accepts. */
const codeAt = (text: string, i: number, end: number) => (i < end ? text.charCodeAt(i) : -1);

/**
 * Whether DATELINE can match the line of `text` from `start` to `end` with an
 * agency or a separator, read by hand in its first MAX_DATELINE_LENGTH
 * characters: capitalised words, then `,` and a capital or digit, `(`, or `:`
 * or a dash after a place parseDateline accepts without an agency (in
 * capitals, of MIN_PLACE_LENGTH or more). Most lines open with a capitalised
 * word and a lower-case one, and are answered here without the regex.
 */
function mayOpenDateline(text: string, start: number, end: number): boolean {
  const headEnd = Math.min(end, start + MAX_DATELINE_LENGTH);
  let i = start;
  // Whether the words read so far hold a lower-case ASCII letter: then they are no place without an agency.
  let lowercase = false;
  for (;;) {
    let c = codeAt(text, i, end);
    if (isSurrogate(c)) return true;
    if (!isCapital(c)) return false;
    for (i++; i < headEnd; i++) {
      c = text.charCodeAt(i);
      if (isSurrogate(c)) return true;
      if ((charClass(c) & WORD_PART) === 0) break;
      if (c >= 0x61 && c <= 0x7a) lowercase = true;
    }
    // A word that ends in a hyphen (`ABC-`) is left to the regex.
    if (text.charCodeAt(i - 1) === 0x2d) return true;
    if (i >= headEnd) return false;
    if (opensAgency(c)) return true;
    if (opensSeparator(c)) return !lowercase && i - start >= MIN_PLACE_LENGTH;
    const next = codeAt(text, i + 1, end);
    // `, ` then a region (a capital) or a date (a month's capital or a day's digit).
    if (c === 0x2c) {
      const after = codeAt(text, i + 2, end);
      return next === 0x20 && (isCapital(after) || (after >= 0x30 && after <= 0x39) || isSurrogate(after));
    }
    if (c !== 0x20) return false;
    if (opensAgency(next)) return true;
    if (opensSeparator(next)) return !lowercase && i - start >= MIN_PLACE_LENGTH;
    if (!isCapital(next)) return false;
    i++;
  }
}

/**
 * The dateline at the start of `line`, or undefined. Its `span` is relative to
 * `line` (`{ start: 0, end: text.length }`): add the line's offset.
 */
export function parseDateline(line: string): Dateline | undefined {
  return readDateline(line, 0, line.length);
}

/** parseDateline for the line of `text` from `start` to `end`. */
export function readDateline(text: string, start: number, end: number): Dateline | undefined {
  return mayOpenDateline(text, start, end) ? datelineOf(text.slice(start, end)) : undefined;
}

function datelineOf(line: string): Dateline | undefined {
  const head = line.length > MAX_DATELINE_LENGTH ? line.slice(0, MAX_DATELINE_LENGTH) : line;
  const match = DATELINE.exec(head);
  if (!match?.groups) return undefined;
  const { place, region, date, agency, sep } = match.groups as Record<string, string | undefined>;
  if (!place || (!agency && !sep)) return undefined;
  // In parentheses, a known agency (`Reuters`, `dpa`) or an acronym (`CNN`); not `SUBSCRIBE (Left)`.
  if (agency && !isAgency(agency) && !ACRONYM.test(agency)) return undefined;
  if (place.length < MIN_PLACE_LENGTH || NOT_PLACES.has(place.toUpperCase())) return undefined;
  // Without an agency, only a place in capitals is a dateline: `Moscow: talks` is prose.
  if (!agency && place !== place.toUpperCase()) return undefined;
  // A cut-off head ends mid-word; the match must end inside what was examined.
  if (head !== line && match[0].length === head.length) return undefined;

  const text = match[0];
  const dateline: Dateline = {
    place: region ? `${place}, ${region}` : place,
    text,
    span: { start: 0, end: text.length },
  };
  if (date) dateline.date = date;
  if (agency) dateline.agency = agency;
  return dateline;
}
