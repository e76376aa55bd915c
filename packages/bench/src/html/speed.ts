/**
 * Extraction speed on the public HTML benchmark pages, in one process, single
 * thread, the same pages for everyone:
 *
 *   pnpm --filter @copydesk/bench speed:html [--rounds 5] [--no-jsdom]
 *
 * - htmlparser2 tokenising with no-op handlers: the floor (no extraction at all);
 * - Copydesk: parseHtml + filterBoilerplate;
 * - @mozilla/readability on linkedom, and on jsdom.
 *
 * Each page's time is the median of its rounds (after one warm-up round);
 * the table gives the median of those over pages, pages per second over the
 * whole run, and the peak heap above the starting heap, sampled after each page.
 */
import { filterBoilerplate } from "@copydesk/boilerplate";
import { parseHtml } from "@copydesk/parser";
import { Readability } from "@mozilla/readability";
import { Parser } from "htmlparser2";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import { type HtmlPage, loadHtmlPages } from "../data.js";

interface Extractor {
  name: string;
  run: (page: HtmlPage) => unknown;
  /** Slow extractors get fewer rounds so that the run stays a few minutes long. */
  rounds?: number;
}

const noop = () => {};

const EXTRACTORS: Extractor[] = [
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
    name: "@mozilla/readability + linkedom",
    run: (page) => {
      const { document } = parseHTML(page.html);
      return new Readability(document as unknown as Document).parse();
    },
  },
  {
    name: "@mozilla/readability + jsdom",
    rounds: 1,
    run: (page) => {
      // jsdom reports CSS it cannot parse on its console; that is noise here.
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
      const result = new Readability(dom.window.document).parse();
      dom.window.close();
      return result;
    },
  },
];

interface Measured {
  name: string;
  medianMs: number;
  pagesPerSecond: number;
  peakHeapMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? noop;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function measure(extractor: Extractor, pages: HtmlPage[], rounds: number): Measured {
  for (const page of pages) extractor.run(page); // warm-up: JIT and caches
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const perPage: number[][] = pages.map(() => []);
  let total = 0;
  const n = extractor.rounds ?? rounds;
  for (let round = 0; round < n; round++) {
    for (let i = 0; i < pages.length; i++) {
      const started = performance.now();
      extractor.run(pages[i]!);
      const elapsed = performance.now() - started;
      perPage[i]!.push(elapsed);
      total += elapsed;
      const heap = process.memoryUsage().heapUsed;
      if (heap > peak) peak = heap;
    }
  }
  return {
    name: extractor.name,
    medianMs: median(perPage.map(median)),
    pagesPerSecond: (pages.length * n) / (total / 1000),
    peakHeapMb: (peak - baseline) / 2 ** 20,
  };
}

function main() {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf("--rounds");
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
  const pages = loadHtmlPages();
  const chosen = EXTRACTORS.filter((e) => !(args.includes("--no-jsdom") && e.name.includes("jsdom")));
  if (gc === noop) console.log("(run with --expose-gc for steadier memory figures)");
  const results: Measured[] = [];
  for (const extractor of chosen) {
    results.push(measure(extractor, pages, rounds));
    process.stderr.write(`measured ${extractor.name}\n`);
  }
  const rows = results.map(
    (r) =>
      `| ${r.name.padEnd(48)} | ${r.medianMs.toFixed(2).padStart(8)} | ${r.pagesPerSecond.toFixed(0).padStart(7)} | ${r.peakHeapMb.toFixed(1).padStart(9)} |`,
  );
  console.log(
    `${pages.length} pages, ${rounds} rounds (jsdom: 1), Node ${process.versions.node}, single thread\n`,
  );
  console.log(
    "| extractor                                        | median ms/page | pages/s | peak heap MB |",
  );
  console.log("|--------------------------------------------------|----------|---------|-----------|");
  console.log(rows.join("\n"));
  const by = (part: string) => results.find((r) => r.name.includes(part));
  const floor = by("floor");
  const copydesk = by("Copydesk");
  const linkedom = by("linkedom");
  const jsdom = by("jsdom");
  if (floor && copydesk) {
    console.log(`\nCopydesk / floor: ${(copydesk.medianMs / floor.medianMs).toFixed(2)}× (target ≤ 2.5×)`);
  }
  if (linkedom && copydesk) {
    console.log(
      `Readability+linkedom / Copydesk: ${(linkedom.medianMs / copydesk.medianMs).toFixed(1)}× (target ≥ 6×)`,
    );
  }
  if (jsdom && copydesk) {
    console.log(
      `Readability+jsdom / Copydesk: ${(jsdom.medianMs / copydesk.medianMs).toFixed(1)}× (target ≥ 40×)`,
    );
  }
}

main();
