/**
 * Plain text → candidate blocks, in one pass over its lines:
 *
 * 1. Headline: the first non-blank line, when it reads as a title (headline.ts).
 * 2. Preamble: in the next few lines, a byline (a line of its own) and the
 *    dateline, which is split off the head of the first paragraph.
 * 3. Body: every remaining line is a candidate block, except that
 *    - agency credit lines go to `removed` (reason `agency-credit`) and set `byline.agency`;
 *    - a run of list-item lines becomes one `list` block;
 *    - a markdown `## heading` line becomes a `heading` block;
 *    - a hard-wrapped paragraph (lines that break mid-sentence, or, in a text
 *      wrapped at one width, lines that are full) becomes one paragraph.
 *
 * What is boilerplate is not decided here: `-`, "Share this" and lists of
 * other headlines are all kept as candidates for the boilerplate filter.
 */
import type {
  Byline,
  CandidateBlock,
  Dateline,
  DraftMetadata,
  Removal,
  Span,
  Warning,
} from "@copydesk/schema";
import { MAX_BYLINE_LENGTH, parseByline, readByline } from "./byline.js";
import { columns, isUnspacedWide, isWide, joinWrapped } from "./columns.js";
import { type Credit, mayBeCredit, mayEndWithCredit, parseCredit, trailingCredit } from "./credit.js";
import { parseDateline, readDateline } from "./dateline.js";
import { readHeadline } from "./headline.js";
import {
  blankLineBefore,
  isWhitespace,
  type Lines,
  opensMidSentence,
  splitLines,
  startsWord,
} from "./lines.js";
import { type ListItem, listItem, opensListItem } from "./list.js";

/** The byline and dateline sit in the first lines after the headline; later ones are quotes or prose. */
export const PREAMBLE_LINES = 4;
/** How far into a text a dateline or byline is looked for past the preamble: scraped pages open with up to a few hundred lines of menus. */
export const SEARCH_LINES = 1000;
/** Past the preamble, a dateline counts only when it opens a paragraph of at least this many characters. */
export const MIN_DATELINE_PARAGRAPH_LENGTH = 40;
/** A single bullet line is as likely a dash-led sentence as a list: a list needs two items. */
export const MIN_LIST_ITEMS = 2;
/**
 * Hard-wrapped text breaks lines at 60–80 columns; a line shorter than this that
 * breaks mid-sentence is more likely a menu item or a caption than a wrapped line.
 */
export const MIN_WRAPPED_LINE_LENGTH = 40;
/**
 * A text dump (lynx, w3m, an e-mail) is wrapped at one width: its lines of at
 * least `MIN_WRAPPED_LINE_LENGTH` characters, at least `WRAP_MIN_LINES` of
 * them, end within `WRAP_BAND` characters of the width (`WRAP_FULL_SHARE` of
 * them at least), and hardly any runs past it. A text saved one block per
 * line has lines of every length.
 */
export const WRAP_MIN_LINES = 8;
export const WRAP_BAND = 25;
export const WRAP_FULL_SHARE = 0.6;
/** Lines past the width a wrapped text may still hold (a long address, a table), as a share of its long lines. */
export const WRAP_OVER_SHARE = 0.03;
/** Text dumps are wrapped at 60 to 132 columns; a text whose long lines run past this is not one. */
export const MAX_WRAP_WIDTH = 160;
/**
 * A scraper that saves a page one text node to a line cuts a sentence at
 * each link: "…while South Korea's" / "Kospi Index" / "(" / "KOSPI" / ")" /
 * "fell 0.5%". Up to this many short lines (a link's text, at most
 * `LINK_TEXT_MAX_CHARS` long and ending no sentence), with lines of brackets
 * or punctuation among them, join an unfinished line to a line that opens
 * mid-sentence (in lower case, or with a comma or closing bracket).
 */
export const MAX_LINK_LINES = 2;
export const LINK_TEXT_MAX_CHARS = 40;
export const LINK_TEXT_MAX_WORDS = 5;
export const MIN_RESUMED_WORDS = 3;

