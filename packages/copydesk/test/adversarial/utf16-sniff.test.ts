/**
 * Regression: a UTF-16 page with a byte-order mark was read as plain text,
 * because `auto` looked for markup in its bytes as if they were Latin-1
 * (where every other byte is NUL). The whole page became one removal.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const PAGE =
  "<html><head><title>Talks in Geneva</title></head><body><article><h1>Talks in Geneva</h1>" +
  "<p>The delegations met on Tuesday and agreed to meet again in June.</p></article></body></html>";

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe("auto detection of UTF-16 pages with a byte-order mark", () => {
  it.each([
    ["utf-16le", true],
    ["utf-16be", false],
  ])("reads a %s page as HTML", (encoding, littleEndian) => {
    const article = extract(utf16(PAGE, littleEndian));
    expect(article.source.kind).toBe("html");
    expect(article.source.encoding).toBe(encoding);
    expect(article.headline).toBe("Talks in Geneva");
    expect(article.body.map((b) => ("text" in b ? b.text : ""))).toContain(
      "The delegations met on Tuesday and agreed to meet again in June.",
    );
  });
});
