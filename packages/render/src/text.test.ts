import type { Article } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { loadFixtures } from "../test/fixtures.js";
import { toText } from "./index.js";
import { wrap } from "./wrap.js";

const longForm = loadFixtures().find((f) => f.slug === "long-form")!.article;

describe("wrap", () => {
  it("breaks only at spaces and keeps every word", () => {
    const text = "The quick brown fox jumps over the lazy dog";
    const lines = wrap(text, 12).split("\n");
    expect(lines).toEqual(["The quick", "brown fox", "jumps over", "the lazy dog"]);
    expect(lines.join(" ")).toBe(text);
  });

  it("gives a word longer than the width a line of its own, unbroken", () => {
    const url = "https://example.com/a/very/long/address/that/cannot/break";
    expect(wrap(`see ${url} now`, 20).split("\n")).toEqual(["see", url, "now"]);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(wrap("😀😀😀 😀😀", 6)).toBe("😀😀😀 😀😀");
    expect(wrap("😀😀😀 😀😀", 5)).toBe("😀😀😀\n😀😀");
  });

  it("indents continuation lines", () => {
    expect(wrap("one two three four", 10, "- ", "  ")).toBe("- one two\n  three\n  four");
  });
});

describe("toText", () => {
  it("wraps at the width without breaking words or URLs", () => {
    const width = 40;
    const text = toText(longForm, { width });
    const url =
      "https://ferries.example.com/timetables/coll-winter-2022-23-with-a-deliberately-long-address-that-must-not-break.pdf";
    expect(text.split("\n")).toContain(url);
    const preformatted = new Set([
      "Mon  07:00 depart Oban",
      "Wed  07:00 depart Oban",
      "Fri  07:00 depart Oban",
    ]);
    for (const line of text.split("\n")) {
      // A word longer than the width (a URL) gets a line of its own, unbroken.
      if (preformatted.has(line) || !line.trim().includes(" ")) continue;
      expect([...line].length, line).toBeLessThanOrEqual(width);
    }
    // Same words in the same order as without wrapping.
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(text)).toEqual(words(toText(longForm)));
  });

  it("keeps preformatted text as it is", () => {
    expect(toText(longForm, { width: 10 })).toContain("Mon  07:00 depart Oban\nWed  07:00 depart Oban");
  });

  it("opens with the headline and puts the dateline before the first paragraph", () => {
    const text = toText(longForm);
    expect(text.startsWith("The island that refuses to empty\n\n")).toBe(true);
    expect(text).toContain("By Fiona MacLeod, Tom Hughes and Priya Natarajan\n");
    expect(text).toContain("ISLE OF COLL, Scotland — When the last ferry");
  });

  it.each([0, -1, 1.5, Number.NaN, 10_001, "80"])("rejects width %s with INVALID_OPTIONS", (width) => {
    expect(() => toText(longForm, { width: width as number })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
  });

  it("renders an article with nothing but a headline", () => {
    const bare: Article = {
      schemaVersion: "1.0",
      headline: "Only a headline",
      source: { kind: "text", length: 0 },
      body: [],
      related: [],
      removed: [],
      warnings: [],
    };
    expect(toText(bare)).toBe("Only a headline\n");
  });
});
