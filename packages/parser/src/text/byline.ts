/**
 * Bylines on a line of their own:
 *
 *   By Jane Doe and John Roe           Written by / Reporting by / Words by … as well
 *   By Jane Doe, John Roe and Ann Poe
 *   By JANE DOE, Reuters               a known agency goes to `agency`
 *   By Jane Doe, Staff Writer          a role is dropped
 *   Jane Doe | AP                      without "By", a known agency after a bar
 *   Par Marie Dupont et Luc Martin     French, Spanish (Por … y …), German (Von … und …),
 *                                      Italian (Di … e …), Dutch (Door … en …), Nordic (Av/Af … og/och …)
 *
 * Authors are names only: each is one to five words, capitalised apart from
 * name particles (`de`, `van`, `al` …), without digits.
 */
import type { Byline } from "@copydesk/schema";
import { isAgency, mayEndWithAgency } from "./agencies.js";
import { letterIndex, letterTrie, nextState } from "./letter-trie.js";
import { isWhitespace } from "./lines.js";

const BY =
  /^(?:(?:written|reported|reporting|words|story|text|photos and text) by|by|par|por|von|di|door|av|af)\s+/iu;
/** BY's first words. */
const BY_WORDS = letterTrie(
  "written reported reporting words story text photos by par por von di door av af".split(" "),
  false,
);
/** A letter of BY's words: an ASCII letter, or one of the two characters that match one under BY's `iu` flags. */
function byLetter(c: number): number {
  if (c === 0x017f) return letterIndex(0x73); // ſ
  if (c === 0x212a) return letterIndex(0x6b); // the Kelvin sign
  return letterIndex(c);
}
/** Whether `text` from `start` to `end` may match BY: its first word is one of BY's, then whitespace. */
function mayOpenWithBy(text: string, start: number, end: number): boolean {
  let state = 0;
  let i = start;
  for (; i < end; i++) {
    const letter = byLetter(text.charCodeAt(i));
    if (letter === -1) break;
    state = nextState(BY_WORDS, state, letter);
    if (state === 0) return false;
  }
  return BY_WORDS.isWord[state]! && i < end && isWhitespace(text.charCodeAt(i));
}
// Whitespace is collapsed to single spaces first, so these need no quantifiers (and cannot backtrack).
const SPACE_RUNS = /\s+/gu;
const NAME_SEPARATOR = /,| (?:and|&|und|et|y|e|en|og|och|i) /u;
const SPACE = " ";
const STARTS_UPPER = /^\p{Lu}/u;
const DIGIT = /\d/;
const ROLE =
  /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|journalist|photographer|bureau|desk|special to|senior|chief)\b/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
/** Outlets (not agencies) and credentials that follow names in bylines: neither is an author. */
const NOT_AUTHORS = new Set(
  [
    "ABC News",
    "Al Jazeera",
    "BBC",
    "BBC News",
    "Bloomberg News",
    "CBS News",
    "CNN",
    "CNN Business",
    "Fox News",
    "NBC News",
    "NPR",
    "BSc",
    "MSc",
    "PhD",
    "MD",
    "MPH",
    "Jr.",
    "Sr.",
  ].map((name) => name.toUpperCase()),
);
const LETTERS = /^\p{L}{2,5}\.?$/u;
const UPPER = /\p{Lu}/gu;

/** `MS`, `RD`, `APD`, `BSc`, `PhD`: up to five letters, two or more of them capitals. */
function isAbbreviation(part: string): boolean {
  return LETTERS.test(part) && (part.match(UPPER)?.length ?? 0) >= 2;
}
const PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "del",
  "della",
  "der",
  "den",
  "di",
  "du",
  "van",
  "von",
  "le",
  "la",
  "al",
  "el",
  "bin",
  "ibn",
  "ter",
  "zu",
]);

/** A byline is a short line; a longer one is prose that happens to start with "By". */
export const MAX_BYLINE_LENGTH = 120;
/** One to five words make a name; more is a phrase. */
const MAX_NAME_WORDS = 5;
/** Bylines end without sentence punctuation ("By then, it was over."). */
const TERMINAL_MARKS = new Uint8Array(0x80);
for (const mark of ".!?:;") TERMINAL_MARKS[mark.charCodeAt(0)] = 1;

