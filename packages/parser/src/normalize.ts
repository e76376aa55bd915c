/**
 * Text repair shared by the plain-text and HTML paths, in this order:
 * 1. mojibake (UTF-8 read as Windows-1252) is repaired, first, because its
 *    C1 control characters are part of what it repairs;
 * 2. CRLF and CR (and U+2028, U+2029) become LF;
 * 3. NUL and other C0 and C1 control characters, except tab and LF, become
 *    one space each, so that no text is silently lost;
 * 4. Unicode NFC.
 *
 * Every span of a draft indexes into the text this returns.
 */
import type { Warning } from "@copydesk/schema";
import { CANDIDATE as MOJIBAKE_CANDIDATE, repairMojibake } from "./mojibake.js";

export interface NormalizeResult {
  text: string;
  /** `mojibake-repaired` and `control-characters`, when they apply. */
  warnings: Warning[];
}

/**
 * Characters NFC leaves as they are wherever they stand (NFC_QC=Yes, combining
 * class 0, never the second of a composition) that news pages use most beyond
 * Latin: Cyrillic, punctuation, currency signs, arrows and symbols. Only
 * assigned characters, so that a later Unicode version cannot add a combining
 * mark here; normalize.test.ts checks each one against the engine's own NFC.
 * Each range added slows the scan of every page, and a class of many (CJK,
 * Hangul, private use) scans many times slower, so this holds only the
 * commonest.
 */
const STABLE_ABOVE_LATIN =
  "\u0400-\u0482\u048a-\u052f\u2002-\u2027\u2030-\u205e\u20a0-\u20bf\u2190-\u2328\u232b-\u23ff\u2500-\u27bf";
/** Every character above ASCII that NFC leaves as it is here: Latin-1 to the spacing modifiers, then the above. */
export const NFC_STABLE = `\u00a0-\u02ff${STABLE_ABOVE_LATIN}`;
/**
 * What needs no step at all, not even NFC, LF aside: tab, printable ASCII and
 * NFC_STABLE less the mojibake leads (`Â`…`ô`, bytes C2–F4), which are
 * checked for a continuation. A page of only these needs no step: a page in
 * English or most other scripts.
 */
const PLAIN = `\\t\\x20-\\x7e\\u00a0-\\u00c1\\u00f5-\\u02ff${STABLE_ABOVE_LATIN}`;
/** What the first scan stops at: anything but LF and PLAIN. */
const NOTABLE = new RegExp(`[^\\n${PLAIN}]`, "g");
/** The rest of a line of PLAIN, matched where `lastIndex` points: one regex per line finds both its end and any character that needs work. */
const PLAIN_LINE = new RegExp(`[${PLAIN}]*`, "y");
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** What steps 2 and 3 change: one test instead of two replacing scans that find nothing on most pages. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const BREAK_OR_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/;
/**
 * Where steps 1 to 3 may change something: a control character, a line
 * break other than LF, or a mojibake lead (`Â`…`ô`, then checked for a
 * continuation by MOJIBAKE_AT). One class scans a page faster than an
 * alternation of the two patterns.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const REPAIR_START = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u00c2-\u00f4]/g;
/** The mojibake pattern, matched only where `lastIndex` points. */
const MOJIBAKE_AT = new RegExp(MOJIBAKE_CANDIDATE.source, "y");
const MOJIBAKE_LEAD_FIRST = 0xc2;
const MOJIBAKE_LEAD_LAST = 0xf4;

/** Whether a mojibake candidate starts at `at` (a lead character). */
function mojibakeAt(text: string, at: number): boolean {
  MOJIBAKE_AT.lastIndex = at;
  return MOJIBAKE_AT.test(text);
}

function isMojibakeLead(c: number): boolean {
  return c >= MOJIBAKE_LEAD_FIRST && c <= MOJIBAKE_LEAD_LAST;
}

/**
 * Whether steps 1 to 3 have anything to do from `from` on: a control
 * character or line break, or a mojibake candidate. Most pages hold none, and
 * this one scan costs less than the steps' own scans.
 */
function needsRepair(text: string, from: number): boolean {
  REPAIR_START.lastIndex = from;
  while (REPAIR_START.test(text)) {
    const at = REPAIR_START.lastIndex - 1;
    if (!isMojibakeLead(text.charCodeAt(at)) || mojibakeAt(text, at)) return true;
  }
  return false;
}

/** What a text needs: nothing, only NFC, or the repairs too. */
export const CLEAN = 0;
export const NFC_ONLY = 1;
export const REPAIR = 2;
export type Work = typeof CLEAN | typeof NFC_ONLY | typeof REPAIR;

/**
 * What `text` needs, in one scan from `from` (before which it is known to
 * need nothing) that stops at every control character but tab and LF: only a
 * text that needs REPAIR can hold one.
 */
export function workNeeded(text: string, from = 0): Work {
  NOTABLE.lastIndex = from;
  while (NOTABLE.test(text)) {
    const at = NOTABLE.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (isMojibakeLead(c)) {
      if (mojibakeAt(text, at)) return REPAIR;
      continue;
    }
    // A character NFC may change, or one a repair step changes: from here on only repairs are looked for.
    return needsRepair(text, at) ? REPAIR : NFC_ONLY;
  }
  return CLEAN;
}

/**
 * Where the line that opens at `from` stops needing nothing: at its LF or
 * the text's end when it needs nothing, else at the first character that
 * needs work (where workNeeded may go on from).
 */
export function plainLineEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    PLAIN_LINE.lastIndex = at;
    PLAIN_LINE.test(text);
    at = PLAIN_LINE.lastIndex;
    if (at === text.length || !isMojibakeLead(text.charCodeAt(at)) || mojibakeAt(text, at)) return at;
    at++;
  }
}

export function normalizeText(text: string): NormalizeResult {
  return normalizeFor(text, workNeeded(text));
}

/** normalizeText for a caller that has asked workNeeded already. */
export function normalizeFor(text: string, work: Work): NormalizeResult {
  if (work === CLEAN) return { text, warnings: [] };
  if (work === NFC_ONLY) return { text: text.normalize("NFC"), warnings: [] };
  const warnings: Warning[] = [];

  const mojibake = repairMojibake(text);
  let out = mojibake.text;
  if (mojibake.repaired > 0) {
    warnings.push({
      code: "mojibake-repaired",
      message: `${mojibake.repaired} character${mojibake.repaired === 1 ? "" : "s"} of UTF-8 read as Windows-1252 repaired.`,
    });
  }

  if (BREAK_OR_CONTROL.test(out)) {
    out = out.replace(LINE_BREAK, "\n");

    let controls = 0;
    out = out.replace(CONTROL, () => {
      controls++;
      return " ";
    });
    if (controls > 0) {
      warnings.push({
        code: "control-characters",
        message: `${controls} control character${controls === 1 ? "" : "s"} replaced by spaces.`,
      });
    }
  }

  return { text: out.normalize("NFC"), warnings };
}
