import { type Article, BLOCK_TYPES, type Block, isCopydeskError } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import * as api from "./index.js";
import { FORMATS, isFormat, isUnknownBlockError, render, UnknownBlockError } from "./index.js";

describe("public API", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_LABELS",
        "FORMATS",
        "LEAD_IMAGE_ASSOCIATION",
        "NITF_NAMESPACE",
        "STYLESHEET",
        "URN_PREFIX",
        "UnknownBlockError",
        "articleUri",
        "isFormat",
        "isUnknownBlockError",
        "render",
        "toHtml",
        "toJson",
        "toJsonLd",
        "toJsonLdObject",
        "toJsonLdScript",
        "toMarkdown",
        "toNinjs",
        "toNinjsObject",
        "toNitf",
        "toText",
      ]
    `);
  });

  it("lists the formats the CLI offers", () => {
    expect(FORMATS).toEqual(["markdown", "html", "text", "json", "jsonld", "ninjs", "nitf"]);
    expect(isFormat("nitf")).toBe(true);
    expect(isFormat("pdf")).toBe(false);
    expect(isFormat(undefined)).toBe(false);
  });
});

const article = (body: Block[]): Article => ({
  schemaVersion: "1.0",
  headline: "Headline",
  source: { kind: "text", length: 0 },
  body,
  related: [],
  removed: [],
  warnings: [],
});

const everyKind: Block[] = [
  { type: "paragraph", text: "p" },
  { type: "heading", level: 2, text: "h" },
  { type: "quote", text: "q" },
  { type: "list", ordered: false, items: ["i"] },
  { type: "image", src: "https://example.com/i.jpg" },
  { type: "caption", text: "c" },
  { type: "table", rows: [["t"]] },
  { type: "preformatted", text: "pre" },
];

describe("render", () => {
  it("covers every block kind of the schema in the test below", () => {
    expect(everyKind.map((b) => b.type)).toEqual([...BLOCK_TYPES]);
  });

  it.each(FORMATS)("%s renders every block kind", (format) => {
    expect(render(article(everyKind), format).length).toBeGreaterThan(0);
  });

  it.each(FORMATS.filter((f) => f !== "json"))(
    "%s throws UnknownBlockError, naming the kind, rather than dropping a block",
    (format) => {
      const unknown = article([{ type: "video", src: "x" } as unknown as Block]);
      let thrown: unknown;
      try {
        render(unknown, format);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UnknownBlockError);
      expect(isUnknownBlockError(thrown)).toBe(true);
      expect((thrown as UnknownBlockError).blockType).toBe("video");
      expect((thrown as Error).message).toContain('"video"');
    },
  );

  it("json rejects an unknown block kind through the schema, with a CopydeskError", () => {
    const unknown = article([{ type: "video", src: "x" } as unknown as Block]);
    expect(() => render(unknown, "json")).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  it("rejects an unknown format with INVALID_OPTIONS", () => {
    let thrown: unknown;
    try {
      render(article([]), "pdf" as never);
    } catch (error) {
      thrown = error;
    }
    expect(isCopydeskError(thrown)).toBe(true);
    expect((thrown as { code: string }).code).toBe("INVALID_OPTIONS");
  });
});

describe("long hostile input", () => {
  // Inputs that make a backtracking regex take quadratic time or worse.
  const LENGTH = 100_000;
  const nasty = [
    "&".repeat(LENGTH),
    `&${"a".repeat(LENGTH)}`,
    `${"&a".repeat(LENGTH / 2)}`,
    " ".repeat(LENGTH),
    `${" ".repeat(LENGTH)}x`,
    "`".repeat(LENGTH),
    "\n".repeat(LENGTH),
    "1".repeat(LENGTH),
    "#".repeat(LENGTH),
    "a".repeat(LENGTH),
  ];
  const body: Block[] = nasty.flatMap((text) => [
    { type: "paragraph", text },
    { type: "list", ordered: true, items: [text] },
    { type: "table", head: [text], rows: [[text]] },
    { type: "preformatted", text },
  ]);

  it.each(FORMATS)("%s renders in linear time", (format) => {
    const start = performance.now();
    render(
      { ...article(body), headline: nasty.join("") },
      format,
      format === "text" ? { width: 80 } : undefined,
    );
    // A quadratic pass over 100,000 characters would take minutes; linear work takes well under this.
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
