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

/**
 * Whether steps 1 to 3 have anything to do: a control character or line
 * break anywhere, or a mojibake candidate. Most pages hold none, and this one
 * scan costs less than the steps' own scans.
 */
function needsRepair(text: string): boolean {
  REPAIR_START.lastIndex = 0;
  while (REPAIR_START.test(text)) {
    const at = REPAIR_START.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (c < MOJIBAKE_LEAD_FIRST || c > MOJIBAKE_LEAD_LAST) return true;
    MOJIBAKE_AT.lastIndex = at;
    if (MOJIBAKE_AT.test(text)) return true;
  }
  return false;
}

export function normalizeText(text: string): NormalizeResult {
  if (!NEEDS_WORK.test(text)) return { text, warnings: [] };
  if (!needsRepair(text)) return { text: text.normalize("NFC"), warnings: [] };
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
