import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type BatchOptions, runBatch } from "./engine.js";

const PROCESSOR = new URL("./test-processor.ts", import.meta.url).href;

function options(overrides: Partial<BatchOptions> = {}): BatchOptions {
  return {
    inputs: [],
    ndjson: true,
    include: [],
    exclude: [],
    maxInputBytes: 1 << 20,
    maxLineBytes: 1 << 16,
    outDir: undefined,
    format: undefined,
    fields: { id: "id", url: "url", html: "html", text: "text" },
    kind: "auto",
    url: undefined,
    workers: 2,
    timeoutMs: 30_000,
    progress: false,
    processor: PROCESSOR,
    ...overrides,
  };
}

/** A stdout that takes a while per write, like a slow pipe, and counts what it holds. */
class SlowSink extends Writable {
  readonly lines: string[] = [];
  constructor(private readonly delayMs: number) {
    super({ highWaterMark: 1024 });
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.lines.push(chunk.toString());
    if (this.delayMs === 0) done();
    else setTimeout(done, this.delayMs);
  }
}

function records(count: number, text: string) {
  return Array.from({ length: count }, (_, i) => `${JSON.stringify({ id: i, text })}\n`).join("");
}

async function* fromLines(lines: string[]) {
  for (const line of lines) yield new TextEncoder().encode(`${line}\n`);
}

async function run(lines: string[], overrides: Partial<BatchOptions> = {}, delayMs = 0) {
  const stdout = new SlowSink(delayMs);
  const stderr: string[] = [];
  const summary = await runBatch(options(overrides), {
    stdin: fromLines(lines),
    stdout,
    stderr: { write: (text: string) => stderr.push(text) },
  });
  for (const chunk of stdout.lines) expect(chunk.indexOf("\n"), "one line per write").toBe(chunk.length - 1);
  return { summary, output: stdout.lines.map((line) => JSON.parse(line)), stderr: stderr.join("") };
}

