import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CopydeskError, DraftSchema } from "@copydesk/schema";
import { describe, expect, it } from "vitest";
import { coverage } from "../coverage.js";
import { DEFAULT_MAX_INPUT_BYTES } from "../input.js";
import { parseText } from "./parse-text.js";

const sample = new Uint8Array(
  readFileSync(fileURLToPath(new URL("../../fixtures/wire-moscow/input.txt", import.meta.url))),
);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CopydeskError);
    return (error as CopydeskError).code;
  }
  return undefined;
}

describe("parseText on the sample wire story", () => {
  const draft = parseText(sample);

  it("is a valid draft whose spans cover the text exactly once", () => {
    expect(DraftSchema.parse(draft)).toEqual(draft);
    expect(coverage(draft)).toEqual({ ok: true, uncovered: [], overlapping: [], invalid: [] });
  });

  it("reads the headline and the MOSCOW: dateline", () => {
    expect(draft.metadata.headline).toEqual({
      text: "Putin, Abe talks fail to break island impasse",
      span: { start: 0, end: 45 },
    });
    expect(draft.metadata.dateline).toEqual({
      place: "MOSCOW",
      text: "MOSCOW:",
      span: { start: 46, end: 53 },
    });
    expect(draft.source).toMatchObject({ kind: "text", encoding: "utf-8", length: draft.source.text.length });
  });

  it("keeps one candidate per remaining line: 6 paragraphs, the `-` line, 16 headlines", () => {
    expect(draft.blocks).toHaveLength(23);
    expect(draft.blocks[0]!.text.startsWith("The leaders of Russia and Japan")).toBe(true);
    expect(draft.blocks[6]!.text).toBe("-");
    expect(draft.blocks.slice(7).every((b) => b.block.type === "paragraph")).toBe(true);
    expect(draft.blocks[22]!.text).toBe(
      "Martha Stewart On Surviving Rigorous Times Amid Upcoming Memoir Release",
    );
    for (const block of draft.blocks)
      expect(draft.source.text.slice(block.span.start, block.span.end)).toBe(block.text);
    expect(draft.removed).toEqual([]);
    expect(draft.warnings).toEqual([]);
  });

  it("reads the same from the string as from the bytes, without an encoding", () => {
    const fromString = parseText(new TextDecoder().decode(sample));
    expect(fromString.blocks).toEqual(draft.blocks);
    expect(fromString.source.encoding).toBeUndefined();
  });
});

describe("parseText input checks", () => {
  it("refuses empty and whitespace-only input", () => {
    expect(codeOf(() => parseText(""))).toBe("EMPTY_INPUT");
    expect(codeOf(() => parseText(" \n\t\r\n \u00a0"))).toBe("EMPTY_INPUT");
    expect(codeOf(() => parseText(new Uint8Array()))).toBe("EMPTY_INPUT");
    expect(codeOf(() => parseText(new Uint8Array([0xef, 0xbb, 0xbf, 0x20])))).toBe("EMPTY_INPUT");
  });

  it("refuses binary input: a NUL in the head, or too many control characters", () => {
    expect(
      codeOf(() =>
        parseText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
      ),
    ).toBe("BINARY_INPUT");
    expect(codeOf(() => parseText(`text\u0000more`))).toBe("BINARY_INPUT");
    expect(codeOf(() => parseText("ab\u0001\u0002cdefgh"))).toBe("BINARY_INPUT");
    // After characters that need NFC or look like mojibake leads.
    expect(codeOf(() => parseText("Cafe\u0301 text\u0000more"))).toBe("BINARY_INPUT");
    expect(codeOf(() => parseText("café text\u0000more"))).toBe("BINARY_INPUT");
    // One stray control character in a story is text, repaired with a warning.
    expect(parseText("Title here\nA story\u0007 with a bell.").warnings.map((w) => w.code)).toEqual([
      "control-characters",
    ]);
  });

  it("looks for binary content in the first 8 KiB only", () => {
    expect(parseText(`${"Plain text. ".repeat(1000)}\u0000`).warnings.map((w) => w.code)).toEqual([
      "control-characters",
      "no-headline",
    ]);
  });

  it("refuses input over maxInputBytes, counting a string in UTF-8 bytes", () => {
    expect(codeOf(() => parseText("abcdef", { maxInputBytes: 5 }))).toBe("INPUT_TOO_LARGE");
    expect(codeOf(() => parseText("ééé", { maxInputBytes: 5 }))).toBe("INPUT_TOO_LARGE");
    expect(parseText("éé", { maxInputBytes: 4 }).source.length).toBe(2);
    expect(codeOf(() => parseText(new Uint8Array(6).fill(0x41), { maxInputBytes: 5 }))).toBe(
      "INPUT_TOO_LARGE",
    );
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(50 * 1024 * 1024);
  });

  it("refuses what is neither a string nor a Uint8Array, and bad options", () => {
    expect(codeOf(() => parseText(42 as unknown as string))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseText(null as unknown as string))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseText([1, 2] as unknown as Uint8Array))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseText("text", { maxInputBytes: 0 }))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => parseText("text", { maxInputBytes: Number.NaN }))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => parseText("text", "utf-8" as never))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => parseText("text", { encoding: 5 as never }))).toBe("INVALID_OPTIONS");
  });

  it("decodes bytes with the encoding option; a BOM wins over it", () => {
    const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]);
    expect(parseText(latin, { encoding: "iso-8859-1" })).toMatchObject({
      metadata: { headline: { text: "Café opens" } },
      source: { encoding: "windows-1252" },
      warnings: [],
    });
  });

  it("reports invalid bytes as a warning, never a crash", () => {
    const draft = parseText(
      new Uint8Array([...new TextEncoder().encode("Title here\nCafé crème brûlée naïve "), 0xff]),
    );
    expect(draft.warnings.map((w) => w.code)).toEqual(["invalid-bytes"]);
    expect(draft.blocks[0]!.text.endsWith("\uFFFD")).toBe(true);
  });
});
