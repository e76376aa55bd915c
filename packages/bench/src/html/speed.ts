/**
 * Extraction speed on the public HTML benchmark pages, in one process, one
 * thread, the same pages for everyone:
 *
 *   pnpm --filter @copydesk/bench speed:html [--rounds N] [--no-jsdom] [--pages N]
 *
 * Contenders:
 * - htmlparser2's Parser with no-op handlers: the floor, tokenising and no extraction at all;
 * - Copydesk: `parseHtml` + `filterBoilerplate`, which is what `extract(html, { validate: false })`
 *   runs (extract's default also checks the article against `ArticleSchema`: shown on its own row);
 * - @mozilla/readability on linkedom, and on jsdom 27.0.0.
 *
 * The machine this runs on may be busy, so contenders are interleaved page by
 * page (each page goes through every contender in turn, in an order shuffled anew for every page and round)
 * and every figure is a ratio to the floor measured in the same run. After a
 * warm-up pass (the JIT compiles the hot paths), each page's time is the
 * median of its rounds; "median ms/page" is the median of those over pages;
 * pages/s divides the pages by the sum of those medians (a long stall of a
 * busy machine in one round does not count). jsdom runs one
 * round only: it is a hundred times slower than the rest.
 *
 * Peak heap: before each page of the first round the young heap is
 * collected; the figure is the largest heap growth, over pages, from there to
 * the end of that page's extraction (its result and its garbage included: nothing is
 * collected in between unless the extraction itself filled the young heap).
 */
import { filterBoilerplate } from "@copydesk/boilerplate";
import { parseHtml } from "@copydesk/parser";
import { ArticleSchema, type Draft } from "@copydesk/schema";
import { Readability } from "@mozilla/readability";
import { Parser } from "htmlparser2";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import { type HtmlPage, loadHtmlPages } from "../data.js";

/** Timed rounds per page (the median is kept); jsdom gets one. */
export const DEFAULT_ROUNDS = 5;
/** jsdom's warm-up uses this many pages: it takes about half a second a page. */
const JSDOM_WARM_UP_PAGES = 10;

/** Targets of the HTML issue. */
export const TARGET_FLOOR_RATIO = 2.5;
export const TARGET_LINKEDOM_RATIO = 6;
export const TARGET_JSDOM_RATIO = 40;

interface Contender {
  name: string;
  /** What is timed; it gets what `prepare` made, if there is one. */
  run: (page: HtmlPage, index: number, prepared: unknown) => unknown;
  /** Untimed work before each run (the draft the filter alone reads). */
  prepare?: (page: HtmlPage) => unknown;
  /** Runs in the first round only. */
  once?: boolean;
}

interface Measured {
  name: string;
  /** Per page, the median of its rounds, in ms. */
  perPage: number[];
  medianMs: number;
  pagesPerSecond: number;
  peakHeapMb: number;
}

const noop = () => {};
const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function contenders(withJsdom: boolean): Contender[] {
  const list: Contender[] = [
    {
      name: "htmlparser2 tokenising, no-op handlers (floor)",
      run: (page) => {
        const parser = new Parser(
          { onopentag: noop, ontext: noop, onclosetag: noop },
          { decodeEntities: true },
        );
        parser.end(page.html);
      },
    },
    {
      name: "Copydesk (parseHtml + filterBoilerplate)",
      run: (page) => filterBoilerplate(parseHtml(page.html, { url: page.url })),
    },
    {
      name: "  of which parseHtml",
      run: (page) => parseHtml(page.html, { url: page.url }),
    },
    {
      // A draft parsed just before, as in extract: its texts are as parseHtml left them, not yet
      // flattened by an earlier pass of the filter over the same draft (which would hide that cost).
      name: "  of which filterBoilerplate",
      prepare: (page) => parseHtml(page.html, { url: page.url }),
      run: (_page, _i, draft) => filterBoilerplate(draft as Draft),
    },
    {
      name: "Copydesk + ArticleSchema.parse (extract's default)",
      run: (page) => ArticleSchema.parse(filterBoilerplate(parseHtml(page.html, { url: page.url }))),
    },
    {
      name: "@mozilla/readability + linkedom",
      run: (page) => {
        const { document } = parseHTML(page.html);
        return new Readability(document as unknown as Document).parse();
      },
    },
  ];
  if (withJsdom) {
    list.push({
      name: "@mozilla/readability + jsdom",
      once: true,
      run: (page) => {
        // jsdom reports CSS it cannot parse on its console; that is noise here.
        const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
        const result = new Readability(dom.window.document).parse();
        dom.window.close();
        return result;
      },
    });
  }
  return list;
}

