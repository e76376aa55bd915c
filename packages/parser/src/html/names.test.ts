import { describe, expect, it } from "vitest";
import { NameTable, NOT_FOUND } from "./names.js";

const NAMES = ["a", "div", "data-src", "data-srcset", "dialog", "link", "id", "i"];
const table = new NameTable(NAMES);
const find = (text: string, start = 0, end = text.length) => table.find(text, start, end);

describe("NameTable", () => {
  it("finds a name in a range of a text, in any ASCII case", () => {
    expect(find("<DIV class>", 1, 4)).toBe("div");
    expect(find("Data-SrcSet")).toBe("data-srcset");
    expect(find("data-src")).toBe("data-src");
    expect(find("I")).toBe("i");
    expect(find("dialog")).toBe("dialog");
  });

  it("gives where a name stands in its list", () => {
    expect(table.indexOf("<DIV class>", 1, 4)).toBe(NAMES.indexOf("div"));
    expect(table.indexOf("lin\u212a", 0, 4)).toBe(NAMES.indexOf("link"));
    expect(table.indexOf("dim", 0, 3)).toBe(NOT_FOUND);
    expect(table.indexOf("\u212aa", 0, 2)).toBe(NOT_FOUND);
    expect(NAMES.map((name) => table.indexOf(name, 0, name.length))).toEqual(NAMES.map((_, i) => i));
  });

  it("finds no name that is not one of its names", () => {
    for (const text of [
      "",
      "b",
      "dim",
      "data-srx",
      "data-srcsets",
      "dialogue",
      "iD-",
      "!",
      "@iv",
      "Aa",
      "lin",
    ])
      expect(find(text), text).toBeUndefined();
  });

  it("lower-cases as toLowerCase does where a name has a non-ASCII character", () => {
    // The Kelvin sign lower-cases to `k`; a dotted capital I to `i` and a combining dot.
    expect(find("lin\u212a")).toBe("link");
    expect(find("\u212aa")).toBeUndefined();
    expect(find("\u0130d")).toBeUndefined();
    expect(find("d\u0131v")).toBeUndefined();
  });

  it("agrees with toLowerCase on every name with one character changed", () => {
    const byLowerCase = new Set(NAMES);
    for (const name of NAMES)
      for (let i = 0; i < name.length; i++)
        for (const c of ["A", "Z", "-", "\u212a", "\u0130", "\u00e9", "0"]) {
          const text = name.slice(0, i) + c + name.slice(i + 1);
          const lower = text.toLowerCase();
          expect(find(text), text).toBe(byLowerCase.has(lower) ? lower : undefined);
        }
  });
});
