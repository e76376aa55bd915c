import { describe, expect, it } from "vitest";
import { formatDuration, groupDigits, ProgressBar, progressLine, summaryLine } from "./progress.js";

describe("progress", () => {
  it("formats counts and durations the same on every machine", () => {
    expect(groupDigits(1234567)).toBe("1,234,567");
    expect(groupDigits(999)).toBe("999");
    expect(formatDuration(42)).toBe("42s");
    expect(formatDuration(185)).toBe("3m05s");
    expect(formatDuration(7620)).toBe("2h07m");
  });

  it("shows records, rate, errors and, when the total is known, a bar and an ETA", () => {
    const line = progressLine({ records: 12345, errors: 3, elapsedMs: 10_000, fraction: 0.25 });
    expect(line).toBe("[#####···············]  25% 12,345 records · 1,235/s · 3 errors · ETA 30s");
    expect(progressLine({ records: 10, errors: 1, elapsedMs: 1000, fraction: undefined })).toBe(
      "10 records · 10/s · 1 error",
    );
    expect(progressLine({ records: 3, errors: 0, elapsedMs: 14_500, fraction: undefined })).toBe(
      "3 records · 0.2/s · 0 errors",
    );
  });

  it("never draws wider than the terminal", () => {
    const line = progressLine({ records: 1, errors: 0, elapsedMs: 1, fraction: 0.5 }, 30);
    expect(line.length).toBeLessThan(30);
  });

  it("summarises the run", () => {
    expect(summaryLine({ records: 10000, errors: 2, elapsedMs: 12_345 })).toBe(
      "copydesk: 10,000 records, 2 errors in 12.3s (810 records/s)",
    );
    expect(summaryLine({ records: 5, errors: 0, elapsedMs: 1000 }, true)).toMatch(
      /interrupted after 5 records/,
    );
  });

  it("draws nothing when disabled, and clears itself around logged lines", () => {
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text), columns: 80 };
    const state = () => ({ records: 1, errors: 0, elapsedMs: 1000, fraction: undefined });
    const off = new ProgressBar(stream, false, state);
    off.start();
    off.draw();
    off.stop();
    expect(written).toEqual([]);
    const on = new ProgressBar(stream, true, state);
    on.draw();
    on.log("copydesk: a: bad (EMPTY_INPUT)");
    on.stop();
    expect(written.join("")).toBe(
      "\r\u001b[K1 records · 1.0/s · 0 errors\r\u001b[Kcopydesk: a: bad (EMPTY_INPUT)\n\r\u001b[K1 records · 1.0/s · 0 errors\r\u001b[K",
    );
  });
});
