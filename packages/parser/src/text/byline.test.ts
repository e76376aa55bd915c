import { describe, expect, it } from "vitest";
import { parseByline, readByline } from "./byline.js";

describe("parseByline", () => {
  it.each([
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"], undefined],
    ["By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], undefined],
    ["By JANE DOE, Reuters", ["JANE DOE"], "Reuters"],
    ["Jane Doe | AP", ["Jane Doe"], "AP"],
    ["Written by Jane Doe", ["Jane Doe"], undefined],
    ["BY JANE DOE", ["JANE DOE"], undefined],
    ["By Jane Doe, Staff Writer", ["Jane Doe"], undefined],
    ["By Jane Doe & John Roe, Associated Press", ["Jane Doe", "John Roe"], "Associated Press"],
    ["By Jane Doe in Moscow", ["Jane Doe"], undefined],
    ["By Ludwig van Beethoven and J. R. Smith", ["Ludwig van Beethoven", "J. R. Smith"], undefined],
    ["By Jane Doe | Updated 5 May 2024", ["Jane Doe"], undefined],
    ["By Reuters", [], "Reuters"],
    ["Par Marie Dupont et Luc Martin", ["Marie Dupont", "Luc Martin"], undefined],
    ["Por Juan Pérez y Ana Gómez", ["Juan Pérez", "Ana Gómez"], undefined],
    ["Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"], undefined],
    ["Di Marco Rossi e Giulia Bianchi", ["Marco Rossi", "Giulia Bianchi"], undefined],
    ["Written by Elise Mandl, BSc, APD", ["Elise Mandl"], undefined],
    ["By Sandee LaMotte, CNN", ["Sandee LaMotte"], undefined],
    ["By Jill Disis, CNN Business", ["Jill Disis"], undefined],
    // The quick tests before the split: a case-folded opening, and a bar whose first part opens
    // with BY only once its whitespace is collapsed.
    ["ſtory by Ann Lee", ["Ann Lee"], undefined],
    ["Photos  and text by Jane Doe | Updated 5 May", ["Jane Doe"], undefined],
  ])("reads %s", (line, authors, agency) => {
    const byline = parseByline(line);
    expect(byline).toEqual({
      authors,
      text: line,
      span: { start: 0, end: line.length },
      ...(agency === undefined ? {} : { agency }),
    });
  });

  it.each([
    "By the time the vote came, it was over",
    "By then, it was over.",
    "By Tuesday, officials said the bridge would reopen",
    "Jane Doe | Politics",
    "Home | World | Business",
    "Jane Doe",
    "By 2030 the city will grow",
    "Bypass road reopens",
    "By www.example.com",
    `By ${"Jane Doe and ".repeat(20)}John Roe`,
  ])("finds no byline in %s", (line) => {
    expect(parseByline(line)).toBeUndefined();
  });
});

describe("readByline", () => {
  it("reads the line between `start` and `end` only", () => {
    const text = "Title\nBy Jane Doe\nBy\nJane Doe";
    expect(readByline(text, 6, 17, false)?.authors).toEqual(["Jane Doe"]);
    // The line break after `By` is no part of the line: BY needs whitespace inside it.
    expect(readByline(text, 18, 20, false)).toBeUndefined();
  });

  it("takes any whitespace after BY's word, and refuses a longer word", () => {
    expect(parseByline("By\u00a0Jane Doe")?.authors).toEqual(["Jane Doe"]);
    expect(parseByline("Byline Jane Doe")).toBeUndefined();
    expect(parseByline("Storyteller Jane Doe")).toBeUndefined();
  });
});
