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
 *    - a hard-wrapped paragraph (lines that break mid-sentence) becomes one paragraph.
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
import { parseByline, readByline } from "./byline.js";
import { type Credit, mayEndWithCredit, parseCredit, trailingCredit } from "./credit.js";
import { parseDateline } from "./dateline.js";
import { readHeadline } from "./headline.js";
import { isWhitespace, splitLines } from "./lines.js";
import { listItem } from "./list.js";

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
      (".!?…".includes(ch) ? SENTENCE_MARK : 0) |
      (CLOSER_CHAR.test(ch) ? CLOSER : 0) |
      (BREAK_MARKS.includes(ch) ? BREAK_MARK : 0);
    endClasses[c] = k;
  }
  return k;
}
const STARTS_LOWERCASE = /^[\p{Ll}]/u;
const STARTS_WORD = /^[\p{L}\p{N}"'‘“(]/u;
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

function endsSentence(text: string): boolean {
  let k = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    k = endClass(text.charCodeAt(i));
    if ((k & CLOSER) === 0) break;
  }
  return (k & (SENTENCE_MARK | CLOSER)) === SENTENCE_MARK;
}

/**
 * Whether the line ends on one of CONTINUATION_WORDS, after whitespace or at
 * its start. The words are ASCII: a lower-case run that reaches past ASCII is
 * none of them.
 */
function endsOnContinuationWord(line: string): boolean {
  const end = line.length;
  let i = end;
  while (i > 0) {
    const c = line.charCodeAt(i - 1);
    if (c < 0x61 || c > 0x7a) break;
    i--;
  }
  if (i === end || (i > 0 && !isWhitespace(line.charCodeAt(i - 1)))) return false;
  return CONTINUATION_WORDS.has(line.slice(i));
}

/** Whether `line` opens in lower case. ASCII is answered by hand; the regex reads the rest. */
function startsLowercase(line: string): boolean {
  const c = line.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : STARTS_LOWERCASE.test(line);
}

/** Whether `line` opens with a letter, digit, quote or bracket: ASCII by hand, the rest by the regex. */
function startsWord(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c >= 0x80) return STARTS_WORD.test(line);
  const letter = c | 0x20;
  return (
    (letter >= 0x61 && letter <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x22 || c === 0x27 || c === 0x28
  );
}

function isMarkdownHeading(line: string): boolean {
  return line.charCodeAt(0) === 0x23 && MARKDOWN_HEADING.test(line);
}

/**
 * Whether `next` continues the sentence `previous` broke off (a hard wrap).
 * The tests on the two lines' ends and openings come first, as they answer
 * most pairs; what `next` is as a whole (a list item, a heading, a credit) last.
 */
function continuesLine(previous: string, next: string): boolean {
  if (previous.length < MIN_WRAPPED_LINE_LENGTH) return false;
  if (endsSentence(previous) || (endClass(previous.charCodeAt(previous.length - 1)) & BREAK_MARK) !== 0)
    return false;
  if (
    !startsLowercase(next) &&
    !(startsWord(next) && (previous.endsWith(",") || endsOnContinuationWord(previous)))
  )
    return false;
  return !(listItem(next) || isMarkdownHeading(next) || parseCredit(next));
}

function candidate(block: CandidateBlock["block"], text: string, span: Span, index: number, lines: number) {
  return { block, text, span, features: { index, linkDensity: 0, textDensity: text.length / lines } };
}

