import { describe, expect, it } from "vitest";
import { collapseWhitespace, hasNonSpace, isWhitespace } from "./collapse.js";

const WHITESPACE_RUN = /\s+/g;
const byRegex = (text: string) => text.replace(WHITESPACE_RUN, " ").trim();

describe("collapseWhitespace", () => {
  it("agrees with \\s and trim on every UTF-16 code unit", () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isWhitespace(c) !== /\s/.test(ch) || isWhitespace(c) !== (ch.trim() === ""))
        differ.push(c.toString(16));
      const text = `a${ch}b${ch}${ch}c`;
      if (collapseWhitespace(text) !== byRegex(text)) differ.push(`in text: ${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    "",
    " ",
    "\n\t  \n",
    "word",
    "two words",
    "  leading and trailing  ",
    "\n      Indented\n      source text\n    ",
    "tabs\tand\u00a0no-break\u3000spaces",
    "single spaces only, nothing to copy",
    "double  space",
    " x ",
    "x\n",
    "a \n b",
    "\u2028line\u2029separators\ufeff",
  ])("gives what replace(/\\s+/g, ' ').trim() gives: %j", (text) => {
    expect(collapseWhitespace(text)).toBe(byRegex(text));
  });

  it("agrees on random mixes of words and whitespace", () => {
    const parts = ["a", "bc", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "é", "日本", "\r\n", "-"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let k = 0; k < 2000; k++) {
      let text = "";
      const length = next() % 12;
      for (let i = 0; i < length; i++) text += parts[next() % parts.length];
      expect(collapseWhitespace(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });

  it("collapses a range of a text as it would the range copied out", () => {
    const page = "<p>\n  Two \t words  </p>\n  <p> one</p>";
    for (let start = 0; start <= page.length; start++)
      for (let end = start; end <= page.length; end++)
        expect(collapseWhitespace(page, start, end)).toBe(byRegex(page.slice(start, end)));
  });
});

describe("hasNonSpace", () => {
  it("tells a range of whitespace from one with anything else", () => {
    expect(hasNonSpace(" \n\u00a0\t")).toBe(false);
    expect(hasNonSpace("  x ")).toBe(true);
    expect(hasNonSpace("a  \n b", 1, 5)).toBe(false);
    expect(hasNonSpace("a  \n b", 1, 6)).toBe(true);
  });
});
