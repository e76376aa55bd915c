import { blockText, CopydeskError, type Draft, DraftSchema } from "@copydesk/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverage, parseText } from "../src/index.js";

const SPACES = /\s+/gu;
const unspaced = (text: string) => text.replace(SPACES, "");

/** The draft is valid, covers its text exactly once, and each block's text is what its span holds. */
function checkDraft(draft: Draft) {
  expect(DraftSchema.safeParse(draft).success).toBe(true);
  const report = coverage(draft);
  expect(report, JSON.stringify({ text: draft.source.text, report })).toMatchObject({ ok: true });
  expect(draft.source.length).toBe(draft.source.text.length);
  for (const candidate of draft.blocks) {
    const { block, span } = candidate;
    expect(candidate.text).toBe(blockText(block));
    const slice = draft.source.text.slice(span.start, span.end);
    // A paragraph's text is its lines joined (by a space, or none between Chinese characters or before a
    // closing mark); other kinds drop their markers.
    if (block.type === "paragraph") expect(unspaced(block.text)).toBe(unspaced(slice));
    else for (const part of candidate.text.split("\n")) expect(slice).toContain(part.trim());
  }
  for (const removal of draft.removed)
    expect(draft.source.text.slice(removal.span.start, removal.span.end)).toBe(removal.text);
}

/** Parse, accepting only the errors that arbitrary input may deserve. */
function parseOrRefuse(input: string | Uint8Array) {
  let draft: Draft;
  try {
    draft = parseText(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CopydeskError);
    expect(["EMPTY_INPUT", "BINARY_INPUT"]).toContain((error as CopydeskError).code);
    return;
  }
  checkDraft(draft);
}

const shapedLine = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "-",
    "--",
    "—",
    "***",
    "- item",
    "• item",
    "* item",
    "1. item",
    "2) item",
    "MOSCOW:",
    "MOSCOW: The leaders met.",
    "WASHINGTON (Reuters) -",
    "LONDON, Sept 28 (Reuters) – Prices rose.",
    "GROSSETO, Italy (AP) -- Fire.",
    "NEW DELHI, Jan 22 (PTI) Text",
    "ISLAMABAD - ",
    "BREAKING: news",
    "NATO: the alliance",
    "By Jane Doe and John Roe",
    "By JANE DOE, Reuters",
    "Jane Doe | AP",
    "— AFP",
    "(AFP)",
    "-- Reuters",
    "APP",
    "He said so. — AFP",
    "# Title",
    "## Heading",
    "Share this",
    "Headline Of Another Story -",
    "A sentence that ends here.",
    "a line that goes on without a stop and continues on the",
    "next line in lowercase,",
    "Itâ€™s a cafÃ©",
    "\t",
    "\u00a0",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);
const lineBreak = fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\n \n");

const shapedText = fc
  .tuple(
    fc.array(shapedLine, { minLength: 1, maxLength: 25 }),
    fc.array(lineBreak, { minLength: 25, maxLength: 25 }),
  )
  .map(([lines, breaks]) => lines.map((line, i) => line + (i < lines.length - 1 ? breaks[i] : "")).join(""));

describe("parseText properties", () => {
  it("covers every non-whitespace character exactly once, on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), parseOrRefuse), { numRuns: 500 });
  });

  it("covers every non-whitespace character exactly once, on newline-, dash-, dateline- and byline-heavy text", () => {
    fc.assert(fc.property(shapedText, parseOrRefuse), { numRuns: 1500 });
  });

  it("never crashes on arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), parseOrRefuse), { numRuns: 500 });
  });

  it("reads a text the same as its UTF-8 bytes", () => {
    fc.assert(
      fc.property(shapedText, (text) => {
        let fromString: Draft;
        try {
          fromString = parseText(text);
        } catch {
          return;
        }
        const fromBytes = parseText(new TextEncoder().encode(text));
        expect(fromBytes.blocks).toEqual(fromString.blocks);
        expect(fromBytes.metadata).toEqual(fromString.metadata);
      }),
      { numRuns: 300 },
    );
  });
});
