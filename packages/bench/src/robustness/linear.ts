/**
 * Linear time on the worst shapes of the adversarial corpus: each shape is
 * built at three sizes, each doubling the last, and run through the whole
 * pipeline (parse, then filter, as `extract` composes them). Doubling the
 * input should roughly double the time: a ratio near 2 is linear, near 4
 * quadratic.
 *
 * Usage: pnpm --filter @copydesk/bench linear [--quick]
 */
import { filterBoilerplate } from "@copydesk/boilerplate";
import { parseHtml, parseText } from "@copydesk/parser";

/** Runs per size; the median is reported, so one pause for garbage collection does not skew a row. */
const RUNS = 3;
/** Above this ratio a doubling is flagged for a second look (a busy machine can cause it): quadratic is 4. */
const SUSPECT_RATIO = 3;

interface Shape {
  name: string;
  kind: "text" | "html";
  /** The input at scale `n` (the unit count named in `unit`). */
  build: (n: number) => string;
  unit: string;
  base: number;
}

const SENTENCE = "The minister said the talks were useful and would go on. ";
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;

const SHAPES: Shape[] = [
  {
    name: "one long line (text)",
    kind: "text",
    unit: "sentences",
    base: 40_000,
    build: (n) => SENTENCE.repeat(n),
  },
  {
    name: "short lines (text)",
    kind: "text",
    unit: "lines",
    base: 125_000,
    build: (n) => Array.from({ length: n }, (_, i) => `Line ${i}`).join("\n"),
  },
  {
    name: "long paragraph (HTML)",
    kind: "html",
    unit: "sentences",
    base: 40_000,
    build: (n) => page(`<p>${SENTENCE.repeat(n)}</p>`),
  },
  {
    name: "nested <div>s",
    kind: "html",
    unit: "elements",
    base: 25_000,
    build: (n) => page(`${"<div>".repeat(n)}<p>Deep.</p>${"</div>".repeat(n)}`),
  },
  {
    name: "unclosed <div><p>",
    kind: "html",
    unit: "elements",
    base: 25_000,
    build: (n) => page("<div><p>Fragment of text".repeat(n)),
  },
  {
    name: "links in a list",
    kind: "html",
    unit: "links",
    base: 25_000,
    build: (n) =>
      page(
        `<p>${SENTENCE}</p><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join("")}</ul>`,
      ),
  },
  {
    name: "<br> in one paragraph",
    kind: "html",
    unit: "breaks",
    base: 125_000,
    build: (n) => page(`<p>${"word<br>".repeat(n)}</p>`),
  },
  {
    name: "spaces inside <pre>",
    kind: "html",
    unit: "spaces",
    base: 1_000_000,
    build: (n) => page(`<pre>start${" ".repeat(n)}end</pre>`),
  },
  {
    name: "digits in a class name",
    kind: "html",
    unit: "digits",
    base: 1_000_000,
    build: (n) => page(`<div class="x${"1".repeat(n)}a"><p>${SENTENCE}</p></div>`),
  },
  {
    name: "one long word (text)",
    kind: "text",
    unit: "letters",
    base: 1_000_000,
    build: (n) => `A headline\n\nIt reads ${"x".repeat(n)} and ends.`,
  },
];

function extractOnce(kind: "text" | "html", input: string): void {
  filterBoilerplate(kind === "html" ? parseHtml(input) : parseText(input));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(shape: Shape, input: string): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    extractOnce(shape.kind, input);
    runs.push(performance.now() - started);
  }
  return median(runs);
}

const quick = process.argv.includes("--quick");
const steps = quick ? [1, 2] : [1, 2, 4];
const rows: string[][] = [["shape", "size", "input", "ms", "ratio to half size"]];
let suspects = 0;

// Warm up the JIT on a small input of each shape, so that the first row measures the work, not compilation.
for (const shape of SHAPES) extractOnce(shape.kind, shape.build(Math.ceil(shape.base / 50)));

for (const shape of SHAPES) {
  let previous: number | undefined;
  for (const step of steps) {
    const n = shape.base * step;
    const input = shape.build(n);
    const ms = time(shape, input);
    const ratio = previous === undefined ? undefined : ms / previous;
    if (ratio !== undefined && ratio > SUSPECT_RATIO) suspects++;
    rows.push([
      shape.name,
      `${n.toLocaleString("en")} ${shape.unit}`,
      `${(input.length / 1_048_576).toFixed(1)} M chars`,
      ms.toFixed(0),
      ratio === undefined ? "" : `${ratio.toFixed(2)}${ratio > SUSPECT_RATIO ? "  <- superlinear?" : ""}`,
    ]);
    previous = ms;
  }
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(
    row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  "),
  );
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
console.log(
  `\nMedian of ${RUNS} runs per size, parse + filter (the pipeline of extract), Node ${process.version}. ` +
    `A ratio near 2 is linear; ${suspects === 0 ? "no doubling exceeded" : `${suspects} doublings exceeded`} ${SUSPECT_RATIO}.`,
);