function isName(candidate: string): boolean {
  const words = candidate.split(SPACE);
  if (words.length > MAX_NAME_WORDS || DIGIT.test(candidate)) return false;
  let capitalised = 0;
  for (const word of words) {
    if (NAME_WORD.test(word)) capitalised++;
    else if (!PARTICLES.has(word)) return false;
  }
  return capitalised > 0;
}

/** "… in Moscow" after the last name says where the writer was, not who: cut it. */
function withoutPlace(list: string): string {
  const at = list.lastIndexOf(" in ");
  if (at === -1 || list.indexOf(",", at) !== -1 || !STARTS_UPPER.test(list.slice(at + 4))) return list;
  return list.slice(0, at);
}

/** The authors and agency in a list of names ("Jane Doe, John Roe and Ann Poe, Reuters"), or undefined. */
function readNames(list: string): { authors: string[]; agency?: string } | undefined {
  const authors: string[] = [];
  let agency: string | undefined;
  const parts = withoutPlace(list).split(NAME_SEPARATOR);
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") return undefined;
    if (isAgency(part)) agency ??= part;
    else if (ROLE.test(part) || NOT_AUTHORS.has(part.toUpperCase())) continue;
    // After a name, a lone capitalised abbreviation is a credential or an outlet ("MS", "RD", "CNN").
    else if (authors.length > 0 && isAbbreviation(part)) continue;
    else if (isName(part)) authors.push(part);
    else return undefined;
  }
  if (authors.length === 0 && agency === undefined) return undefined;
  return agency === undefined ? { authors } : { authors, agency };
}

function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && isWhitespace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The byline `line` is, or undefined. Its `span` is relative to `line`. */
export function parseByline(line: string): Byline | undefined {
  return readByline(line, 0, line.length, line.includes("|"));
}

/**
 * parseByline for the line of `text` from `start` to `end`, for a caller that
 * knows whether it holds a `|` (the segmenter finds them once per text).
 */
export function readByline(text: string, start: number, end: number, hasBar: boolean): Byline | undefined {
  // The search for a byline asks this of most lines of a page: the test is small enough to be
  // inlined into the search's loop, and the reading is a call of its own.
  return mayBeByline(text, start, end, hasBar) ? bylineOf(text.slice(start, end)) : undefined;
}

/**
 * Whether the line can be a byline, by its length, last character and opening.
 * Most lines have neither "By" nor a bar. With a bar (menus: `Home | World`),
 * the text before it must open with BY or the text after it be an agency.
 */
function mayBeByline(text: string, start: number, end: number, hasBar: boolean): boolean {
  const length = end - start;
  if (length === 0 || length > MAX_BYLINE_LENGTH) return false;
  const last = text.charCodeAt(end - 1);
  if (last < 0x80 && TERMINAL_MARKS[last] === 1) return false;
  // Without a bar, bylineOf reads only what BY matches.
  const byOpening = mayOpenWithBy(text, start, end);
  if (!hasBar) return byOpening;
  return (
    byOpening ||
    isWhitespace(text.charCodeAt(start)) ||
    mayEndWithAgency(text, start, trimmedEnd(text, start, end))
  );
}

function bylineOf(line: string): Byline | undefined {
  const [first, ...rest] = line
    .replace(SPACE_RUNS, " ")
    .split("|")
    .map((part) => part.trim());
  const by = BY.exec(first!);
  let names: { authors: string[]; agency?: string } | undefined;
  if (by) {
    names = readNames(first!.slice(by[0].length));
    // "By Jane Doe | Updated 5 May": what follows a bar is an agency, a role or a date; only agencies count.
    const agency = rest.find((part) => isAgency(part.trim()));
    if (names && agency && names.agency === undefined) names.agency = agency.trim();
  } else {
    // Without "By", only "Names | AGENCY" is clearly a byline.
    const agency = rest.length === 1 ? rest[0]!.trim() : undefined;
    if (agency === undefined || !isAgency(agency)) return undefined;
    names = readNames(first!);
    if (names === undefined || names.authors.length === 0) return undefined;
    names.agency ??= agency;
  }
  if (names === undefined) return undefined;
  const byline: Byline = { authors: names.authors, text: line, span: { start: 0, end: line.length } };
  if (names.agency !== undefined) byline.agency = names.agency;
  return byline;
}