export function segmentText(text: string): SegmentResult {
  const lines = splitLines(text);
  const metadata: DraftMetadata = {};
  const blocks: CandidateBlock[] = [];
  const removed: Removal[] = [];
  const warnings: Warning[] = [];

  // 1. Headline.
  let first = 0;
  const headline = lines.count === 0 ? undefined : readHeadline(lines.text[0]!);
  if (headline !== undefined) {
    metadata.headline = { text: headline, span: { start: lines.start[0]!, end: lines.end[0]! } };
    first = 1;
  } else {
    warnings.push({
      code: "no-headline",
      message: "The first line reads as prose or furniture, not as a title.",
    });
  }

  // 2. Preamble: byline and dateline. Lines wholly taken by them (at most one each) are skipped below.
  let bylineLine = -1;
  let datelineOnlyLine = -1;
  const taken = (k: number) => k === bylineLine || k === datelineOnlyLine;
  let datelineLine = -1;
  let datelineEnd = 0;
  const takeByline = (k: number, byline: Byline) => {
    metadata.byline = { ...byline, span: { start: lines.start[k]!, end: lines.end[k]! } };
    bylineLine = k;
  };
  const takeDateline = (k: number, dateline: Dateline) => {
    const start = lines.start[k]!;
    const end = lines.end[k]!;
    metadata.dateline = { ...dateline, span: { start, end: start + dateline.text.length } };
    datelineLine = k;
    datelineEnd = start + dateline.text.length;
    while (datelineEnd < end && isWhitespace(text.charCodeAt(datelineEnd))) datelineEnd++;
    if (datelineEnd >= end) datelineOnlyLine = k;
  };
  for (let k = first; k < Math.min(lines.count, first + PREAMBLE_LINES); k++) {
    const line = lines.text[k]!;
    if (metadata.byline === undefined) {
      const byline = parseByline(line);
      if (byline !== undefined) {
        takeByline(k, byline);
        continue;
      }
    }
    const dateline = parseDateline(line);
    if (dateline !== undefined) {
      takeDateline(k, dateline);
      break;
    }
    // The dateline opens the first paragraph: past a line of prose, there is none.
    if (endsSentence(line)) break;
  }

  // Scraped pages put the story after menus: look further for a dateline that opens a
  // paragraph, and for a byline before it.
  const searchEnd = Math.min(lines.count, SEARCH_LINES);
  if (metadata.dateline === undefined) {
    for (let k = first; k < searchEnd; k++) {
      const line = lines.text[k]!;
      if (taken(k) || line.length < MIN_DATELINE_PARAGRAPH_LENGTH || !endsSentence(line)) continue;
      const dateline = parseDateline(line);
      // Deep in a page, `LABEL:` is more often a label than a place: only dashes and agencies count there.
      if (
        dateline !== undefined &&
        !dateline.text.endsWith(":") &&
        line.length - dateline.text.length >= MIN_DATELINE_PARAGRAPH_LENGTH
      ) {
        takeDateline(k, dateline);
        break;
      }
    }
  }
  if (metadata.byline === undefined) {
    // Where the next `|` is, found once for the whole text rather than once per line.
    let bar = text.indexOf("|");
    for (let k = first; k < (datelineLine === -1 ? searchEnd : datelineLine); k++) {
      if (bar !== -1 && bar < lines.start[k]!) bar = text.indexOf("|", lines.start[k]!);
      const hasBar = bar !== -1 && bar < lines.end[k]!;
      const byline = taken(k) ? undefined : readByline(lines.text[k]!, hasBar);
      if (byline !== undefined) {
        takeByline(k, byline);
        break;
      }
    }
  }

  const setAgency = (credit: Credit, written: string) => {
    if (metadata.byline === undefined)
      metadata.byline = { authors: [], text: written, agency: credit.agency };
    else metadata.byline.agency ??= credit.agency;
  };
  const remove = (written: string, start: number, end: number) => {
    removed.push({ text: written, reason: "agency-credit", span: { start, end } });
  };

  // 3. Body.
  let k = first;
  while (k < lines.count) {
    if (taken(k)) {
      k++;
      continue;
    }
    const lineEnd = lines.end[k]!;
    const start = k === datelineLine ? datelineEnd : lines.start[k]!;
    const lineText = k === datelineLine ? text.slice(start, lineEnd) : lines.text[k]!;

    // Credit lines. A bare agency name ("APP") only where it closes a paragraph or the text.
    // Most lines end on no agency's name: asked once, for the credit line and the trailing credit.
    const endsLikeCredit = mayEndWithCredit(lineText);
    const credit = endsLikeCredit ? parseCredit(lineText) : undefined;
    if (
      credit !== undefined &&
      (!credit.bare || k === lines.count - 1 || endsSentence(lines.text[k - 1] ?? ""))
    ) {
      remove(lineText, start, lineEnd);
      setAgency(credit, lineText);
      k++;
      continue;
    }

    // A run of list items.
    const item = listItem(lineText);
    if (item !== undefined) {
      const items = [item.text];
      let j = k + 1;
      while (j < lines.count && !taken(j)) {
        const next = listItem(lines.text[j]!);
        if (next === undefined || next.ordered !== item.ordered) break;
        items.push(next.text);
        j++;
      }
      if (items.length >= MIN_LIST_ITEMS) {
        const span = { start, end: lines.end[j - 1]! };
        blocks.push(
          candidate(
            { type: "list", ordered: item.ordered, items, span },
            items.join("\n"),
            span,
            blocks.length,
            j - k,
          ),
        );
        k = j;
        continue;
      }
    }

    // A markdown heading.
    const heading = lineText.charCodeAt(0) === 0x23 ? MARKDOWN_HEADING.exec(lineText) : null;
    if (heading) {
      const headingText = lineText.slice(heading[0].length);
      const span = { start, end: lineEnd };
      blocks.push(
        candidate(
          { type: "heading", level: heading[1]!.length, text: headingText, span },
          headingText,
          span,
          blocks.length,
          1,
        ),
      );
      k++;
      continue;
    }

    // A paragraph: this line and the lines that continue its sentences.
    // Most paragraphs are one line: the list of lines is only made for a wrapped one.
    let parts: string[] | undefined;
    let lastText = lineText;
    let last = k;
    // The dateline's line opens a paragraph of its own.
    while (last + 1 < lines.count && !taken(last + 1) && last + 1 !== datelineLine) {
      const next = lines.text[last + 1]!;
      if (lines.opensGroup[last + 1] || !continuesLine(lines.text[last]!, next)) break;
      parts ??= [lineText];
      parts.push(next);
      lastText = next;
      last++;
    }
    let end = lines.end[last]!;
    const tail = (last === k ? endsLikeCredit : mayEndWithCredit(lastText))
      ? trailingCredit(lastText)
      : undefined;
    if (tail !== undefined) {
      // "… he said. — AFP": the credit goes to `removed`, the sentence stays.
      const lastStart = last === k ? start : lines.start[last]!;
      const creditStart = lastStart + tail.offset;
      remove(text.slice(creditStart, end), creditStart, end);
      setAgency(tail.credit, text.slice(creditStart, end));
      end = creditStart;
      while (end > lastStart && isWhitespace(text.charCodeAt(end - 1))) end--;
      lastText = text.slice(lastStart, end);
      if (parts !== undefined) parts[parts.length - 1] = lastText;
    }
    const paragraph = parts === undefined ? lastText : parts.join(" ");
    const span = { start, end };
    blocks.push(
      candidate({ type: "paragraph", text: paragraph, span }, paragraph, span, blocks.length, last - k + 1),
    );
    k = last + 1;
  }

  return { metadata, blocks, removed, warnings };
}