describe("runBatch", () => {
  it("keeps input order when later records finish first", async () => {
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ id: i, text: i % 5 === 0 ? `SLOW ${40 - i}` : `page ${i}` }),
    );
    const { summary, output } = await run(lines, { workers: 3 });
    expect(output.map((record) => record.id)).toEqual(lines.map((_, i) => i));
    expect(summary).toMatchObject({ records: 40, errors: 0, interrupted: false });
  });

  it("gives exactly one line per input line, bad ones as error records, and goes on", async () => {
    const lines = [
      '{"id":"a","text":"fine"}',
      "{broken",
      "",
      '{"id":"b"}',
      '{"id":"c","text":"FAIL"}',
      `{"id":"d","text":"${"x".repeat(70_000)}"}`,
      '{"id":"e","html":"<p>fine</p>"}',
    ];
    const { summary, output } = await run(lines);
    expect(output.map((record) => record.id)).toEqual(["a", "stdin:2", "stdin:3", "b", "c", "stdin:6", "e"]);
    expect(output.map((record) => record.error?.code ?? "ok")).toEqual([
      "ok",
      "INVALID_JSON",
      "INVALID_JSON",
      "INVALID_RECORD",
      "EMPTY_INPUT",
      "INPUT_TOO_LARGE",
      "ok",
    ]);
    expect(summary).toMatchObject({ records: 7, errors: 5 });
  });

  it("replaces a worker that dies or hangs, reporting only that record", async () => {
    const lines = [
      '{"id":1,"text":"one"}',
      '{"id":2,"text":"EXIT"}',
      '{"id":3,"text":"HANG"}',
      '{"id":4,"text":"four"}',
    ];
    const { summary, output } = await run(lines, { workers: 1, timeoutMs: 1500 });
    expect(output.map((record) => record.error?.code ?? "ok")).toEqual([
      "ok",
      "WORKER_FAILED",
      "TIMEOUT",
      "ok",
    ]);
    expect(output[3]).toMatchObject({ id: 4, article: { headline: "four" } });
    expect(summary.errors).toBe(2);
  });

  it("sends what a worker prints to stderr, never into the records", async () => {
    const { output, stderr } = await run(['{"id":1,"text":"NOISE"}']);
    expect(output).toHaveLength(1);
    expect(stderr).toMatch(/a stray line from a worker/);
  });

  it("holds back the reading while stdout is slow: work in flight stays bounded", async () => {
    let read = 0;
    async function* counted() {
      for (let i = 0; i < 300; i++) {
        read += 1;
        yield new TextEncoder().encode(`${JSON.stringify({ id: i, text: `page ${i}` })}\n`);
      }
    }
    const stdout = new SlowSink(2);
    let maxAhead = 0;
    const watch = setInterval(() => {
      maxAhead = Math.max(maxAhead, read - stdout.lines.length);
    }, 1);
    const summary = await runBatch(options({ workers: 2 }), {
      stdin: counted(),
      stdout,
      stderr: { write: () => {} },
    });
    clearInterval(watch);
    expect(summary.records).toBe(300);
    // The window (4 per worker) plus the stream's small buffer: nowhere near the 300 records of input.
    expect(maxAhead).toBeGreaterThan(0);
    expect(maxAhead).toBeLessThan(40);
  });

  it("stops at a complete line when aborted", async () => {
    const controller = new AbortController();
    async function* endless() {
      for (let i = 0; ; i++) {
        if (i === 50) controller.abort();
        yield new TextEncoder().encode(`${JSON.stringify({ id: i, text: "SLOW 2" })}\n`);
      }
    }
    const stdout = new SlowSink(0);
    const summary = await runBatch(options({ signal: controller.signal }), {
      stdin: endless(),
      stdout,
      stderr: { write: () => {} },
    });
    expect(summary.interrupted).toBe(true);
    expect(summary.records).toBeLessThan(60);
    for (const line of stdout.lines) expect(JSON.parse(line)).toHaveProperty("article");
  });

  it("walks directories with include and exclude, mirroring the tree under --out", async () => {
    const root = mkdtempSync(join(tmpdir(), "copydesk-batch-"));
    mkdirSync(join(root, "in/news/2024"), { recursive: true });
    mkdirSync(join(root, "in/drafts"), { recursive: true });
    writeFileSync(join(root, "in/news/a.html"), "<p>A</p>");
    writeFileSync(join(root, "in/news/2024/b.html"), "<p>B</p>");
    writeFileSync(join(root, "in/news/2024/skip.css"), "p {}");
    writeFileSync(join(root, "in/news/2024/bad.html"), "FAIL");
    writeFileSync(join(root, "in/drafts/c.html"), "<p>C</p>");
    const common = { inputs: [join(root, "in")], ndjson: false, include: ["*.html"], exclude: ["drafts"] };

    const listed = await run([], common);
    expect(listed.output.map((record) => record.id)).toEqual([
      "news/2024/b.html",
      "news/2024/bad.html",
      "news/a.html",
    ]);
    expect(listed.output[2]).toMatchObject({ url: null, article: { headline: "<p>A</p>" } });
    expect(listed.output[1].error.code).toBe("EMPTY_INPUT");

    const out = join(root, "out");
    const written = await run([], { ...common, outDir: out });
    expect(written.summary).toMatchObject({ records: 3, errors: 1 });
    expect(written.stderr).toMatch(/news\/2024\/bad\.html: nothing to extract \(EMPTY_INPUT\)/);
    expect(readdirSync(join(out, "news")).sort()).toEqual(["2024", "a.json"]);
    expect(readdirSync(join(out, "news/2024"))).toEqual(["b.json"]);
    // The stand-in has no renderer behind it: under --out a JSON file per record shows what it got.
    expect(JSON.parse(readFileSync(join(out, "news/a.json"), "utf8"))).toMatchObject({
      headline: "<p>A</p>",
    });
  });

  it("names NDJSON records' files after their ids under --out", async () => {
    const out = mkdtempSync(join(tmpdir(), "copydesk-batch-out-"));
    const lines = ['{"id":"story/1","text":"one"}', '{"text":"two"}'];
    const { summary } = await run(lines, { outDir: out });
    expect(summary.errors).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["stdin_2.json", "story_1.json"]);
  });

  it("reads NDJSON files and reports a missing one as an error record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-batch-files-"));
    writeFileSync(join(dir, "a.ndjson"), '{"text":"x"}\n{"text":"y"}\n');
    const { output } = await run([], { inputs: [join(dir, "a.ndjson"), join(dir, "none.ndjson")] });
    expect(output.map((record) => record.id)).toEqual([
      `${join(dir, "a.ndjson")}:1`,
      `${join(dir, "a.ndjson")}:2`,
      join(dir, "none.ndjson"),
    ]);
    expect(output[2].error.code).toBe("READ_ERROR");
  });

  it("draws a progress bar with a percentage on a terminal, and clears it at the end", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-batch-bar-"));
    writeFileSync(join(dir, "in.ndjson"), records(30, "SLOW 20"));
    const shown = await run([], { inputs: [join(dir, "in.ndjson")], progress: true, workers: 1 });
    expect(
      shown.stderr.startsWith("\r\u001b[K[····················]   0% 0 records · 0.0/s · 0 errors"),
    ).toBe(true);
    expect(shown.stderr).toMatch(/\] +\d+% \d+ records · [\d.,]+\/s · 0 errors( · ETA \w+)?/);
    expect(shown.stderr.endsWith("\r\u001b[K")).toBe(true);
    const silent = await run([], { inputs: [join(dir, "in.ndjson")], progress: false, workers: 1 });
    expect(silent.stderr).toBe("");
  });

  it("fails the run, not each record, when workers cannot start", async () => {
    await expect(run(['{"text":"x"}'], { processor: "file:///no/such/module.js" })).rejects.toThrow(
      /batch workers cannot start/,
    );
  });
});
