import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ArticleSchema } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { loadFixtures } from "../test/fixtures.js";
import { FORMATS, render } from "./index.js";

// UPDATE_FIXTURES=1 rewrites every expected file from the current output, for review in the diff.
const UPDATE = process.env.UPDATE_FIXTURES === "1";

/** The file each format's expected output lives in. JSON is checked by round trip instead. */
const EXPECTED_FILES = {
  markdown: "expected.md",
  html: "expected.html",
  text: "expected.txt",
  jsonld: "expected.jsonld",
  ninjs: "expected.ninjs.json",
  nitf: "expected.nitf.xml",
} as const;

const fixtures = loadFixtures();

describe("fixture corpus", () => {
  it("has the fixtures the project promises", () => {
    expect(fixtures.map((f) => f.slug)).toEqual(
      expect.arrayContaining([
        "wire-story",
        "every-block",
        "minimal",
        "rtl-arabic",
        "hostile",
        "images",
        "table",
        "long-form",
      ]),
    );
  });

  describe.each(fixtures)("$slug", ({ dir, article }) => {
    it.each(Object.entries(EXPECTED_FILES))("%s matches %s byte for byte", (format, file) => {
      const output = render(article, format as keyof typeof EXPECTED_FILES);
      const path = join(dir, file);
      if (UPDATE) writeFileSync(path, output);
      expect(existsSync(path), `${path} is missing; run with UPDATE_FIXTURES=1`).toBe(true);
      expect(output).toBe(readFileSync(path, "utf8"));
    });

    it("renders every format the same way twice", () => {
      for (const format of FORMATS) expect(render(article, format)).toBe(render(article, format));
    });

    it("json parses back through ArticleSchema to an equal article", () => {
      expect(ArticleSchema.parse(JSON.parse(render(article, "json")))).toEqual(article);
    });
  });
});