// What ends a sentence: `.`, `!`, `?`, `…`, possibly inside closing quotes or brackets (`\p{Pf}`, `\p{Pe}`,
// `"`, `'`, `’`). Read backwards from the end of a line through a table per code unit (no closer lies
// outside the BMP), not by a `$`-anchored regex, which tries every position of the line.
const SENTENCE_MARK = 1;
const CLOSER = 2;
/** A dash, bar or colon at the end: a title in a list, or a lead-in to what follows. */
const BREAK_MARK = 4;
/** 0: not yet looked at; otherwise KNOWN plus the SENTENCE_MARK, CLOSER and BREAK_MARK bits. */
const endClasses = new Uint8Array(0x10000);
const KNOWN = 8;
const CLOSER_CHAR = /[\p{Pf}\p{Pe}"'’]/u;
const BREAK_MARKS = "-–—|:";
function endClass(c: number): number {
  let k = endClasses[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k =
      KNOWN |
      (".!?…。！？".includes(ch) ? SENTENCE_MARK : 0) |
      (CLOSER_CHAR.test(ch) ? CLOSER : 0) |
      (BREAK_MARKS.includes(ch) ? BREAK_MARK : 0);
    endClasses[c] = k;
  }
  return k;
}
/** Read where `lastIndex` points: the opening of a line in the text. */
const LOWERCASE_AT = /[\p{Ll}]/uy;
/** Words a sentence does not end on: a line ending on one was wrapped mid-sentence. */
const CONTINUATION_WORDS = new Set(
  "a an the and or but nor of to in on at by for from with into onto over under about after before than that which who whose as is are was were be been has have had will would could should may might not its their his her our your this these those said says".split(
    " ",
  ),
);
const MARKDOWN_HEADING = /^(#{1,6})\s+(?=\S)/u;

export interface SegmentResult {
  metadata: DraftMetadata;
  blocks: CandidateBlock[];
  removed: Removal[];
  warnings: Warning[];
}

/** Whether the line of `text` from `start` to `end` ends a sentence. */
function endsSentence(text: string, start: number, end: number): boolean {
  let k = 0;
  for (let i = end - 1; i >= start; i--) {
    k = endClass(text.charCodeAt(i));
    if ((k & CLOSER) === 0) break;
  }
  return (k & (SENTENCE_MARK | CLOSER)) === SENTENCE_MARK;
}

/**
 * Whether the line of `text` from `start` to `end` ends on one of
 * CONTINUATION_WORDS, after whitespace or at its start. The words are ASCII:
 * a lower-case run that reaches past ASCII is none of them.
 */
function endsOnContinuationWord(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    if (c < 0x61 || c > 0x7a) break;
    i--;
  }
  // A line that is one capitalised word ("A", "The") opens a sentence: "A" / "muddled view" / "of …".
  const first = text.charCodeAt(start);
  if (i === start + 1 && first >= 0x41 && first <= 0x5a) {
    return CONTINUATION_WORDS.has(String.fromCharCode(first | 0x20) + text.slice(i, end));
  }
  if (i === end || (i > start && !isWhitespace(text.charCodeAt(i - 1)))) return false;
  return CONTINUATION_WORDS.has(text.slice(i, end));
}

/** Whether the line at `start` opens in lower case. ASCII is answered by hand; the regex reads the rest. */
function startsLowercase(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  LOWERCASE_AT.lastIndex = start;
  return LOWERCASE_AT.test(text);
}

/**
 * Whether line `k + 1` continues the sentence line `k` broke off (a hard wrap).
 * The tests on the two lines' ends and openings come first, as they answer
 * most pairs; what the next line is as a whole (a list item, a heading, a
 * credit) last, and only it is sliced, when its opening or end allows one.
 */
function continuesLine(s: Segmentation, k: number): boolean {
  const { text, lines } = s;
  const start = lines.start[k]!;
  const end = lines.end[k]!;
  if (s.wrapWidth > 0 && wrappedOn(s, k)) return !opensBlockOfItsOwn(s, k + 1);
  if (k < s.linkRunEnd) return true;
  if (opensMidSentence(text, lines.start[k + 1]!, lines.end[k + 1]!) && !endsSentence(text, start, end))
    return true;
  // Most texts bear no trace of links' cuts (see `Lines.cutAtLinks`): a short line then joins nothing.
  const short = end - start < MIN_WRAPPED_LINE_LENGTH;
  if (short && !lines.cutAtLinks) return false;
  if (endsSentence(text, start, end) || (endClass(text.charCodeAt(end - 1)) & BREAK_MARK) !== 0) return false;
  const runEnd = lines.cutAtLinks ? linkRunEnd(s, k) : -1;
  if (runEnd > 0) {
    s.linkRunEnd = runEnd;
    return true;
  }
  if (short) return false;
  const nextStart = lines.start[k + 1]!;
  if (
    !startsLowercase(text, nextStart) &&
    !(
      startsWord(text, nextStart) &&
      (text.charCodeAt(end - 1) === 0x2c || endsOnContinuationWord(text, start, end))
    )
  )
    return false;
  return !opensBlockOfItsOwn(s, k + 1);
}

/**
 * The line that goes on with the sentence unfinished at line `k` after the
 * text of up to `MAX_LINK_LINES` links (see there), or -1 where the lines
 * after it are not so. A link's text opens with a capital, a digit or a
 * letter of a script without case (a lower-case one only after "the", "of" …:
 * a list of lower-case items is no sentence), has at most `LINK_TEXT_MAX_WORDS`
 * words; the line it leads to has `MIN_RESUMED_WORDS` words or ends a sentence.
 */
function linkRunEnd(s: Segmentation, k: number): number {
  const { text, lines } = s;
  if (!holdsWord(text, lines.start[k]!, lines.end[k]!) || endsBreadcrumb(text, lines.end[k]!)) return -1;
  const lowerLinks = endsOnContinuationWord(text, lines.start[k]!, lines.end[k]!);
  let links = 0;
  for (let j = k + 1; j < lines.count && j <= k + 2 * MAX_LINK_LINES + 1; j++) {
    if (taken(s, j) || j === s.datelineLine || blankLineBefore(text, lines, j)) return -1;
    const start = lines.start[j]!;
    const end = lines.end[j]!;
    // Punctuation alone glues on; a full stop after a link ends the sentence there ("click" / "here" / ".").
    if (!holdsWord(text, start, end)) {
      if (end - start === 1 && endsSentence(text, start, end)) return links > 0 ? j : -1;
      continue;
    }
    const lower = startsLowercase(text, start);
    if (links > 0 && (lower || opensMidSentence(text, start, end))) {
      const resumes =
        spacedWords(text, start, end, MIN_RESUMED_WORDS) >= MIN_RESUMED_WORDS ||
        endsSentence(text, start, end);
      const byline = end - start <= MAX_BYLINE_LENGTH && parseByline(text.slice(start, end)) !== undefined;
      return resumes && !byline && !opensBlockOfItsOwn(s, j) ? j : -1;
    }
    if (++links > MAX_LINK_LINES || end - start > LINK_TEXT_MAX_CHARS || (lower && !lowerLinks)) return -1;
    if (spacedWords(text, start, end, LINK_TEXT_MAX_WORDS + 1) > LINK_TEXT_MAX_WORDS) return -1;
    if (endsSentence(text, start, end) || endsBreadcrumb(text, end) || opensBlockOfItsOwn(s, j)) return -1;
  }
  return -1;
}

/** Whether the line ending at `end` ends as a breadcrumb's step does ("Home >", "Blog »"): no sentence goes on from it. */
function endsBreadcrumb(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === 0x3e || c === 0xbb;
}

/** The words of the line from `start` to `end`, as its spaces part them, counted up to `limit`. */
function spacedWords(text: string, start: number, end: number, limit: number): number {
  let n = 1;
  for (let i = start + 1; i < end && n < limit; i++)
    if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i - 1) !== 0x20) n++;
  return n;
}

