import { describe, expect, it } from "vitest";
import { fileNameForId, outputPathFor } from "./formats.js";

describe("output names", () => {
  it("mirrors the input path with the format's extension", () => {
    expect(outputPathFor("news/2024/a.html", "markdown")).toBe("news/2024/a.md");
    expect(outputPathFor("a.b/page", "ninjs")).toBe("a.b/page.ninjs.json");
    expect(outputPathFor(".hidden", "nitf")).toBe(".hidden.nitf.xml");
  });

  it("makes a safe single file name of any record id", () => {
    expect(fileNameForId("https://example.com/a/b?c=1")).toBe("https___example.com_a_b_c_1");
    expect(fileNameForId("../../etc/passwd")).toBe("_.._.._etc_passwd");
    expect(fileNameForId(42)).toBe("42");
    expect(fileNameForId("")).toBe("_");
    expect(fileNameForId("é".repeat(500))).toHaveLength(180);
  });
});