/** A seeded generator of numbers in [0, 1) (mulberry32), so that every run uses the same orders. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0 … n-1 in a random order (Fisher–Yates). */
function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function measure(list: Contender[], pages: HtmlPage[], rounds: number): Measured[] {
  const nextRandom = seededRandom(1);
  for (const c of list) {
    const warmUp = c.once ? pages.slice(0, JSDOM_WARM_UP_PAGES) : pages;
    for (let i = 0; i < warmUp.length; i++) c.run(warmUp[i]!, i, c.prepare?.(warmUp[i]!));
  }
  const times = list.map(() => pages.map(() => [] as number[]));
  const peak = list.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < pages.length; i++) {
      // A fresh order for every page and round, so that no contender always follows the same one (a
      // contender run right after Readability's large DOMs finds the processor's caches cold).
      const order = shuffled(list.length, nextRandom);
      for (let k = 0; k < list.length; k++) {
        const j = order[k]!;
        const c = list[j]!;
        if (c.once && round > 0) continue;
        // A minor collection empties the young heap, where an extraction's objects are made; a full one
        // before each page would cost more than the page (the run holds every page and draft).
        const prepared = c.prepare?.(pages[i]!);
        if (round === 0) gc?.({ type: "minor" });
        const before = round === 0 ? process.memoryUsage().heapUsed : 0;
        const started = performance.now();
        c.run(pages[i]!, i, prepared);
        times[j]![i]!.push(performance.now() - started);
        if (round === 0) {
          const grown = process.memoryUsage().heapUsed - before;
          if (grown > peak[j]!) peak[j] = grown;
        }
      }
    }
    process.stderr.write(`round ${round + 1} of ${rounds} done\n`);
  }
  return list.map((c, k) => {
    const perPage = times[k]!.map(median);
    return {
      name: c.name,
      perPage,
      medianMs: median(perPage),
      pagesPerSecond: perPage.length / (perPage.reduce((a, b) => a + b, 0) / 1000),
      peakHeapMb: peak[k]! / 2 ** 20,
    };
  });
}

/** "met", or by how much Copydesk's time would have to shrink to meet the target. */
function verdict(met: boolean, shrink: number): string {
  return met ? "met" : `missed: Copydesk would need to be ${(shrink * 100).toFixed(0)}% faster`;
}

function main() {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf("--rounds");
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : DEFAULT_ROUNDS;
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error("--rounds takes a whole number of rounds, at least 1.");
    process.exit(2);
  }
  const pagesAt = args.indexOf("--pages");
  // --pages N: the first N pages only, for a quick look.
  const pages = loadHtmlPages().slice(0, pagesAt >= 0 ? Number(args[pagesAt + 1]) : undefined);
  if (gc === undefined)
    console.log("(run with --expose-gc, as the package script does, for the heap figures)");
  const results = measure(contenders(!args.includes("--no-jsdom")), pages, rounds);

  const floor = results[0]!;
  const width = Math.max(...results.map((r) => r.name.length));
  const rows = results.map(
    (r) =>
      `| ${r.name.padEnd(width)} | ${r.medianMs.toFixed(2).padStart(14)} | ${r.pagesPerSecond.toFixed(0).padStart(7)} | ${r.peakHeapMb.toFixed(1).padStart(12)} | ${(r.medianMs / floor.medianMs).toFixed(2).padStart(7)} |`,
  );
  console.log(
    `${pages.length} pages, Node ${process.versions.node}, one thread. Contenders interleaved page by page; ` +
      `per page the median of ${rounds} rounds (jsdom: 1) after a warm-up.\n`,
  );
  console.log(
    `| ${"extractor".padEnd(width)} | median ms/page | pages/s | peak heap MB | × floor |\n` +
      `|${"-".repeat(width + 2)}|----------------|---------|--------------|---------|\n${rows.join("\n")}`,
  );

  const copydesk = results[1]!;
  const byName = (part: string) => results.find((r) => r.name.includes(part));
  // Paired per page: both ran within milliseconds of each other, under the same load.
  const paired = median(copydesk.perPage.map((t, i) => t / floor.perPage[i]!));
  const floorRatio = copydesk.medianMs / floor.medianMs;
  console.log(
    `\nCopydesk / floor: ${floorRatio.toFixed(2)}× (median of per-page ratios ${paired.toFixed(2)}×); ` +
      `target ≤ ${TARGET_FLOOR_RATIO}×: ${verdict(floorRatio <= TARGET_FLOOR_RATIO, 1 - TARGET_FLOOR_RATIO / floorRatio)}`,
  );
  for (const [part, target] of [
    ["linkedom", TARGET_LINKEDOM_RATIO],
    ["jsdom", TARGET_JSDOM_RATIO],
  ] as const) {
    const other = byName(part);
    if (other === undefined) continue;
    const ratio = other.medianMs / copydesk.medianMs;
    const pairedOther = median(copydesk.perPage.map((t, i) => other.perPage[i]! / t));
    console.log(
      `${other.name} / Copydesk: ${ratio.toFixed(1)}× (median of per-page ratios ${pairedOther.toFixed(1)}×); ` +
        `target ≥ ${target}×: ${verdict(ratio >= target, 1 - ratio / target)}`,
    );
  }
}

main();
