import { describe, expect, it } from "vitest";
import { blankLineBefore, splitLines, splitPlainLines } from "./lines.js";

describe("splitLines", () => {
  it("keeps the non-blank lines, trimmed, as offsets", () => {
    const text = "  One \n\n\t\nTwo\u00a0\nThree";
    const lines = splitLines(text);
    expect(lines.count).toBe(3);
    expect(lines.start.map((start, k) => text.slice(start, lines.end[k]))).toEqual(["One", "Two", "Three"]);
  });
});

describe("blankLineBefore", () => {
  it("finds a blank or whitespace-only line between two lines, and none between adjacent ones", () => {
    const text = "One\nTwo\n\nThree\n \t \nFour  \n  Five";
    const lines = splitLines(text);
    expect([1, 2, 3, 4].map((k) => blankLineBefore(text, lines, k))).toEqual([false, true, true, false]);
  });
});

describe("splitPlainLines", () => {
  it("splits a text that needs no normalisation as splitLines does", () => {
    const text = "  One \n\n\t\nTwo\u00a0caf\u00e9 \u201cquoted\u201d\n\u00c3 alone\nThree";
    expect(splitPlainLines(text)).toEqual(splitLines(text));
  });

  it("gives the offset of the first character that needs work instead", () => {
    expect(splitPlainLines("One\nTwo\r\nThree")).toBe(7);
    expect(splitPlainLines("One\nCafe\u0301")).toBe(8);
    expect(splitPlainLines("One\nIt\u00e2\u20ac\u2122s")).toBe(6);
  });
});
