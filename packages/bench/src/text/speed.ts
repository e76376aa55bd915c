/**
 * Throughput of the plain-text filter on the benchmark pages, next to C4's
 * line rules in the same process: MB/s of input text, single thread, after
 * warm-up. The filter is timed on drafts parsed beforehand (its own
 * throughput); parsing and the whole pipeline are reported beside it.
 *
 *   pnpm --filter @copydesk/bench speed:text            the table
 *   pnpm --filter @copydesk/bench speed:text --check    exit 1 when the filter is under 50 MB/s or slower than C4
 */
import { filterBoilerplate } from "@copydesk/boilerplate";
import { parseText } from "@copydesk/parser";
import { loadTextPages } from "../data.js";
import { c4Lines } from "./c4.js";

/** The filter must read at least this many MB of input per second. */
export const TARGET_MB_PER_S = 50;
/** Passes over the whole set before timing, so the JIT has compiled the hot paths. */
export const WARM_UP_ROUNDS = 3;
/** Timed passes; the median is reported. */
export const TIMED_ROUNDS = 9;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function mbPerSecond(bytes: number, run: () => void): number {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) run();
  const times: number[] = [];
  for (let i = 0; i < TIMED_ROUNDS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return bytes / 1e6 / (median(times) / 1000);
}

function main() {
  const pages = loadTextPages();
  const texts = pages.map((p) => p.text);
  const bytes = texts.reduce((n, t) => n + new TextEncoder().encode(t).length, 0);
  const drafts = texts.map((t) => parseText(t));
  let sink = 0;
  const filter = mbPerSecond(bytes, () => {
    for (const d of drafts) sink += filterBoilerplate(d).body.length;
  });
  const c4 = mbPerSecond(bytes, () => {
    for (const t of texts) sink += c4Lines(t).length;
  });
  const parse = mbPerSecond(bytes, () => {
    for (const t of texts) sink += parseText(t).blocks.length;
  });
  const pipeline = mbPerSecond(bytes, () => {
    for (const t of texts) sink += filterBoilerplate(parseText(t)).body.length;
  });
  const f = (x: number) => x.toFixed(1).padStart(7);
  console.log(
    `${pages.length} pages, ${(bytes / 1e6).toFixed(2)} MB of text; MB/s, single thread, median of ${TIMED_ROUNDS} passes after ${WARM_UP_ROUNDS} of warm-up\n\n` +
      "| stage                                | MB/s    |\n|--------------------------------------|---------|\n" +
      `| Copydesk filterBoilerplate (drafts)  | ${f(filter)} |\n` +
      `| C4's line rules                      | ${f(c4)} |\n` +
      `| parseText                            | ${f(parse)} |\n` +
      `| parseText + filterBoilerplate        | ${f(pipeline)} |\n\n` +
      `filter / C4: ${(filter / c4).toFixed(2)}×  (target: ≥ ${TARGET_MB_PER_S} MB/s and ≥ 1×)` +
      (sink < 0 ? "" : ""),
  );
  if (process.argv.includes("--check") && (filter < TARGET_MB_PER_S || filter < c4)) {
    console.error(
      `SPEED CHECK FAILED: the filter reads ${filter.toFixed(1)} MB/s; C4 ${c4.toFixed(1)} MB/s.`,
    );
    process.exit(1);
  }
}

main();
