/**
 * Repairs the commonest mojibake: UTF-8 bytes that were decoded as
 * Windows-1252 (or ISO-8859-1), so that `’` reads `â€™` and `é` reads `Ã©`.
 *
 * Each run of a lead character (`Â`…`ô`, bytes C2–F4) and its continuation
 * characters (bytes 80–BF as Windows-1252 or ISO-8859-1 shows them) is turned
 * back into bytes and decoded, but only when the bytes form one valid UTF-8
 * sequence that decodes to a printable character. Correct text is left alone:
 * a correct `é`, `Ã` or `â` is not followed by such a run in real writing.
 */
import { CP1252_HIGH } from "./cp1252.js";

/** Characters that stand for bytes 80–BF, as Windows-1252 and as ISO-8859-1 show them. */
const CONTINUATION_BYTE = new Map<string, number>();
for (let byte = 0x80; byte <= 0xbf; byte++) {
  CONTINUATION_BYTE.set(String.fromCharCode(byte), byte);
  if (byte <= 0x9f) CONTINUATION_BYTE.set(String.fromCharCode(CP1252_HIGH[byte - 0x80]!), byte);
}

// A lead character then one to three continuation characters. The two classes are disjoint
// (leads are U+00C2–U+00F4, continuations at most U+00BF or outside Latin-1), so matching is linear.
// Exported for normalizeText, which tests for it together with control characters in one scan.
export const CANDIDATE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

/** Mojibake of mojibake (`Ã¢â‚¬â„¢`) needs a second round; more rounds are not seen in practice. */
const MAX_ROUNDS = 2;

/** The code point a UTF-8 sequence encodes, or -1 when the bytes are not exactly one valid sequence. */
function decodeSequence(bytes: number[]): number {
  const lead = bytes[0]!;
  const second = bytes[1]!;
  if (lead <= 0xdf) return ((lead & 0x1f) << 6) | (second & 0x3f);
  // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
  if (lead === 0xe0 && second < 0xa0) return -1;
  if (lead === 0xed && second > 0x9f) return -1;
  if (lead === 0xf0 && second < 0x90) return -1;
  if (lead === 0xf4 && second > 0x8f) return -1;
  if (lead <= 0xef) return ((lead & 0x0f) << 12) | ((second & 0x3f) << 6) | (bytes[2]! & 0x3f);
  return ((lead & 0x07) << 18) | ((second & 0x3f) << 12) | ((bytes[2]! & 0x3f) << 6) | (bytes[3]! & 0x3f);
}

function sequenceLength(lead: number): number {
  if (lead <= 0xdf) return 2;
  if (lead <= 0xef) return 3;
  return 4;
}

function repairRound(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(CANDIDATE, (match) => {
    const lead = match.charCodeAt(0);
    const length = sequenceLength(lead);
    if (match.length < length) return match;
    const bytes = [lead];
    for (let i = 1; i < length; i++) bytes.push(CONTINUATION_BYTE.get(match[i]!)!);
    const codePoint = decodeSequence(bytes);
    // C1 controls (U+0080–U+009F) are never what a writer meant.
    if (codePoint < 0xa0) return match;
    repaired++;
    return String.fromCodePoint(codePoint) + match.slice(length);
  });
  return { text: out, repaired };
}

/** The text with mojibake repaired, and how many characters were repaired. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let current = text;
  let total = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { text: next, repaired } = repairRound(current);
    if (repaired === 0) break;
    current = next;
    total += repaired;
  }
  return { text: current, repaired: total };
}
