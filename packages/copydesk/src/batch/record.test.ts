import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { WorkerConfig } from "./protocol.js";
import { processJob } from "./record.js";
import fakeExtract from "./test-processor.js";

const config: WorkerConfig = {
  output: "stdout",
  format: undefined,
  fields: { id: "id", url: "url", html: "html", text: "text" },
  kind: "auto",
  url: undefined,
  maxInputBytes: 1000,
  processor: undefined,
};

const encode = (text: string) => new TextEncoder().encode(text);

function lineOf(text: string, overrides: Partial<WorkerConfig> = {}) {
  const result = processJob(
    { seq: 0, type: "line", bytes: encode(text), fallbackId: "in:1" },
    { ...config, ...overrides },
    fakeExtract,
    (_article, format) => (format === "markdown" ? "# Rendered" : JSON.stringify({ format })),
  );
  const line = new TextDecoder().decode(result.line);
  expect(line.endsWith("\n")).toBe(true);
  expect(line.indexOf("\n")).toBe(line.length - 1);
  return { result, output: JSON.parse(line) };
}

describe("processJob", () => {
  it("turns a record into { id, url, article }, html read as html and text as text", () => {
    expect(lineOf('{"id":"a1","url":"https://example.com/x","html":"<p>Hi</p>"}').output).toEqual({
      id: "a1",
      url: "https://example.com/x",
      article: { headline: "<p>Hi</p>", kind: "html", url: "https://example.com/x", length: 9 },
    });
    expect(lineOf('{"text":"Plain"}').output).toEqual({
      id: "in:1",
      url: null,
      article: { headline: "Plain", kind: "text", url: null, length: 5 },
    });
  });

  it("reads other field names when told", () => {
    const fields = { id: "doc", url: "link", html: "body", text: "content" };
    const { output } = lineOf('{"doc":7,"link":"https://e.org/","content":"Words"}', { fields });
    expect(output).toMatchObject({ id: 7, url: "https://e.org/", article: { kind: "text" } });
  });

  it("takes a null field as absent", () => {
    expect(lineOf('{"id":1,"html":null,"text":"Words","url":null}').output).toMatchObject({
      id: 1,
      url: null,
      article: { kind: "text" },
    });
    expect(lineOf('{"id":2,"html":null}').output.error.code).toBe("INVALID_RECORD");
  });

  it("embeds a JSON rendering as a value and any other rendering as a string", () => {
    expect(lineOf('{"text":"T"}', { format: "markdown" }).output.article).toBe("# Rendered");
    expect(lineOf('{"text":"T"}', { format: "ninjs" }).output.article).toEqual({ format: "ninjs" });
  });

  it("reports bad records as errors that keep the record's id when it has one", () => {
    const cases: [string, string, string | number][] = [
      ["not json", "INVALID_JSON", "in:1"],
      ["   ", "INVALID_JSON", "in:1"],
      ["\u0000\u0001\u00ff binary", "INVALID_JSON", "in:1"],
      ["[1,2]", "INVALID_RECORD", "in:1"],
      ['{"id":5}', "INVALID_RECORD", 5],
      ['{"id":{"x":1},"text":"a"}', "INVALID_RECORD", "in:1"],
      ['{"id":"k","text":42}', "INVALID_RECORD", "k"],
      ['{"id":"u","url":3,"text":"a"}', "INVALID_RECORD", "u"],
      ['{"id":"f","text":"FAIL"}', "EMPTY_INPUT", "f"],
      ['{"id":"b","text":"BUG"}', "INTERNAL_ERROR", "b"],
    ];
    for (const [text, code, id] of cases) {
      const { result, output } = lineOf(text);
      expect(output, text).toEqual({ id, error: { code, message: expect.any(String) } });
      expect(result.error?.code, text).toBe(code);
    }
  });

  it("reads whole files, refusing one over the size limit before reading it", () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-record-"));
    writeFileSync(join(dir, "small.txt"), "Small page");
    writeFileSync(join(dir, "big.txt"), "x".repeat(2000));
    const run = (name: string) =>
      processJob({ seq: 3, type: "file", path: join(dir, name), id: name }, config, fakeExtract, undefined);
    expect(run("small.txt").error).toBeUndefined();
    expect(run("big.txt").error?.code).toBe("INPUT_TOO_LARGE");
    expect(run("missing.txt").error?.code).toBe("READ_ERROR");
  });

  it("returns the rendered article for --out, and no line", () => {
    const result = processJob(
      { seq: 1, type: "bytes", bytes: encode("Page"), id: "stdin" },
      { ...config, output: "files", format: "text" },
      fakeExtract,
      () => "rendered",
    );
    expect(result.line).toBeUndefined();
    expect(new TextDecoder().decode(result.content)).toBe("rendered\n");
  });
});
