/**
 * `maxInputBytes` (default 50 MiB) is enforced on every path, with a typed
 * INPUT_TOO_LARGE error, before the input is held in memory where it can be:
 * strings and bytes, text and HTML, the CLI's files and standard input
 * (`--max-input-bytes`), and batch records.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { CopydeskError } from "@copydesk/schema";
import { afterAll, describe, expect, it } from "vitest";
import { processJob } from "../../src/batch/record.js";
import { type CliIo, nodeIo, runCli } from "../../src/cli/run.js";
import { extract, safeExtract } from "../../src/index.js";

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "copydesk-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CopydeskError);
    return (error as CopydeskError).code;
  }
  return undefined;
}

/** The real file and stream I/O, with output captured. */
function realIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeIo(), stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("maxInputBytes in extract", () => {
  const text = "Headline\n\nSome words of the story.\n";
  const html = "<html><body><h1>Headline</h1><p>Some words of the story.</p></body></html>";
  const encode = (s: string) => new TextEncoder().encode(s);

  it.each([
    ["a text string", text, "text"],
    ["text bytes", encode(text), "text"],
    ["an HTML string", html, "html"],
    ["HTML bytes", encode(html), "html"],
    ["an HTML string read as auto", html, "auto"],
  ] as const)("refuses %s one byte over the limit and accepts it at the limit", (_, input, kind) => {
    const size = typeof input === "string" ? encode(input).byteLength : input.byteLength;
    expect(codeOf(() => extract(input, { kind, maxInputBytes: size - 1 }))).toBe("INPUT_TOO_LARGE");
    expect(codeOf(() => extract(input, { kind, maxInputBytes: size }))).toBeUndefined();
  });

  it("counts a string's UTF-8 bytes, not its UTF-16 length", () => {
    const cyrillic = "Переговоры\n\nМинистры встретились во вторник.";
    const bytes = encode(cyrillic).byteLength;
    expect(bytes).toBeGreaterThan(cyrillic.length);
    expect(codeOf(() => extract(cyrillic, { maxInputBytes: bytes - 1 }))).toBe("INPUT_TOO_LARGE");
    expect(codeOf(() => extract(cyrillic, { maxInputBytes: bytes }))).toBeUndefined();
  });

  it("applies 50 MiB by default, to strings and bytes", () => {
    const over = 50 * MiB + 1;
    expect(codeOf(() => extract("a".repeat(over)))).toBe("INPUT_TOO_LARGE");
    expect(codeOf(() => extract(new Uint8Array(over).fill(0x61)))).toBe("INPUT_TOO_LARGE");
    const result = safeExtract("a".repeat(over), { kind: "html" });
    expect(result.ok ? undefined : result.error.code).toBe("INPUT_TOO_LARGE");
  });

  it("refuses a limit that is not a positive integer with INVALID_OPTIONS", () => {
    for (const maxInputBytes of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codeOf(() => extract(text, { maxInputBytes }))).toBe("INVALID_OPTIONS");
    }
  });
});

describe("maxInputBytes in the CLI", () => {
  it("refuses a file over --max-input-bytes", async () => {
    const path = join(dir, "story.txt");
    writeFileSync(path, "Headline\n\nSome words of the story, long enough to pass the limit.\n");
    const run = realIo();
    expect(await runCli([path, "--max-input-bytes", "20"], run.io)).toBe(1);
    expect(run.stderr()).toContain("(INPUT_TOO_LARGE)");
  });

  it("refuses a 3 GiB file with INPUT_TOO_LARGE, without reading it", async () => {
    const path = join(dir, "huge.html");
    writeFileSync(path, "");
    truncateSync(path, 3 * 1024 * MiB); // sparse: takes no disk space
    const run = realIo();
    const started = performance.now();
    expect(await runCli([path], run.io)).toBe(1);
    expect(run.stderr()).toContain("(INPUT_TOO_LARGE)");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("stops reading an endless standard input at --max-input-bytes", async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const endless = Readable.from(
      (function* () {
        for (;;) yield chunk;
      })(),
    );
    const original = Object.getOwnPropertyDescriptor(process, "stdin")!;
    Object.defineProperty(process, "stdin", { value: endless, configurable: true });
    try {
      const run = realIo();
      expect(await runCli(["--max-input-bytes", String(MiB)], run.io)).toBe(1);
      expect(run.stderr()).toContain("(INPUT_TOO_LARGE)");
    } finally {
      Object.defineProperty(process, "stdin", original);
      endless.destroy();
    }
  });
});

describe("maxInputBytes in batch mode", () => {
  const config = {
    output: "stdout" as const,
    format: undefined,
    fields: { id: "id", url: "url", html: "html", text: "text" },
    kind: "auto" as const,
    url: undefined,
    maxInputBytes: 100,
    processor: undefined,
  };

  it("gives an NDJSON record over the limit an INPUT_TOO_LARGE error record", () => {
    const record = JSON.stringify({ id: "r1", text: `Headline\n\n${"word ".repeat(100)}` });
    const result = processJob(
      { seq: 0, type: "line", bytes: new TextEncoder().encode(record), fallbackId: "in:1" },
      config,
      extract,
      undefined,
    );
    const line = JSON.parse(new TextDecoder().decode(result.line));
    expect(line.id).toBe("r1");
    expect(line.error.code).toBe("INPUT_TOO_LARGE");
  });

  it("refuses a sparse 3 GiB file before reading it", () => {
    const path = join(dir, "huge-batch.html");
    writeFileSync(path, "");
    truncateSync(path, 3 * 1024 * MiB);
    const result = processJob({ seq: 0, type: "file", path, id: "huge" }, config, extract, undefined);
    expect(JSON.parse(new TextDecoder().decode(result.line)).error.code).toBe("INPUT_TOO_LARGE");
  });
});
