import { describe, expect, it } from "vitest";
import { compareHeadline } from "./headlines.js";

describe("compareHeadline", () => {
  it("tells the same headline, a close one, none and another", () => {
    expect(compareHeadline("Flood waters recede!", "flood waters recede")).toBe("same");
    expect(compareHeadline("Flood waters recede", "Flood waters recede - The Daily Post")).toBe("close");
    expect(compareHeadline("", "Flood waters recede")).toBe("none");
    expect(compareHeadline("Skip to main content", "Flood waters recede")).toBe("other");
  });
});
