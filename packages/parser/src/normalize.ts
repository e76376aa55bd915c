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

/** Plain printable ASCII, tab and LF: nothing to repair (the common case, answered by one scan). */
const NEEDS_WORK = /[^\t\n\x20-\x7e]/;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** What steps 2 and 3 change: one test instead of two replacing scans that find nothing on most pages. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const BREAK_OR_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/;
/**
 * Anything steps 1 to 3 change: a mojibake candidate, a line break other
 * than LF, a control character. Most pages hold none, and one scan that says
 * so costs less than the steps' own scans.
 */
const NEEDS_REPAIR = new RegExp(`${BREAK_OR_CONTROL.source}|${MOJIBAKE_CANDIDATE.source}`);

export function normalizeText(text: string): NormalizeResult {
  if (!NEEDS_WORK.test(text)) return { text, warnings: [] };
  if (!NEEDS_REPAIR.test(text)) return { text: text.normalize("NFC"), warnings: [] };
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
