/// <reference path="./html-encoding-sniffer.d.ts" />
import sniffHTMLEncoding from "html-encoding-sniffer";

/** Returned by the sniffer when neither a BOM nor a `<meta>` names the encoding. */
const NOT_DECLARED = "not-declared";

/**
 * The encoding a page's bytes declare, found the way browsers find it: a
 * byte-order mark, else the `<meta charset>` or `<meta http-equiv=content-type>`
 * of the WHATWG prescan of the first 1024 bytes (html-encoding-sniffer).
 * Undefined when the page declares nothing: `decodeBytes` then falls back to
 * UTF-8 unless the bytes are plainly a legacy 8-bit file, and says so.
 */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const sniffed = sniffHTMLEncoding(bytes, { defaultEncoding: NOT_DECLARED });
  return sniffed === NOT_DECLARED ? undefined : sniffed;
}
