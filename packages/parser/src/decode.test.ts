import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const utf16 = (text: string, endian: "le" | "be") => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i + (endian === "le" ? 0 : 1)] = code & 0xff;
    out[2 * i + (endian === "le" ? 1 : 0)] = code >> 8;
  }
  return out;
};

describe("decodeBytes", () => {
  it("reads UTF-8 without a BOM or label, with no warnings", () => {
    expect(decodeBytes(utf8("Zürich — “quotes”"))).toEqual({
      text: "Zürich — “quotes”",
      encoding: "utf-8",
      invalidBytes: 0,
      bom: false,
      warnings: [],
    });
  });

  it("cuts off a UTF-8 BOM, which wins over the label", () => {
    const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("café")]), "shift_jis");
    expect(result).toMatchObject({ text: "café", encoding: "utf-8", bom: true });
  });

  it("reads UTF-16 LE and BE by their BOMs", () => {
    const text = "Ünïcödé ’ text 😀";
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...utf16(text, "le")]))).toMatchObject({
      text,
      encoding: "utf-16le",
      bom: true,
      invalidBytes: 0,
    });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...utf16(text, "be")]), "utf-8")).toMatchObject({
      text,
      encoding: "utf-16be",
      bom: true,
    });
  });

  it("follows a WHATWG label: latin1 is windows-1252, with € and curly quotes in 80–9F", () => {
    const result = decodeBytes(bytes(0x80, 0x20, 0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xe9), "latin1");
    expect(result).toMatchObject({
      text: "€ “A” – é",
      encoding: "windows-1252",
      invalidBytes: 0,
      warnings: [],
    });
  });

  it("follows other labels (shift_jis)", () => {
    expect(decodeBytes(bytes(0x93, 0xfa, 0x96, 0x7b), "Shift_JIS")).toMatchObject({
      text: "日本",
      encoding: "shift_jis",
    });
  });

  it("turns invalid bytes into U+FFFD, counts them and warns, never throws", () => {
    const input = new Uint8Array([
      ...utf8("a café "),
      0xff,
      ...utf8(" and crème "),
      0xc3,
      ...utf8(" brûlée"),
    ]);
    const result = decodeBytes(input);
    expect(result.text).toBe("a café \uFFFD and crème \uFFFD brûlée");
    expect(result.encoding).toBe("utf-8");
    expect(result.invalidBytes).toBe(2);
    expect(result.warnings.map((w) => w.code)).toEqual(["invalid-bytes"]);
  });

  it("does not count a U+FFFD the bytes spell out themselves", () => {
    const input = new Uint8Array([...utf8("already \uFFFD here, ü "), 0xff]);
    expect(decodeBytes(input).invalidBytes).toBe(1);
    expect(decodeBytes(utf8("only \uFFFD")).invalidBytes).toBe(0);
  });

  it("counts invalid bytes under a declared label too", () => {
    const result = decodeBytes(new Uint8Array([...utf8("ok "), 0xfe]), "utf-8");
    expect(result).toMatchObject({ encoding: "utf-8", invalidBytes: 1 });
    expect(result.warnings.map((w) => w.code)).toEqual(["invalid-bytes"]);
  });

  it("falls back to windows-1252 when the text is mostly not UTF-8", () => {
    // "Café – naïve" in windows-1252: every non-ASCII byte is invalid UTF-8.
    const result = decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65));
    expect(result).toMatchObject({ text: "Café – naïve", encoding: "windows-1252", invalidBytes: 0 });
    expect(result.warnings.map((w) => w.code)).toEqual(["encoding-fallback"]);
  });

  it("stays with UTF-8 when only a few bytes are invalid among many valid ones", () => {
    const result = decodeBytes(new Uint8Array([...utf8("é è ê ë "), 0xe9]));
    expect(result.encoding).toBe("utf-8");
    expect(result.invalidBytes).toBe(1);
  });

  it("treats an unknown label as no label, and says so", () => {
    const result = decodeBytes(utf8("plain"), "no-such-charset");
    expect(result).toMatchObject({ text: "plain", encoding: "utf-8" });
    expect(result.warnings.map((w) => w.code)).toEqual(["encoding-fallback"]);
    expect(decodeBytes(utf8("plain"), "  ").warnings).toEqual([]);
  });

  it("keeps a U+FEFF that is not at the start", () => {
    expect(decodeBytes(utf8("a\uFEFFb")).text).toBe("a\uFEFFb");
  });

  it("decodes empty input", () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ text: "", encoding: "utf-8", bom: false });
  });
});
