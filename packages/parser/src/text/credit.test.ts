import { describe, expect, it } from "vitest";
import { mayEndWithCredit, parseCredit, trailingCredit } from "./credit.js";

describe("parseCredit", () => {
  it.each([
    ["— AFP", "AFP", false],
    ["-- Reuters", "Reuters", false],
    ["(AFP)", "AFP", false],
    ["- APP", "APP", false],
    ["— AFP/APP", "AFP/APP", false],
    ["(With inputs from PTI)", "PTI", false],
    ["— With AFP", "AFP", false],
    ["APP", "APP", true],
    ["AP", "AP", true],
    ["PTI.", "PTI", true],
    ["Reuters", "Reuters", true],
  ])("reads %s", (line, agency, bare) => {
    expect(parseCredit(line)).toEqual({ agency, bare });
  });

  it.each([
    "— Jane",
    "-",
    "--",
    "Home",
    "(photo)",
    "Share this",
    "— AFP said the talks failed",
    "Appeals court rules",
  ])("finds no credit in %s", (line) => {
    expect(parseCredit(line)).toBeUndefined();
  });
});

describe("trailingCredit", () => {
  it("finds a dashed or bracketed credit after the last sentence", () => {
    const line = "The reef covers 40 square kilometres, the team said. — AFP";
    expect(trailingCredit(line)).toEqual({
      offset: line.indexOf("—"),
      credit: { agency: "AFP", bare: false },
    });
    const bracketed = "“It is over,” he said. (Reuters)";
    expect(trailingCredit(bracketed)?.offset).toBe(bracketed.indexOf("("));
  });

  it("reads a name whose letters upper-case to ASCII only outside it (ß → SS)", () => {
    expect(trailingCredit("He said so. — Taß")?.credit).toEqual({ agency: "Taß", bare: false });
    expect(trailingCredit("He said so. (with inputs from agencies).")?.credit.agency).toBe("agencies");
  });

  it("reads a credit after a dash with no space, and none after a closing quote", () => {
    expect(trailingCredit("He said so. —AFP")?.credit.agency).toBe("AFP");
    expect(trailingCredit("“He said so. — AFP”")).toBeUndefined();
    expect(trailingCredit("他说。— 新华社")).toBeUndefined();
  });

  it("leaves a line without one alone", () => {
    expect(trailingCredit("He said so. — Jane")).toBeUndefined();
    expect(trailingCredit("He spoke to AFP")).toBeUndefined();
    expect(trailingCredit("He said so. Reuters")).toBeUndefined();
    expect(trailingCredit(`${"x".repeat(1_000_000)}.`)).toBeUndefined();
  });
});

describe("mayEndWithCredit", () => {
  it("reads back from `end` no further than `start`", () => {
    expect(mayEndWithCredit("He said so. — AFP", 0, 17)).toBe(true);
    expect(mayEndWithCredit("He said so. (AFP).", 0, 18)).toBe(true);
    expect(mayEndWithCredit("He said so. — AFP", 0, 16)).toBe(false);
    // `P` alone ends no agency's name: the `A` before `start` does not count.
    expect(mayEndWithCredit("AP", 0, 2)).toBe(true);
    expect(mayEndWithCredit("AP", 1, 2)).toBe(false);
  });
});
