import { describe, expect, it } from "vitest";
import { maySquashTo, squash } from "./squash.js";

describe("maySquashTo", () => {
  it("never refuses a text that squashes to the target", () => {
    const texts = ["  By Jane  Doe ", "BY JANE DOE", "\u00a0By Jane Doe.", "İstanbul", "ΟΔΟΣ", "", " ", "Σ"];
    for (const text of texts) expect(maySquashTo(text, squash(text))).toBe(true);
  });

  it("tells texts apart by a printable ASCII first or last character", () => {
    expect(maySquashTo("By Jane Doe", "by jane doe")).toBe(true);
    expect(maySquashTo("Jane Doe", "by jane doe")).toBe(false);
    expect(maySquashTo("By Jane Doe.", "by jane doe")).toBe(false);
    expect(maySquashTo("x", "")).toBe(false);
  });
});
