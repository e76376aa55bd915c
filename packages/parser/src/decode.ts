/**
 * Bytes → text with the platform `TextDecoder` (WHATWG Encoding Standard), so
 * the same labels and the same replacement rules hold in Node, browsers and
 * workers.
 *
 * Which encoding, in order:
 * 1. a byte-order mark (UTF-8, UTF-16 LE, UTF-16 BE) wins over everything;
 * 2. else the label the caller passes (an HTTP charset, a `<meta charset>`),
 *    when the Encoding Standard knows it;
 * 3. else UTF-8, unless the bytes are mostly not UTF-8: when invalid UTF-8
 *    sequences outnumber the valid multi-byte ones, the text is a legacy 8-bit
 *    file and is read as windows-1252 (with an `encoding-fallback` warning).
 *
 * Invalid sequences become U+FFFD and are counted (`invalid-bytes` warning).
 */
import type { Warning } from "@copydesk/schema";
import { CP1252, decodeCp1252 } from "./cp1252.js";

export interface DecodeResult {
  /** The decoded text, without its byte-order mark. */
  text: string;
  /** The WHATWG name of the encoding used (`utf-8`, `utf-16le`, `windows-1252` …). */
  encoding: string;
  /** How many invalid byte sequences became U+FFFD. */
  invalidBytes: number;
  /** Whether the input began with a byte-order mark (which decided the encoding). */
  bom: boolean;
  /** `invalid-bytes` and `encoding-fallback` warnings, ready to add to a draft. */
  warnings: Warning[];
}

const REPLACEMENT = 0xfffd;

/** The encoding legacy 8-bit text falls back to: WHATWG decodes `latin1` and `ascii` as this too. */
const FALLBACK_ENCODING = CP1252;

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** The decoder for a label, or undefined when the Encoding Standard does not know the label. */
function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    // ignoreBOM: the BOM has already been handled (and cut off) here; a later U+FEFF is text.
    return new TextDecoder(label.trim(), { fatal, ignoreBOM: true });
  } catch {
    return undefined;
  }
}

/** U+FFFD characters that the bytes spelled out themselves (so are not decoding errors). */
function encodedReplacements(bytes: Uint8Array, encoding: string): number {
  let count = 0;
  if (encoding === "utf-8") {
    for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
      if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
    }
  } else if (encoding === "utf-16le" || encoding === "utf-16be") {
    const [hi, lo] = encoding === "utf-16le" ? [1, 0] : [0, 1];
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      if (bytes[i + hi] === 0xff && bytes[i + lo] === 0xfd) count++;
    }
  }
  return count;
}

function countChar(text: string, code: number): number {
  const char = String.fromCharCode(code);
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/** Decode with `encoding`; exact count of invalid sequences (0 without a second pass when all is valid). */
function decodeCounting(bytes: Uint8Array, encoding: string): { text: string; invalid: number } {
  if (encoding === CP1252) return { text: decodeCp1252(bytes), invalid: 0 };
  try {
    return { text: decoderFor(encoding, true)!.decode(bytes), invalid: 0 };
  } catch {
    const text = decoderFor(encoding, false)!.decode(bytes);
    return {
      text,
      invalid: Math.max(0, countChar(text, REPLACEMENT) - encodedReplacements(bytes, encoding)),
    };
  }
}

/** Non-ASCII characters that decoded cleanly: each stands for one valid multi-byte UTF-8 sequence. */
function validNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one sequence: count its high half only.
    if (code > 0x7f && code !== REPLACEMENT && (code < 0xdc00 || code > 0xdfff)) count++;
  }
  return count;
}

function invalidWarning(count: number, encoding: string): Warning {
  return {
    code: "invalid-bytes",
    message: `${count} invalid byte sequence${count === 1 ? "" : "s"} in ${encoding} became U+FFFD.`,
  };
}

export function decodeBytes(bytes: Uint8Array, label?: string): DecodeResult {
  const warnings: Warning[] = [];
  const bom = bomOf(bytes);
  if (bom) {
    const { text, invalid } = decodeCounting(bytes.subarray(bom.length), bom.encoding);
    if (invalid > 0) warnings.push(invalidWarning(invalid, bom.encoding));
    return { text, encoding: bom.encoding, invalidBytes: invalid, bom: true, warnings };
  }

  const declared = label === undefined || label.trim() === "" ? undefined : decoderFor(label, false);
  if (declared) {
    const encoding = declared.encoding;
    const { text, invalid } = decodeCounting(bytes, encoding);
    if (invalid > 0) warnings.push(invalidWarning(invalid, encoding));
    return { text, encoding, invalidBytes: invalid, bom: false, warnings };
  }

  const utf8 = decodeCounting(bytes, "utf-8");
  if (utf8.invalid > 0 && utf8.invalid > validNonAscii(utf8.text)) {
    // Mostly not UTF-8: a legacy 8-bit file. windows-1252 maps every byte, so nothing is invalid.
    const text = decodeCp1252(bytes);
    warnings.push({
      code: "encoding-fallback",
      message: `${label === undefined ? "No encoding was declared" : `The declared encoding "${label}" is unknown`}, and the bytes are not UTF-8; read as ${FALLBACK_ENCODING}.`,
    });
    return { text, encoding: FALLBACK_ENCODING, invalidBytes: 0, bom: false, warnings };
  }
  if (label !== undefined && label.trim() !== "") {
    warnings.push({
      code: "encoding-fallback",
      message: `The declared encoding "${label}" is unknown; read as utf-8.`,
    });
  }
  if (utf8.invalid > 0) warnings.push(invalidWarning(utf8.invalid, "utf-8"));
  return { text: utf8.text, encoding: "utf-8", invalidBytes: utf8.invalid, bom: false, warnings };
}
