import { describe, expect, it } from "vitest";
import { type InputLine, splitLines } from "./lines.js";

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

async function* chunked(...chunks: string[]) {
  for (const chunk of chunks) yield encode(chunk);
}

async function collect(lines: AsyncIterable<InputLine>) {
  const out: { line: number; text: string | undefined; size: number }[] = [];
  for await (const { line, bytes, size } of lines) out.push({ line, text: decode(bytes), size });
  return out;
}

describe("splitLines", () => {
  it("gives every line, blank ones and an unterminated last one included, across chunk borders", async () => {
    const lines = await collect(splitLines(chunked('{"a":', '1}\n\n{"b"', ":2}\nlast"), 100));
    expect(lines).toEqual([
      { line: 1, text: '{"a":1}', size: 7 },
      { line: 2, text: "", size: 0 },
      { line: 3, text: '{"b":2}', size: 7 },
      { line: 4, text: "last", size: 4 },
    ]);
  });

  it("adds no line after a final newline", async () => {
    expect(await collect(splitLines(chunked("a\nb\n"), 10))).toHaveLength(2);
    expect(await collect(splitLines(chunked(""), 10))).toHaveLength(0);
  });

  it("skips a line over the limit without holding it, and goes on with the next", async () => {
    async function* huge() {
      yield encode("ok\n");
      // 1,000 chunks of 1 KiB: one line of about 1 MiB.
      for (let i = 0; i < 1000; i++) yield encode("x".repeat(1024));
      yield encode("\nnext\n");
    }
    const lines = await collect(splitLines(huge(), 4096));
    expect(lines).toEqual([
      { line: 1, text: "ok", size: 2 },
      { line: 2, text: undefined, size: 1024 * 1000 },
      { line: 3, text: "next", size: 4 },
    ]);
  });

  it("keeps a line of exactly the limit", async () => {
    const [line] = await collect(splitLines(chunked("abcd\n"), 4));
    expect(line?.text).toBe("abcd");
  });

  it("returns each line in a buffer of its own, safe to transfer", async () => {
    for await (const { bytes } of splitLines(chunked("one\ntwo\n"), 10)) {
      expect(bytes?.byteOffset).toBe(0);
      expect(bytes?.buffer.byteLength).toBe(bytes?.byteLength);
    }
  });
});