/** Whether the line from `start` to `end` holds a letter or digit (ASCII by hand; any other code unit counts). */
function holdsWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const letter = c | 0x20;
    if (c >= 0x80 || (letter >= 0x61 && letter <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

/** Whether line `k` is a block of its own whatever came before it: a list item, a heading, a credit. */
function opensBlockOfItsOwn(s: Segmentation, k: number): boolean {
  const { text, lines } = s;
  const start = lines.start[k]!;
  const end = lines.end[k]!;
  const first = text.charCodeAt(start);
  if (!opensListItem(first) && first !== 0x23 && !mayBeCredit(text, start, end)) return false;
  const line = text.slice(start, end);
  return listItem(line) !== undefined || MARKDOWN_HEADING.test(line) || parseCredit(line) !== undefined;
}

/**
 * In a text wrapped at a known width, whether line `k` is full (the next
 * line's first word did not fit on it) and the next line goes on with it:
 * after a sentence's end, only a line that is full itself or ends a sentence
 * does (a paragraph's last line), not a label ("Share this").
 */
function wrappedOn(s: Segmentation, k: number): boolean {
  const { text, lines } = s;
  const start = lines.start[k]!;
  const end = lines.end[k]!;
  const nextStart = lines.start[k + 1]!;
  const nextEnd = lines.end[k + 1]!;
  if (!isFull(s, start, end, nextStart, nextEnd)) return false;
  if (!endsSentence(text, start, end)) return true;
  const nextFull =
    k + 2 < lines.count && isFull(s, nextStart, nextEnd, lines.start[k + 2]!, lines.end[k + 2]!);
  return nextFull || endsSentence(text, nextStart, nextEnd);
}

/**
 * Whether the line from `start` to `end` is full at the wrap width: the first
 * word of the line after it (`nextStart` to `nextEnd`) would not have fitted
 * on it. In Chinese and Japanese a wrapper may break before any character:
 * the first "word" is one character, with no space before it.
 */
function isFull(s: Segmentation, start: number, end: number, nextStart: number, nextEnd: number): boolean {
  const { text } = s;
  const measure = s.wrapColumns ? columns : units;
  let wordEnd = nextStart + 1;
  if (!isUnspacedWide(text.charCodeAt(nextStart))) {
    while (wordEnd < nextEnd && !isWhitespace(text.charCodeAt(wordEnd))) wordEnd++;
    wordEnd++;
  }
  return measure(text, start, end) + measure(text, nextStart, wordEnd) > s.wrapWidth;
}

/** The code units from `start` to `end`: the width a script that wraps by characters measures. */
const units = (_text: string, start: number, end: number) => end - start;

/**
 * The width `lines` were hard-wrapped at, and whether in columns (see
 * `columns.ts`), or width 0 when they were not (see `WRAP_BAND`). Widths in
 * columns are tried only for a text of Chinese, Japanese or Korean lines;
 * where both measures find a width, the one that more lines reach wins: a
 * wrapper fills its lines to within a character or two of its own width.
 */
function wrapWidth(text: string, lines: Lines): { width: number; columns: boolean } {
  const byUnits = mayBeWrapped(lines) ? wrapWidthIn(text, lines, units) : NO_WIDTH;
  if (!hasWideLines(text, lines)) return { width: byUnits.width, columns: false };
  const byColumns = wrapWidthIn(text, lines, columns);
  const inColumns = byColumns.width > 0 && (byUnits.width === 0 || byColumns.reached > byUnits.reached);
  return inColumns ? { width: byColumns.width, columns: true } : { width: byUnits.width, columns: false };
}

/**
 * Whether the lines, measured in code units, may have been wrapped: enough
 * long lines, and hardly any past `MAX_WRAP_WIDTH`. Most texts are saved one
 * block per line, and their paragraphs run past any wrap width: this one
 * pass over the line offsets settles them.
 */
function mayBeWrapped(lines: Lines): boolean {
  let long = 0;
  let past = 0;
  for (let k = 0; k < lines.count; k++) {
    const length = lines.end[k]! - lines.start[k]!;
    if (length < MIN_WRAPPED_LINE_LENGTH) continue;
    long++;
    if (length > MAX_WRAP_WIDTH) past++;
  }
  return long >= WRAP_MIN_LINES && past <= WRAP_OVER_SHARE * long;
}

/** Whether `WRAP_MIN_LINES` lines at least open with a wide character. */
function hasWideLines(text: string, lines: Lines): boolean {
  let wide = 0;
  for (let k = 0; k < lines.count; k++) {
    // Most lines open in ASCII or Latin: one comparison settles them.
    const c = text.charCodeAt(lines.start[k]!);
    if (c >= 0x1100 && isWide(c) && ++wide >= WRAP_MIN_LINES) return true;
  }
  return false;
}

/** A line within this many units or columns of the wrap width reaches it. */
export const WRAP_REACH = 2;

/**
 * `wrapWidth` with lines measured by `measure`: the width (0 for none), and
 * the share of the long lines that reach it (see `WRAP_REACH`).
 */
function wrapWidthIn(
  text: string,
  lines: Lines,
  measure: (text: string, start: number, end: number) => number,
): { width: number; reached: number } {
  const all = new Int32Array(lines.count);
  let long = 0;
  let past = 0;
  for (let k = 0; k < lines.count; k++) {
    const length = measure(text, lines.start[k]!, lines.end[k]!);
    all[k] = length;
    if (length < MIN_WRAPPED_LINE_LENGTH) continue;
    long++;
    if (length > MAX_WRAP_WIDTH) past++;
  }
  if (long < WRAP_MIN_LINES || past > WRAP_OVER_SHARE * long) return NO_WIDTH;
  // A typed array sorts as numbers, natively.
  const lengths = new Int32Array(long);
  for (let k = 0, i = 0; k < lines.count; k++) if (all[k]! >= MIN_WRAPPED_LINE_LENGTH) lengths[i++] = all[k]!;
  lengths.sort();
  const width = lengths[Math.floor((long - 1) * (1 - WRAP_OVER_SHARE))]!;
  let full = 0;
  let reached = 0;
  for (const length of lengths) {
    if (length > width - WRAP_BAND && length <= width) full++;
    if (length >= width - WRAP_REACH && length <= width) reached++;
  }
  return full >= WRAP_FULL_SHARE * long ? { width, reached: reached / long } : NO_WIDTH;
}
const NO_WIDTH = { width: 0, reached: 0 };

/**
 * `text` in a string of its own. A slice of the page is a view into it, and
 * every character read through a view costs an indirection: the filter reads
 * each block several times, and on views the plain-text pipeline runs about
 * a sixth slower. The runtime makes views only of 13 characters or more;
 * joining two parts makes it write a new string.
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join("");
}

function candidate(block: CandidateBlock["block"], text: string, span: Span, index: number, lines: number) {
  return { block, text, span, features: { index, linkDensity: 0, textDensity: text.length / lines } };
}

/**
 * What the steps below share while they read one text. Each step is a
 * function of its own: small functions keep the loops' helpers inlined.
 */
interface Segmentation {
  text: string;
  lines: Lines;
  metadata: DraftMetadata;
  blocks: CandidateBlock[];
  removed: Removal[];
  /** The first line after the headline. */
  first: number;
  /** The lines wholly taken by the byline and by the dateline (at most one each); -1 for none. */
  bylineLine: number;
  datelineOnlyLine: number;
  /** The line the dateline opens, and the offset where the rest of that line starts. */
  datelineLine: number;
  datelineEnd: number;
  /** The width the text was hard-wrapped at, or 0 (see `wrapWidth`). */
  wrapWidth: number;
  /** Whether that width is in terminal columns rather than characters. */
  wrapColumns: boolean;
  /** The last line of a sentence cut at its links (see `linkRunEnd`) being read, or -1. */
  linkRunEnd: number;
}

/** `lines`: the text's lines, when the caller has split it already. */
export function segmentText(text: string, lines: Lines = splitLines(text)): SegmentResult {
  const s: Segmentation = {
    text,
    lines,
    metadata: {},
    blocks: [],
    removed: [],
    first: 0,
    bylineLine: -1,
    datelineOnlyLine: -1,
    datelineLine: -1,
    datelineEnd: 0,
    wrapWidth: 0,
    wrapColumns: false,
    linkRunEnd: -1,
  };
  ({ width: s.wrapWidth, columns: s.wrapColumns } = wrapWidth(text, lines));
  const warnings: Warning[] = [];
  // 1. Headline.
  if (!readHeadlineLine(s)) {
    warnings.push({
      code: "no-headline",
      message: "The first line reads as prose or furniture, not as a title.",
    });
  }
  // 2. Preamble: byline and dateline; on scraped pages, further down.
  readPreamble(s);
  if (s.metadata.dateline === undefined) searchDateline(s);
  if (s.metadata.byline === undefined) searchByline(s);
  // 3. Body.
  for (let k = s.first; k < s.lines.count; ) k = taken(s, k) ? k + 1 : readBlock(s, k);
  return { metadata: s.metadata, blocks: s.blocks, removed: s.removed, warnings };
}

/** Whether line `k` is wholly the byline or the dateline, and so no block. */
function taken(s: Segmentation, k: number): boolean {
  return k === s.bylineLine || k === s.datelineOnlyLine;
}

function takeByline(s: Segmentation, k: number, byline: Byline): void {
  s.metadata.byline = { ...byline, span: { start: s.lines.start[k]!, end: s.lines.end[k]! } };
  s.bylineLine = k;
}

function takeDateline(s: Segmentation, k: number, dateline: Dateline): void {
  const start = s.lines.start[k]!;
  const end = s.lines.end[k]!;
  s.metadata.dateline = { ...dateline, span: { start, end: start + dateline.text.length } };
  s.datelineLine = k;
  let rest = start + dateline.text.length;
  while (rest < end && isWhitespace(s.text.charCodeAt(rest))) rest++;
  s.datelineEnd = rest;
  if (rest >= end) s.datelineOnlyLine = k;
}

/** Line `k`'s text. */
function textOfLine(s: Segmentation, k: number): string {
  return s.text.slice(s.lines.start[k]!, s.lines.end[k]!);
}

/** The first line as the headline, when it reads as one. */
function readHeadlineLine(s: Segmentation): boolean {
  const headline = s.lines.count === 0 ? undefined : readHeadline(textOfLine(s, 0));
  if (headline === undefined) return false;
  s.metadata.headline = { text: headline, span: { start: s.lines.start[0]!, end: s.lines.end[0]! } };
  s.first = 1;
  return true;
}

/** In the first lines after the headline: a byline of its own, and the dateline opening the first paragraph. */
function readPreamble(s: Segmentation): void {
  const { lines, metadata, first } = s;
  for (let k = first; k < Math.min(lines.count, first + PREAMBLE_LINES); k++) {
    const line = textOfLine(s, k);
    if (metadata.byline === undefined) {
      const byline = parseByline(line);
      if (byline !== undefined) {
        takeByline(s, k, byline);
        continue;
      }
    }
    const dateline = parseDateline(line);
    if (dateline !== undefined) {
      takeDateline(s, k, dateline);
      return;
    }
    // The dateline opens the first paragraph: past a line of prose, there is none.
    if (endsSentence(s.text, lines.start[k]!, lines.end[k]!)) return;
  }
}

/** Scraped pages put the story after menus: further down, a dateline that opens a paragraph. */
function searchDateline(s: Segmentation): void {
  const { lines, text } = s;
  const searchEnd = Math.min(lines.count, SEARCH_LINES);
  for (let k = s.first; k < searchEnd; k++) {
    const start = lines.start[k]!;
    const end = lines.end[k]!;
    if (taken(s, k) || end - start < MIN_DATELINE_PARAGRAPH_LENGTH || !endsSentence(text, start, end))
      continue;
    const dateline = readDateline(text, start, end);
    // Deep in a page, `LABEL:` is more often a label than a place: only dashes and agencies count there.
    if (
      dateline !== undefined &&
      !dateline.text.endsWith(":") &&
      end - start - dateline.text.length >= MIN_DATELINE_PARAGRAPH_LENGTH
    ) {
      takeDateline(s, k, dateline);
      return;
    }
  }
}

/** A byline before the dateline (or in the first SEARCH_LINES lines when there is none). */
function searchByline(s: Segmentation): void {
  const { lines, text } = s;
  const searchEnd = s.datelineLine === -1 ? Math.min(lines.count, SEARCH_LINES) : s.datelineLine;
  // Where the next `|` is, found once for the whole text rather than once per line.
  let bar = text.indexOf("|");
  for (let k = s.first; k < searchEnd; k++) {
    if (bar !== -1 && bar < lines.start[k]!) bar = text.indexOf("|", lines.start[k]!);
    const hasBar = bar !== -1 && bar < lines.end[k]!;
    const byline = taken(s, k) ? undefined : readByline(text, lines.start[k]!, lines.end[k]!, hasBar);
    if (byline !== undefined) {
      takeByline(s, k, byline);
      return;
    }
  }
}

function setAgency(s: Segmentation, credit: Credit, written: string): void {
  if (s.metadata.byline === undefined)
    s.metadata.byline = { authors: [], text: written, agency: credit.agency };
  else s.metadata.byline.agency ??= credit.agency;
}

function removeCredit(s: Segmentation, written: string, start: number, end: number): void {
  s.removed.push({ text: written, reason: "agency-credit", span: { start, end } });
}

/** Reads the block (or credit line) that opens at line `k`; returns the line after it. */
function readBlock(s: Segmentation, k: number): number {
  const { lines, text } = s;
  const lineEnd = lines.end[k]!;
  const start = k === s.datelineLine ? s.datelineEnd : lines.start[k]!;
  const lineText = text.slice(start, lineEnd);

  // Credit lines. A bare agency name ("APP") only where it closes a paragraph or the text.
  // Most lines end on no agency's name: asked once, for the credit line and the trailing credit.
  const endsLikeCredit = mayEndWithCredit(text, start, lineEnd);
  const credit = endsLikeCredit ? parseCredit(lineText) : undefined;
  if (
    credit !== undefined &&
    (!credit.bare ||
      k === lines.count - 1 ||
      (k > 0 && endsSentence(text, lines.start[k - 1]!, lines.end[k - 1]!)))
  ) {
    removeCredit(s, lineText, start, lineEnd);
    setAgency(s, credit, lineText);
    return k + 1;
  }

  const first = text.charCodeAt(start);
  const item = opensListItem(first) ? listItem(lineText) : undefined;
  if (item !== undefined) {
    const next = readList(s, k, start, item);
    if (next !== -1) return next;
  }

  const heading = first === 0x23 ? MARKDOWN_HEADING.exec(lineText) : null;
  if (heading) {
    const headingText = ownCopy(lineText.slice(heading[0].length));
    const span = { start, end: lineEnd };
    const block = { type: "heading" as const, level: heading[1]!.length, text: headingText, span };
    s.blocks.push(candidate(block, headingText, span, s.blocks.length, 1));
    return k + 1;
  }

  return readParagraph(s, k, start, lineText, endsLikeCredit);
}

/** A run of list items from line `k`: the line after it, or -1 when the run is too short to be a list. */
function readList(s: Segmentation, k: number, start: number, item: ListItem): number {
  const { lines, text } = s;
  const items = [ownCopy(item.text)];
  let j = k + 1;
  while (j < lines.count && !taken(s, j)) {
    const next = opensListItem(text.charCodeAt(lines.start[j]!)) ? listItem(textOfLine(s, j)) : undefined;
    if (next === undefined || next.ordered !== item.ordered) break;
    items.push(ownCopy(next.text));
    j++;
  }
  if (items.length < MIN_LIST_ITEMS) return -1;
  const span = { start, end: lines.end[j - 1]! };
  const block = { type: "list" as const, ordered: item.ordered, items, span };
  s.blocks.push(candidate(block, items.join("\n"), span, s.blocks.length, j - k));
  return j;
}

/** A paragraph: line `k` and the lines that continue its sentences. Returns the line after it. */
function readParagraph(
  s: Segmentation,
  k: number,
  start: number,
  lineText: string,
  endsLikeCredit: boolean,
): number {
  const { lines, text } = s;
  // Most paragraphs are one line: the list of lines is only made for a wrapped one.
  let parts: string[] | undefined;
  let lastText = lineText;
  let last = k;
  // The dateline's line opens a paragraph of its own.
  while (last + 1 < lines.count && !taken(s, last + 1) && last + 1 !== s.datelineLine) {
    if (blankLineBefore(text, lines, last + 1) || !continuesLine(s, last)) break;
    last++;
    lastText = textOfLine(s, last);
    parts ??= [lineText];
    parts.push(lastText);
  }
  let end = lines.end[last]!;
  const tail = (last === k ? endsLikeCredit : mayEndWithCredit(text, lines.start[last]!, end))
    ? trailingCredit(lastText)
    : undefined;
  if (tail !== undefined) {
    // "… he said. — AFP": the credit goes to `removed`, the sentence stays.
    const lastStart = last === k ? start : lines.start[last]!;
    const creditStart = lastStart + tail.offset;
    removeCredit(s, text.slice(creditStart, end), creditStart, end);
    setAgency(s, tail.credit, text.slice(creditStart, end));
    end = creditStart;
    while (end > lastStart && isWhitespace(text.charCodeAt(end - 1))) end--;
    lastText = text.slice(lastStart, end);
    if (parts !== undefined) parts[parts.length - 1] = lastText;
  }
  const paragraph = parts === undefined ? ownCopy(lastText) : joinWrapped(parts);
  const span = { start, end };
  const block = { type: "paragraph" as const, text: paragraph, span };
  s.blocks.push(candidate(block, paragraph, span, s.blocks.length, last - k + 1));
  return last + 1;
}
