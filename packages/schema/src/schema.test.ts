import { describe, expect, it } from "vitest";
import { sampleArticle } from "../test/sample-article.js";
import * as api from "./index.js";
import {
  ArticleSchema,
  BLOCK_TYPES,
  BlockSchema,
  blockText,
  CopydeskError,
  isCopydeskError,
  LanguageTagSchema,
} from "./index.js";

describe("public API", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ArticleSchema",
        "BLOCK_TYPES",
        "BlockFeaturesSchema",
        "BlockSchema",
        "BylineSchema",
        "CandidateBlockSchema",
        "CaptionBlockSchema",
        "CopydeskError",
        "DatelineSchema",
        "DraftMetadataSchema",
        "DraftSchema",
        "EMBED_HINT",
        "ERROR_CODES",
        "FURNITURE_HINTS",
        "HeadingBlockSchema",
        "ImageBlockSchema",
        "IsoDateSchema",
        "LanguageTagSchema",
        "LeadImageSchema",
        "ListBlockSchema",
        "ParagraphBlockSchema",
        "PreformattedBlockSchema",
        "QuoteBlockSchema",
        "REMOVAL_REASONS",
        "RelatedLinkSchema",
        "RemovalReasonSchema",
        "RemovalSchema",
        "SCHEMA_VERSION",
        "STORY_HINTS",
        "SourceSchema",
        "SpanSchema",
        "TableBlockSchema",
        "WARNING_CODES",
        "WarningSchema",
        "accountedSpans",
        "articleJsonSchema",
        "blockText",
        "findUnaccounted",
        "isCopydeskError",
      ]
    `);
  });
});

describe("ArticleSchema", () => {
  it("round-trips an article unchanged", () => {
    expect(ArticleSchema.parse(JSON.parse(JSON.stringify(sampleArticle)))).toEqual(sampleArticle);
  });

  it("rejects a missing headline, a bad span and an unknown reason", () => {
    const { headline: _, ...noHeadline } = sampleArticle;
    expect(ArticleSchema.safeParse(noHeadline).success).toBe(false);
    expect(
      ArticleSchema.safeParse({
        ...sampleArticle,
        removed: [{ text: "x", reason: "separator", span: { start: 5, end: 2 } }],
      }).success,
    ).toBe(false);
    expect(
      ArticleSchema.safeParse({
        ...sampleArticle,
        removed: [{ text: "x", reason: "nope", span: { start: 0, end: 1 } }],
      }).success,
    ).toBe(false);
  });

  it("accepts BCP 47 tags and rejects others", () => {
    for (const tag of ["en", "pt-BR", "zh-Hant-TW", "sr-Latn", "es-419", "en-x-private"]) {
      expect(LanguageTagSchema.safeParse(tag).success, tag).toBe(true);
    }
    for (const tag of ["", "english!", "e", "en_US", "-en"]) {
      expect(LanguageTagSchema.safeParse(tag).success, tag).toBe(false);
    }
  });
});

describe("blocks", () => {
  it("lists every block type the union accepts", () => {
    expect(BlockSchema.options.map((o) => o.shape.type.value)).toEqual([...BLOCK_TYPES]);
  });

  it("gives each block's plain text", () => {
    expect(sampleArticle.body.map(blockText)).toEqual([
      "The leaders of Russia and Japan fell short of agreement Tuesday.",
      "A long dispute",
      "“detailed work” remained",
      "Iturup\nKunashir",
      "In Moscow AFP",
      "The islands from the air",
      "Island\tArea\nIturup\t3,139 km²",
      "  code  ",
    ]);
  });
});

describe("CopydeskError", () => {
  it("carries a code and a default message", () => {
    const error = new CopydeskError("EMPTY_INPUT");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("EMPTY_INPUT");
    expect(error.message).toMatch(/empty/);
    expect(isCopydeskError(error)).toBe(true);
    expect(isCopydeskError(new Error("x"))).toBe(false);
  });
});
