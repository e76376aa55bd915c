import { describe, expect, it } from "vitest";
import * as api from "./index.js";

describe("public API", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "BINARY_SNIFF_LENGTH",
        "DEFAULT_MAX_INPUT_BYTES",
        "MAX_CONTROL_SHARE",
        "MAX_HEADLINE_LENGTH",
        "coverage",
        "decodeBytes",
        "isAgency",
        "looksLikeHtml",
        "normalizeText",
        "parseByline",
        "parseCredit",
        "parseDateline",
        "parseHtml",
        "parseText",
      ].sort(),
    );
  });
});
