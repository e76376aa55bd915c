// How fast parseText is on synthetic extremes (a million short lines, a 10 MB line), then what it
// finds on the plain-text pages of the article-extraction benchmark
// (../../shared/bench/scrapinghub.text.jsonl.gz, relative to the repository) when they are there:
// how many drafts cover their text exactly, how many have a headline, dateline and byline, and the
// time per page. Run: pnpm --filter @copydesk/parser stats
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { coverage, parseText } from "../src/index.js";

/** Wall and CPU time of one call: CPU time still measures the parser on a machine busy with other work. */
function measure(label: string, text: string) {
  for (let round = 0; round < 3; round++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    parseText(text);
    const wall = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    console.log(
      `${label.padEnd(30)}wall ${wall.toFixed(0)} ms, CPU ${((user + system) / 1000).toFixed(0)} ms`,
    );
  }
}
const shortLines = ["A headline for a long list"];
for (let i = 0; i < 1_000_000; i++) shortLines.push(i % 7 === 0 ? "-" : `Line ${i} of text.`);
measure("1,000,000 short lines", shortLines.join("\n"));
measure(
  "one 10 MB line",
  `MOSCOW: ${"It’s a long sentence — with “quotes”, café and Zürich. ".repeat(180_000)}`,
);

const path = fileURLToPath(new URL("../../../../shared/bench/scrapinghub.text.jsonl.gz", import.meta.url));
if (!existsSync(path)) {
  console.log(`The benchmark data is not here (${path}); nothing to measure.`);
  process.exit(0);
}

interface Page {
  id: string;
  text: string;
}
const pages: Page[] = gunzipSync(readFileSync(path))
  .toString("utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));

// One warm-up pass, so the timings measure the parser rather than the JIT's first look at it.
for (const page of pages) parseText(page.text);

const times: number[] = [];
let covered = 0;
let headlines = 0;
let datelines = 0;
let bylines = 0;
let credits = 0;
for (const page of pages) {
  const start = performance.now();
  const draft = parseText(page.text);
  times.push(performance.now() - start);
  if (coverage(draft).ok) covered++;
  if (draft.metadata.headline) headlines++;
  if (draft.metadata.dateline) datelines++;
  if (draft.metadata.byline?.authors.length) bylines++;
  credits += draft.removed.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const total = times.reduce((sum, t) => sum + t, 0);
const rows: [string, string | number][] = [
  ["pages", pages.length],
  ["drafts covering their text", covered],
  ["with a headline", headlines],
  ["with a dateline", datelines],
  ["with a byline naming authors", bylines],
  ["agency credits set aside", credits],
  ["median ms/page", median.toFixed(2)],
  ["total ms", total.toFixed(0)],
];
for (const [label, value] of rows) console.log(`${label.padEnd(30)}${value}`);
