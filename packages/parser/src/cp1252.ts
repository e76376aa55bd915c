/**
 * Windows-1252 as the WHATWG Encoding Standard defines it (what browsers use
 * for `latin1`, `iso-8859-1`, `ascii` and `windows-1252`). Implemented here
 * rather than through `TextDecoder` because Node 20's `TextDecoder` decodes
 * bytes 80–9F of `windows-1252` as ISO-8859-1 control characters, not as
 * `€`, `’`, `–` …
 */

/** Code points of bytes 80–9F. The five bytes Windows-1252 leaves undefined map to the C1 control of the same value. */
export const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const;

/** The WHATWG name of this encoding. */
export const CP1252 = "windows-1252";

const utf16 = new TextDecoder("utf-16le");

/** Decode Windows-1252 bytes. Every byte maps to one character, so nothing is ever invalid. */
export function decodeCp1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte;
  }
  return utf16.decode(units);
}
