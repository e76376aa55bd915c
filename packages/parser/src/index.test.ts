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
        "normalizeText",
        "parseByline",
        "parseCredit",
        "parseDateline",
        "parseText",
        // The HTML parser's entry points, once they are in place.
        ...("parseHtml" in api ? ["looksLikeHtml", "parseHtml"] : []),
      ].sort(),
    );
  });
});
