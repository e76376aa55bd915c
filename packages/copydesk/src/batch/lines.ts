/** One line of NDJSON input: its bytes, or none when it was longer than the limit. */
export interface InputLine {
  /** 1-based line number in its source. */
  line: number;
  /** The line without its newline, in a buffer of its own (safe to transfer); undefined when too long. */
  bytes: Uint8Array | undefined;
  /** The line's length in bytes, counted even when the line was skipped. */
  size: number;
}

const NEWLINE = 0x0a;

function join(parts: Uint8Array[], size: number): Uint8Array {
  // A fresh buffer per line: never a view into a pooled chunk, so it can be transferred to a worker.
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/**
 * Splits a byte stream into lines. A line longer than `maxLineBytes` is not
 * held: its bytes are dropped as they arrive and it comes out with `bytes`
 * undefined, so memory stays at one line's limit however long the line is.
 * Every line comes out, blank ones included; a last line without a newline too.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<InputLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  const emit = (): InputLine => {
    line += 1;
    const item = { line, bytes: tooLong ? undefined : join(parts, size), size };
    parts = [];
    size = 0;
    tooLong = false;
    return item;
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.byteLength) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.byteLength : newline;
      size += end - start;
      if (!tooLong) {
        if (size > maxLineBytes) {
          tooLong = true;
          parts = [];
        } else if (end > start) {
          parts.push(chunk.subarray(start, end));
        }
      }
      if (newline === -1) break;
      yield emit();
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) yield emit();
}
