/**
 * Throughput of the plain-text path on the benchmark pages, next to C4's line
 * rules run in the same process.
 *
 * What is timed, per pass over all pages (one thread, the texts already in memory):
 *
 * - Copydesk: `parseText(text)` then `filterBoilerplate(draft)`: decoding
 *   checks, repair and NFC, segmentation, headline/byline/dateline, language
 *   identification, classification and assembly. This is what
 *   `extract(text, { kind: "text", validate: false })` runs; it is the figure
 *   the target speaks of.
 * - C4: `c4Lines(text)`: splitting the text into lines and applying C4's line
 *   rules (c4.ts).
 * - For the breakdown, `parseText` alone, and `filterBoilerplate` alone on
 *   each page's draft parsed just before it (untimed). Drafts are not kept
 *   across passes: a set of live drafts makes V8 pretenure the parser's
 *   allocation sites, and every contender (C4 too) then runs 1.3-2x slower
 *   in slow scavenges.
 * - A floor: each block's opening split into words and each word hashed
 *   (floor.ts), on the drafts parsed just before (untimed): the least a
 *   filter that reads stopword density does, with no lookup and no other
 *   feature. With the parseText row, it shows how little of C4's time is
 *   left for everything else.
 *
 * MB/s is UTF-8 bytes of input per second of wall clock. Every pass runs each
 * contender once, in turn, so that a busy machine slows them alike; after
 * warm-up passes (the JIT compiles the hot paths) the median pass is
 * reported, and the ratio is the median of the per-pass ratios.
 *
 *   pnpm --filter @copydesk/bench speed:text            the table
 *   pnpm --filter @copydesk/bench speed:text --rounds N timed passes (default TIMED_ROUNDS)
 *   pnpm --filter @copydesk/bench speed:text --check    exit 1 when Copydesk is under 50 MB/s or slower than C4
 */
import { filterBoilerplate } from "@copydesk/boilerplate";
import { parseText } from "@copydesk/parser";
import { loadTextPages } from "../data.js";
import { c4Lines } from "./c4.js";
import { splitWords } from "./floor.js";

/** Copydesk (parse + filter) must read at least this many MB of input per second. */
export const TARGET_MB_PER_S = 50;
/** Passes over the whole set before timing, so the JIT has compiled the hot paths. */
export const WARM_UP_ROUNDS = 5;
/** Timed passes; the median is reported. */
export const TIMED_ROUNDS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Contender {
  name: string;
  /** One pass over all pages; returns the milliseconds to count. */
  run: () => number;
}

/** Sink for results, so that the JIT cannot drop the work. */
let sink = 0;

/** Times `work` on every text; returns the total milliseconds. */
function timeEach(texts: string[], work: (text: string) => number): number {
  const t = performance.now();
  for (const text of texts) sink += work(text);
  return performance.now() - t;
}

function roundsOption(): number {
  const at = process.argv.indexOf("--rounds");
  const n = at === -1 ? TIMED_ROUNDS : Number(process.argv[at + 1]);
  if (!Number.isInteger(n) || n < 1) {
    console.error("--rounds takes a whole number of passes, at least 1.");
    process.exit(2);
  }
  return n;
}

/** Milliseconds per pass for each contender, passes interleaved. */
function timePasses(contenders: Contender[], rounds: number): number[][] {
  const ms = contenders.map(() => [] as number[]);
  for (let round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const elapsed = contenders[i]!.run();
      if (round >= WARM_UP_ROUNDS) ms[i]!.push(elapsed);
    }
  }
  return ms;
}

function main() {
  const rounds = roundsOption();
  const pages = loadTextPages();
  const texts = pages.map((p) => p.text);
  const encoder = new TextEncoder();
  const bytes = texts.reduce((n, t) => n + encoder.encode(t).length, 0);
  const contenders: Contender[] = [
    {
      name: "Copydesk: parseText + filterBoilerplate",
      run: () => timeEach(texts, (t) => filterBoilerplate(parseText(t)).body.length),
    },
    {
      name: "C4: split lines + line rules",
      run: () => timeEach(texts, (t) => c4Lines(t).length),
    },
    {
      name: "  of which parseText",
      run: () => timeEach(texts, (t) => parseText(t).blocks.length),
    },
    {
      name: "  of which filterBoilerplate (each draft just parsed)",
      run: () => {
        let ms = 0;
        for (const t of texts) {
          const draft = parseText(t);
          const start = performance.now();
          sink += filterBoilerplate(draft).body.length;
          ms += performance.now() - start;
        }
        return ms;
      },
    },
    {
      name: "floor: each block's opening split into words, hashed",
      run: () => {
        let ms = 0;
        for (const t of texts) {
          const { blocks } = parseText(t);
          const start = performance.now();
          for (const block of blocks) sink += splitWords(block.text).words;
          ms += performance.now() - start;
        }
        return ms;
      },
    },
  ];
  const ms = timePasses(contenders, rounds);
  const rate = (times: number[]) => bytes / 1e6 / (median(times) / 1000);
  const copydesk = rate(ms[0]!);
  const c4 = rate(ms[1]!);
  // Paired per pass: both ran within the same fraction of a second, under the same load.
  const ratio = median(ms[0]!.map((t, i) => ms[1]![i]! / t));

  const width = Math.max(...contenders.map((c) => c.name.length));
  const rows = contenders.map(
    (c, i) =>
      `| ${c.name.padEnd(width)} | ${rate(ms[i]!).toFixed(1).padStart(6)} | ${median(ms[i]!).toFixed(1).padStart(7)} |`,
  );
  console.log(
    `${pages.length} pages, ${(bytes / 1e6).toFixed(2)} MB of UTF-8 text. One thread; each pass runs every ` +
      `contender over all pages in turn; median of ${rounds} passes after ${WARM_UP_ROUNDS} of warm-up.\n\n` +
      `| ${"stage".padEnd(width)} | MB/s   | ms/pass |\n|${"-".repeat(width + 2)}|--------|---------|\n` +
      `${rows.join("\n")}\n\n` +
      'Copydesk = parseText(text) then filterBoilerplate(draft): what extract(text, { kind: "text", validate: false }) runs.\n' +
      "C4 = c4Lines(text): the text split into lines and C4's line rules applied (c4.ts).\n" +
      "floor = each block's first 320 characters split into words and each word hashed (floor.ts): no lookup, no feature.\n" +
      "MB/s = UTF-8 bytes of input per second of wall clock.\n\n" +
      `Copydesk / C4: ${ratio.toFixed(2)}× (median of per-pass ratios); ` +
      `target: Copydesk ≥ ${TARGET_MB_PER_S} MB/s and ≥ 1× C4.` +
      (sink < 0 ? "" : ""),
  );
  if (process.argv.includes("--check") && (copydesk < TARGET_MB_PER_S || copydesk < c4)) {
    console.error(
      `SPEED CHECK FAILED: Copydesk reads ${copydesk.toFixed(1)} MB/s; C4 ${c4.toFixed(1)} MB/s.`,
    );
    process.exit(1);
  }
}

main();
