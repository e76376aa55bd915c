import { describe, expect, it } from "vitest";
import { parseText } from "../src/index.js";

/**
 * Generous bounds that linear code meets many times over on a slow machine,
 * and that quadratic code (string building, rescanning lines) misses by far.
 */
const BOUND_MS = 10_000;

/**
 * CPU time of this process, not wall time: on a machine busy with other work
 * the wall clock measures the neighbours, while CPU time still measures the parser.
 */
function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = fn();
  const { user, system } = process.cpuUsage(start);
  return { result, ms: (user + system) / 1000 };
}

describe("parseText in linear time", () => {
  it("parses a million short lines in well under 10 s", () => {
    const lines: string[] = ["A headline for a long list"];
    for (let i = 0; i < 1_000_000; i++) lines.push(i % 7 === 0 ? "-" : `Line ${i} of text.`);
    const { result, ms } = timed(() => parseText(lines.join("\n")));
    expect(result.blocks).toHaveLength(1_000_000);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("parses 500,000 wrapped lines (25 MB), all joined into one paragraph in well under 10 s", () => {
    const line = "the quick brown fox jumps over the lazy dog and then";
    const { result, ms } = timed(() => parseText(`Title here\n${Array(500_000).fill(line).join("\n")}`));
    expect(result.blocks).toHaveLength(1);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("parses a 10 MB line in well under 10 s", () => {
    const text = `MOSCOW: ${"Itâ€™s a long sentence — with “quotes”, café and Zürich. ".repeat(180_000)}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const { result, ms } = timed(() => parseText(text));
    expect(result.metadata.dateline?.text).toBe("MOSCOW:");
    expect(result.blocks).toHaveLength(1);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("parses a text saved one text node to a line, 300,000 links cutting its sentences, in well under 10 s", () => {
    // A lone bracket marks the dump; every sentence is cut at a link, and a 1 MB resumption closes it.
    const cut = ["Shares in", "Tokyo", "and in Seoul rose on Tuesday, traders said."];
    const lines = ["Title here", "("];
    for (let i = 0; i < 300_000; i++) lines.push(...cut);
    lines.push("prices in", "Paris", `fell ${"sharply and ".repeat(90_000)}late.`);
    const { result, ms } = timed(() => parseText(lines.join("\n")));
    expect(result.blocks).toHaveLength(300_002);
    expect(result.blocks[1]!.text).toBe("Shares in Tokyo and in Seoul rose on Tuesday, traders said.");
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("parses a million list items in well under 10 s", () => {
    const { result, ms } = timed(() =>
      parseText(`Title here\n${Array(1_000_000).fill("- item").join("\n")}`),
    );
    expect(result.blocks).toHaveLength(1);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("stays linear on lines built to make regular expressions backtrack", () => {
    const shapes = [
      `a${" ".repeat(100_000)}b -`,
      `By ${"\t".repeat(100_000)}Jane`,
      `MOSCOW${"-".repeat(100_000)}`,
      `He said. ${"-- ".repeat(30_000)}AFP`,
      `${"A-".repeat(50_000)} - text.`,
      `"${"”".repeat(100_000)}`,
    ];
    for (const shape of shapes) {
      const text = `${shape}\n${Array(2_000).fill(shape.slice(0, 100)).join("\n")}\n${shape}`;
      const { result, ms } = timed(() => parseText(text));
      expect(result.blocks.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });
});
