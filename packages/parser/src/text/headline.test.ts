import { describe, expect, it } from "vitest";
import { MAX_HEADLINE_LENGTH, readHeadline } from "./headline.js";
import { listItem } from "./list.js";

describe("readHeadline", () => {
  it.each([
    ["Putin, Abe talks fail to break island impasse", "Putin, Abe talks fail to break island impasse"],
    ["# Harbour project wins approval", "Harbour project wins approval"],
    ["Blac Chyna Reveals Her New Approach -", "Blac Chyna Reveals Her New Approach"],
    ["What Did She Tell Her Husband?", "What Did She Tell Her Husband?"],
    ["U.S. stocks rally", "U.S. stocks rally"],
    ["Waiting for the verdict...", "Waiting for the verdict..."],
    ["Überraschung", "Überraschung"],
  ])("takes %s", (line, text) => {
    expect(readHeadline(line)).toBe(text);
  });

  it.each([
    "The bakery reopened on Saturday.",
    "Markets were calm;",
    "The main changes:",
    "-",
    "***",
    "MOSCOW: The leaders met",
    "By Jane Doe",
    "— AFP",
    "- Glass goes in the green bin",
    "https://example.com/story",
    "Home",
    "x".repeat(MAX_HEADLINE_LENGTH + 1),
  ])("refuses %s", (line) => {
    expect(readHeadline(line)).toBeUndefined();
  });
});

describe("listItem", () => {
  it.each([
    ["- Glass", false, "Glass"],
    ["• Glass", false, "Glass"],
    ["* Glass", false, "Glass"],
    ["1. Rinse", true, "Rinse"],
    ["12) Rinse", true, "Rinse"],
  ])("reads %s", (line, ordered, text) => {
    expect(listItem(line)).toEqual({ ordered, text });
  });

  it.each(["-", "-Glass", "2024. The year", "1.5 million", "*emphasis*"])("refuses %s", (line) => {
    expect(listItem(line)).toBeUndefined();
  });
});
